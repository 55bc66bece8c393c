"""The meeting /uppfoljning without a browser: the ``publik`` column (parsed, stored, in
the history and undo, exported), the form's rows, saving through the pipeline, what
moved since the last check-in, the public comments, and writing refused over HTTP."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import sqlalchemy as sa
from conftest import COMMITMENTS
from web_support import call_callback, client_for, csrf, said

from components.checkin_form import moved_text, saved_text
from dashboard.analysis import metrics
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.follow_up import (
    MovedSince,
    moved_since,
    public_checkins,
    resolved_year,
)
from dashboard.ingest import export, history
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.undo import undo_import
from dashboard.pages.follow_up import CheckinInput, MeetingItem, checkin_rows, save_checkins
from dashboard.storage import schema
from layouts.ids import follow_up as ids
from web.csrf import CSRF_HEADER

HEADER = "datum,löfte_id,status,kommentar,publik\n"


def checkins(engine) -> dict:
    """Stored check-ins by (code, day): (status, comment, public)."""
    c, ch = schema.commitments, schema.checkins
    query = sa.select(c.c.code, ch.c.day, ch.c.status, ch.c.comment, ch.c.public).join(
        c, c.c.id == ch.c.commitment_id
    )
    with engine.connect() as conn:
        return {(code, day): (s, text, bool(p)) for code, day, s, text, p in conn.execute(query)}


def load(engine, text: str, **kw):
    return import_files(engine, [("uppfoljning.csv", text.encode())], **kw)


def test_publik_accepts_yes_and_no_in_every_spelling_and_defaults_to_no(base):
    words = ["ja", "Nej", "yes", "NO", "true", "false", "1", "0", "x", "", "JA"]
    rows = [f"2022-03-{day:02d},P1,grön,k{day},{word}" for day, word in enumerate(words, 1)]
    assert load(base, HEADER + "\n".join(rows) + "\n").ok
    stored = checkins(base)
    public = [stored[("P1", date(2022, 3, day))][2] for day in range(1, len(words) + 1)]
    assert public == [True, False, True, False, True, False, True, False, True, False, True]
    # No publik column at all: every comment stays internal.
    assert load(base, "datum,löfte_id,status,kommentar\n2022-04-01,P1,gul,intern\n").ok
    assert checkins(base)[("P1", date(2022, 4, 1))] == ("amber", "intern", False)
    # The English alias.
    assert load(base, "date,commitment_id,status,comment,public\n2022-04-02,P1,red,c,yes\n").ok
    assert checkins(base)[("P1", date(2022, 4, 2))] == ("red", "c", True)


def test_a_bad_publik_value_names_line_column_value_and_reason(base):
    result = load(base, HEADER + "2022-03-01,P1,grön,ok,ja\n2022-03-02,P1,gul,hm,kanske\n")
    assert not result.ok and checkins(base) == {}
    (issue,) = result.files[0].issues
    assert (issue.line, issue.column, issue.value) == (3, "publik", "kanske")
    assert "skriv ja eller nej" in issue.render("sv")
    assert "write yes or no" in issue.render("en")


def test_publik_is_exported_kept_in_the_history_and_undone(base):
    first = load(base, HEADER + "2022-03-01,P1,grön,bra,nej\n")
    second = load(base, HEADER + "2022-03-01,P1,grön,bra,ja\n")  # only publik changes
    assert second.files[0].counts()["changed"] == 1
    with base.connect() as conn:
        text = export.export_kind(conn, "uppfoljning")
        (change,) = history.changes_of(conn, second.files[0].import_id)[0].changes
    assert (
        text == "datum,löfte_id,status,kommentar,publik,kommun\n2022-03-01,P1,grön,bra,ja,Skara\n"
    )
    assert (change.old, change.new) == (("green", "bra", False), ("green", "bra", True))
    # The export reads back to the same stored content.
    assert load(base, text).files[0].counts()["unchanged"] == 1
    assert undo_import(base, second.files[0].import_id, user="t").ok
    assert checkins(base)[("P1", date(2022, 3, 1))] == ("green", "bra", False)
    assert undo_import(base, first.files[0].import_id, user="t").ok
    assert checkins(base) == {}


def test_check_in_changes_kept_before_publik_existed_still_undo(base):
    """The history of an import made before version 5 holds two values per check-in."""
    result = load(base, HEADER + "2022-03-01,P1,röd,gammal,nej\n")
    import_id = result.files[0].import_id
    with base.begin() as conn:
        changes = schema.import_changes
        conn.execute(
            changes.update().where(changes.c.import_id == import_id).values(new='["red","gammal"]')
        )
        (change,) = history.changes_of(conn, import_id)[0].changes
    assert change.new == ("red", "gammal", False)
    assert undo_import(base, import_id, user="t").ok and checkins(base) == {}


def test_the_form_writes_only_touched_commitments_and_needs_a_status():
    answers = [
        CheckinInput("K1", "red", "  Efter plan  ", True),
        CheckinInput("K2"),  # untouched: not written
        CheckinInput("P1", None, "", True),  # the public box alone: a status is missing
        CheckinInput("P2", "green", "=SUMMA(A1)"),
    ]
    rows, problems = checkin_rows(answers, date(2022, 6, 14), "Skara")
    assert [row["löfte_id"] for row in rows] == ["K1", "P2"]
    assert rows[0] == {
        "datum": "2022-06-14",
        "löfte_id": "K1",
        "status": "röd",
        "kommentar": "Efter plan",
        "publik": "ja",
        "kommun": "Skara",
    }
    assert rows[1]["kommentar"] == "'=SUMMA(A1)" and rows[1]["publik"] == "nej"
    assert [(p.code, p.key) for p in problems] == [("P1", "fu.err_no_status")]
    assert problems[0].render("en").startswith("P1: choose green, amber or red")
    assert checkin_rows([CheckinInput("K1")], date(2022, 6, 14), "Skara") == ([], [])


def test_saving_the_meeting_goes_through_the_pipeline_under_the_editors_name(base):
    day = date(2022, 6, 14)
    answers = [CheckinInput("P1", "red", "=Efter plan", True), CheckinInput("K3")]
    saved = save_checkins(base, answers, day, kommun="Skara", year=2022, user="redaktor")
    assert saved.ok and saved.saved == 1
    assert checkins(base) == {("P1", day): ("red", "=Efter plan", True)}
    with base.connect() as conn:
        entry = history.entry(conn, saved.import_id)
    assert (entry.user, entry.kind, entry.filename) == (
        "redaktor",
        "uppfoljning",
        "uppfoljning-2022-06-14.csv",
    )
    again = save_checkins(base, answers, day, kommun="Skara", year=2022, user="redaktor")
    assert again.ok and again.saved == 0  # the same meeting twice changes nothing
    # An identity number in a comment: nothing saved, the commitment and column named.
    leak = [CheckinInput("K3", "green", "Ring 811228-9874 om detta")]
    refused = save_checkins(base, leak, day, kommun="Skara", year=2022, user="redaktor")
    assert not refused.ok and "811228-9874" not in " ".join(refused.messages("sv"))
    (line,) = refused.messages("sv")
    assert line.startswith("K3, kommentar: innehåller ett personnummer")
    # Undo from the log, as on /import or the command line.
    assert undo_import(base, saved.import_id, user="redaktor").ok and checkins(base) == {}


def test_a_meeting_date_in_another_promise_year_is_refused(base):
    assert load(base, "").ok is False  # (an empty file is refused; nothing else stored)
    later = COMMITMENTS.replace("2022", "2023").split("\n", 1)[1]
    assert import_files(base, [("l.csv", (COMMITMENTS + later).encode())]).ok
    answers = [CheckinInput("P1", "green")]
    result = save_checkins(base, answers, date(2023, 2, 1), kommun="Skara", year=2022, user="r")
    assert not result.ok and "annat löftesår än 2022" in result.messages("sv")[0]
    assert save_checkins(base, answers, date(2022, 12, 1), kommun="Skara", year=2022, user="r").ok
    assert resolved_year([2022, 2023], date(2026, 1, 1)) == 2023
    assert resolved_year([2022], date(2026, 1, 1)) == 2022
    assert resolved_year([2023], date(2022, 5, 1)) is None


def _commitment(**kw) -> Commitment:
    fields = dict(id=1, code="P1", year=2022, party="Polisen", text="t", indicator="pass",
                  target=150, unit="pass", rule="antal", start=date(2022, 3, 1),
                  end=date(2022, 12, 31))  # fmt: skip
    return Commitment(**(fields | kw))


def test_what_moved_since_the_last_check_in():
    reports = pd.DataFrame(
        {
            "day": [date(2022, 5, 1), date(2022, 6, 14), date(2022, 7, 1), date(2022, 8, 1)],
            "count": [40, 10, 5, 7],
        }
    )
    as_of = date(2022, 7, 31)
    item = _commitment(achieved=55, checkin_day=date(2022, 6, 14), checkin_status="green")
    item.judgement = metrics.judge("antal", 55, 150, item.start, item.end, as_of)
    moved = moved_since(item, reports, as_of)
    # Up to the check-in day: 50; after it and by the judging day: one report of 5.
    assert (moved.reports, moved.count, moved.achieved_then) == (1, 5, 50)
    assert moved.status_then == metrics.judge("antal", 50, 150, item.start, item.end,
                                              date(2022, 6, 14)).status  # fmt: skip
    assert moved.status_now == item.judgement.status
    assert moved_since(_commitment(), reports, as_of) is None  # no check-in yet


def test_what_moved_and_what_was_saved_read_right_for_none_one_and_many():
    item = _commitment(achieved=55, unit="fotpatrullpass")

    def said_for(reports, count, lang="sv"):
        moved = MovedSince(date(2022, 6, 14), reports, count, 50 + count, "amber", "amber")
        return moved_text(MeetingItem(item, moved), lang)

    assert said_for(0, 0) == "inga nya rapporter sedan 14 juni 2022; utfört 55."
    assert said_for(1, 5).startswith("1 rapport med 5 fotpatrullpass sedan 14 juni 2022;")
    assert said_for(2, 5).startswith("2 rapporter med 5 fotpatrullpass")
    assert said_for(1, 5, "en").startswith("1 report with 5 fotpatrullpass since 14 June 2022;")
    assert said_for(0, 0, "en") == "no new reports since 14 June 2022; achieved 55."
    day = date(2022, 12, 13)
    assert (
        saved_text(1, day, 8, "sv")
        == "1 bedömning sparad för mötet 13 december 2022 (import nr 8)."
    )
    assert saved_text(3, day, 8, "sv").startswith("3 bedömningar sparade för mötet")
    assert saved_text(1, day, 8, "en").startswith("1 assessment saved for the meeting of")


def test_only_comments_marked_public_are_listed_for_the_citizens(base):
    text = HEADER + "2022-03-01,P1,grön,intern anteckning,nej\n2022-06-01,P1,gul,Till alla,ja\n"
    text += "2022-09-01,P1,röd,,ja\n2022-03-01,K3,grön,Vandring bokad,x\n"
    assert load(base, text).ok
    with base.connect() as conn:
        ids_ = dict(
            conn.execute(sa.select(schema.commitments.c.code, schema.commitments.c.id)).all()
        )
        found = public_checkins(conn, ids_.values())
        assert public_checkins(conn, []).empty
    assert sorted(found["comment"]) == ["Till alla", "Vandring bokad"]
    assert "intern anteckning" not in set(found["comment"])


# --- over HTTP: only an editor writes ------------------------------------------------


def save_body(day: str, answers: dict[str, str]) -> dict:
    """The save callback's request as Dash's renderer posts it."""

    def each(kind, prop, value):
        return [
            {"id": {"type": kind, "code": code}, "property": prop, "value": value(code)}
            for code in answers
        ]

    return {
        "output": f"..{ids.RESULT}.children...{ids.AGENDA}.children..",
        "outputs": [
            {"id": ids.RESULT, "property": "children"},
            {"id": ids.AGENDA, "property": "children"},
        ],
        "inputs": [{"id": ids.SAVE, "property": "n_clicks", "value": 1}],
        "changedPropIds": [f"{ids.SAVE}.n_clicks"],
        "state": [
            {"id": ids.DATE, "property": "value", "value": day},
            each(ids.STATUS_TYPE, "id", lambda c: {"type": ids.STATUS_TYPE, "code": c}),
            each(ids.STATUS_TYPE, "value", answers.get),
            each(ids.COMMENT_TYPE, "value", lambda c: "Kommentar"),
            each(ids.PUBLIC_TYPE, "value", lambda c: False),
            {"id": ids.CONTEXT, "property": "data", "value": {"kommun": "Skara", "year": 2022}},
            {"id": "_pages_location", "property": "search", "value": ""},
        ],
    }


def test_over_http_only_an_editor_saves_a_meeting(web_db):
    app, engine = web_db
    before = checkins(engine)
    body = save_body("2022-06-14", {"P1": "red"})
    for who in (None, "lasare", "rut"):
        client = client_for(app, who)
        response = client.post(
            "/_dash-update-component", json=body, headers={CSRF_HEADER: csrf(client)}
        )
        assert response.status_code == 200 and ids.REFUSED in said(response), who
        assert checkins(engine) == before
    client = client_for(app, "redaktor")
    without_token = client.post("/_dash-update-component", json=body)
    assert without_token.status_code == 403 and checkins(engine) == before
    response = client.post(
        "/_dash-update-component", json=body, headers={CSRF_HEADER: csrf(client)}
    )
    assert response.status_code == 200 and ids.SAVED in said(response)
    after = checkins(engine)
    assert after[("P1", date(2022, 6, 14))] == ("red", "Kommentar", False)
    assert {k: v for k, v in after.items() if k != ("P1", date(2022, 6, 14))} == {
        k: v for k, v in before.items() if k != ("P1", date(2022, 6, 14))
    }
    # The page itself: the form for the editor, never served from the cache to others.
    page = {"_pages_location.pathname": "/uppfoljning", "_pages_location.search": ""}

    assert f'"{ids.status_group("P1")}"' in said(call_callback(client, "_pages_content", page))
    shown = said(call_callback(client_for(app, None), "_pages_content", page))
    assert ids.LOGIN_NEEDED in shown and f'"{ids.status_group("P1")}"' not in shown
    viewer = said(call_callback(client_for(app, "lasare"), "_pages_content", page))
    assert ids.READ_ONLY in viewer and f'"{ids.status_group("P1")}"' not in viewer
    assert json.loads(json.dumps(body))  # the body is plain JSON, as a browser sends it
