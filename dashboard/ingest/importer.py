"""The import pipeline shared by the command line and the browser.

``import_files`` reads each file (``reader``), recognises its kind from the
header, validates every row against the contract and the data already stored,
and only if every file is valid writes them all in one transaction. Each kind
has a *scope* that a file replaces (e.g. crimes: its areas × its month span),
so importing the same file twice changes nothing and a corrected file replaces
the figures it covers. Every attempt is logged.
"""

from __future__ import annotations

import difflib
import getpass
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from dashboard import contract
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.ingest.reader import ReadError, Table, read_table
from dashboard.ingest.values import (
    CellError,
    is_personnummer,
    mask,
    parse_count,
    parse_date,
    parse_month,
    parse_number,
    parse_year,
    unneutralise_formula,
)
from dashboard.storage import database, schema

MAX_ISSUES = 200  # a file with more is hopeless; list the first ones


@dataclass(frozen=True)
class Msg:
    """A catalogue message used inside another (e.g. "did you mean X?"), or nothing."""

    key: str | None
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        return t(self.key, lang, **self.params) if self.key else ""


@dataclass
class Issue:
    """One problem: where (line, column, value) and why (catalogue key and params)."""

    key: str
    line: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self, lang: str) -> str:
        params = {k: v.render(lang) if isinstance(v, Msg) else v for k, v in self.params.items()}
        return t(self.key, lang, **params)

    def render(self, lang: str = "sv") -> str:
        if self.line is None:
            return self.reason(lang)
        return t(
            "import.error_line",
            lang,
            line=self.line,
            column=self.column or "–",
            value=f"»{self.value}«" if self.value else "»«",
            reason=self.reason(lang),
        )


@dataclass
class Diff:
    """What writing a file would do within its scope."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    @property
    def changes(self) -> bool:
        return bool(self.added or self.replaced)


def rows_text(count: int, lang: str) -> str:
    """``1 rad`` / ``3 rader``."""
    return t("word.row" if count == 1 else "word.rows", lang, n=count)


@dataclass
class FileResult:
    """The outcome for one file of a batch."""

    name: str
    sha256: str
    kind: str | None = None
    rows: int = 0
    issues: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    diff: Diff | None = None
    unreadable: bool = False
    written: bool = True  # False when another file of the batch was rejected
    dry_run: bool = False  # validated and diffed only (the preview)

    @property
    def ok(self) -> bool:
        return not self.issues

    def summary(self, lang: str = "sv") -> list[str]:
        """Human-readable lines for this file, in ``lang``."""
        kind = t(f"kind.{self.kind}", lang) if self.kind else "?"
        if not self.ok:
            lines = [t("import.rejected", lang, file=self.name, count=len(self.issues))]
            lines += ["  " + issue.render(lang) for issue in self.issues]
        elif self.dry_run and self.diff is not None:
            diff = self.diff
            rows = rows_text(self.rows, lang)
            lines = [
                t(
                    "import.would",
                    lang,
                    file=self.name,
                    kind=kind,
                    rows=rows,
                    added=diff.added,
                    replaced=diff.replaced,
                    unchanged=diff.unchanged,
                )
            ]
        elif not self.written:
            lines = [t("import.not_written", lang, file=self.name, kind=kind)]
        elif self.diff and not self.diff.changes:
            lines = [
                t(
                    "import.unchanged",
                    lang,
                    file=self.name,
                    kind=kind,
                    rows=rows_text(self.rows, lang),
                )
            ]
        else:
            diff = self.diff or Diff()
            lines = [
                t(
                    "import.ok",
                    lang,
                    file=self.name,
                    kind=kind,
                    rows=rows_text(self.rows, lang),
                    added=diff.added,
                    replaced=diff.replaced,
                    unchanged=diff.unchanged,
                )
            ]
        lines += ["  " + t("import.warning", lang, reason=w.render(lang)) for w in self.warnings]
        return lines


@dataclass
class BatchResult:
    """The outcome of importing several files together (all or nothing)."""

    files: list[FileResult]
    written: bool
    dry_run: bool
    data_version: int

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    @property
    def exit_code(self) -> int:
        """0 done, 1 data rejected, 2 a file could not be read."""
        if any(f.unreadable for f in self.files):
            return 2
        return 0 if self.ok else 1

    def messages(self, lang: str = "sv") -> list[str]:
        lines = [line for f in self.files for line in f.summary(lang)]
        if self.dry_run:
            lines.append(t("import.dry_run", lang))
        return lines


# --------------------------------------------------------------------------
# Reference data the rows are checked against (read inside the transaction).


class Refs:
    """Known areas and commitments, kept current as files in a batch are applied."""

    def __init__(self, conn: Connection, default_kommun: str) -> None:
        self.default_kommun = default_kommun
        self.areas: dict[tuple[str, str], tuple[int, str]] = {}
        self.area_names: dict[str, list[str]] = defaultdict(list)
        self.kommun_spelling: dict[str, str] = {}
        for row in conn.execute(
            sa.select(schema.areas.c.id, schema.areas.c.kommun, schema.areas.c.name)
        ):
            self._add_area(row.kommun, row.name, row.id)
        self.commitments: dict[tuple[str, str], dict[int, Any]] = defaultdict(dict)
        for row in conn.execute(sa.select(schema.commitments)):
            self.commitments[(contract.fold(row.kommun), contract.fold(row.code))][row.year] = row

    def _add_area(self, kommun: str, name: str, area_id: int) -> None:
        self.areas[(contract.fold(kommun), contract.fold(name))] = (area_id, name)
        self.area_names[contract.fold(kommun)].append(name)
        self.kommun_spelling.setdefault(contract.fold(kommun), kommun)

    def canonical_kommun(self, kommun: str) -> str:
        """``kommun`` as the stored areas spell it ("SKARA" → "Skara"), else as given: a
        file's spelling must not split one kommun's figures in two."""
        return self.kommun_spelling.get(contract.fold(kommun), kommun)

    def reload(self, conn: Connection) -> None:
        self.__init__(conn, self.default_kommun)

    def area(self, kommun: str, name: str) -> int | None:
        found = self.areas.get((contract.fold(kommun), contract.fold(name)))
        return found[0] if found else None

    def area_hint(self, kommun: str, name: str) -> Msg:
        names = self.area_names.get(contract.fold(kommun), [])
        if not names:
            return Msg("err.no_areas_yet")
        nearest = _nearest(name, names)
        return Msg("err.did_you_mean", {"name": nearest}) if nearest else Msg(None)

    def commitment(self, kommun: str, code: str, day: date | None, year: int | None = None):
        """The commitment ``code`` in force on ``day`` (or of ``year``), or None."""
        by_year = self.commitments.get((contract.fold(kommun), contract.fold(code)), {})
        if year is not None:
            return by_year.get(year)
        if day is None:
            return None
        if day.year in by_year:
            return by_year[day.year]
        earlier = [y for y in by_year if y < day.year]
        return by_year[max(earlier)] if earlier else None

    def commitment_hint(self, kommun: str, code: str) -> Msg:
        codes = sorted(
            {
                r.code
                for k, by_year in self.commitments.items()
                if k[0] == contract.fold(kommun)
                for r in by_year.values()
            }
        )
        nearest = _nearest(code, codes)
        return Msg("err.did_you_mean", {"name": nearest}) if nearest else Msg(None)


def _nearest(name: str, names: list[str]) -> str | None:
    folded = {contract.fold(n): n for n in names}
    match = difflib.get_close_matches(contract.fold(name), list(folded), n=1, cutoff=0.0)
    return folded[match[0]] if match else None


# --------------------------------------------------------------------------
# Header handling.


def detect_kind(header: list[str]) -> tuple[str | None, list[str]]:
    """The kind whose required columns the header carries; (None, candidates) if unclear."""
    keys = {contract.header_key(h) for h in header}
    candidates = []
    for name, spec in contract.KIND_SPECS.items():
        lookup = contract.column_lookup(name)
        present = {lookup[k] for k in keys if k in lookup}
        if not set(spec.required) <= present:
            continue
        if any(not present & set(group) for group in spec.one_of):
            continue
        candidates.append((len(spec.required), len(present), name))
    if not candidates:
        return None, []
    candidates.sort(reverse=True)
    best = candidates[0]
    tied = [c[2] for c in candidates if c[:2] == best[:2]]
    return (best[2], []) if len(tied) == 1 else (None, tied)


def map_header(header: list[str], kind: str) -> tuple[dict[str, int], list[Issue], list[Issue]]:
    """Canonical column → index, plus errors and warnings about the header."""
    lookup = contract.column_lookup(kind)
    index: dict[str, int] = {}
    issues: list[Issue] = []
    warnings: list[Issue] = []
    for i, cell in enumerate(header):
        if contract.looks_personal(cell):
            issues.append(
                Issue("err.personal_column", line=1, column=cell, params={"column": cell})
            )
            continue
        name = lookup.get(contract.header_key(cell))
        if name is None:
            if cell:
                warnings.append(Issue("err.unknown_column", params={"column": cell}))
        elif name in index:
            issues.append(
                Issue("err.duplicate_column", line=1, column=cell, params={"column": cell})
            )
        else:
            index[name] = i
    spec = contract.KIND_SPECS[kind]
    for col in spec.required:
        if col not in index:
            issues.append(Issue("err.missing_column", params={"column": col, "kind": kind}))
    for group in spec.one_of:
        if not any(col in index for col in group):
            issues.append(Issue("err.missing_one_of", params={"columns": " / ".join(group)}))
    return index, issues, warnings


# --------------------------------------------------------------------------
# Row parsing: each kind turns a row into a record, or adds issues.


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
    year = row.get("år", parse_year, required=True)
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
    day = row.get("datum", parse_date, required=True)
    code = row.get("löfte_id", required=True)
    count = row.get("antal", parse_count, required=True)
    kommun = ctx.kommun(row)
    commitment = ctx.commitment(row, kommun, code, day) if code and day else None
    area_name = row.get("område")
    area_id = ctx.area_id(row, kommun, area_name) if area_name else None
    if row.failed:
        return None
    return {
        "commitment_id": commitment.id,
        "day": day,
        "count": count if count is not None else 0,
        "area_id": area_id,
        "performed_by": row.get("utförare"),
        "comment": row.get("kommentar"),
    }


def parse_checkin(row: Row, ctx: Ctx) -> dict | None:
    day = row.get("datum", parse_date, required=True)
    code = row.get("löfte_id", required=True)
    status = row.get("status", PARSE_STATUS, required=True)
    commitment = ctx.commitment(row, ctx.kommun(row), code, day) if code and day else None
    if row.failed:
        return None
    return {
        "commitment_id": commitment.id,
        "day": day,
        "status": status,
        "comment": row.get("kommentar"),
    }


def parse_crime(row: Row, ctx: Ctx) -> dict | None:
    if row.raw("månad"):
        ym = row.get("månad", parse_month)
    else:
        day = row.get("datum", parse_date, required=True)
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
    year = row.get("år", parse_year, required=True)
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
}

# Columns whose values identify a record within a file: a repeat is an error.
FILE_KEYS = {
    "omraden": ("kommun", "name"),
    "loften": ("kommun", "year", "code"),
    "uppfoljning": ("commitment_id", "day"),
    "enkat": ("kommun", "area_id", "year", "indicator", "sampling"),
}


def parse_table(table: Table, kind: str, index: dict[str, int], refs: Refs) -> tuple[list, list]:
    """Parse every row of ``table``; returns (records, issues)."""
    issues: list[Issue] = []
    records: list[dict] = []
    ctx = Ctx(refs, issues)
    parse = PARSERS[kind]
    width = len(table.header)
    seen: dict[tuple, int] = {}
    memo: dict = {}
    for line, cells in table.rows:
        if len(issues) >= MAX_ISSUES:
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
            if cell and is_personnummer(cell):
                column = table.header[i] if i < width else None
                issues.append(Issue("err.personnummer", line, column, mask(cell)))
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


# --------------------------------------------------------------------------
# Writing: per kind, what is in scope now, and how to replace it.


def _diff_keyed(existing: dict, new: dict) -> Diff:
    diff = Diff()
    for key, value in new.items():
        if key not in existing:
            diff.added += 1
        elif existing[key] == value:
            diff.unchanged += 1
        else:
            diff.replaced += 1
    diff.replaced += sum(1 for key in existing if key not in new)
    return diff


def _diff_multiset(existing: Counter, new: Counter) -> Diff:
    return Diff(
        added=sum((new - existing).values()),
        replaced=sum((existing - new).values()),
        unchanged=sum((existing & new).values()),
    )


def apply_areas(conn: Connection, records: list[dict], write: bool) -> Diff:
    tbl = schema.areas
    existing = {(r.kommun, r.name): r for r in conn.execute(sa.select(tbl))}
    fields = ("type", "parent", "population")
    diff = Diff()
    for rec in records:
        old = existing.get((rec["kommun"], rec["name"]))
        if old is None:
            diff.added += 1
            if write:
                conn.execute(tbl.insert().values(**rec))
        elif all(getattr(old, f) == rec[f] for f in fields):
            diff.unchanged += 1
        else:
            diff.replaced += 1
            if write:
                conn.execute(tbl.update().where(tbl.c.id == old.id).values(**rec))
    return diff


def apply_commitments(conn: Connection, records: list[dict], write: bool) -> Diff:
    tbl = schema.commitments
    links = defaultdict(set)
    for r in conn.execute(sa.select(schema.commitment_areas)):
        links[r.commitment_id].add(r.area_id)
    partners = defaultdict(set)
    for r in conn.execute(sa.select(schema.commitment_partners)):
        partners[r.commitment_id].add(r.partner)
    existing = {(r.kommun, r.year, r.code): r for r in conn.execute(sa.select(tbl))}
    fields = ("party", "text", "indicator", "target", "unit", "rule", "start", "end")
    diff = Diff()
    for rec in records:
        values = {k: v for k, v in rec.items() if k not in ("areas", "partners")}
        old = existing.get((rec["kommun"], rec["year"], rec["code"]))
        if old is not None and (
            all(getattr(old, f) == rec[f] for f in fields)
            and links[old.id] == set(rec["areas"])
            and partners[old.id] == set(rec["partners"])
        ):
            diff.unchanged += 1
            continue
        if old is None:
            diff.added += 1
        else:
            diff.replaced += 1
        if not write:
            continue
        if old is None:
            commitment_id = conn.execute(tbl.insert().values(**values)).inserted_primary_key[0]
        else:
            commitment_id = old.id
            conn.execute(tbl.update().where(tbl.c.id == old.id).values(**values))
            conn.execute(
                schema.commitment_areas.delete().where(
                    schema.commitment_areas.c.commitment_id == old.id
                )
            )
            conn.execute(
                schema.commitment_partners.delete().where(
                    schema.commitment_partners.c.commitment_id == old.id
                )
            )
        if rec["areas"]:
            conn.execute(
                schema.commitment_areas.insert(),
                [{"commitment_id": commitment_id, "area_id": a} for a in rec["areas"]],
            )
        if rec["partners"]:
            conn.execute(
                schema.commitment_partners.insert(),
                [{"commitment_id": commitment_id, "partner": p} for p in rec["partners"]],
            )
    return diff


SCOPE_TERMS = 300  # (commitment, span) terms per statement of apply_activities


def apply_activities(conn: Connection, records: list[dict], write: bool) -> Diff:
    """Scope: per commitment, the span of dates the file covers."""
    tbl = schema.activities
    cols = ("commitment_id", "day", "count", "area_id", "performed_by", "comment")
    spans: dict[int, list[date]] = {}
    for rec in records:
        span = spans.setdefault(rec["commitment_id"], [rec["day"], rec["day"]])
        span[0], span[1] = min(span[0], rec["day"]), max(span[1], rec["day"])
    # One (commitment, span) term per commitment, a few hundred to a statement: SQLite
    # refuses an expression deeper than 1 000 terms.
    items = list(spans.items())
    scopes = [
        sa.or_(
            *(
                sa.and_(tbl.c.commitment_id == cid, tbl.c.day.between(lo, hi))
                for cid, (lo, hi) in items[start : start + SCOPE_TERMS]
            )
        )
        for start in range(0, len(items), SCOPE_TERMS)
    ]
    existing = Counter(
        tuple(r)
        for scope in scopes
        for r in conn.execute(sa.select(*(tbl.c[c] for c in cols)).where(scope))
    )
    new = Counter(tuple(rec[c] for c in cols) for rec in records)
    diff = _diff_multiset(existing, new)
    if write and diff.changes:
        for scope in scopes:
            conn.execute(tbl.delete().where(scope))
        conn.execute(tbl.insert(), records)
    return diff


def apply_checkins(conn: Connection, records: list[dict], write: bool) -> Diff:
    tbl = schema.checkins
    keys = {(rec["commitment_id"], rec["day"]) for rec in records}
    ids = {k[0] for k in keys}
    existing = {
        (r.commitment_id, r.day): (r.status, r.comment)
        for r in conn.execute(sa.select(tbl).where(tbl.c.commitment_id.in_(ids)))
        if (r.commitment_id, r.day) in keys
    }
    new = {(rec["commitment_id"], rec["day"]): (rec["status"], rec["comment"]) for rec in records}
    diff = _diff_keyed(existing, new)
    if write and diff.changes:
        for cid, day in existing:
            conn.execute(tbl.delete().where(tbl.c.commitment_id == cid, tbl.c.day == day))
        conn.execute(tbl.insert(), records)
    return diff


def aggregate_crimes(records: list[dict]) -> dict[tuple, int | None]:
    """Sum rows per (area, month, category); a cell with any unpublished row is unpublished."""
    totals: dict[tuple, int | None] = {}
    for rec in records:
        key = (rec["area_id"], rec["month"], rec["category"])
        if key in totals:
            old = totals[key]
            totals[key] = None if old is None or rec["count"] is None else old + rec["count"]
        else:
            totals[key] = rec["count"]
    return totals


@dataclass
class CrimeTotals:
    """A crime file summed per (area_id, month, category): what ``apply_crimes`` stores.

    The row path builds it from records (``crime_totals``); the columnar fast path
    (``fast_import``) builds it directly.
    """

    cells: dict[tuple, int | None]
    kommun_of: dict[int, str]  # area_id → kommun as written on the file's last row for it
    first: date
    last: date


def crime_totals(records: list[dict]) -> CrimeTotals:
    return CrimeTotals(
        aggregate_crimes(records),
        {rec["area_id"]: rec["kommun"] for rec in records},
        min(rec["month"] for rec in records),
        max(rec["month"] for rec in records),
    )


def apply_crimes(conn: Connection, records: list[dict] | CrimeTotals, write: bool) -> Diff:
    """Scope: the file's areas × every month from its first to its last month."""
    tbl = schema.crimes
    # Records from the row path, or totals already summed by the fast path.
    summed = records if isinstance(records, CrimeTotals) else crime_totals(records)
    totals, kommun_of = summed.cells, summed.kommun_of
    first, last = summed.first, summed.last
    scope = sa.and_(tbl.c.area_id.in_(list(kommun_of)), tbl.c.month.between(first, last))
    existing = {
        (r.area_id, r.month, r.category): r.count
        for r in conn.execute(
            sa.select(tbl.c.area_id, tbl.c.month, tbl.c.category, tbl.c.count).where(scope)
        )
    }
    diff = _diff_keyed(existing, totals)
    if write and diff.changes:
        conn.execute(tbl.delete().where(scope))
        database.extend_crime_span(conn, first, last)
        if conn.dialect.name == "sqlite":
            # Straight to the driver, in primary-key order: a national file sums to
            # ~10^5 cells, and SQLAlchemy's per-row parameter handling cost more than
            # SQLite's insert. (SQLAlchemy stores a Date on SQLite as its ISO text.)
            iso = {m: m.isoformat() for m in {key[1] for key in totals}}
            conn.exec_driver_sql(
                "INSERT INTO crimes (area_id, month, category, kommun, count) "
                "VALUES (?, ?, ?, ?, ?)",
                [(a, iso[m], c, kommun_of[a], n) for (a, m, c), n in sorted(totals.items())],
            )
            return diff
        rows = [
            {
                "area_id": a,
                "month": m,
                "category": c,
                "kommun": kommun_of[a],
                "count": n,
            }
            for (a, m, c), n in totals.items()
        ]
        for start in range(0, len(rows), 50_000):
            conn.execute(tbl.insert(), rows[start : start + 50_000])
    return diff


def apply_surveys(conn: Connection, records: list[dict], write: bool) -> Diff:
    """Scope: each (kommun, area, year, indicator) the file gives."""
    tbl = schema.surveys
    scope_keys = {(r["kommun"], r["area_id"], r["year"], r["indicator"]) for r in records}
    kommuner = {k[0] for k in scope_keys}
    value_cols = ("value", "scale", "respondents")
    existing = {}
    for r in conn.execute(sa.select(tbl).where(tbl.c.kommun.in_(kommuner))):
        if (r.kommun, r.area_id, r.year, r.indicator) in scope_keys:
            existing[(r.kommun, r.area_id, r.year, r.indicator, r.sampling)] = (
                tuple(getattr(r, c) for c in value_cols),
                r.id,
            )
    new = {
        (r["kommun"], r["area_id"], r["year"], r["indicator"], r["sampling"]): tuple(
            r[c] for c in value_cols
        )
        for r in records
    }
    diff = _diff_keyed({k: v[0] for k, v in existing.items()}, new)
    if write and diff.changes:
        ids = [v[1] for v in existing.values()]
        for start in range(0, len(ids), 500):
            conn.execute(tbl.delete().where(tbl.c.id.in_(ids[start : start + 500])))
        conn.execute(tbl.insert(), records)
    return diff


APPLIERS = {
    "omraden": apply_areas,
    "loften": apply_commitments,
    "aktiviteter": apply_activities,
    "uppfoljning": apply_checkins,
    "brott": apply_crimes,
    "enkat": apply_surveys,
}


# --------------------------------------------------------------------------
# The batch.


def _prepare(name: str, data: bytes, kind: str | None) -> tuple[FileResult, Table | None]:
    from dashboard.ingest import columnar  # (imports this module)

    result = FileResult(name=name, sha256=hashlib.sha256(data).hexdigest())
    try:
        # Big plain crime files are read by column (fast_import); None: the row path.
        table = columnar.read_fast(data, kind) or read_table(data)
    except ReadError as err:
        result.issues.append(Issue(err.key, params=err.params))
        result.unreadable = err.key != "err.bad_quoting"
        return result, None
    result.rows = len(table.rows)
    if kind is None:
        kind, tied = detect_kind(table.header)
        if kind is None:
            personal = [h for h in table.header if contract.looks_personal(h)]
            if personal:
                result.issues.append(
                    Issue(
                        "err.personal_column",
                        1,
                        personal[0],
                        None,
                        {"column": personal[0]},
                    )
                )
            elif tied:
                result.issues.append(Issue("err.ambiguous_kind", params={"kinds": ", ".join(tied)}))
            else:
                result.issues.append(
                    Issue(
                        "err.unknown_kind",
                        params={"header": ", ".join(table.header)[:200]},
                    )
                )
            return result, None
    result.kind = kind
    return result, table


def import_files(
    engine: Engine,
    files: list[tuple[str, bytes]],
    *,
    kind: str | None = None,
    dry_run: bool = False,
    user: str | None = None,
    kommun: str | None = None,
) -> BatchResult:
    """Validate and import ``files`` (name, bytes) together: all are written, or none.

    Files are applied in dependency order (areas, commitments, activities,
    check-ins, crimes, surveys), each validated against what the earlier ones
    wrote inside the same transaction. ``dry_run`` validates and computes the
    diff but writes nothing (the preview).
    """
    from dashboard.ingest import columnar  # (imports this module)

    user = user or _current_user()
    kommun = kommun or settings().kommun
    prepared = [_prepare(name, data, kind) for name, data in files]
    order = {k: i for i, k in enumerate(contract.KINDS)}
    prepared.sort(key=lambda p: order.get(p[0].kind or "", len(order)))
    written = False
    version = 0
    try:
        with database.write_transaction(engine) as conn:
            refs = Refs(conn, kommun)
            for result, table in prepared:
                if table is None:
                    continue
                index, issues, warnings = map_header(table.header, result.kind)
                result.warnings += warnings
                if issues:
                    result.issues += issues
                    continue
                if isinstance(table, columnar.FastTable):  # columnar: CrimeTotals
                    records, issues = columnar.parse_crimes(table, index, refs)
                else:
                    records, issues = parse_table(table, result.kind, index, refs)
                if issues:
                    result.issues += issues
                    continue
                result.diff = APPLIERS[result.kind](conn, records, False)
                if result.diff.changes:
                    APPLIERS[result.kind](conn, records, True)
                    if result.kind in ("omraden", "loften"):
                        refs.reload(conn)
            ok = all(r.ok for r, _ in prepared)
            for result, _ in prepared:
                result.written = ok and not dry_run
                result.dry_run = dry_run
            changed = any(r.diff and r.diff.changes for r, _ in prepared)
            if ok and changed and not dry_run:
                version = database.bump_data_version(conn)
                written = True
            else:
                version = database.data_version(conn)
            if not written:
                conn.rollback()
    except Exception:
        _log(engine, prepared, user, "error", dry_run)
        raise
    _log(engine, prepared, user, None, dry_run)
    results = [r for r, _ in prepared]
    return BatchResult(files=results, written=written, dry_run=dry_run, data_version=version)


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "okänd"


def _log(engine: Engine, prepared: list, user: str, forced: str | None, dry_run: bool) -> None:
    """Record every attempt (not dry runs) in the import log, in its own transaction."""
    if dry_run:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    batch_ok = all(r.ok for r, _ in prepared)
    rows = []
    for result, _ in prepared:
        if forced:
            outcome = forced
        elif not result.ok:
            outcome = "rejected"
        elif not batch_ok:
            outcome = "not_written"
        elif result.diff and not result.diff.changes:
            outcome = "unchanged"
        else:
            outcome = "imported"
        message = "\n".join(i.render("sv") for i in result.issues[:20]) or None
        rows.append(
            {
                "at": now,
                "user": user[:100],
                "filename": result.name[:255],
                "sha256": result.sha256,
                "kind": result.kind,
                "rows": result.rows,
                "outcome": outcome,
                "message": message,
            }
        )
    with database.write_transaction(engine) as conn:
        conn.execute(schema.import_log.insert(), rows)
