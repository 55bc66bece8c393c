"""Downloads of every table and figure's data: the file formats (Swedish Excel's CSV
dialect, canonical English CSV, .xlsx), the tables each page offers, the links on the
pages and the route that serves them (over HTTP, with the guard)."""

from __future__ import annotations

import csv
import io
import os
import re

import openpyxl
import pandas as pd
import pytest
from render_support import children, router_answer
from web_support import app_module

from dashboard.analysis.trend_options import parse_options
from dashboard.analysis.trends import load_trends
from dashboard.figures import summaries
from dashboard.i18n import fmt_number
from dashboard.ingest import table_export
from dashboard.pages import downloads
from dashboard.pages.download_tables import trend_tables
from dashboard.pages.views import open_view
from dashboard.urls import parse_query

NASTY = pd.DataFrame(
    {
        "=cmd": ["=SUM(A1:A9)", "+46701234", "-2+3", "@HYPERLINK(x)", "\tTab", "ok", "-", ".."],
        "antal": [1, 12.5, None, 7, 0, 1234567, 3, -2.25],
        "skyddat": ["1–4", "..", 5, 6, 7, 8, 9, 10],
        "text; med semikolon": ["a;b", 'sa "hej"', "", "x", "y", "z", "w", "v"],
    }
)


def split_sv(data: bytes) -> list[list[str]]:
    """Read a file as Swedish Excel does on a double-click: UTF-8 by its BOM, ``;``."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


# --------------------------------------------------------------------------- formats


def test_swedish_csv_opens_in_columns_in_swedish_excel():
    data = table_export.to_csv(NASTY, "sv")
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    rows = split_sv(data)
    assert rows[0] == ["'=cmd", "antal", "skyddat", "text; med semikolon"]
    assert all(len(row) == 4 for row in rows)  # every row in its four columns
    assert rows[1] == ["'=SUM(A1:A9)", "1", "1–4", "a;b"]
    assert rows[2] == ["'+46701234", "12,5", "..", 'sa "hej"']  # decimal comma
    assert rows[3] == ["'-2+3", "", "5", ""]  # missing is empty, never 0
    assert rows[4][0] == "'@HYPERLINK(x)" and rows[5][0] == "'\tTab"
    assert rows[6][1] == "1234567"  # no thousands separator in a cell
    assert rows[7][:2] == ["-", "3"] and rows[8][:2] == ["..", "-2,25"]
    for row in rows[1:]:
        assert not re.match(r"^[=+@\t]", row[0])


def test_english_csv_is_the_canonical_comma_form():
    data = table_export.to_csv(NASTY, "en")
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == ["'=cmd", "antal", "skyddat", "text; med semikolon"]
    assert rows[2] == ["'+46701234", "12.5", "..", 'sa "hej"']
    assert rows[8][1] == "-2.25" and rows[1][2] == "1–4"


def test_excel_has_numbers_as_numbers_a_header_and_notes():
    notes = [("Tabell", "=HYPERLINK(x)"), ("Små tal", "1–4 visas som 1–4")]
    data = table_export.to_xlsx(NASTY, sheet="area-crime:x/y", notes=notes, notes_sheet="Om datan")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["area-crimexy", "Om datan"]
    sheet = book["area-crimexy"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == ["'=cmd", "antal", "skyddat", "text; med semikolon"]
    assert cells[1][:3] == ["'=SUM(A1:A9)", 1, "1–4"]
    assert cells[2][1] == 12.5 and cells[3][1] is None and cells[8][1] == -2.25
    assert all(c.font.bold for c in sheet[1])
    assert sheet["B2"].data_type == "n" and sheet["C3"].data_type == "s"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D9"
    assert sheet.column_dimensions["D"].width >= len("text; med semikolon")
    for row in [*sheet.iter_rows(), *book["Om datan"].iter_rows()]:
        assert all(cell.data_type != "f" for cell in row)  # no formula anywhere
    assert book["Om datan"]["B1"].value == "'=HYPERLINK(x)"


def test_unknown_format_and_file_names():
    with pytest.raises(ValueError):
        table_export.encode(NASTY, "pdf", "sv")
    assert downloads.split_name("brott.csv") == ("brott", "csv")
    assert downloads.split_name("brott.exe") is None and downloads.split_name(".csv") is None
    assert downloads.filename("omrade", "brott", "xlsx", "hotorget") == (
        "medborgarlofte-omrade-hotorget-brott.xlsx"
    )
    assert downloads.filename("rapport", "area-crime:hötorget", "csv") == (
        "medborgarlofte-rapport-area-crime-hotorget.csv"
    )
    assert downloads.href("trender", "brott", "csv", "?lang=en") == (
        "/nedladdning/trender/brott.csv?lang=en"
    )
    assert downloads.href("rapport", "gauge:P1", "xlsx") == "/nedladdning/rapport/gauge%3AP1.xlsx"


# --------------------------------------------------------------------------- the tables


def test_trend_download_is_the_table_the_page_shows(demo_db):
    """The download's numbers are the "show as table" texts, as numbers."""
    for params in ({}, {"omrade": "hotorget,busstationen", "lang": "en"}, {"matt": "per1000"}):
        q = parse_query(params)
        with open_view(q) as view:
            data = load_trends(view, parse_options(params))
        shown = summaries.trend_table(data.series, q.lang)
        download = next(tb for tb in trend_tables(data, q.lang) if tb.key == "brott").frame
        assert list(download.columns) == list(shown.columns)
        decimals = 1 if data.options.measure == "per1000" else 0
        for (_, mine), (_, theirs) in zip(download.iterrows(), shown.iterrows(), strict=True):
            for value, text in zip(list(mine)[1:], list(theirs)[1:], strict=True):
                if isinstance(value, str):
                    assert value == text  # "1–4" and ".." as on the page
                elif value is None or value != value:
                    assert text == "–"
                else:
                    assert fmt_number(value, decimals, q.lang) == text


def test_area_downloads_never_give_a_small_count(demo_db):
    file = downloads.page_file("trender", "forandring.csv", {"omrade": "varnhem,ardala,hotorget"})
    rows = split_sv(file.content)
    for row in rows[1:]:
        if row[0] != "Hela kommunen":
            assert all(cell not in {"1", "2", "3", "4"} for cell in row[2:4])
    assert {cell for row in rows[1:] for cell in row[2:4]} & {"1–4", ".."}
    survey = downloads.page_file("rapport", "trend-survey.csv", {"omrade": "ardala"})
    respondents = [int(r[5]) for r in split_sv(survey.content)[1:] if r[5]]
    assert respondents and min(respondents) >= 30


def test_excel_download_says_where_the_data_comes_from(demo_db):
    file = downloads.page_file("omrade", "brott.xlsx", {"part": "Polisen"}, "hotorget")
    assert file.filename == "medborgarlofte-omrade-hotorget-brott.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(file.content))
    data, about = book.worksheets
    header = [c.value for c in data[1]]
    assert header[0] == "brottstyp" and header[1] == "Hötorget, 12 mån. t.o.m. 2022-12"
    theft = [c.value for c in data[2]]
    assert theft[:3] == ["Stöld", 58, 44] and isinstance(theft[3], int)
    notes = {row[0].value: row[1].value for row in about.iter_rows()}
    assert about.title == "Om datan"
    assert notes["Sida"] == "Hötorget – Område"
    assert notes["Urval"].startswith("Område: Hötorget; ") and ": Polisen; " in notes["Urval"]
    assert "1–4" in notes["Små tal"] and notes["Exempeldata"]
    assert notes["Brottsdata t.o.m."] == "december 2022"


def test_unknown_page_area_table_or_format_is_none(demo_db):
    assert downloads.page_file("trender", "nej.csv", {}) is None
    assert downloads.page_file("trender", "brott.pdf", {}) is None
    assert downloads.page_file("import", "brott.csv", {}) is None
    assert downloads.page_file("omrade", "brott.csv", {}, "atlantis") is None
    assert downloads.page_file("loften", "X9-framsteg.csv", {}) is None


# --------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def site(demo_db, tmp_path_factory):
    """The real app's server, on the module's demo database."""
    server = app_module(tmp_path_factory.mktemp("dl")).app.server
    os.environ["DATABASE_URL"] = demo_db  # app_module may point it at a throwaway one
    return server


def download_links(node) -> list[dict]:
    """Every download link in a rendered page: its href and accessible name."""
    found = []
    props = node.get("props", {}) if isinstance(node, dict) else {}
    if str(props.get("href", "")).startswith(downloads.ROUTE):
        found.append(props)
    for child in children(node):
        found += download_links(child)
    return found


PAGES = [
    ("/trender", "?omrade=hotorget,busstationen&matt=per1000", 6),
    ("/omrade/hotorget", "?lang=en", 6),
    ("/loften", "?part=Polisen", 2 + 3 * 6),  # contents; per commitment 3–4 tables
    ("/rapport", "?omrade=hotorget", 0),
]


@pytest.mark.parametrize(("path", "search", "at_least"), PAGES)
def test_every_download_link_on_the_page_gives_its_file(site, path, search, at_least):
    client = site.test_client()
    page = router_answer(client, path, search)["_pages_content"]["children"]
    links = download_links(page)
    assert len(links) >= max(at_least, 2)
    lang = "en" if "lang=en" in search else "sv"
    for link in links:
        fmt = "csv" if ".csv" in link["href"] else "xlsx"
        word = {"csv": "CSV", "xlsx": "Excel"}[fmt]
        assert link["aria-label"].startswith(
            f"Download as {word}: " if lang == "en" else f"Ladda ner som {word}: "
        )
        assert link["href"].endswith(search) and link["download"].endswith("." + fmt)
        response = client.get(link["href"])
        assert response.status_code == 200, link["href"]
        assert response.headers["Content-Disposition"] == f"attachment; filename={link['download']}"
        assert "private" in response.headers["Cache-Control"]
        if fmt == "xlsx":
            assert openpyxl.load_workbook(io.BytesIO(response.data)).worksheets[0].max_row >= 2
        elif lang == "sv":
            rows = split_sv(response.data)
            assert len(rows) >= 2 and len({len(r) for r in rows}) == 1
        else:
            assert not response.data.startswith(b"\xef\xbb\xbf") and b"," in response.data


def test_the_trend_page_downloads_follow_its_filters(site):
    client = site.test_client()
    response = client.get("/nedladdning/trender/brott.csv?omrade=hotorget&fran=2022-01&matt=antal")
    rows = split_sv(response.data)
    assert rows[0][0] == "månad" and len(rows[0]) == 5
    assert {"Hötorget – Anmälda stölder", "Hela kommunen – Anmälda stölder"} < set(rows[0])
    assert rows[1][0] == "2022-01" and rows[-1][0] == "2022-12"
    english = client.get("/nedladdning/trender/brott.csv?lang=en").data.decode()
    assert english.startswith("month,Whole municipality – Reported thefts,")
    missing = client.get("/nedladdning/trender/nej.csv?lang=en")
    assert missing.status_code == 404 and "no such table" in missing.text
    assert client.get("/nedladdning/omrade/atlantis/brott.csv").status_code == 404


def test_closed_viewing_needs_a_login_or_a_token_for_a_download(site, monkeypatch):
    from web_support import PASSWORD, VIEWER, login

    from dashboard import accounts
    from dashboard.storage import database

    monkeypatch.setenv("OPEN_VIEWING", "0")
    engine = database.default_engine()
    accounts.add_user(engine, VIEWER, "viewer", PASSWORD)
    path = "/nedladdning/loften/P1-aktiviteter.csv?part=Polisen"
    client = site.test_client()
    response = client.get(path)
    assert response.status_code == 303 and response.location.startswith("/login?next=")
    assert "nedladdning" in response.location
    login(client, VIEWER, PASSWORD)
    assert client.get(path).status_code == 200
    _, token = accounts.create_token(engine, "Skärm", "test")
    other = site.test_client()
    assert other.get(f"{path}&token={token}").status_code == 200
