"""Sweden's 290 kommuner with SCB's codes and their counties, and names matched to them.

The list is shipped as data (``data/reference/kommuner.csv``; its source and date are in
the README beside it). Names are matched as the statistics agencies write them: with or
without "kommun"/"stad", in the genitive (``Arjeplogs kommun``), with a hyphen, en or em
dash (``Malung–Sälens kommun``), in any case, accents as written (Håbo and Habo are two
kommuner); SCB's four-digit codes too, and ``Hela landet`` as the nation.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
from dataclasses import dataclass
from typing import Literal

from dashboard import config, contract

NATION = "00"  # SCB's code for the whole country (riket)
REFERENCE_FILE = config.DATA_DIR / "reference" / "kommuner.csv"

NATION_NAMES = ("hela landet", "riket", "hela riket", "sverige", "hela sverige", "sweden")
# Official names whose genitive is not the name plus -s.
_GENITIVES = {"falu": "Falun"}
_DASHES = re.compile(r"\s*[-‐‑‒–—−]\s*")
_SUFFIX = re.compile(r"\s+(kommun|stad|kommune|municipality)\.?$", re.IGNORECASE)
_MISSPELT_SUFFIX = re.compile(r"(kommun|stad)\w{0,2}\.?", re.IGNORECASE)
_PREFIX = re.compile(r"^(region|kommun)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Kommun:
    """One kommun: SCB's four-digit code, its name and its county (län)."""

    code: str
    name: str
    county_code: str
    county_name: str

    @property
    def slug(self) -> str:
        """The URL slug (the contract's rule); Håbo and Habo, which would share one,
        carry their code (``habo-0305``, ``habo-0643``)."""
        return _slugs()[self.code]


@dataclass(frozen=True)
class Match:
    """What a name in a file stands for.

    ``kind`` is ``"kommun"`` (``kommun`` is it), ``"nation"``, ``"district"`` (a part of
    ``kommun``, e.g. ``Stockholm Norrmalm``: ``district`` is ``Norrmalm``) or ``"unknown"``
    (``nearest`` is the kommun whose name is closest, for the error message).
    """

    kind: Literal["kommun", "nation", "district", "unknown"]
    kommun: Kommun | None = None
    district: str | None = None
    nearest: Kommun | None = None

    @property
    def region(self) -> str | None:
        """The stored region code: the kommun's, ``NATION``, or None (district, unknown)."""
        if self.kind == "nation":
            return NATION
        return self.kommun.code if self.kind == "kommun" and self.kommun else None


@functools.cache
def kommuner() -> tuple[Kommun, ...]:
    """All kommuner in SCB's code order."""
    with open(REFERENCE_FILE, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle) if r and not r[0].startswith("#")]
    return tuple(Kommun(*(cell.strip() for cell in row[:4])) for row in rows[1:])


@functools.cache
def _by_code() -> dict[str, Kommun]:
    return {k.code: k for k in kommuner()}


@functools.cache
def _slugs() -> dict[str, str]:
    plain = {k.code: contract.slug(k.name) for k in kommuner()}
    taken = list(plain.values())
    return {code: s if taken.count(s) == 1 else f"{s}-{code}" for code, s in plain.items()}


def by_code(code: str) -> Kommun | None:
    """The kommun with SCB's four-digit ``code`` (``"1495"`` Skara), or None."""
    return _by_code().get(str(code).strip())


def by_slug(slug: str) -> Kommun | None:
    """The kommun of a URL slug (``lidkoping``); a four-digit code is accepted too."""
    key = contract.slug(str(slug))
    for kommun in kommuner():
        if kommun.slug == key:
            return kommun
    return by_code(key)


def of_county(county_code: str) -> tuple[Kommun, ...]:
    """The kommuner of a county (``"14"`` Västra Götalands län), in code order."""
    return tuple(k for k in kommuner() if k.county_code == str(county_code).strip())


def counties() -> dict[str, str]:
    """County code → county name, in code order."""
    return {k.county_code: k.county_name for k in kommuner()}


def _clean(text: str) -> str:
    """Spaces collapsed and dashes as one hyphen; case and accents kept."""
    return _DASHES.sub("-", " ".join(str(text).replace("\ufeff", "").split()))


def _key(text: str) -> str:
    """Case-folded ``_clean``: how names are compared (accents kept)."""
    return _clean(text).casefold()


@functools.cache
def _exact() -> dict[str, Kommun]:
    return {_key(k.name): k for k in kommuner()}


@functools.cache
def _folded() -> dict[str, Kommun | None]:
    """Accent-free keys; None where two kommuner share one (Håbo, Habo)."""
    table: dict[str, Kommun | None] = {}
    for k in kommuner():
        key = contract.fold(_key(k.name))
        table[key] = None if key in table else k
    return table


def _lookup(key: str) -> Kommun | None:
    """The kommun a bare key names: as written, in the genitive, then without accents."""
    exact = _exact()
    for candidate in (key, key[:-1] if key.endswith("s") else None, _genitive(key)):
        if candidate and candidate in exact:
            return exact[candidate]
    for candidate in (key, key[:-1] if key.endswith("s") else None):
        if candidate and contract.fold(candidate) in _folded():
            found = _folded()[contract.fold(candidate)]
            if found is not None:
                return found
    return None


def _genitive(key: str) -> str | None:
    name = _GENITIVES.get(key)
    return _key(name) if name else None


def _strip(text: str) -> str:
    """Without "kommun"/"stad" after the name or "Region" before it (Region Gotland)."""
    text = _SUFFIX.sub("", text)
    return _PREFIX.sub("", text).strip(" .,")


def match(text: str) -> Match:
    """What ``text`` (a name or code from a file) stands for; see ``Match``."""
    cleaned = _clean(text)
    raw = cleaned.casefold()
    bare = re.sub(r"^00\s+", "", raw)  # SCB's "00 Riket"
    if bare in NATION_NAMES or raw == NATION or contract.fold(bare) in NATION_NAMES:
        return Match("nation")
    coded = re.fullmatch(r"(\d{4})(?:\s+(.*))?", raw)  # "1495" or SCB's "1495 Skara"
    if coded and (coded[2] is None or by_code(coded[1])):
        raw = coded[1]
        found = by_code(raw)
        if found:
            return Match("kommun", found)
        closest = min(kommuner(), key=lambda k: abs(int(k.code) - int(raw)))
        return Match("unknown", nearest=closest)
    name = _strip(cleaned)
    found = _lookup(name.casefold())
    if found:
        return Match("kommun", found)
    return _district(name) or Match("unknown", nearest=_nearest(name.casefold()))


def _district(name: str) -> Match | None:
    """``Stockholm Norrmalm``: a kommun's name, then more words that name no kommun."""
    cuts = [i for i, ch in enumerate(name) if ch in " -"]
    for cut in reversed(cuts):
        head, rest = name[:cut].strip(" -"), name[cut + 1 :].strip(" -")
        found = _lookup(head.casefold()) if head else None
        # "Skövde kommunn" is a misspelt suffix, not a district: left unknown.
        if found and rest and not _MISSPELT_SUFFIX.fullmatch(rest):
            return Match("district", found, district=rest)
    return None


def _nearest(key: str) -> Kommun | None:
    """The kommun whose name is closest to ``key`` (always one, for a helpful error)."""
    names = list(_exact())
    best = difflib.get_close_matches(key, names, n=1, cutoff=0.0)
    return _exact()[best[0]] if best else None
