"""Browser test of /import: an editor logs in, a mistaken file is stopped with its line,
the demo files in Swedish Excel form with a new year of crimes are previewed, confirmed,
logged, and the overview shows the new figures; undone from the log, the old are back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_support import console_errors, needs_browser
from dash.testing.wait import until
from selenium.webdriver.common.by import By

from dashboard import accounts
from dashboard.config import DEMO_DIR
from dashboard.storage import cache

pytestmark = [pytest.mark.browser, needs_browser]

EDITOR, PASSWORD = "redaktor", "ett-langt-losenord-7"


@pytest.fixture
def import_db(dash_app, tmp_path, monkeypatch):
    """The running app pointed at a fresh database of its own (demo data and an editor), so
    that this test's import does not change what the other browser tests see."""
    from dashboard.startup import prepare_database

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'import.sqlite'}")
    cache.clear()
    engine = prepare_database()
    accounts.add_user(engine, EDITOR, "editor", PASSWORD)
    yield engine
    cache.clear()


def excel_files(folder: Path) -> tuple[list[Path], Path]:
    """The demo files as Swedish Excel saves them, the crime file with 2023 added; and a
    crime file with two mistakes (an unknown area on line 3, month 13 on line 5)."""
    folder.mkdir()
    source = DEMO_DIR / "excel-sv"
    for path in source.glob("*.csv"):
        shutil.copy(path, folder / path.name)
    lines = (source / "brott.csv").read_bytes().decode("cp1252").split("\r\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    new_year = [row.replace("2022-", "2023-", 1) for row in rows if row.startswith("2022-")]
    (folder / "brott.csv").write_bytes("\r\n".join([header, *rows, *new_year, ""]).encode("cp1252"))
    bad = [header, *new_year[:10]]
    bad[2] = bad[2].replace(";Centrum;", ";Centrumm;")
    bad[4] = bad[4].replace("2023-01", "2023-13")
    wrong = folder.parent / "fel" / "brott.csv"
    wrong.parent.mkdir()
    wrong.write_bytes("\r\n".join([*bad, ""]).encode("cp1252"))
    return sorted(folder.glob("*.csv")), wrong


def choose_files(dash_duo, paths: list[Path]) -> None:
    field = dash_duo.find_element("#import-upload input[type=file]")
    dash_duo.driver.execute_script("arguments[0].value = ''", field)  # a new choice
    field.send_keys("\n".join(str(p) for p in paths))


def test_anonymous_visitor_sees_no_upload(dash_duo, dash_app, import_db):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/import")
    dash_duo.wait_for_element("#import-login-needed", timeout=20)
    assert not dash_duo.find_elements("#import-upload")
    assert not dash_duo.find_elements("#import-log")
    assert (
        dash_duo.find_element("#template-brott").get_attribute("href").endswith("/mallar/brott.csv")
    )
    assert console_errors(dash_duo) == []


def test_editor_imports_a_year_of_crimes_and_undoes_it(dash_duo, dash_app, import_db, tmp_path):
    files, wrong = excel_files(tmp_path / "excel")
    dash_duo.start_server(dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/login?next=/import")
    dash_duo.wait_for_element("#login-name", timeout=20).send_keys(EDITOR)
    driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    dash_duo.wait_for_element("#import-upload", timeout=20)
    assert EDITOR in dash_duo.find_element("#account-name").text

    # A mistaken file: stopped, with the lines to fix; nothing can be saved.
    choose_files(dash_duo, [wrong])
    dash_duo.wait_for_contains_text("#import-verdict", "1 av 1 filer har fel", timeout=30)
    report = dash_duo.find_element("#import-preview").text
    assert "Centrumm" in report and "menade du Centrum?" in report
    assert "månaden 13 finns inte" in report
    cells = [c.text for c in dash_duo.find_elements(".issue-table tbody tr td:first-child")]
    assert cells == ["3", "5"]
    assert not dash_duo.find_element("#import-confirm").is_enabled()

    # The right files: previewed, then saved.
    choose_files(dash_duo, files)
    dash_duo.wait_for_contains_text("#import-verdict", "Allt är felfritt", timeout=30)
    preview = dash_duo.find_element("#import-preview").text
    assert "924 nya" in preview and "3 696 oförändrade" in preview and "0 tas bort" in preview
    assert "(77)" in preview  # 11 areas × 7 categories changed: folded, opened on a click
    summary = dash_duo.find_element(".preview-ok details summary")
    driver.execute_script("arguments[0].click()", summary)
    preview = dash_duo.find_element("#import-preview").text
    assert "januari 2023 – december 2023" in preview
    until(lambda: dash_duo.find_element("#import-confirm").is_enabled(), timeout=10)
    button = dash_duo.find_element("#import-confirm")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    driver.execute_script("arguments[0].click()", button)  # below the fold in a long preview
    dash_duo.wait_for_element("#import-saved", timeout=30)
    until(lambda: EDITOR in dash_duo.find_element("#import-log").text, timeout=10)
    log = dash_duo.find_element("#import-log").text
    assert "brott.csv" in log and "importerad" in log and "oförändrad" in log

    # The figures everyone sees have changed.
    driver.get(dash_duo.server_url + "/")
    dash_duo.wait_for_element("#gauge-P1", timeout=20)
    dash_duo.wait_for_contains_text("#data-status", "december 2023", timeout=10)
    assert "2023-01–2023-12" in dash_duo.find_element("body").text

    # Undone from the log: the dialog says what comes back, then the old figures are back.
    driver.get(dash_duo.server_url + "/import")
    dash_duo.wait_for_element("#import-log", timeout=20)
    undo = driver.find_element(
        By.XPATH, "//table[contains(@class, 'log-table')]//tr[td[4]='brott.csv']//button"
    )
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", undo)
    driver.execute_script("arguments[0].click()", undo)
    dash_duo.wait_for_contains_text("#import-undo-message", "924 borttagna", timeout=30)
    assert "(77)" in dash_duo.find_element("#import-undo-body").text
    confirm = dash_duo.find_element("#import-undo-confirm")
    driver.execute_script("arguments[0].click()", confirm)
    dash_duo.wait_for_contains_text("#import-undo-done", "är ångrad", timeout=30)
    log = dash_duo.find_element("#import-log").text
    assert "ångrad av" in log and "ångring av" in log
    driver.get(dash_duo.server_url + "/")
    dash_duo.wait_for_element("#gauge-P1", timeout=20)
    dash_duo.wait_for_contains_text("#data-status", "december 2022", timeout=10)
    assert console_errors(dash_duo) == []
