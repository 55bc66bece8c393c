"""Locale-aware formatting: numbers, percentages, months and dates in Swedish or English."""

from __future__ import annotations

import math
from datetime import date

from dashboard.i18n.languages import DEFAULT_LANG

MONTHS = {
    "sv": [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
}  # fmt: skip
MONTHS_SHORT = {
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _missing(value: float | int | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fmt_number(value: float | int | None, decimals: int = 0, lang: str = DEFAULT_LANG) -> str:
    """Format a number: Swedish ``2 537,5`` (no-break space, decimal comma), English ``2,537.5``."""
    if _missing(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "−")
    return text


def fmt_percent(value: float | None, decimals: int = 0, lang: str = DEFAULT_LANG) -> str:
    """Format a percentage (value in percent): ``23,5 %`` / ``23.5%``."""
    if _missing(value):
        return "–"
    sep = "\u00a0" if lang == "sv" else ""
    return f"{fmt_number(value, decimals, lang)}{sep}%"


def fmt_signed_percent(value: float | None, decimals: int = 0, lang: str = DEFAULT_LANG) -> str:
    """A change in percent with its sign: ``+12 %``, ``−8 %``."""
    if _missing(value):
        return "–"
    sign = "+" if value > 0 else ""
    return sign + fmt_percent(value, decimals, lang)


def fmt_month(year: int, month: int, lang: str = DEFAULT_LANG) -> str:
    """``mars 2022`` / ``March 2022``."""
    return f"{MONTHS[lang][month - 1]} {year}"


def fmt_date(day: date | None, lang: str = DEFAULT_LANG) -> str:
    """``14 mars 2022`` / ``14 March 2022``."""
    if day is None:
        return "–"
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
