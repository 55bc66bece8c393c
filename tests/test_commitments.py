"""Commitments read from the database, judged as of a date, with the rule in words."""

from __future__ import annotations

from datetime import date

from dashboard.analysis.commitments import Filters, load_commitments, rule_explanation
from dashboard.ingest.pipeline import import_files
from dashboard.storage import database

ACTIVITIES = (
    "datum,löfte_id,antal,område\n2022-03-10,P1,20,Busstationen\n2022-05-02,P1,10,Hötorget\n"
)
CHECKINS = (
    "datum,löfte_id,status,kommentar\n2022-03-15,P1,grön,Bra start\n2022-06-14,P1,gul,Semestrar\n"
)


def load(engine, as_of, **kw):
    with database.read_snapshot(engine) as conn:
        return {c.code: c for c in load_commitments(conn, Filters("Skara", as_of=as_of, **kw))}


def test_pace_and_rule_on_a_date(base):
    import_files(base, [("a.csv", ACTIVITIES.encode()), ("u.csv", CHECKINS.encode())])
    p1 = load(base, date(2022, 5, 31))["P1"]
    # 2022-03-01..2022-12-31 is 306 days; to 2022-05-31 is 92 days: expected 150·92/306 = 45.1;
    # achieved 30, ratio 30 / 45.1 = 0.665 < 0.75: red.
    assert p1.achieved == 30
    assert p1.judgement.status == "red"
    assert round(p1.judgement.ratio, 3) == round(30 / (150 * 92 / 306), 3)
    assert rule_explanation(p1, "sv") == (
        "Takt: genomfört 30 ÷ väntat hittills 45,1 = 0,67 "
        "(≥ 1 i fas, ≥ 0,75 något efter, annars efter)"
    )
    # The latest check-in on or before the date counts.
    assert (p1.checkin_status, p1.checkin_comment) == ("green", "Bra start")
    assert load(base, date(2022, 6, 30))["P1"].checkin_status == "amber"


def test_activities_after_the_date_do_not_count(base):
    import_files(base, [("a.csv", ACTIVITIES.encode())])
    assert load(base, date(2022, 4, 1))["P1"].achieved == 20


def test_milestone_and_filters(base):
    k3 = load(base, date(2023, 1, 15))["K3"]
    assert k3.judgement.status == "red" and k3.judgement.ended
    assert "har passerat" in rule_explanation(k3, "sv")
    assert list(load(base, date(2022, 6, 1), part="Fastighetsägare")) == ["K3"]
    assert list(load(base, date(2022, 6, 1), areas=("hotorget",))) == ["P1"]
    assert load(base, date(2022, 6, 1), part="Polisen")["P1"].partners == []
