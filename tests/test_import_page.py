"""The callbacks of /import as plain functions: the preview's counts, the period box, and
undo from the log (its preview, its refusal, doing it), on SQLite and PostgreSQL.

Each callback runs as Dash would call it: with the input that triggered it in the
callback context, and the logged-in account from ``web.auth.current_user``.
"""

from __future__ import annotations

import json
from contextvars import copy_context

import pytest
from conftest import snapshot, stored_crimes
from dash import no_update
from dash._callback_context import context_value
from dash._utils import AttributeDict
from web_support import (
    PASSWORD,
    app_module,
    call_callback,
    client_for,
    said,
    upload_data,
)

from callbacks.import_page import (
    PERIOD_MARK,
    confirm_import,
    implausible_dates,
    period_label,
    show_preview,
)
from callbacks.import_undo import confirm_undo, open_undo
from components.import_report import log_table
from dashboard import accounts
from dashboard.accounts import User
from dashboard.ingest import history
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.results import BatchResult, FileResult, Issue
from dashboard.storage import cache
from layouts.ids import import_page as ids
from web import auth

EDITOR = User(1, "redaktor", "editor")
VIEWER = User(2, "lasare", "viewer")
GOTENE_EDITOR = User(3, "gota", "editor", kommuner=frozenset({"Götene"}))

# Centrum's thefts: two months, then a correction of February, then a file with typos.
FIRST = "månad;område;brottstyp;antal\r\n2022-01;Centrum;stöld;7\r\n2022-02;Centrum;stöld;8\r\n"
SECOND = "månad;område;brottstyp;antal\r\n2022-02;Centrum;stöld;9\r\n"
TYPOS = "månad;område;brottstyp;antal\r\n1900-01;Centrum;stöld;3\r\n2200-12;Centrum;stöld;4\r\n"
# One row per crime: January twice, March once, so February (stored by FIRST) goes.
INCIDENTS = "datum;område;brottstyp\r\n2022-01-05;Centrum;stöld\r\n2022-01-19;Centrum;stöld\r\n"
INCIDENTS += "2022-03-02;Centrum;stöld\r\n"


@pytest.fixture
def page(base, database_url, monkeypatch):
    """The page's callbacks on ``base`` (four areas, two commitments), an editor logged in."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    login_as(monkeypatch, EDITOR)
    return base


def login_as(monkeypatch, user: User | None) -> None:
    monkeypatch.setattr(auth, "current_user", lambda: user)


def triggered(callback, component_id, prop: str, value, *args):
    """``callback(*args)`` as Dash calls it when ``component_id.prop`` became ``value``."""
    if isinstance(component_id, dict):
        component_id = json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    inputs = [{"prop_id": f"{component_id}.{prop}", "value": value}]

    def run():
        context_value.set(AttributeDict(triggered_inputs=inputs))
        return callback(*args)

    return copy_context().run(run)


def words(component) -> str:
    """The text a component shows, its pieces joined by spaces."""
    if component is None or isinstance(component, bool):
        return ""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(words(c) for c in component)
    return words(getattr(component, "children", None))


def preview_of(text: str, name: str = "brott.csv", allow: bool = False, by_box: bool = False):
    """show_preview for one file: new files, or (``by_box``) the period box changed."""
    trigger = (ids.ALLOW_PERIOD, "value", allow) if by_box else (ids.FILES, "data", None)
    # The first seven outputs: the last three are the official statistics' year box.
    return triggered(show_preview, *trigger, upload_data(name, text), allow, "")[:7]


def confirm(text: str, pending, allow: bool = False, name: str = "brott.csv"):
    return triggered(
        confirm_import, ids.CONFIRM, "n_clicks", 1, 1, upload_data(name, text), pending, allow, ""
    )


DATA_TABLES = (
    "areas",
    "commitments",
    "commitment_areas",
    "commitment_partners",
    "activities",
    "checkins",
    "crimes",
    "surveys",
)


def figures(engine) -> dict:
    """Every stored figure: the data tables (not the log, the history, the accounts)."""
    return {name: rows for name, rows in snapshot(engine).items() if name in DATA_TABLES}


def import_as_editor(engine, name: str, text: str) -> int:
    batch = import_files(engine, [(name, text.encode("cp1252"))], user=EDITOR.name)
    assert batch.written, batch.messages()
    return batch.files[0].import_id


# --- the preview ---------------------------------------------------------------------


def test_the_preview_counts_add_up_to_the_rows_and_what_is_removed(page):
    import_as_editor(page, "forsta.csv", FIRST)
    shown, pending, disabled, _, hidden, *_ = preview_of(INCIDENTS)
    text = words(shown)
    # Three rows make two figures (January 2, March 1): January changed, March new;
    # February lies inside the file's span and has no crime in it, so it is removed.
    assert "1 nya" in text and "1 ändras" in text and "0 oförändrade" in text
    assert "1 tas bort" in text
    assert "Filens 3 rader blir 2 siffror" in text
    assert "2022-01: 7 → 2" in text and "2022-02: 8 → –" in text
    assert "januari 2022 – mars 2022" in text
    assert pending and not disabled and hidden


def test_the_preview_in_english(page):
    import_as_editor(page, "forsta.csv", FIRST)
    shown, *_ = triggered(
        show_preview, ids.FILES, "data", None, upload_data("b.csv", SECOND), False, "?lang=en"
    )
    text = words(shown)
    assert "0 new" in text and "1 changed" in text and "0 removed" in text
    assert "Theft" in text and "February 2022" in text and "2022-02: 8 → 9" in text


# --- plausible periods ----------------------------------------------------------------


def test_the_period_box_names_the_dates_and_only_then_appears(page):
    shown, pending, disabled, _, hidden, label, value = preview_of(TYPOS)
    assert "1900-01" in words(shown) and pending is None and disabled
    assert hidden is False and label == "Ja, 1900-01 och 2200-12 stämmer" and value is False
    # Any other mistake must be fixed first: no box.
    other = TYPOS + "2022-01;Centrumm;stöld;5\r\n"
    *_, hidden, label, value = preview_of(other)
    assert hidden is True and label == ""


def test_ticking_the_box_previews_and_saves_with_the_dates_allowed(page):
    before = snapshot(page)
    shown, pending, disabled, _, *box = preview_of(TYPOS, allow=True, by_box=True)
    assert "2 nya" in words(shown) and not disabled
    assert pending[-1] == PERIOD_MARK
    assert all(part is no_update for part in box)  # the box stays as it is, ticked
    # The confirm uses the flag of the preview it confirms: unticked since, refused.
    refused, *_ = confirm(TYPOS, pending, allow=False)
    assert "Granska dem igen" in words(refused) and snapshot(page) == before
    saved, log, cleared = confirm(TYPOS, pending, allow=True)
    assert "Sparat" in words(saved) and cleared is None
    months = {month.isoformat() for _, month, _ in stored_crimes(page)}
    assert {"1900-01-01", "2200-12-01"} <= months
    assert "brott.csv" in words(log)


def test_new_files_start_with_the_box_unticked(page):
    # The box is still ticked from another file: the new one is checked without the
    # dates allowed, and the box is unticked.
    shown, pending, disabled, _, hidden, label, value = triggered(
        show_preview, ids.FILES, "data", None, upload_data("b.csv", TYPOS), True, ""
    )[:7]
    assert pending is None and disabled and "Filen avvisas" in words(shown)
    assert value is False and hidden is False and "1900-01" in label


def test_implausible_dates_and_the_label():
    def batch(*issues: Issue) -> BatchResult:
        return BatchResult([FileResult("b.csv", "0", issues=list(issues))], False, True, 1)

    period = [Issue("err.implausible_period", n, "månad", f"19{n:02d}-01") for n in range(2, 8)]
    assert implausible_dates(batch(*period[:2])) == ["1902-01", "1903-01"]
    assert implausible_dates(batch(*period, Issue("err.bad_month", 9, "månad", "x"))) == []
    assert implausible_dates(batch()) == []
    year = Issue("err.implausible_year", 2, "år", "1899")
    assert period_label(implausible_dates(batch(year)), "en") == "Yes, 1899 is right"
    assert period_label(["a", "b"], "en") == "Yes, a and b are right"
    dates = implausible_dates(batch(*period))
    assert period_label(dates, "sv") == "Ja, 1902-01, 1903-01, 1904-01 och 3 till stämmer"


# --- undo -----------------------------------------------------------------------------


def open_dialog(import_id: int, search: str = ""):
    return triggered(open_undo, ids.undo(import_id), "n_clicks", 1, [1], None, search)


def test_undo_shows_what_it_puts_back_then_does_it(page):
    import_as_editor(page, "forsta.csv", FIRST)
    before = figures(page)
    second = import_as_editor(page, "andra.csv", SECOND)
    changed = figures(page)
    is_open, title, body, disabled, pending = open_dialog(second)
    assert is_open and not disabled and pending == second
    assert title == f"Ångra import {second} (andra.csv)?"
    text = words(body)
    assert "0 återställda, 1 tillbaka som de var, 0 borttagna" in text
    assert "Centrum" in text and "Stöld" in text and "2022-02: 9 → 8" in text
    assert figures(page) == changed != before  # the dialog changed nothing

    message, log, closed, cleared = triggered(
        confirm_undo, ids.UNDO_CONFIRM, "n_clicks", 1, 1, second, ""
    )
    assert message.id == ids.UNDO_DONE and "är ångrad" in words(message)
    assert figures(page) == before
    undo_id = second + 1
    assert f"ångrad av {undo_id}" in words(log) and f"ångring av {second}" in words(log)
    assert closed is False and cleared is None


def test_undo_is_refused_naming_the_later_import(page):
    first = import_as_editor(page, "forsta.csv", FIRST)
    second = import_as_editor(page, "andra.csv", SECOND)
    is_open, title, body, disabled, pending = open_dialog(first, "?lang=en")
    assert is_open and disabled and pending is None
    assert title == f"Undo import {first} (forsta.csv)?"
    assert f"Import {second} (andra.csv) later changed the same figures" in words(body)


def test_undo_for_editors_of_the_kommun_only(page, monkeypatch):
    target = import_as_editor(page, "forsta.csv", FIRST)
    before = figures(page)
    login_as(monkeypatch, GOTENE_EDITOR)
    _, _, body, disabled, pending = open_dialog(target)
    assert disabled and pending is None and "Skara" in words(body)
    message, *_ = triggered(confirm_undo, ids.UNDO_CONFIRM, "n_clicks", 1, 1, target, "")
    assert "Skara" in words(message) and figures(page) == before
    for who in (VIEWER, None):
        login_as(monkeypatch, who)
        _, _, body, disabled, pending = open_dialog(target)
        assert ids.REFUSED in str(body) and disabled and pending is None
        message, *_ = triggered(confirm_undo, ids.UNDO_CONFIRM, "n_clicks", 1, 1, target, "")
        assert message.id == ids.REFUSED
    assert figures(page) == before


def test_buttons_appearing_and_cancel_are_not_undo_clicks(page):
    from dash.exceptions import PreventUpdate

    target = import_as_editor(page, "forsta.csv", FIRST)
    with pytest.raises(PreventUpdate):  # a new log's buttons, never clicked
        triggered(open_undo, ids.undo(target), "n_clicks", None, [None], None, "")
    closed = triggered(open_undo, ids.UNDO_CANCEL, "n_clicks", 1, [None], 1, "")
    assert closed[0] is False and closed[-1] is None


def undo_buttons(component) -> set[int]:
    """The imports the undo buttons in ``component`` are for."""
    return {
        node.id["index"]
        for node in component._traverse()
        if isinstance(getattr(node, "id", None), dict) and node.id["type"] == ids.UNDO
    }


def test_the_log_offers_undo_only_where_it_can_be_done(page):
    first = import_as_editor(page, "forsta.csv", FIRST)
    triggered(confirm_undo, ids.UNDO_CONFIRM, "n_clicks", 1, 1, first, "")
    again = import_as_editor(page, "forsta.csv", FIRST)
    import_files(page, [("forsta.csv", FIRST.encode())], user=EDITOR.name)  # unchanged
    with page.connect() as conn:
        entries = history.entries(conn, limit=4)  # the base's areas and commitments aside
    assert [e.outcome for e in entries] == ["unchanged", "imported", "undo", "imported"]
    # The undo and the new import can be undone; the undone import and the one that
    # changed nothing cannot.
    assert undo_buttons(log_table(entries, "sv", ids.undo)) == {again, first + 1}
    assert undo_buttons(log_table(entries, "sv")) == set()  # viewers


def test_over_http_only_an_editor_undoes(tmp_path, monkeypatch):
    """The confirm as the browser posts it: a viewer is refused, an editor undoes."""
    from dashboard.startup import prepare_database

    app = app_module(tmp_path).app
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'web.sqlite'}")
    cache.clear()
    engine = prepare_database()
    accounts.add_user(engine, "redaktor", "editor", PASSWORD)
    accounts.add_user(engine, "lasare", "viewer", PASSWORD)
    target = import_as_editor(engine, "forsta.csv", FIRST)
    before = figures(engine)
    values = {ids.UNDO_CONFIRM: 1, ids.UNDO_PENDING: target}
    for who in (None, "lasare"):
        response = call_callback(client_for(app, who), ids.UNDO_RESULT, values)
        assert response.status_code == 200 and "Bara en inloggad redaktör" in said(response)
    assert figures(engine) == before
    response = call_callback(client_for(app, "redaktor"), ids.UNDO_RESULT, values)
    assert f"Import {target} (forsta.csv) är ångrad" in said(response)
    assert figures(engine) != before
    cache.clear()
