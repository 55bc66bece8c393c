"""What ``/jamfor`` and the context on ``/trender`` need from the official statistics.

``load_comparison`` gives the kommun (the view's, mapped to its SCB code), the nation,
its county and the chosen kommuner (``?med=``) per 100 000 inhabitants for one category,
and the check of the kommun's own monthly data against the official counts; cached by
data version. The page's own query parameters are ``med`` (kommun slugs, comma
separated) and ``brottstyp`` (a category, default all crimes).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode

import pandas as pd

from dashboard import contract, regions
from dashboard.analysis import comparison
from dashboard.analysis.comparison import COUNTY, KOMMUN, NATION, Chosen, RegionSeries
from dashboard.figures import compare as figures
from dashboard.i18n import t
from dashboard.pages.caching import view_cached
from dashboard.pages.download_tables import Table
from dashboard.pages.views import View
from dashboard.storage import official_stats
from dashboard.urls import Query, keep_page_params, parse_search

PARAM_CHOSEN, PARAM_CATEGORY = "med", "brottstyp"


@dataclass(frozen=True)
class CompareOptions:
    """The page's own query parameters (beside the shared ones)."""

    chosen: tuple[str, ...] = ()  # kommun slugs, as asked for
    category: str | None = None

    def params(self) -> dict[str, str]:
        params = {}
        if self.chosen:
            params[PARAM_CHOSEN] = ",".join(self.chosen)
        if self.category:
            # Folded ("stold"): a link without percent-escapes, read back by ``pick_category``.
            params[PARAM_CATEGORY] = contract.fold(self.category)
        return params


def _first(params: dict, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return str(value).strip() if value not in (None, "") else None


def parse_options(params: dict) -> CompareOptions:
    """``CompareOptions`` from layout keyword arguments (``med=lidkoping,gotene``)."""
    chosen = (_first(params, PARAM_CHOSEN) or "").replace("|", ",").split(",")
    slugs = tuple(dict.fromkeys(contract.slug(s) for s in chosen if s.strip()))
    category = _first(params, PARAM_CATEGORY)
    return CompareOptions(slugs, contract.fold(category) if category else None)


def page_search(q: Query, options: CompareOptions, **changes) -> str:
    """The query string of ``/jamfor`` with ``changes`` to the options."""
    params = q.to_params()
    params.update(replace(options, **changes).params() if changes else options.params())
    return "?" + urlencode(params, safe=",|") if params else ""


def search_for_chosen(search: str | None, slugs: list[str] | None) -> str:
    """The query string after the choice of kommuner changed (``filter-jamfor``): ``med``
    set (or dropped), every other parameter kept."""
    q = parse_search(search)
    new = keep_page_params(q.search(), search)
    params = [(k, v) for k, v in parse_qsl(new.lstrip("?")) if k != PARAM_CHOSEN]
    chosen = [contract.slug(s) for s in (slugs or []) if s]
    if chosen:
        params.append((PARAM_CHOSEN, ",".join(dict.fromkeys(chosen))))
    return "?" + urlencode(params, safe=",|") if params else ""


def own_kommun(name: str) -> regions.Kommun | None:
    """The SCB kommun of the configured (or ``?kommun=``) name."""
    found = regions.by_slug(contract.slug(name))
    if found is not None:
        return found
    matched = regions.match(name)
    return matched.kommun if matched.kind == "kommun" else None


@dataclass(frozen=True)
class Comparison:
    """Everything ``/jamfor`` shows (see the module docstring)."""

    kommun: str  # the kommun's name as the view knows it
    own: regions.Kommun | None  # None: the name is no kommun of SCB's list
    has_stats: bool  # any official figure is stored at all
    categories: tuple[str, ...]  # with figures for the kommun or the nation
    category: str | None
    series: tuple[RegionSeries, ...]  # kommun, nation, county, then the chosen
    chosen: Chosen
    county_size: int
    check: pd.DataFrame  # comparison.local_check

    def of(self, role: str) -> RegionSeries | None:
        return next((s for s in self.series if s.role == role), None)


def _series(conn, code: str, key: str, name: str, role: str, category: str) -> RegionSeries:
    rows = official_stats.region_stats(conn, (code,), category)
    return RegionSeries(key, name, role, comparison.rate_points(rows))


def compute(view: View, options: CompareOptions) -> Comparison:
    """The comparison for the view's kommun (one read snapshot)."""
    conn = view.conn
    own = own_kommun(view.kommun)
    has_stats = official_stats.has_stats(conn)
    chosen = comparison.choose(options.chosen, regions.by_slug, own.code if own else "")
    if own is None or not has_stats:
        return Comparison(view.kommun, own, has_stats, (), None, (), chosen, 0, pd.DataFrame())
    have = official_stats.stats_categories(conn, own.code)
    categories = comparison.available_categories(
        have + official_stats.stats_categories(conn, regions.NATION)
    )
    category = comparison.pick_category(options.category, categories)
    county = regions.of_county(own.county_code)
    series = []
    if category is not None:
        series.append(_series(conn, own.code, KOMMUN, own.name, KOMMUN, category))
        series.append(_series(conn, regions.NATION, NATION, "", NATION, category))
        sums = official_stats.region_sums(conn, tuple(k.code for k in county), category)
        points = comparison.county_points(sums, len(county))
        series.append(RegionSeries(COUNTY, own.county_name, COUNTY, points))
        for kommun in chosen.kommuner:
            series.append(
                _series(conn, kommun.code, kommun.slug, kommun.name, comparison.CHOSEN, category)
            )
    official = official_stats.region_stats(conn, (own.code,))
    check = comparison.local_check(official, official_stats.yearly_crimes(conn, view.kommun))
    return Comparison(
        view.kommun, own, has_stats, categories, category, tuple(series), chosen, len(county), check
    )


def load_comparison(view: View, options: CompareOptions) -> Comparison:
    """The comparison for the view's query, cached by data version."""
    key = ("comparison", options.chosen, options.category)
    return view_cached(view, key, lambda: compute(view, options))


#: Download keys of the page's tables (``/nedladdning/jamfor/<key>.csv``).
RATES, CHECK = "per-100000", "avstamning"
#: The headers of the local-vs-official check, on the page and in its download.
CHECK_COLUMNS = (
    "cmp.col_year",
    "cmp.col_category",
    "cmp.col_official",
    "cmp.col_local",
    "cmp.col_difference",
    "cmp.col_percent",
)


def check_frame(check: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The local-vs-official check as the page shows it (percent with one decimal)."""
    rows = [
        (
            int(r.year),
            t(f"cmp.category.{r.category}", lang),
            int(r.official),
            int(r.local),
            int(r.difference),
            None if pd.isna(r.percent) else round(float(r.percent), 1),
        )
        for r in check.itertuples(index=False)
    ]
    return pd.DataFrame(rows, columns=[t(key, lang) for key in CHECK_COLUMNS])


def download_tables(data: Comparison, lang: str) -> list[Table]:
    """The page's tables as the downloads give them: every region's figures per year
    (count, inhabitants, rate), and the check of the own monthly data."""
    if data.category is None:
        return []
    category = t(f"cmp.category.{data.category}", lang)
    return [
        Table(
            RATES,
            t("cmp.figure_heading", lang, category=category),
            lambda: figures.long_table(list(data.series), data.category, lang),
        ),
        Table(CHECK, t("cmp.check_caption", lang), lambda: check_frame(data.check, lang)),
    ]


def kommun_options() -> list[tuple[str, str]]:
    """(slug, name) of every kommun, for the choice of kommuner to compare with."""
    return [(k.slug, k.name) for k in sorted(regions.kommuner(), key=lambda k: k.name)]


@dataclass(frozen=True)
class TrendContext:
    """The kommun's yearly rate against the nation, for one category (``/trender``)."""

    category: str
    year: int
    kommun: str
    rate: float
    nation: float | None


def trend_context(
    view: View, categories: tuple[str, ...], until: int | None = None
) -> list[TrendContext]:
    """Per category, the kommun's latest official rate (up to the year ``until``, the
    trend figure's last, where there is one by then) and the nation's that year; empty
    where there are no official figures for the kommun."""

    def compute_context() -> list[TrendContext]:
        conn = view.conn
        own = own_kommun(view.kommun)
        if own is None or not official_stats.has_stats(conn):
            return []
        found = []
        for category in categories:
            mine = RegionSeries(
                KOMMUN,
                own.name,
                KOMMUN,
                comparison.rate_points(official_stats.region_stats(conn, (own.code,), category)),
            )
            year = comparison.latest_year(mine, until)
            if year is None:
                continue
            nation = RegionSeries(
                NATION,
                "",
                NATION,
                comparison.rate_points(
                    official_stats.region_stats(conn, (regions.NATION,), category)
                ),
            )
            found.append(TrendContext(category, year, own.name, mine.rate(year), nation.rate(year)))
        return found

    return view_cached(view, ("trend_context", categories, until), compute_context)
