"""Every visible string, in Swedish (default) and English, and locale-aware formatting.

``t("key", lang, **params)`` looks a string up in the ``catalogue`` and fills its
``{params}``; a missing English text falls back to Swedish and a missing key raises.
``label`` names a vocabulary code, ``formats`` writes numbers, months and dates.
Imports nothing of the project outside this package.
"""

from __future__ import annotations

from dashboard.i18n.catalogue import CATALOGUE
from dashboard.i18n.formats import (
    MONTHS,
    MONTHS_SHORT,
    fmt_date,
    fmt_month,
    fmt_number,
    fmt_percent,
    fmt_signed_percent,
)
from dashboard.i18n.languages import DEFAULT_LANG, LANGS, lang_of

__all__ = [
    "CATALOGUE",
    "DEFAULT_LANG",
    "LANGS",
    "MONTHS",
    "MONTHS_SHORT",
    "fmt_date",
    "fmt_month",
    "fmt_number",
    "fmt_percent",
    "fmt_signed_percent",
    "has",
    "label",
    "lang_of",
    "t",
]


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """Look up ``key`` in the catalogue and fill in ``params``."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    """True if the catalogue has ``key`` (for optional labels such as indicators)."""
    return key in CATALOGUE


def label(prefix: str, code: str, lang: str = DEFAULT_LANG) -> str:
    """The label of a vocabulary code (``cat``, ``ind``, ``status``…), or the code itself."""
    key = f"{prefix}.{code}"
    return t(key, lang) if key in CATALOGUE else code
