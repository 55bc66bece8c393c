"""Property: any sequence of valid imports, undone newest first, gives every table back
exactly as it was; and while a later import changed the same figures, undo is refused
(naming the newest such import) and changes nothing.

Small random files of every kind that replaces figures: crimes by incident and by count,
surveys, activity reports and check-ins, on a database that already holds some of each.
"""

from __future__ import annotations

import os

import pytest
from conftest import snapshot
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from import_support import assert_history_consistent, data_state, log_rows, run

from dashboard.ingest.undo import undo_import

EXAMPLES = int(os.environ.get("HISTORY_EXAMPLES", "80"))

AREAS = ["Centrum", "Hötorget", "Busstationen", "Brogården"]
MONTHS = ["2022-01", "2022-02", "2022-03", "2022-04"]
CATEGORIES = ["stöld", "narkotika"]
DAYS = [f"2022-03-0{d}" for d in range(1, 7)]
COMMITMENTS = ["P1", "K3"]

SEED = {
    "brott.csv": "månad,område,brottstyp,antal\n"
    + "".join(f"{m},{a},stöld,{i + 2}\n" for i, m in enumerate(MONTHS) for a in AREAS[:2]),
    "enkat.csv": "år,område,indikator,värde,skala,antal_svar,urval\n"
    "2022,Skara,otrygg_kvall,30,andel,800,slumpmässigt\n"
    "2022,Centrum,oro_stold,25,andel,120,slumpmässigt\n",
    "aktiviteter.csv": "datum,löfte_id,antal,område,kommentar\n"
    "2022-03-02,P1,2,Hötorget,pass\n2022-03-04,P1,1,Hötorget,pass\n2022-03-03,K3,1,,\n",
    "uppfoljning.csv": "datum,löfte_id,status,kommentar\n2022-03-01,P1,grön,bra\n",
}


def lines(header: str, rows) -> str:
    return header + "\n" + "".join(",".join(map(str, row)) + "\n" for row in rows)


def crime_counts():
    cells = st.dictionaries(
        st.tuples(st.sampled_from(MONTHS), st.sampled_from(AREAS), st.sampled_from(CATEGORIES)),
        st.sampled_from(["0", "1", "2", "3", "7", ".."]),
        min_size=1,
        max_size=6,
    )
    return cells.map(
        lambda c: (
            "antal.csv",
            lines("månad,område,brottstyp,antal", [(*k, n) for k, n in c.items()]),
        )
    )


def crime_incidents():
    rows = st.lists(
        st.tuples(
            st.sampled_from(MONTHS).flatmap(lambda m: st.sampled_from([f"{m}-03", f"{m}-17"])),
            st.sampled_from(AREAS),
            st.sampled_from(CATEGORIES),
        ),
        min_size=1,
        max_size=8,
    )
    return rows.map(lambda r: ("brott.csv", lines("datum,område,brottstyp", r)))


def surveys():
    results = st.dictionaries(
        st.tuples(
            st.sampled_from(["2021", "2022"]),
            st.sampled_from(["Skara", "Centrum"]),
            st.sampled_from(["otrygg_kvall", "oro_stold"]),
            st.sampled_from(["slumpmässigt", "självselekterat"]),
        ),
        st.tuples(st.sampled_from(["25", "30", "41.5"]), st.sampled_from(["", "120", "800"])),
        min_size=1,
        max_size=4,
    )
    header = "år,område,indikator,värde,skala,antal_svar,urval"
    return results.map(
        lambda r: (
            "enkat.csv",
            lines(header, [(y, a, i, v, "andel", n, s) for (y, a, i, s), (v, n) in r.items()]),
        )
    )


def activities():
    rows = st.lists(
        st.tuples(
            st.sampled_from(DAYS),
            st.sampled_from(COMMITMENTS),
            st.integers(0, 3),
            st.sampled_from(["Hötorget", "Centrum", ""]),
            st.sampled_from(["pass", "möte", ""]),
        ),
        min_size=1,
        max_size=5,
    )
    return rows.map(
        lambda r: ("aktiviteter.csv", lines("datum,löfte_id,antal,område,kommentar", r))
    )


def checkins():
    rows = st.dictionaries(
        st.tuples(st.sampled_from(DAYS[:3]), st.sampled_from(COMMITMENTS)),
        st.tuples(st.sampled_from(["grön", "gul", "röd"]), st.sampled_from(["", "ok", "sent"])),
        min_size=1,
        max_size=3,
    )
    return rows.map(
        lambda r: (
            "uppfoljning.csv",
            lines("datum,löfte_id,status,kommentar", [(*k, *v) for k, v in r.items()]),
        )
    )


ANY_FILE = st.one_of(crime_counts(), crime_incidents(), surveys(), activities(), checkins())


@pytest.fixture
def seeded(base):
    for name, text in SEED.items():
        assert run(base, text, name=name).written, name
    return base


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=st.lists(ANY_FILE, min_size=1, max_size=4))
def test_imports_undone_newest_first_give_back_the_start(seeded, files):
    start = data_state(seeded)  # each example's own start: the one before ended there
    done: list[tuple[int, set]] = []  # (import id, the figures it changed)
    for name, text in files:
        result = run(seeded, text, name=name, user="prop")
        assert result.ok, (text, result.messages())
        file = result.files[0]
        if file.changed:
            done.append(
                (file.import_id, {(file.changes.table, c.key) for c in file.changes.changes})
            )
    assert_history_consistent(seeded)
    event(f"{len(done)} imports changed figures")

    for position, (import_id, figures) in enumerate(done):
        later = [other for other, theirs in done[position + 1 :] if figures & theirs]
        if not later:
            continue
        event("an undo refused")
        state, logged = snapshot(seeded), len(log_rows(seeded))
        refused = undo_import(seeded, import_id, user="prop")
        assert refused.refusal == "undo.later", refused.message("en")
        assert refused.params["later"] == later[-1]  # the newest of them
        assert snapshot(seeded) == state and len(log_rows(seeded)) == logged

    for import_id, _ in reversed(done):
        undone = undo_import(seeded, import_id, user="prop")
        assert undone.ok, undone.message("en")
    assert data_state(seeded) == start
    assert_history_consistent(seeded)
