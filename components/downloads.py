"""The download links beside a figure or table: the table's name, then "CSV" and "Excel".

Plain links to ``/nedladdning/…`` (served by web/downloads.py), not a Dash callback:
they work without script and can be saved or shared. Each link's accessible name says
what it downloads ("Ladda ner som CSV: Anmälda stölder och narkotikabrott, summa för 12
månader"), and contains its visible text, so a voice user can say "klicka CSV".
Hidden in print.
"""

from __future__ import annotations

from collections.abc import Sequence

from components.gauge import element_id
from components.plain_html import el
from dashboard.i18n import t
from dashboard.pages import downloads
from dashboard.pages.download_tables import Table

ICONS = {"csv": "bi-filetype-csv", "xlsx": "bi-filetype-xlsx"}


class ids:
    """Ids of the download links (All-in-One style): ``dl-trender-brott-csv``."""

    @staticmethod
    def group(page: str, key: str) -> str:
        return f"dl-{page}-{element_id(key)}"

    @staticmethod
    def link(page: str, key: str, fmt: str) -> str:
        return f"{ids.group(page, key)}-{fmt}"


def download_links(
    page: str,
    table: Table,
    lang: str,
    search: str = "",
    *,
    slug: str | None = None,
    className: str = "",
) -> dict:
    """CSV and Excel of ``table`` of ``page``, for the page's query string ``search``.

    As plain elements (components/plain_html.py): a page has dozens of these and no
    callback reads them."""
    links = [
        el(
            "A",
            [
                el("I", className=f"bi {ICONS[fmt]} me-1", **{"aria-hidden": "true"}),
                t(f"dl.fmt.{fmt}", lang),
            ],
            href=downloads.href(page, table.key, fmt, search, slug),
            download=downloads.filename(page, table.key, fmt, slug),
            id=ids.link(page, table.key, fmt),
            className="btn btn-outline-secondary btn-sm me-1",
            **{
                "aria-label": t(
                    "dl.link_name", lang, format=t(f"dl.fmt.{fmt}", lang), title=table.title
                )
            },
        )
        for fmt in downloads.FORMATS
    ]
    label = el(
        "Span",
        [el("I", className="bi bi-download me-1", **{"aria-hidden": "true"}), table.title],
        className="me-2 small text-body-secondary",
    )
    return el(
        "Div",
        [label, *links],
        id=ids.group(page, table.key),
        role="group",
        className=f"table-downloads d-print-none d-flex flex-wrap align-items-center {className}",
        **{"aria-label": t("dl.group_name", lang, title=table.title)},
    )


def links_for(
    page: str,
    tables: Sequence[Table],
    key: str,
    lang: str,
    search: str = "",
    *,
    slug: str | None = None,
    className: str = "mb-3",
) -> dict | None:
    """The links of the table ``key`` among the page's ``tables`` (None: not shown)."""
    table = next((tb for tb in tables if tb.key == key), None)
    if table is None:
        return None
    return download_links(page, table, lang, search, slug=slug, className=className)


def section_links(
    page: str, tables: Sequence[Table], keys: Sequence[str], lang: str, search: str = ""
) -> dict | None:
    """The links of several tables of one section (those of ``keys`` the page lists)."""
    found = [links_for(page, tables, key, lang, search, className="mb-1") for key in keys]
    found = [links for links in found if links is not None]
    classes = "section-downloads d-print-none d-flex flex-wrap column-gap-4 mt-2"
    return el("Div", found, className=classes) if found else None
