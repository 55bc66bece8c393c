"""Parsers for the cell values real CSV files carry (Excel, other agencies' exports).

Each parser takes the raw cell text and returns a value or raises ``ValueError``
whose first argument is a catalogue key (and the second its parameters).
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from dashboard.contract import fold
from dashboard.i18n import MONTHS, MONTHS_SHORT

MISSING = ".."  # statistics agencies' "not published": stored as missing, never 0
ZERO = "-"  # statistics agencies' "zero"
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
# Month names in both languages, long and short, folded (e.g. "mars", "mar", "march").
_MONTH_NAMES = {
    fold(name): number
    for names in (*MONTHS.values(), *MONTHS_SHORT.values())
    for number, name in enumerate(names, start=1)
}


# No figure of a municipality reaches a thousand million; a larger one is a typo, and
# one of 2^63 or more would not fit the database's integers.
LARGEST = 10**9


class CellError(ValueError):
    """A cell that cannot be parsed: ``key`` names the reason in the i18n catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def parse_number(text: str) -> float | None:
    """A number with decimal comma or point and space thousands; ``..`` → None, ``-`` → 0."""
    raw = text.strip()
    if raw == MISSING:
        return None
    if raw in (ZERO, "–", "—"):
        return 0.0
    cleaned = raw.translate(_SPACES).replace("−", "-")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise CellError("err.not_number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError("err.not_number")
    if abs(value) >= LARGEST:
        raise CellError("err.too_large", largest="1 000 000 000")
    return value


def parse_count(text: str) -> int | None:
    """A whole, non-negative count (``2 537``, ``-`` → 0, ``..`` → None)."""
    value = parse_number(text)
    if value is None:
        return None
    if value != int(value):
        raise CellError("err.not_integer")
    if value < 0:
        raise CellError("err.negative")
    return int(value)


def parse_date(text: str) -> date:
    """An ISO date ``2022-03-14`` (a trailing ``00:00:00`` from Excel is accepted)."""
    raw = text.strip()
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?", raw)
    if not match:
        raise CellError("err.not_date")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise CellError("err.not_date") from None


def parse_month(text: str) -> tuple[int, int]:
    """A month as ``2022-03``, ``2022-03-01``, ``202203`` or ``mars 2022`` → (year, month)."""
    raw = fold(text)
    match = (
        re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ t]00:00(?::00)?)?", raw)
        or re.fullmatch(r"(\d{4})(\d{2})", raw)
        or re.fullmatch(r"(\d{4})m(\d{2})", raw)  # SCB's 2022M03
    )
    if match:
        year, month = int(match[1]), int(match[2])
    else:
        named = re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", raw)
        if not named or named[1] not in _MONTH_NAMES:
            raise CellError("err.not_month")
        year, month = int(named[2]), _MONTH_NAMES[named[1]]
    if not 1 <= month <= 12:
        raise CellError("err.month_range", month=month)
    if not 1900 <= year <= 2200:
        raise CellError("err.not_month")
    if match and match.lastindex == 3 and match[3]:
        try:
            date(year, month, int(match[3]))
        except ValueError:
            raise CellError("err.not_month") from None
    return year, month


def parse_year(text: str) -> int:
    """A year such as ``2022`` (``2022.0`` from Excel is accepted)."""
    raw = text.strip()
    match = re.fullmatch(r"(\d{4})(?:[.,]0+)?", raw)
    if not match or not 1900 <= int(match[1]) <= 2200:
        raise CellError("err.not_year")
    return int(match[1])


_PNR = re.compile(r"(?:19|20)?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})")


@functools.lru_cache(maxsize=65536)
def is_personnummer(text: str) -> bool:
    """True for a Swedish personal identity (or co-ordination) number with a valid check digit."""
    raw = text.strip().replace(" ", "")
    match = _PNR.fullmatch(raw)
    if not match:
        return False
    yy, mm, dd, tail = match.groups()
    day = int(dd) - 60 if int(dd) > 60 else int(dd)  # samordningsnummer add 60 to the day
    if not (1 <= int(mm) <= 12 and 1 <= day <= 31):
        return False
    digits = yy + mm + dd + tail
    total = 0
    for i, ch in enumerate(digits[:9]):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10 == int(digits[9])


def mask(text: str) -> str:
    """Show a sensitive value without echoing it in full: the first six characters and ``****``."""
    raw = text.strip()
    return raw[:6] + "****" if len(raw) > 6 else "****"


def parse_datetime_iso(text: str) -> datetime:
    """An ISO timestamp as written by this application."""
    return datetime.fromisoformat(text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """Prefix text a spreadsheet would run as a formula with an apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) and text not in ("-", "..") else text


def unneutralise_formula(text: str) -> str:
    """Undo ``neutralise_formula`` on import."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text
