"""What an import refuses before it writes: identity numbers anywhere in any cell (row
and columnar paths), months and years outside the plausible period unless confirmed,
and figures of a kommun the user may not change (for imports and for undo)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import snapshot
from import_support import (
    counts_file,
    crime_span,
    data_state,
    load_demo,
    log_rows,
    run,
)

from cli import main
from dashboard.ingest import columnar
from dashboard.ingest.undo import undo_import

# Personnummer and samordningsnummer (day + 60), valid check digits, every way of writing.
NUMBERS = [
    "19811218-9876",
    "198112189876",
    "811218-9876",
    "8112189876",
    "811218+9876",
    "701063-2391",
    "19701063-2391",
]
WRONG_CHECK_DIGIT = "19811218-9877"

# (kind, file with {n} in a free-text cell, its line, its column as the header writes it)
FREE_TEXT = {
    "aktiviteter kommentar": (
        "datum,löfte_id,antal,kommentar\n2022-03-01,P1,1,ok\n"
        "2022-03-02,P1,2,samtal med {n} om oro\n",
        3,
        "kommentar",
    ),
    "uppfoljning kommentar": (
        "datum,löfte_id,status,kommentar\n2022-03-15,P1,grön,ring {n} i morgon\n",
        2,
        "kommentar",
    ),
    "loften löfte": (
        "löfte_id,år,part,löfte,indikator,mål\nK8,2022,Kommunen,Möte med {n},möten,3\n",
        2,
        "löfte",
    ),
    "loften indikator": (
        "löfte_id,år,part,löfte,indikator,mål\nK8,2022,Kommunen,Möten,antal ({n}),3\n",
        2,
        "indikator",
    ),
    "omraden typ": (
        "område,kommun,typ,ingår_i,invånare\nNorr,Skara,hos {n},,100\n",
        2,
        "typ",
    ),
    "omraden ingår_i": (
        "område,kommun,typ,Ingår_i,invånare\nNorr,Skara,bostadsområde,{n}:s gård,100\n",
        2,
        "Ingår_i",
    ),
    "brott extra column": (
        "månad,område,brottstyp,antal,anteckning\n2022-01,Centrum,stöld,1,\n"
        "2022-02,Centrum,stöld,2,anmälare {n}\n",
        3,
        "anteckning",
    ),
    "enkat extra column": (
        "år,område,indikator,värde,skala,antal_svar,urval,not\n"
        "2022,Skara,otrygg_kvall,30,andel,800,slumpmässigt,kontakt {n}\n",
        2,
        "not",
    ),
}


def masked(number: str) -> str:
    return re.sub(r"\d", "*", number)


def assert_refused_masked(engine, result, number: str, line: int, column: str) -> None:
    """Refused at ``line``/``column`` with the number masked, and never in full anywhere."""
    assert not result.ok and not result.written
    found = [(i.line, i.column, i.value) for i in result.files[0].issues]
    assert (line, column, masked(number)) in found, found
    said = "\n".join(result.messages("sv") + result.messages("en"))
    assert masked(number) in said
    digits = re.sub(r"\D", "", number)
    assert number not in said and digits[-10:] not in re.sub(r"\D", "", said)
    last = log_rows(engine)[-1]
    assert last.outcome == "rejected" and number not in (last.message or "")


@pytest.mark.parametrize("case", sorted(FREE_TEXT))
def test_an_identity_number_in_free_text_is_refused_masked(base, case):
    template, line, column = FREE_TEXT[case]
    before = snapshot(base)
    for number in NUMBERS:
        result = run(base, template.format(n=number), name="fil.csv")
        assert_refused_masked(base, result, number, line, column)
        assert snapshot(base) == before


@pytest.mark.parametrize("case", ["aktiviteter kommentar", "brott extra column"])
def test_a_number_with_a_wrong_check_digit_is_accepted(base, case):
    template, _, _ = FREE_TEXT[case]
    result = run(base, template.format(n=WRONG_CHECK_DIGIT))
    assert result.ok and result.written, result.messages()


def test_the_columnar_path_refuses_it_too(base, monkeypatch):
    monkeypatch.setattr(columnar, "MIN_BYTES", 0)
    template, line, column = FREE_TEXT["brott extra column"]
    before = snapshot(base)
    for number in NUMBERS:
        data = template.format(n=number).encode()
        assert isinstance(columnar.read_fast(data, None), columnar.FastTable)
        assert_refused_masked(base, run(base, data), number, line, column)
    assert snapshot(base) == before
    fine = template.format(n=WRONG_CHECK_DIGIT).encode()
    assert isinstance(columnar.read_fast(fine, None), columnar.FastTable)
    assert run(base, fine).written


def test_a_big_file_with_one_number_deep_inside_takes_the_columnar_path(base):
    lines = ["datum;område;brottstyp;kommentar"] + [
        f"2022-{1 + n % 12:02d}-{1 + n % 28:02d};{('Centrum', 'Hötorget')[n % 2]};stöld;"
        f"inget att notera {n}"
        for n in range(12_000)
    ]
    lines[7000] = "2022-05-05;Centrum;stöld;tipsare 811218+9876 ringde"
    data = ("\r\n".join(lines) + "\r\n").encode()
    assert len(data) >= columnar.MIN_BYTES
    assert isinstance(columnar.read_fast(data, None), columnar.FastTable)
    before = snapshot(base)
    assert_refused_masked(base, run(base, data), "811218+9876", 7001, "kommentar")
    assert snapshot(base) == before


# --- plausible periods ------------------------------------------------------------

TYPO = counts_file({("1900-01", "Centrum", "stöld"): 3, ("2200-12", "Centrum", "stöld"): 4})


@pytest.fixture
def demo(engine):
    load_demo(engine)
    return engine


def test_months_far_outside_the_data_are_refused_naming_them(demo):
    before = snapshot(demo)
    result = run(demo, TYPO, name="typo.csv")
    assert not result.ok
    issues = [(i.line, i.column, i.value, i.key) for i in result.files[0].issues]
    assert issues == [
        (2, "månad", "1900-01", "err.implausible_period"),
        (3, "månad", "2200-12", "err.implausible_period"),
    ]
    assert "--allow-period" in "\n".join(result.messages("en"))
    assert snapshot(demo) == before


def test_confirmed_months_are_written_and_undo_shrinks_the_span_again(demo):
    assert crime_span(demo) == (date(2019, 1, 1), date(2022, 12, 1))
    state = data_state(demo)
    dry = run(demo, TYPO, dry_run=True, allow_period=True)
    # A counts file leaves the months between: nothing of the stored history is removed.
    assert dry.files[0].counts() == {"new": 2, "changed": 0, "unchanged": 0, "removed": 0}
    result = run(demo, TYPO, allow_period=True)
    assert result.written
    assert crime_span(demo) == (date(1900, 1, 1), date(2200, 12, 1))
    assert undo_import(demo, result.files[0].import_id, user="anna").ok
    assert crime_span(demo) == (date(2019, 1, 1), date(2022, 12, 1))
    assert data_state(demo) == state


def test_a_confirmed_incident_file_over_centuries_calls_its_removals_removals(demo):
    incident = "datum,område,brottstyp\n1900-01-15,Centrum,stöld\n2200-12-01,Centrum,stöld\n"
    dry = run(demo, incident, dry_run=True, allow_period=True)
    counts = dry.files[0].counts()
    # Centrum's thefts of 2019–2022 lie between: every one of the 4 × 12 months goes.
    assert counts == {"new": 2, "changed": 0, "unchanged": 0, "removed": 48}
    state = data_state(demo)
    result = run(demo, incident, allow_period=True)
    assert result.files[0].counts() == counts
    assert undo_import(demo, result.files[0].import_id, user="anna").ok
    assert data_state(demo) == state


@pytest.mark.parametrize(
    "text",
    [
        "år,område,indikator,värde,skala,antal_svar,urval\n"
        "1900,Skara,otrygg_kvall,30,andel,800,slumpmässigt\n",
        f"löfte_id,år,part,löfte,indikator,mål\nK8,{date.today().year + 5},Kommunen,a,b,3\n",
        "datum,löfte_id,antal\n2200-03-01,P1,1\n",
        "datum,löfte_id,status\n1901-03-01,P1,grön\n",
    ],
)
def test_implausible_years_and_days_in_other_kinds(base, text):
    before = snapshot(base)
    refused = run(base, text)
    assert not refused.ok
    assert {i.key for i in refused.files[0].issues} <= {
        "err.implausible_period",
        "err.implausible_year",
    }
    assert snapshot(base) == before


def test_allow_period_on_the_command_line(cli_db, tmp_path, capsys):
    load_demo(cli_db)
    path = tmp_path / "typo.csv"
    path.write_text(TYPO, encoding="utf-8")
    assert main(["import", str(path)]) == 1
    assert "1900-01" in capsys.readouterr().err
    assert main(["import", str(path), "--allow-period", "--user", "anna"]) == 0
    assert crime_span(cli_db)[1] == date(2200, 12, 1)


# --- rights per kommun ------------------------------------------------------------

GOTENE = (
    "område,kommun,typ,ingår_i,invånare\nCentrum,Götene,centrum,,4000\nKällby,Götene,tätort,,900\n"
)
BOTH = (
    "månad,område,brottstyp,antal,kommun\n2022-01,Centrum,stöld,5,Skara\n"
    "2022-01,Källby,stöld,2,Götene\n"
)
SKARA_ONLY = "månad,område,brottstyp,antal,kommun\n2022-01,Centrum,stöld,5,Skara\n"
SKARA = frozenset({"Skara"})


@pytest.fixture
def two_kommuner(base):
    assert run(base, GOTENE, name="gotene.csv").written
    return base


@pytest.mark.parametrize(
    "text",
    [
        BOTH,
        "område,kommun,typ,ingår_i,invånare\nHöjentorp,Götene,tätort,,300\n",
        "år,område,indikator,värde,skala,antal_svar,urval,kommun\n"
        "2022,Götene,otrygg_kvall,30,andel,800,slumpmässigt,Götene\n",
    ],
)
def test_a_file_touching_another_kommun_is_refused_naming_it(two_kommuner, text):
    before = snapshot(two_kommuner)
    result = run(two_kommuner, text, kommuner=SKARA)
    assert not result.ok and not result.written
    assert [i.key for i in result.files[0].issues] == ["err.kommun_not_allowed"]
    assert "Götene" in "\n".join(result.messages("sv"))
    assert snapshot(two_kommuner) == before
    # The same file by someone who may change both kommuner goes through.
    assert run(two_kommuner, text, kommuner=frozenset({"skara", "GÖTENE"})).written


def test_a_file_of_the_users_own_kommun_goes_through(two_kommuner):
    assert run(two_kommuner, SKARA_ONLY, kommuner=frozenset({"skara"})).written


def test_undo_touching_another_kommun_is_refused_naming_it(two_kommuner):
    done = run(two_kommuner, BOTH, user="admin")
    import_id = done.files[0].import_id
    state = snapshot(two_kommuner)
    logged = len(log_rows(two_kommuner))
    for dry_run in (True, False):
        refused = undo_import(two_kommuner, import_id, user="s", kommuner=SKARA, dry_run=dry_run)
        assert not refused.ok and refused.refusal == "undo.kommun_not_allowed"
        assert "Götene" in refused.message("sv") and "Götene" in refused.message("en")
    assert snapshot(two_kommuner) == state and len(log_rows(two_kommuner)) == logged
    both = frozenset({"Skara", "Götene"})
    assert undo_import(two_kommuner, import_id, user="g", kommuner=both).ok
    own = run(two_kommuner, SKARA_ONLY, user="s", kommuner=SKARA)
    assert undo_import(two_kommuner, own.files[0].import_id, user="s", kommuner=SKARA).ok
