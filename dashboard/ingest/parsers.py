"""Row parsing: each kind turns a row into a record, or adds issues (``parse_table``)."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from dashboard import contract
from dashboard.ingest import identity
from dashboard.ingest.official import parse_official
from dashboard.ingest.reader import Table
from dashboard.ingest.refs import Refs
from dashboard.ingest.results import Issue
from dashboard.ingest.values import (
    CellError,
    parse_count,
    parse_date,
    parse_number,
    unneutralise_formula,
)

MAX_ISSUES = 200  # a file with more is hopeless; list the first ones
# Seconds one file may take to parse: a real file takes a few; a pathological one
# (millions of columns, a malformed giant) is refused with a message instead.
MAX_SECONDS = 60


class Row:
    """One data row with helpers that parse a column or record an issue."""

    def __init__(
        self,
        line: int,
        cells: list[str],
        index: dict[str, int],
        issues: list[Issue],
        memo: dict | None = None,
    ):
        self.line, self.cells, self.index, self.issues = line, cells, index, issues
        self.failed = False
        # Parsed values by (parser, text), shared by the rows of a file: real files
        # repeat the same few areas, categories and months a million times.
        self.memo = {} if memo is None else memo

    def raw(self, col: str) -> str:
        i = self.index.get(col)
        if i is None or i >= len(self.cells):
            return ""
        return unneutralise_formula(self.cells[i].strip())

    def fail(self, col: str, key: str, value: str | None = None, **params: Any) -> None:
        self.failed = True
        shown = self.raw(col) if value is None else value
        self.issues.append(Issue(key, self.line, col, shown, params))

    def get(self, col: str, parser=None, *, required: bool = False, default: Any = None) -> Any:
        text = self.raw(col)
        if not text:
            if required:
                self.fail(col, "err.required")
            return default
        if parser is None:
            return text
        hit = self.memo.get((parser, text))
        if hit is None:
            try:
                hit = (True, parser(text))
            except CellError as err:
                hit = (False, err)
            self.memo[(parser, text)] = hit
        ok, value = hit
        if ok:
            return value
        self.fail(col, value.key, **value.params)
        return default


def _positive(text: str) -> float:
    value = parse_number(text)
    if value is None or value <= 0:
        raise CellError("err.not_positive")
    return value


def _vocab(mapping: dict[str, str], key: str):
    def parse(text: str) -> str:
        found = mapping.get(contract.fold(text))
        if found is None:
            raise CellError(key, allowed=", ".join(sorted(set(mapping.values()))))
        return found

    return parse


PARSE_PARTY = _vocab(contract.PARTY_ALIASES, "err.unknown_party")
PARSE_RULE = _vocab(contract.TARGET_RULES, "err.unknown_rule")
PARSE_STATUS = _vocab(contract.STATUS_ALIASES, "err.unknown_status")
PARSE_CATEGORY = _vocab(contract.CATEGORY_ALIASES, "err.unknown_category")
PARSE_SCALE = _vocab(contract.SCALES, "err.unknown_scale")
PARSE_SAMPLING = _vocab(contract.SAMPLINGS, "err.unknown_sampling")


def parse_public(text: str) -> bool:
    """``publik``: ja/nej, yes/no, true/false, 1/0 or x (empty is no, by ``Row.get``)."""
    found = contract.PUBLIC_VALUES.get(contract.fold(text))
    if found is None:
        raise CellError("err.bad_public", allowed="ja, nej")
    return found


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split("|") if part.strip())


class Ctx:
    """What row parsers need: references, defaults and the file's issues."""

    def __init__(self, refs: Refs, issues: list[Issue]):
        self.refs, self.issues = refs, issues

    def kommun(self, row: Row) -> str:
        return self.refs.canonical_kommun(row.get("kommun") or self.refs.default_kommun)

    def area_id(self, row: Row, kommun: str, name: str, col: str = "område") -> int | None:
        area_id = self.refs.area(kommun, name)
        if area_id is None:
            row.fail(col, "err.unknown_area", name, hint=self.refs.area_hint(kommun, name))
        return area_id

    def commitment(self, row: Row, kommun: str, code: str, day: date | None, year=None):
        found = self.refs.commitment(kommun, code, day, year)
        if found is None:
            year_shown = year or (day.year if day else "?")
            row.fail(
                "löfte_id",
                "err.unknown_commitment",
                code,
                hint=self.refs.commitment_hint(kommun, code),
                year=year_shown,
            )
        return found


def parse_area(row: Row, ctx: Ctx) -> dict | None:
    name = row.get("område", required=True)
    population = row.get("invånare", parse_count)
    if row.failed:
        return None
    return {
        "kommun": ctx.kommun(row),
        "name": name,
        "slug": contract.slug(name),
        "type": row.get("typ"),
        "parent": row.get("ingår_i"),
        "population": population,
    }


def parse_commitment(row: Row, ctx: Ctx) -> dict | None:
    code = row.get("löfte_id", required=True)
    year = row.get("år", ctx.refs.promise_year, required=True)
    party = row.get("part", PARSE_PARTY, required=True)
    text = row.get("löfte", required=True)
    indicator = row.get("indikator", required=True)
    target = row.get("mål", _positive, required=True)
    rule = row.get("målregel", PARSE_RULE, default="antal")
    start = row.get("start", parse_date)
    end = row.get("slut", parse_date)
    if row.failed:
        return None
    start = start or date(year, 1, 1)
    end = end or date(year, 12, 31)
    if end < start:
        row.fail("slut", "err.end_before_start")
    kommun = ctx.kommun(row)
    area_ids = []
    for name in _split(row.get("område")):
        area_id = ctx.area_id(row, kommun, name)
        if area_id is not None:
            area_ids.append(area_id)
    if row.failed:
        return None
    return {
        "kommun": kommun,
        "year": year,
        "code": code,
        "party": party,
        "text": text,
        "indicator": indicator,
        "target": target,
        "unit": row.get("enhet"),
        "rule": rule,
        "start": start,
        "end": end,
        "areas": tuple(sorted(set(area_ids))),
        "partners": tuple(sorted(set(_split(row.get("samverkanspart"))))),
    }


def parse_activity(row: Row, ctx: Ctx) -> dict | None:
    day = row.get("datum", ctx.refs.day, required=True)
    code = row.get("löfte_id", required=True)
    count = row.get("antal", parse_count, required=True)
    kommun = ctx.kommun(row)
    commitment = ctx.commitment(row, kommun, code, day) if code and day else None
    area_name = row.get("område")
    area_id = ctx.area_id(row, kommun, area_name) if area_name else None
    if row.failed:
        return None
    return {
        "kommun": kommun,
        "commitment_id": commitment.id,
        "day": day,
        "count": count if count is not None else 0,
        "area_id": area_id,
        "performed_by": row.get("utförare"),
        "comment": row.get("kommentar"),
    }


def parse_checkin(row: Row, ctx: Ctx) -> dict | None:
    day = row.get("datum", ctx.refs.day, required=True)
    code = row.get("löfte_id", required=True)
    status = row.get("status", PARSE_STATUS, required=True)
    public = row.get("publik", parse_public, default=False)
    kommun = ctx.kommun(row)
    commitment = ctx.commitment(row, kommun, code, day) if code and day else None
    if row.failed:
        return None
    return {
        "kommun": kommun,
        "commitment_id": commitment.id,
        "day": day,
        "status": status,
        "comment": row.get("kommentar"),
        "public": public,
    }


def parse_crime(row: Row, ctx: Ctx) -> dict | None:
    if row.raw("månad"):
        ym = row.get("månad", ctx.refs.month)
    else:
        day = row.get("datum", ctx.refs.day, required=True)
        ym = (day.year, day.month) if day else None
    category = row.get("brottstyp", PARSE_CATEGORY, required=True)
    name = row.get("område", required=True)
    count = row.get("antal", parse_count, default=1) if row.raw("antal") else 1
    kommun = ctx.kommun(row)
    area_id = ctx.area_id(row, kommun, name) if name else None
    if row.failed:
        return None
    return {
        "area_id": area_id,
        "month": date(ym[0], ym[1], 1),
        "category": category,
        "kommun": kommun,
        "count": count,
    }


def parse_survey(row: Row, ctx: Ctx) -> dict | None:
    year = row.get("år", ctx.refs.year, required=True)
    name = row.get("område", required=True)
    indicator = row.get("indikator", required=True)
    value = row.get("värde", parse_number, required=True)
    scale = row.get("skala", PARSE_SCALE)
    respondents = row.get("antal_svar", parse_count)
    sampling = row.get("urval", PARSE_SAMPLING)
    if row.failed or indicator is None or name is None:
        return None
    indicator_key = contract.header_key(indicator)
    if indicator_key in contract.SURVEY_INDICATORS:
        indicator = indicator_key
    scale = scale or ("index" if indicator == "problemindex" else "andel")
    if scale == "andel" and value is not None and not 0 <= value <= 100:
        row.fail("värde", "err.share_range")
    kommun = ctx.kommun(row)
    # The municipality's own name (or "hela kommunen") means the whole municipality.
    whole = contract.fold(name) in (
        contract.fold(kommun),
        "hela kommunen",
        contract.fold(kommun + " kommun"),
    )
    area_id = None if whole else ctx.area_id(row, kommun, name)
    if row.failed:
        return None
    return {
        "kommun": kommun,
        "area_id": area_id,
        "year": year,
        "indicator": indicator,
        "value": value,
        "scale": scale,
        "respondents": respondents,
        "sampling": sampling,
    }


PARSERS = {
    "omraden": parse_area,
    "loften": parse_commitment,
    "aktiviteter": parse_activity,
    "uppfoljning": parse_checkin,
    "brott": parse_crime,
    "enkat": parse_survey,
    "kommunstatistik": parse_official,  # a place twice is checked by ``official.finish``
}

# Columns whose values identify a record within a file: a repeat is an error.
FILE_KEYS = {
    "omraden": ("kommun", "name"),
    "loften": ("kommun", "year", "code"),
    "uppfoljning": ("commitment_id", "day"),
    "enkat": ("kommun", "area_id", "year", "indicator", "sampling"),
}


def parse_table(
    table: Table, kind: str, index: dict[str, int], refs: Refs, deadline: float | None = None
) -> tuple[list, list]:
    """Parse every row of ``table``; returns (records, issues).

    ``deadline`` (``time.monotonic()``): past it the file is refused as too slow to read,
    whatever it holds, so that no file can keep an import going for minutes.
    """
    issues: list[Issue] = []
    records: list[dict] = []
    ctx = Ctx(refs, issues)
    parse = PARSERS[kind]
    width = len(table.header)
    seen: dict[tuple, int] = {}
    memo: dict = {}
    for number, (line, cells) in enumerate(table.rows):
        if len(issues) >= MAX_ISSUES:
            break
        if deadline is not None and number % 1024 == 0 and time.monotonic() > deadline:
            issues.append(Issue("err.too_slow", line, None, None, {"seconds": MAX_SECONDS}))
            break
        if len(cells) > width and any(cells[width:]):
            issues.append(
                Issue(
                    "err.wrong_field_count",
                    line,
                    None,
                    None,
                    {"found": len(cells), "expected": width},
                )
            )
            continue
        for i, cell in enumerate(cells):
            number = identity.find(cell)
            if number:
                column = table.header[i] if i < width else None
                issues.append(Issue("err.personnummer", line, column, identity.mask(number)))
        row = Row(line, cells, index, issues, memo)
        record = parse(row, ctx)
        if record is None or row.failed:
            continue
        key_cols = FILE_KEYS.get(kind)
        if key_cols:
            key = tuple(record[c] for c in key_cols)
            if key in seen:
                issues.append(Issue("err.duplicate_key", line, None, None, {"line": seen[key]}))
                continue
            seen[key] = line
        records.append(record)
    if not table.rows:
        issues.append(Issue("err.no_rows"))
    return records, issues
