"""The steering-group report ``/rapport``: its data, the ``report`` command and the PDF it
prints (one section per commitment). Its downloads: tests/test_downloads.py."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from browser_support import CHROMIUM

from dashboard.urls import parse_query

CODES = ("K1", "K2", "K3", "P1", "P2", "P3", "G1", "G2", "G3", "G4", "G5")


def report_for(params: dict | None = None):
    from dashboard.pages.report import build_report
    from dashboard.pages.views import open_view

    with open_view(parse_query(params or {})) as view:
        return build_report(view)


# --------------------------------------------------------------------------- the report's data


def test_report_has_every_part(demo_db):
    report = report_for()
    assert [p.item.code for p in report.parts] == list(CODES)
    assert [a.area.slug for a in report.areas] == ["busstationen", "centrum", "hotorget"]
    tables = report.figure_tables()
    for code in CODES:
        assert f"gauge:{code}" in tables and f"progress:{code}" in tables
    for key in ("summary", "trend-crime", "trend-perception", "trend-survey"):
        assert key in tables and not tables[key].table.empty
    for slug in ("busstationen", "centrum", "hotorget"):
        assert not tables[f"area-crime:{slug}"].table.empty
        assert not tables[f"area-survey:{slug}"].table.empty
    p1 = tables["gauge:P1"].table.iloc[0]
    assert p1["löfte_id"] == "P1" and p1["genomfört"] == 165 and p1["mål"] == 150
    progress = tables["progress:P1"].table
    assert progress["genomfört sammanlagt"].iloc[-1] == 165
    assert dict(report.filters)["Område"] == "Hela kommunen"


def test_area_tables_never_show_a_small_count(demo_db):
    """Below municipality level a 12-month sum of 1–4 is "1–4" (or ".."), never the count."""
    report = report_for({"omrade": "varnhem,ardala,hotorget"})
    tables = report.figure_tables()
    crime = tables["trend-crime"].table
    areas = crime[crime["område"] != "Hela kommunen"]
    counts = areas["summa senaste 12 mån."]
    numbers = [v for v in counts if not isinstance(v, str)]
    assert all(not 1 <= v <= 4 for v in numbers)
    assert set(v for v in counts if isinstance(v, str)) <= {"1–4", ".."}
    survey = tables["trend-survey"].table
    assert (survey["antal_svar"].dropna() >= 30).all()  # Ardala's n = 26 waves are left out


def test_english_report(demo_db):
    report = report_for({"lang": "en", "part": "Polisen"})
    assert [p.item.code for p in report.parts] == ["P1", "P2", "P3"]
    table = report.figure_tables()["summary"].table
    assert list(table.columns[:3]) == ["commitment_id", "party", "commitment"]


def test_stacked_panels_get_date_labels_only_at_the_bottom():
    from dashboard.figures.plot import subplots
    from dashboard.pages.report import bottom_ticks_only

    fig = bottom_ticks_only(subplots(rows=3, cols=1, shared_xaxes=True))
    shown = [fig.layout[f"xaxis{i}"]["showticklabels"] for i in ("", "2", "3")]
    assert shown == [False, False, True]


# --------------------------------------------------------------------------- command line


def test_report_command_without_chromium(demo_db, monkeypatch, tmp_path, capsys):
    from cli.commands import main

    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert main(["report", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "Chromium saknas" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
    assert main(["report", "-o", str(tmp_path / "r.pdf"), "--till", "juni", "--lang", "en"]) == 2
    assert "not a month" in capsys.readouterr().err


def test_report_params():
    from cli.report_pdf import report_params

    assert report_params() == {}
    assert report_params(areas=["hotorget", "centrum"], part="Polisen", year=2022,
                         till="2022-06", lang="en") == {
        "omrade": "hotorget,centrum", "part": "Polisen", "ar": "2022", "till": "2022-06",
        "lang": "en",
    }  # fmt: skip


# --------------------------------------------------------------------------- the PDF


def pdf_text_pages(path) -> list[str]:
    """The text of each page (pdftotext), or skip saying why."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext missing: apt-get install poppler-utils to read the PDF's text")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF as Chromium writes it (no object streams), in pure Python."""
    return len(re.findall(rb"/Type\s*/Page\b", data))


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM, reason="no Chromium: install Debian's chromium to print PDFs")
def test_pdf_has_one_sheet_per_commitment(dash_app, tmp_path):
    from cli.report_pdf import write_report_pdf

    path = write_report_pdf(tmp_path / "rapport.pdf", {})
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    # cover, summary, 11 commitments, 2 trend sheets, 3 focus areas
    assert pdf_page_count(data) == 18
    pages = pdf_text_pages(path)
    assert len(pages) == 18
    assert "Uppföljning av medborgarlöftet 2022" in pages[0]
    heads = [re.search(r"\b([KPG]\d) · (KOMMUNEN|POLISEN|TILLSAMMANS)", p) for p in pages]
    assert [m.group(1) for m in heads if m] == list(CODES)
    p1 = pages[2 + CODES.index("P1")]
    assert "165 av 150 fotpatrullpass" in p1 and "Målet nått" in p1
    assert "Busstationen" in pages[15] and "Hötorget" in pages[17]
    for page in pages:
        assert "Skriv ut" not in page and "Översikt" not in page  # no toolbar, no navigation
