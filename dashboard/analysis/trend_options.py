"""The trends page's own URL options: ``matt`` (measure: ``rullande12`` default,
``antal``, ``per1000``) and ``enkat`` (the survey indicator, default ``otrygg_kvall``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from dashboard import contract
from dashboard.urls import Query

MEASURES: tuple[str, ...] = ("rullande12", "antal", "per1000")
DEFAULT_MEASURE = "rullande12"
DEFAULT_INDICATOR = "otrygg_kvall"
PARAM_MEASURE, PARAM_INDICATOR = "matt", "enkat"


@dataclass(frozen=True)
class TrendOptions:
    """The page's own query parameters (beside the shared filters)."""

    measure: str = DEFAULT_MEASURE
    indicator: str = DEFAULT_INDICATOR

    @property
    def window(self) -> int:
        """Months summed per point: 1 for monthly counts, 12 for rolling sums and rates."""
        return 1 if self.measure == "antal" else 12

    def params(self) -> dict[str, str]:
        """Non-default values as query parameters."""
        params = {}
        if self.measure != DEFAULT_MEASURE:
            params[PARAM_MEASURE] = self.measure
        if self.indicator != DEFAULT_INDICATOR:
            params[PARAM_INDICATOR] = self.indicator
        return params


def _first(params: dict, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return str(value).strip() if value not in (None, "") else None


def parse_options(params: dict) -> TrendOptions:
    """``TrendOptions`` from layout keyword arguments; unknown values fall back to defaults."""
    measure = (_first(params, PARAM_MEASURE) or "").lower()
    indicator = (_first(params, PARAM_INDICATOR) or "").lower()
    return TrendOptions(
        measure=measure if measure in MEASURES else DEFAULT_MEASURE,
        indicator=indicator if indicator in contract.SURVEY_INDICATORS else DEFAULT_INDICATOR,
    )


def page_search(q: Query, options: TrendOptions, **changes) -> str:
    """The query string of this page with ``changes`` to the options (``measure=…``)."""
    params = q.to_params()
    params.update(replace(options, **changes).params() if changes else options.params())
    return "?" + urlencode(params, safe=",|") if params else ""
