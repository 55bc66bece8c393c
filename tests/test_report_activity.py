"""Reports from the field /rapportera without a browser: the pipeline's add-only mode,
the form's row, the reporter's own reports, undo by the author on the same day only, and
over HTTP: nobody but reporters and editors writes, and reporters cannot import."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from web_support import (
    PASSWORD,
    call_callback,
    client_for,
    confirm_values,
    csrf,
    import_log_rows,
    said,
)

from callbacks.report_activity import read_form
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.undo import undo_import
from dashboard.pages import field_reports
from dashboard.pages.field_reports import (
    ReportChoices,
    ReportInput,
    default_day,
    form_problem,
    outside_period,
    own_reports,
    report_row,
    save_report,
    short_text,
    undo_own_report,
)
from dashboard.storage import schema
from layouts.ids import import_page as import_ids
from layouts.ids import report_activity as ids
from web.csrf import CSRF_FIELD, CSRF_HEADER

DAY = date(2022, 6, 14)
FILE = "datum,löfte_id,antal,område,kommentar\n"


def activities(engine) -> list[tuple]:
    """Stored reports as (day, count, area id, comment), sorted."""
    a = schema.activities
    with engine.connect() as conn:
        rows = conn.execute(sa.select(a.c.day, a.c.count, a.c.area_id, a.c.comment)).all()
    return sorted(map(tuple, rows), key=repr)


def report(engine, user="rut", **kw):
    fields = dict(day=DAY, code="P1", count=1, area="Busstationen", comment="") | kw
    return save_report(engine, ReportInput(**fields), party="Polisen", kommun="Skara", user=user)


def test_two_reports_of_the_same_day_both_stand(base):
    assert import_files(base, [("a.csv", (FILE + "2022-06-14,P1,3,Hötorget,fil\n").encode())]).ok
    first, second = report(base), report(base)
    assert first.ok and second.ok
    assert first.files[0].counts() == {"new": 1, "changed": 0, "unchanged": 0, "removed": 0}
    assert [row[1] for row in activities(base)] == [1, 1, 3]
    # A file of that day, by contrast, is that day's reports: it replaces them.
    replaced = import_files(base, [("b.csv", (FILE + "2022-06-14,P1,2,,\n").encode())])
    assert replaced.files[0].counts()["removed"] == 3 and len(activities(base)) == 1


def test_add_only_is_for_activity_files_and_previews_honestly(base):
    text = (FILE + "2022-06-14,P1,1,,\n").encode()
    preview = import_files(base, [("r.csv", text)], dry_run=True, add_only=True)
    assert preview.ok and preview.files[0].counts()["new"] == 1 and activities(base) == []
    checkin = b"datum,l\xc3\xb6fte_id,status\n2022-06-14,P1,gul\n"
    with pytest.raises(ValueError):
        import_files(base, [("u.csv", checkin)], dry_run=True, add_only=True)


def test_a_report_is_validated_as_an_import(base):
    refused = report(base, area="Busstation", comment="Ring 811228-9874")
    assert not refused.ok and activities(base) == []
    lines = field_reports.issue_lines(refused, "sv")
    assert any(line.startswith("Område: ") and "Busstationen" in line for line in lines)
    assert any(line.startswith("Kommentar: ") and "personnummer" in line for line in lines)
    assert not any("811228-9874" in line for line in lines)


def test_the_form_row_and_its_checks():
    row = report_row(ReportInput(DAY, "P1", 2, None, " =1+1 "), "Polisen", "Skara")
    assert row == {
        "datum": "2022-06-14",
        "löfte_id": "P1",
        "antal": "2",
        "område": "",
        "utförare": "Polisen",
        "kommentar": "'=1+1",
        "kommun": "Skara",
    }
    assert report_row(ReportInput(DAY, "G1", 1), "Tillsammans", "Skara")["utförare"] == ""
    assert [form_problem(v) for v in (1, "3", 1000, 0, -1, 1.5, 1001, None, True, "x")] == [
        None, None, None, *["rep.err_count"] * 7,
    ]  # fmt: skip
    assert read_form("2022-06-14", "P1", 2, "-", "") == ReportInput(DAY, "P1", 2, None, "")
    assert read_form("2022-06-14", None, 2, "-", "") == "rep.err_commitment"
    assert read_form("14/6", "P1", 2, "-", "") == "rep.err_date"
    text = "Genomföra en trygghetsvandring i kommunen för att identifiera otrygga platser i syfte"
    assert short_text(text, 40) == "Genomföra en trygghetsvandring i …"
    assert short_text("Kort.", 40) == "Kort."


def test_own_reports_and_undo_by_the_author_the_same_day(base):
    today = field_reports.today()
    mine, theirs = report(base, comment="min"), report(base, user="ann", comment="din")
    assert mine.ok and theirs.ok
    import_files(base, [("fil.csv", (FILE + "2022-01-03,P1,4,,\n").encode())], user="rut")
    listed = own_reports(base, "rut", today)
    assert [(r.code, r.count, r.area, r.comment) for r in listed] == [
        ("P1", 1, "Busstationen", "min")
    ]  # the file import is no report; ann's report is not rut's
    assert listed[0].undoable(today) and not listed[0].undoable(today + timedelta(days=1))
    mine_id, theirs_id = mine.files[0].import_id, theirs.files[0].import_id
    assert undo_own_report(base, theirs_id, user="rut", today=today) == "rep.undo_not_yours"
    assert undo_own_report(base, mine_id, user="rut", today=today + timedelta(days=1)) == (
        "rep.undo_not_today"
    )
    # rut's report stays undoable after ann's of the same key (added beside it).
    done = undo_own_report(base, mine_id, user="rut", today=today)
    assert done.ok and [r[3] for r in activities(base)] == [None, "din"]
    assert own_reports(base, "rut", today)[0].undone
    assert undo_own_report(base, mine_id, user="rut", today=today).refusal == "undo.already"
    # Undone again (an editor from /import), the report is back.
    assert undo_import(base, done.import_id, user="redaktor").ok
    assert sorted(r[3] or "" for r in activities(base)) == ["", "din", "min"]


def test_a_report_of_yesterday_cannot_be_undone_by_its_author(base):
    made = report(base)
    log = schema.import_log
    yesterday = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1)
    with base.begin() as conn:
        conn.execute(log.update().where(log.c.id == made.files[0].import_id).values(at=yesterday))
    today = field_reports.today()
    (listed,) = own_reports(base, "rut", today)
    assert not listed.undoable(today)
    assert undo_own_report(base, listed.import_id, user="rut", today=today) == (
        "rep.undo_not_today"
    )


# --- over HTTP --------------------------------------------------------------------


def save_values(code="P1") -> dict:
    return {
        ids.SAVE: 1,
        ids.DATE: DAY.isoformat(),
        ids.COMMITMENT: code,
        ids.COUNT: 1,
        ids.AREA: "Busstationen",
        ids.COMMENT: "fotpatrull",
        ids.CONTEXT: {"kommun": "Skara", "year": 2022},
    }


def test_over_http_only_reporters_and_editors_report(web_db):
    app, engine = web_db
    before = len(activities(engine))
    for who in (None, "lasare"):
        response = call_callback(client_for(app, who), ids.RECEIPT, save_values())
        assert response.status_code == 200 and ids.REFUSED in said(response), who
    assert len(activities(engine)) == before
    client = client_for(app, "rut")
    assert call_callback(client, ids.RECEIPT, save_values(), header=False).status_code == 403
    response = call_callback(client, ids.RECEIPT, save_values())
    assert ids.SAVED in said(response) and "Sparat: 1 fotpatrullpass för P1" in said(response)
    assert len(activities(engine)) == before + 1
    # An undo button posted by someone else: refused, the report stays.
    (mine,) = own_reports(engine, "rut", field_reports.today())
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if ids.UNDO in str(d["inputs"]))
    body = {
        "output": dep["output"],
        "outputs": [
            {"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
            for part in dep["output"].strip(".").split("...")
        ],
        "inputs": [[{"id": ids.undo(mine.import_id), "property": "n_clicks", "value": 1}]],
        "changedPropIds": [f'{{"index":{mine.import_id},"type":"{ids.UNDO}"}}.n_clicks'],
        "state": [{"id": "_pages_location", "property": "search", "value": ""}],
    }
    editor = client_for(app, "redaktor")
    refused = editor.post("/_dash-update-component", json=body, headers={CSRF_HEADER: csrf(editor)})
    assert "Du kan bara ångra dina egna" in said(refused)
    assert len(activities(engine)) == before + 1
    undone = client.post("/_dash-update-component", json=body, headers={CSRF_HEADER: csrf(client)})
    assert f"import nr {mine.import_id}) är ångrad" in said(undone)
    assert len(activities(engine)) == before


def test_a_reporter_cannot_import(web_db):
    app, engine = web_db
    client = client_for(app, "rut")
    logged = import_log_rows(engine)
    values = confirm_values(
        "brott.csv", "månad;område;brottstyp;antal\r\n2022-01;Centrum;stöld;7\r\n"
    )
    response = call_callback(client, import_ids.RESULT, values)
    assert response.status_code == 200 and import_ids.REFUSED in said(response)
    assert import_log_rows(engine) == logged
    page = {"_pages_location.pathname": "/import", "_pages_location.search": ""}
    shown = said(call_callback(client, "_pages_content", page))
    assert import_ids.VIEWER_ONLY in shown and f'"{import_ids.UPLOAD}"' not in shown
    # Nor record check-ins: the meeting page is read-only for a reporter.
    page["_pages_location.pathname"] = "/uppfoljning"
    assert "checkin-read-only" in said(call_callback(client, "_pages_content", page))


def test_a_reporter_lands_on_the_report_form_after_login(web_db):
    app, _ = web_db
    for who, where in (("rut", "/rapportera"), ("redaktor", "/import")):
        client = app.server.test_client()
        client.get("/login")
        answer = client.post(
            "/login", data={"name": who, "password": PASSWORD, CSRF_FIELD: csrf(client)}
        )
        assert answer.status_code in (302, 303) and answer.headers["Location"] == where, who


def test_a_report_outside_the_commitments_period_is_refused_and_the_date_starts_inside():
    from types import SimpleNamespace

    p1 = SimpleNamespace(code="P1", start=date(2022, 3, 1), end=date(2022, 12, 31))
    k3 = SimpleNamespace(code="K3", start=date(2022, 1, 1), end=date(2022, 12, 31))
    assert outside_period(date(2022, 6, 14), p1, "sv") is None
    assert outside_period(date(2022, 2, 28), p1, "sv") == (
        "Datumet ligger utanför P1s period (1 mars 2022–31 december 2022): rapporten skulle "
        "inte räknas. Välj ett datum inom perioden."
    )
    assert "outside P1's period" in outside_period(date(2026, 12, 1), p1, "en")
    choices = ReportChoices("Skara", 2022, [p1, k3], [])
    assert default_day(choices, date(2026, 12, 1)) == date(2022, 12, 31)  # the year is over
    assert default_day(choices, date(2022, 6, 14)) == date(2022, 6, 14)
    assert default_day(choices, date(2021, 11, 2)) == date(2022, 1, 1)
    assert default_day(ReportChoices("Skara", None, [], []), date(2026, 1, 5)) == date(2026, 1, 5)
