"""The interface languages and how a ``lang`` query value picks one."""

from __future__ import annotations

LANGS = ("sv", "en")
DEFAULT_LANG = "sv"


def lang_of(value: str | None) -> str:
    """The interface language for a ``lang`` query value: ``en`` or the default ``sv``."""
    return "en" if (value or "").strip().lower().startswith("en") else DEFAULT_LANG
