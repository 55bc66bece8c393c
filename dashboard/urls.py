"""Query strings: the filters of a view travel in the URL (see CONTRACT.md, URLs)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import parse_qs, parse_qsl, urlencode

from dashboard import contract
from dashboard.i18n import lang_of
from dashboard.ingest.values import CellError, parse_month

# Keys kept in the query string, in the order they are written.
QUERY_KEYS = ("omrade", "part", "fran", "till", "ar", "kommun", "lang")


@dataclass(frozen=True)
class Query:
    """The parsed query string of any view."""

    areas: tuple[str, ...] = ()  # area slugs
    part: str | None = None
    start: tuple[int, int] | None = None  # (year, month)
    end: tuple[int, int] | None = None
    year: int | None = None
    kommun: str | None = None
    lang: str = "sv"

    @property
    def end_date(self) -> date | None:
        """The last day of the ``till`` month."""
        if self.end is None:
            return None
        year, month = self.end
        following = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    @property
    def start_date(self) -> date | None:
        return date(*self.start, 1) if self.start else None

    def to_params(self) -> dict[str, str]:
        params: dict[str, str] = {}
        if self.areas:
            params["omrade"] = ",".join(self.areas)
        if self.part:
            params["part"] = self.part
        if self.start:
            params["fran"] = f"{self.start[0]:04d}-{self.start[1]:02d}"
        if self.end:
            params["till"] = f"{self.end[0]:04d}-{self.end[1]:02d}"
        if self.year:
            params["ar"] = str(self.year)
        if self.kommun:
            params["kommun"] = self.kommun
        if self.lang != "sv":
            params["lang"] = self.lang
        return params

    def search(self, **changes) -> str:
        """The query string (with ``?``, or empty) of this query with ``changes`` applied."""
        params = replace(self, **changes).to_params() if changes else self.to_params()
        return "?" + urlencode(params, safe=",|") if params else ""


def _month(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        return parse_month(text)
    except CellError:
        return None


def parse_query(params: dict[str, object]) -> Query:
    """A ``Query`` from Dash's layout keyword arguments or a parsed query string.

    Unknown keys are ignored and malformed values dropped, so a mistyped link
    still shows a page.
    """

    def first(key: str) -> str | None:
        value = params.get(key)
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        return str(value).strip() if value not in (None, "") else None

    areas = tuple(
        contract.slug(part)
        for part in (first("omrade") or "").replace("|", ",").split(",")
        if part.strip()
    )
    year = first("ar")
    return Query(
        areas=areas,
        part=first("part"),
        start=_month(first("fran")),
        end=_month(first("till")),
        year=int(year) if year and year.isdigit() else None,
        kommun=first("kommun"),
        lang=lang_of(first("lang")),
    )


def parse_search(search: str | None) -> Query:
    """A ``Query`` from a raw query string (``?omrade=hotorget&lang=en``)."""
    return parse_query(parse_qs((search or "").lstrip("?")))


def keep_page_params(new: str, old: str | None) -> str:
    """``new`` (a query string from ``Query.search``) plus the parameters of ``old`` that
    are not shared filters: a page's own (e.g. /trender's ``matt``) survive a filter change."""
    own = [(k, v) for k, v in parse_qsl((old or "").lstrip("?")) if k not in QUERY_KEYS]
    if own:
        new += ("&" if new else "?") + urlencode(own, safe=",|")
    return new
