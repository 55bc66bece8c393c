"""Downloads: every table and figure's data on ``/trender``, ``/omrade/<område>``,
``/loften`` and ``/rapport`` as a file, from a plain link.

A link names the page, the table and the format, and carries the page's own query
string: ``/nedladdning/trender/brott.csv?omrade=hotorget&lang=en``,
``/nedladdning/omrade/hotorget/enkat.xlsx``. ``page_file`` recomputes the page's data
from those filters (cached by data version, as the page is), picks the table
(``download_tables``) and writes it (``ingest.table_export``): CSV in the language's
dialect (Swedish: ``;`` and decimal comma for Swedish Excel; English: canonical
comma CSV), or .xlsx with a sheet saying where the data comes from, the filters and the
protection rule. The language of the file follows ``lang``, as the page's does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from dashboard import contract
from dashboard.analysis.area_profile import load_area_profile
from dashboard.analysis.trend_options import parse_options
from dashboard.analysis.trends import load_trends
from dashboard.i18n import fmt_month, t
from dashboard.ingest import table_export
from dashboard.pages import compare
from dashboard.pages.commitments import load_commitments_page
from dashboard.pages.download_tables import (
    Table,
    area_tables,
    commitment_tables,
    report_tables,
    trend_tables,
)
from dashboard.pages.report import build_report, filters_text
from dashboard.pages.views import View, open_view
from dashboard.urls import parse_query

ROUTE = "/nedladdning"
PAGES = ("trender", "omrade", "loften", "rapport", "jamfor")
FORMATS = table_export.FORMATS
PAGE_NAMES = {
    "trender": "nav.trends",
    "loften": "nav.commitments",
    "rapport": "nav.report",
    "jamfor": "nav.compare",
}


@dataclass(frozen=True)
class File:
    """A download: its bytes, MIME type and the name to save it under."""

    content: bytes
    mime: str
    filename: str


def href(page: str, key: str, fmt: str, search: str = "", slug: str | None = None) -> str:
    """The link to table ``key`` of ``page`` as ``fmt``, with the page's query string."""
    parts = [ROUTE, page, *([slug] if page == "omrade" else []), f"{quote(key, safe='')}.{fmt}"]
    return "/".join(parts) + search


def filename(page: str, key: str, fmt: str, slug: str | None = None) -> str:
    """``medborgarlofte-omrade-hotorget-brott.csv``: ASCII, says where it came from."""
    words = [page, slug or "", key.replace(":", " ").replace("_", " ")]
    return f"medborgarlofte-{contract.slug(' '.join(w for w in words if w))}.{fmt}"


def split_name(name: str) -> tuple[str, str] | None:
    """``("brott", "csv")`` from ``brott.csv``; None for an unknown format."""
    key, dot, fmt = name.rpartition(".")
    return (key, fmt) if dot and key and fmt in FORMATS else None


def _tables(page: str, view: View, params: Mapping, slug: str | None) -> list[Table] | None:
    lang = view.q.lang
    if page == "trender":
        return trend_tables(load_trends(view, parse_options(dict(params))), lang)
    if page == "omrade":
        profile = load_area_profile(view, slug or "")
        return area_tables(profile, lang) if profile is not None else None
    if page == "rapport":
        return report_tables(build_report(view))
    if page == "jamfor":
        return compare.download_tables(
            compare.load_comparison(view, compare.parse_options(dict(params))), lang
        )
    return None


def notes(view: View, table: Table, page_title: str, place: str | None, now: datetime):
    """The about sheet: (label, text) rows saying what the table is and how it was made."""
    lang, status = view.q.lang, view.status
    selection = filters_text(view, lang)
    if place is not None:
        selection = [(t("filter.area", lang), place), *selection[1:]]
    rows = [
        (t("dl.note.table", lang), table.title),
        (t("dl.note.source", lang), t("dl.note.source_text", lang, kommun=view.kommun)),
        (t("dl.note.page", lang), page_title),
        (t("dl.note.filters", lang), "; ".join(f"{k}: {v}" for k, v in selection)),
    ]
    if status.latest_month:
        month = fmt_month(status.latest_month.year, status.latest_month.month, lang)
        rows.append((t("dl.note.data_until", lang), month))
    if status.demo:
        rows.append((t("dl.note.demo", lang), t("dl.note.demo_text", lang)))
    rows += [
        (t("dl.note.small", lang), t("dl.note.small_text", lang)),
        (t("dl.note.formulas", lang), t("dl.note.formulas_text", lang)),
        (t("dl.note.made", lang), now.strftime("%Y-%m-%d %H:%M")),
    ]
    return rows


def page_file(
    page: str,
    name: str,
    params: Mapping,
    slug: str | None = None,
    now: datetime | None = None,
) -> File | None:
    """The file ``name`` (``<key>.<fmt>``) of ``page`` for the query ``params``; None
    where the page, area, table or format is unknown."""
    split = split_name(name)
    if page not in PAGES or split is None:
        return None
    key, fmt = split
    q = parse_query(dict(params))
    lang = q.lang
    # /loften reads its data in a snapshot of its own (as the page does).
    tables = commitment_tables(load_commitments_page(q), lang) if page == "loften" else None
    with open_view(q) as view:
        if tables is None:
            tables = _tables(page, view, params, slug)
        table = next((tb for tb in tables or [] if tb.key == key), None)
        if table is None:
            return None
        place = None
        if page == "omrade":
            place = load_area_profile(view, slug or "").area.name
            title = f"{place} – {t('area.title', lang)}"
        else:
            title = t(PAGE_NAMES[page], lang)
        about = notes(view, table, title, place, now or datetime.now())
    content, mime = table_export.encode(
        table.frame,
        fmt,
        lang,
        sheet=table.title,
        notes=about,
        notes_sheet=t("dl.note.sheet", lang),
    )
    return File(content, mime, filename(page, key, fmt, slug))
