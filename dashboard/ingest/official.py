"""The official yearly statistics per kommun (kind ``kommunstatistik``), read as published.

Brå's file of reported crimes per kommun has the header ``Kommun;Antal;Per 100 000 inv.``
(some years none at all) and no year or category in its rows: those are in the file's
name or on the page it came from. ``adapt`` turns such a file into the canonical shape
(kommun, år, brottstyp, antal, per_100000, invånare) before the rows are checked:

- **Shapes.** A header that names kommun and antal but not år/brottstyp is the agency's;
  a first row whose first cell is a kommun (or ``Hela landet``) and whose second is a
  number is a headerless file (``kommun;antal;per_100000``), recognised without ``--kind``
  too. Title lines above the header (one cell) and notes below the rows (one cell that
  names no place, e.g. ``Källa: Brå``) are set aside with a note.
- **Year and category**, for a file without those columns: the caller's (``--ar``,
  ``--brottstyp``, or the fields of the browser's preview), else the file's name and
  title lines. The name gives the year when it holds exactly one four-digit year
  (``anmalda_brott_2024_stold.csv``), and the category when it holds exactly one category
  word (``stold``, ``narkotikabrott``…); Brå's file of all crimes is named for reported
  crimes without a category (``anmalda_brott_kommuner_2024.csv``), so "anmälda brott",
  "samtliga", "totalt" or "alla brott" without a category word mean ``samtliga``. A name
  with only a year gives no category: the error then says how to give it.

Rows (``parse_official``): the name matched by ``dashboard.regions`` (``Hela landet`` is
the nation, ``"00"``); a district (``Stockholm Norrmalm``) is set aside with a note, never
an error; an unknown name is an error naming the nearest kommun. ``..`` is stored as
missing, ``-`` as 0, ``2 537`` as 2537.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard import contract, regions
from dashboard.ingest.header import detect_kind
from dashboard.ingest.reader import Table
from dashboard.ingest.results import FileResult, Issue
from dashboard.ingest.values import CellError, parse_count, parse_number

KIND = "kommunstatistik"
# The agency's three columns, in its order: the shape of a headerless file.
HEADERLESS = ("kommun", "antal", "per_100000", "invånare")
# The issues of a file that lacks its year or category (the browser asks for them).
MISSING_KEYS = ("ks.err.no_year", "ks.err.no_category")
NOTES_SHOWN = 5  # names of set-aside rows quoted in the note
# Stored value → the optional column that gives it.
OPTIONAL = {"per_100000": "per_100000", "population": "invånare"}
# Words (folded) that name all crimes in a file name, when no category word does.
ALL_CRIMES_WORDS = ("samtliga", "totalt", "alla brott", "anmalda brott", "all crimes")


def parse_category(text: str) -> str:
    """A category of the official statistics: the contract's, or ``samtliga``."""
    found = contract.STATS_CATEGORY_ALIASES.get(contract.fold(text))
    if found is None:
        raise CellError("err.unknown_category", allowed=", ".join(contract.STATS_CATEGORIES))
    return found


def _words(text: str) -> str:
    """`` word word `` of folded letters and digits, for whole-word searches."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", contract.fold(text))) + " "


def from_name(text: str) -> tuple[int | None, str | None]:
    """(year, category) a file's name (or title) gives; None where it gives none or two."""
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)}
    year = years.pop() if len(years) == 1 else None
    words = _words(text)
    named = {
        category for alias, category in contract.CATEGORY_ALIASES.items() if _words(alias) in words
    }
    if len(named) == 1:
        return year, named.pop()
    if not named and any(_words(w) in words for w in ALL_CRIMES_WORDS):
        return year, contract.ALL_CRIMES
    return year, None


def _maps(header: list[str]) -> set[str]:
    lookup = contract.column_lookup(KIND)
    return {lookup[k] for k in map(contract.header_key, header) if k in lookup}


def _only_ours(header: list[str]) -> bool:
    """Every column is one of the kind's, and the header is no other kind's: a crime
    file with kommun and antal columns (``brott``) stays a crime file."""
    lookup = contract.column_lookup(KIND)
    named = [cell for cell in header if cell]
    ours = all(contract.header_key(cell) in lookup for cell in named)
    return ours and detect_kind(header)[0] in (None, KIND)


def _is_number(text: str) -> bool:
    try:
        parse_number(text)
    except CellError:
        return False
    return bool(text.strip())


def _looks_headerless(header: list[str], told: bool) -> bool:
    """A first row that is data: a place, then a number (or told so and naming no column)."""
    if not 2 <= len(header) <= len(HEADERLESS) or _maps(header) & {"kommun", "antal"}:
        return False
    if told:
        return True
    return _is_number(header[1]) and regions.match(header[0]).kind != "unknown"


def adapt(
    table: Table,
    kind: str | None,
    name: str,
    year: int | None = None,
    category: str | None = None,
) -> tuple[Table, str | None, list[Issue], list[Issue]]:
    """The table in canonical shape when it is the agency's (see the module), its kind,
    the file-level issues (year or category missing or invalid) and warnings (title
    lines set aside)."""
    if kind not in (None, KIND):
        return table, kind, [], []
    header, rows, titles = list(table.header), list(table.rows), []
    while kind == KIND or kind is None:  # title lines above the header
        if sum(1 for c in header if c) != 1 or not rows or len(_maps(rows[0][1])) < 2:
            break
        titles.append(next(c for c in header if c))
        header, rows = rows[0][1], rows[1:]
    if _looks_headerless(header, told=kind == KIND):
        first = (rows[0][0] - 1) if rows else 1
        rows = [(first, header), *rows]
        header = list(HEADERLESS[: len(header)])
    present = _maps(header)
    if not {"kommun", "antal"} <= present or (kind is None and not _only_ours(header)):
        return table, kind, [], []
    warnings = [Issue("ks.titles", params={"titles": " | ".join(titles)[:200]})] if titles else []
    if {"år", "brottstyp"} <= present:
        return replace(table, header=header, rows=rows), KIND, [], warnings
    issues: list[Issue] = []
    found_year, found_category = from_name(name)
    for title in titles:
        title_year, title_category = from_name(title)
        found_year, found_category = found_year or title_year, found_category or title_category
    added: list[tuple[str, str]] = []
    if "år" not in present:
        value = year or found_year
        if value is None:
            issues.append(Issue("ks.err.no_year"))
        else:
            added.append(("år", str(value)))
    if "brottstyp" not in present:
        value = category or found_category
        if value is None:
            issues.append(Issue("ks.err.no_category"))
        else:
            try:
                added.append(("brottstyp", parse_category(value)))
            except CellError as err:
                issues.append(Issue(err.key, None, "brottstyp", value, err.params))
    width = len(header)
    header = header + [column for column, _ in added]
    rows = [
        (line, [*(cells + [""] * (width - len(cells))), *(v for _, v in added)])
        for line, cells in rows
    ]
    return replace(table, header=header, rows=rows), KIND, issues, warnings


def parse_official(row, ctx) -> dict | None:
    """One row of the kind: a figure, a set-aside row (district or note), or None."""
    name = row.get("kommun", required=True)
    code = row.get("kommunkod")
    year = row.get("år", ctx.refs.year, required=True)
    category = row.get("brottstyp", parse_category, required=True)
    if name is None:
        return None
    place = regions.match(code or name)
    if place.kind == "district":
        return {"set_aside": name, "note": False, "line": row.line}
    figures = any(row.raw(c) for c in ("antal", "per_100000", "invånare"))
    if place.kind == "unknown" and not code and not figures:  # a note: "Källa: Brå"
        return {"set_aside": name, "note": True, "line": row.line}
    count = row.get("antal", parse_count, required=True)
    rate = row.get("per_100000", _rate)
    population = row.get("invånare", parse_count)
    if code and place.kind == "kommun" and regions.match(name).region not in (None, place.region):
        row.fail("kommunkod", "ks.err.code_mismatch", code, name=name)
    if place.kind == "unknown":
        nearest = place.nearest.name if place.nearest else "?"
        column = "kommunkod" if code else "kommun"
        row.fail(column, "ks.err.unknown_kommun", code or name, nearest=nearest)
    if row.failed:
        return None
    return {
        "region": place.region,
        "year": year,
        "category": category,
        "count": count,
        "per_100000": rate,
        "population": population,
        "line": row.line,
        "keep": kept_columns(row.index),
    }


def kept_columns(columns) -> tuple[str, ...]:
    """The stored values a file leaves as they are: optional columns it does not have say
    nothing. But a rate without inhabitants implies them (count × 100 000 ÷ rate): stored
    inhabitants beside a new count and rate would contradict them, so they are cleared."""
    missing = [field for field, column in OPTIONAL.items() if column not in columns]
    if "population" in missing and "per_100000" not in missing:
        missing.remove("population")
    return tuple(missing)


def _rate(text: str) -> float | None:
    value = parse_number(text)
    if value is not None and value < 0:
        raise CellError("err.negative")
    return value


def finish(records: list[dict], result: FileResult) -> list[dict]:
    """The figures of a parsed file: set-aside rows left out with a note (a warning), a
    place given twice for the same year and category an error (on ``result``)."""
    figures = [r for r in records if "set_aside" not in r]
    result.rows -= len(records) - len(figures)  # rows imported: the counts add up to them
    districts = [r["set_aside"] for r in records if r.get("note") is False]
    notes = [r["set_aside"] for r in records if r.get("note")]
    for key, names in (("ks.districts_set_aside", districts), ("ks.notes_set_aside", notes)):
        if names:
            shown = ", ".join(names[:NOTES_SHOWN]) + (" …" if len(names) > NOTES_SHOWN else "")
            result.warnings.append(Issue(key, params={"count": len(names), "names": shown}))
    seen: dict[tuple, int] = {}
    for record in figures:
        key = (record["region"], record["year"], record["category"])
        if key in seen:
            result.issues.append(
                Issue("err.duplicate_key", record["line"], None, None, {"line": seen[key]})
            )
        seen.setdefault(key, record["line"])
    return figures


def region_name(code: str) -> str:
    """A stored region's name: the kommun's, or ``Hela landet`` for the nation."""
    if code == regions.NATION:
        return "Hela landet"
    found = regions.by_code(code)
    return found.name if found else code


def kommuner_of(records: list[dict]) -> set[str]:
    """The places a file's figures belong to, by name, for the rights check: an account
    limited to some kommuner may import only their figures, and the nation's belong to
    no kommun (only an account for every kommun may import them)."""
    return {region_name(r["region"]) for r in records}
