"""A file replaces exactly what it covers (``dashboard/ingest/scopes.py``), and the
preview says so with counts that add up.

The issue's scenarios on the demo data (two files split by category both stand; a
one-row correction changes one figure), then each kind's scope: an incident crime file
removes inside its scope, a counts file leaves the months it does not give, a survey
replaces another sampling of the same question, activities are replaced per
commitment over the file's days, check-ins, areas and commitments are never removed.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from conftest import snapshot, stored_crimes
from import_support import DEMO_AREAS, counts_file, data_state, load_demo, run

from dashboard.ingest import preview
from dashboard.ingest.pipeline import import_files
from dashboard.storage import schema


@pytest.fixture
def demo(engine):
    load_demo(engine)
    return engine


def year_file(category: str, offset: int) -> str:
    """Every demo area × 2022's twelve months of one category, figures unlike the demo's."""
    return counts_file(
        {
            (f"2022-{m:02d}", area, category): 1000 + offset + 12 * i + m
            for i, area in enumerate(DEMO_AREAS)
            for m in range(1, 13)
        }
    )


def figures(text: str) -> dict:
    """A counts file's figures as ``stored_crimes`` keys them."""
    found = {}
    for line in text.splitlines()[1:]:
        month, area, category, count = line.split(",")
        found[(area, date.fromisoformat(month + "-01"), category)] = int(count)
    return found


def adds_up(result) -> None:
    """A file's new + changed + unchanged are its figures; removed come on top."""
    for file in result.files:
        counts = file.counts()
        assert counts["new"] + counts["changed"] + counts["unchanged"] == file.rows, counts
        assert counts["removed"] == file.changes.removed


def test_thefts_then_narcotics_as_two_files_both_stand(demo):
    before = stored_crimes(demo)
    thefts, narcotics = year_file("stöld", 0), year_file("narkotika", 500)
    assert len(thefts.splitlines()) == 1 + 11 * 12
    for name, text in (("stold-2022.csv", thefts), ("narkotika-2022.csv", narcotics)):
        result = run(demo, text, name=name)
        assert result.ok and result.written, result.messages()
        counts = result.files[0].counts()
        assert counts["removed"] == 0 and counts["new"] == 0
        assert counts["changed"] + counts["unchanged"] == 132
    after = stored_crimes(demo)
    expected = before | figures(thefts) | figures(narcotics)
    assert after == expected
    # Every other category of 2022, and every other year, exactly as before.
    others = {k: v for k, v in before.items() if k[2] not in ("stöld", "narkotika")}
    assert {k: after[k] for k in others} == others
    assert sum(1 for k in after if k[1].year == 2022) == 11 * 12 * 7


def test_a_one_row_correction_changes_one_figure(demo):
    key = ("Centrum", date(2019, 1, 1), "stöld")
    before = stored_crimes(demo)
    state = data_state(demo)
    fixed = before[key] + 1
    result = run(demo, counts_file({("2019-01", "Centrum", "stöld"): fixed}), name="rattelse.csv")
    assert result.files[0].counts() == {"new": 0, "changed": 1, "unchanged": 0, "removed": 0}
    after = stored_crimes(demo)
    assert {k for k in after if after[k] != before.get(k)} == {key}
    assert after[key] == fixed
    changed = {
        name: sorted(set(rows) ^ set(state[name]))
        for name, rows in data_state(demo).items()
        if rows != state[name]
    }
    assert list(changed) == ["crimes"] and len(changed["crimes"]) == 2  # old row out, new in


def test_an_incident_file_removes_what_it_has_no_crime_for_inside_its_scope_only(base):
    run(
        base,
        counts_file(
            {
                **{(f"2022-0{m}", "Centrum", "stöld"): 10 + m for m in range(1, 6)},
                ("2022-03", "Centrum", "narkotika"): 4,
                ("2022-03", "Hötorget", "stöld"): 6,
            }
        ),
    )
    before = stored_crimes(base)
    incident = "datum,område,brottstyp\n2022-02-03,Centrum,stöld\n2022-04-28,Centrum,stöld\n"
    result = run(base, incident, name="enstaka.csv")
    assert result.files[0].counts() == {"new": 0, "changed": 2, "unchanged": 0, "removed": 1}
    after = stored_crimes(base)
    march = date(2022, 3, 1)
    assert ("Centrum", march, "stöld") not in after  # inside the scope, no crime: none
    assert after[("Centrum", date(2022, 2, 1), "stöld")] == 1
    assert after[("Centrum", date(2022, 4, 1), "stöld")] == 1
    untouched = [
        ("Centrum", date(2022, 1, 1), "stöld"),  # before the file's first month
        ("Centrum", date(2022, 5, 1), "stöld"),  # after its last
        ("Centrum", march, "narkotika"),  # a category it does not name
        ("Hötorget", march, "stöld"),  # an area it does not name
    ]
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}


def test_a_counts_file_leaves_the_months_it_does_not_give(base):
    run(base, counts_file({(f"2022-0{m}", "Centrum", "stöld"): 10 + m for m in range(1, 5)}))
    result = run(
        base,
        counts_file({("2022-01", "Centrum", "stöld"): 1, ("2022-04", "Centrum", "stöld"): 0}),
    )
    assert result.files[0].counts() == {"new": 0, "changed": 2, "unchanged": 0, "removed": 0}
    after = stored_crimes(base)
    # A month left out is "not in this extract", not zero; a written 0 is a zero.
    assert after == {
        ("Centrum", date(2022, 1, 1), "stöld"): 1,
        ("Centrum", date(2022, 2, 1), "stöld"): 12,
        ("Centrum", date(2022, 3, 1), "stöld"): 13,
        ("Centrum", date(2022, 4, 1), "stöld"): 0,
    }


SURVEY_HEADER = "år,område,indikator,värde,skala,antal_svar,urval\n"


def stored_surveys(engine) -> set:
    tbl = schema.surveys
    columns = ("kommun", "area_id", "year", "indicator", "sampling", "value")
    with engine.connect() as conn:
        return set(conn.execute(sa.select(*(tbl.c[c] for c in columns))).all())


def test_a_survey_replaces_another_sampling_of_the_same_question_only(base):
    run(
        base,
        SURVEY_HEADER + "2022,Skara,otrygg_kvall,30,andel,800,slumpmässigt\n"
        "2022,Skara,oro_stold,20,andel,800,slumpmässigt\n"
        "2021,Skara,otrygg_kvall,31,andel,700,slumpmässigt\n"
        "2022,Centrum,otrygg_kvall,35,andel,300,slumpmässigt\n",
        name="enkat.csv",
    )
    before = stored_surveys(base)
    result = run(
        base, SURVEY_HEADER + "2022,Skara,otrygg_kvall,28,andel,,självselekterat\n", name="w.csv"
    )
    assert result.files[0].counts() == {"new": 1, "changed": 0, "unchanged": 0, "removed": 1}
    after = stored_surveys(base)
    assert before - after == {("Skara", None, 2022, "otrygg_kvall", "slumpmässigt", 30.0)}
    assert after - before == {("Skara", None, 2022, "otrygg_kvall", "självselekterat", 28.0)}


ACTIVITIES = "datum,löfte_id,antal,område,kommentar\n"


def stored_activities(engine) -> list:
    tbl = schema.activities
    with engine.connect() as conn:
        return conn.execute(sa.select(tbl.c.day, tbl.c.count, tbl.c.comment)).all()


def test_activities_are_replaced_per_commitment_over_the_files_days(base):
    run(
        base,
        ACTIVITIES + "2022-03-05,P1,1,Hötorget,a\n2022-03-10,P1,2,Hötorget,b\n"
        "2022-03-20,P1,3,Hötorget,c\n2022-03-10,K3,1,Centrum,d\n",
    )
    result = run(base, ACTIVITIES + "2022-03-06,P1,4,Hötorget,e\n2022-03-12,P1,5,Hötorget,f\n")
    # P1 from 6 to 12 March: the report of the 10th goes, the 5th and the 20th stay.
    assert result.files[0].counts() == {"new": 2, "changed": 0, "unchanged": 0, "removed": 1}
    assert sorted(stored_activities(base)) == sorted(
        [
            (date(2022, 3, 5), 1, "a"),
            (date(2022, 3, 6), 4, "e"),
            (date(2022, 3, 12), 5, "f"),
            (date(2022, 3, 20), 3, "c"),
            (date(2022, 3, 10), 1, "d"),  # another commitment, the same day: untouched
        ]
    )


def test_a_repeated_activity_report_is_kept_as_often_as_the_file_repeats_it(base):
    twice = ACTIVITIES + "2022-03-05,P1,1,Hötorget,pass\n2022-03-05,P1,1,Hötorget,pass\n"
    first = run(base, twice)
    assert first.files[0].counts()["new"] == 2
    again = run(base, twice)
    assert again.files[0].counts() == {"new": 0, "changed": 0, "unchanged": 2, "removed": 0}
    once = run(base, ACTIVITIES + "2022-03-05,P1,1,Hötorget,pass\n")
    assert once.files[0].counts() == {"new": 0, "changed": 0, "unchanged": 1, "removed": 1}
    assert len(stored_activities(base)) == 1


@pytest.mark.parametrize(
    ("name", "first", "second", "table"),
    [
        (
            "uppfoljning.csv",
            "datum,löfte_id,status,kommentar\n2022-03-15,P1,grön,a\n2022-03-15,K3,gul,b\n",
            "datum,löfte_id,status,kommentar\n2022-06-15,P1,röd,c\n",
            "checkins",
        ),
        (
            "omraden.csv",
            "område,kommun,typ,ingår_i,invånare\nVinbäcken,Skara,bostadsområde,,3100\n",
            "område,kommun,typ,ingår_i,invånare\nCentrum,Skara,centrum,,2700\n",
            "areas",
        ),
        (
            "loften.csv",
            "löfte_id,år,part,löfte,indikator,mål\nK9,2022,Kommunen,Vandra,vandringar,3\n",
            "löfte_id,år,part,löfte,indikator,mål\nK9,2022,Kommunen,Vandra mer,vandringar,4\n",
            "commitments",
        ),
    ],
)
def test_checkins_areas_and_commitments_are_never_removed(base, name, first, second, table):
    assert run(base, first, name=name).written
    before = len(snapshot(base)[table])
    result = run(base, second, name=name)
    assert result.ok and result.files[0].counts()["removed"] == 0
    adds_up(result)
    assert len(snapshot(base)[table]) == before + result.files[0].counts()["new"]


def test_the_preview_adds_up_and_names_only_the_files_scope(demo):
    run(demo, year_file("stöld", 0), name="stold-2022.csv")
    incident = "datum,område,brottstyp\n" + "".join(
        f"2022-0{m}-1{d},{area},narkotika\n"
        for m in (3, 4, 6)
        for d in range(m)
        for area in ("Centrum", "Hötorget")
    )
    before = snapshot(demo)
    files = {
        "narkotika.csv": incident,
        "stold-rattelse.csv": counts_file({("2022-05", "Centrum", "stöld"): 1}),
    }
    dry = {name: run(demo, text, name=name, dry_run=True) for name, text in files.items()}
    assert snapshot(demo) == before  # a preview writes nothing
    crimes_dry = dry["narkotika.csv"].files[0]
    # Figures: one per (area, month) with crimes; 2022-05 has none, so it is removed.
    counts = crimes_dry.counts()
    assert counts["new"] + counts["changed"] + counts["unchanged"] == 6
    assert counts["removed"] == 2
    adds_up(dry["stold-rattelse.csv"])
    breakdown = preview.breakdown(demo, {n: r.files[0].changes for n, r in dry.items()})
    for name, result in dry.items():
        counts = result.files[0].counts()
        rows = breakdown[name]
        for kind in ("new", "changed", "removed"):
            assert sum(getattr(row, kind) for row in rows) == counts[kind]
    narcotics = breakdown["narkotika.csv"]
    assert {(r.area, r.subject) for r in narcotics} == {
        ("Centrum", "narkotika"),
        ("Hötorget", "narkotika"),
    }
    assert all(date(2022, 3, 1) <= r.start <= r.end <= date(2022, 6, 1) for r in narcotics)
    assert {r.removed for r in narcotics} == {1}  # May, in each of the two areas
    (fix,) = breakdown["stold-rattelse.csv"]
    assert (fix.area, fix.subject, fix.changed) == ("Centrum", "stöld", 1)
    assert fix.examples == [preview.Example(date(2022, 5, 1), 1000 + 5, 1)]
    # The import does what its preview said.
    for name, text in files.items():
        done = run(demo, text, name=name)
        assert done.files[0].counts() == dry[name].files[0].counts()


def test_the_same_file_twice_is_all_unchanged(demo):
    text = year_file("våld", 7)
    run(demo, text)
    again = run(demo, text)
    assert again.files[0].counts() == {"new": 0, "changed": 0, "unchanged": 132, "removed": 0}
    assert not again.written


def test_a_batch_that_adds_areas_and_commitments_previews_their_figures(base):
    """In a dry run the new areas and commitments have no ids yet (provisional ones,
    beyond PostgreSQL's integers): their figures are all new, on every database."""
    files = [
        ("omraden.csv", "område,kommun,typ,ingår_i,invånare\nNorr,Skara,bostadsområde,,900\n"),
        ("loften.csv", "löfte_id,år,part,löfte,indikator,mål\nK8,2022,Kommunen,Vandra,st,2\n"),
        ("aktiviteter.csv", ACTIVITIES + "2022-03-01,K8,1,Norr,a\n2022-03-02,P1,1,Norr,b\n"),
        ("uppfoljning.csv", "datum,löfte_id,status\n2022-03-15,K8,gul\n"),
        ("brott.csv", "datum,område,brottstyp\n2022-03-14,Norr,stöld\n2022-03-15,Centrum,våld\n"),
        ("enkat.csv", SURVEY_HEADER + "2022,Norr,otrygg_kvall,30,andel,800,slumpmässigt\n"),
    ]
    before = snapshot(base)
    batch = [(name, text.encode()) for name, text in files]
    dry = import_files(base, batch, dry_run=True)
    assert dry.ok, dry.messages()
    assert snapshot(base) == before
    previewed = {f.name: f.counts() for f in dry.files}
    for file in dry.files:  # the brott file's two crimes are two figures
        assert previewed[file.name] == {
            "new": file.rows,
            "changed": 0,
            "unchanged": 0,
            "removed": 0,
        }, file.name
    done = import_files(base, batch)
    assert {f.name: f.counts() for f in done.files} == previewed
