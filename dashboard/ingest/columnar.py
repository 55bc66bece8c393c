"""Columnar fast path for big crime files (``brott``, e.g. one row per reported crime).

The row path (``parsers.parse_table``) builds Python objects per row and cell;
for a police export of a million rows that is nearly all of the import time.
Here the file is split into columns (pyarrow's CSV reader where installed, else
``str.split``), each column's *distinct* values are parsed once with the row
path's own parsers (``values.parse_month``, ``parsers.PARSE_CATEGORY``...), the
rows are mapped to integer codes and summed per (area, month, category) with
numpy, and the totals go to ``writers.apply_crimes`` as a ``totals.CrimeTotals``.

The row path stays the reference; this path must give the same stored content
and the same issues (tests/test_fast_import.py checks both on generated files):

- It is taken only where line numbers are certain: no quote character, no NUL,
  the header on line 1, no blank or whitespace-only row, and every row with
  exactly the header's number of fields. Anything else goes the row path.
- Rows that could carry an issue (a bad or missing value, an unknown area, a
  personal identity number) are found by column, then handed to
  ``parsers.parse_table`` as a small table with their real line numbers, so the
  issues are the row path's own, in the same order, with the same cut-off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from dashboard.ingest import identity, parsers
from dashboard.ingest.header import detect_kind
from dashboard.ingest.reader import MAX_CELL, ReadError, Table, sniff
from dashboard.ingest.refs import Refs
from dashboard.ingest.totals import CrimeTotals, crime_totals
from dashboard.ingest.values import CellError, parse_count
from dashboard.ingest.values import unneutralise_formula as _unneutralise

try:  # optional: a multi-threaded CSV splitter, about 3x faster than str.split
    import pyarrow as pa
    import pyarrow.csv as pacsv
except ImportError:  # pragma: no cover - exercised where pyarrow is not installed
    pa = pacsv = None

# Files smaller than this take the row path: its speed does not matter there, and
# small hand-made files are the ones with quotes and blank lines anyway.
MIN_BYTES = 256 * 1024
USE_PYARROW = pa is not None  # tests switch it off to exercise the str.split splitter

_EMPTY, _BAD = -2, -1  # codes for a cell that is empty / does not parse


@dataclass
class Column:
    """One column: a code per row into ``uniques``, the column's distinct raw cell texts."""

    codes: np.ndarray
    uniques: list[str]


class _Rows:
    """``(line, cells)`` of a ``FastTable`` on demand, like ``reader.Table.rows``."""

    def __init__(self, table: FastTable) -> None:
        self.table = table

    def __len__(self) -> int:
        return self.table.n_rows

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        for i in range(self.table.n_rows):
            yield self.table.row(i)


@dataclass
class FastTable:
    """A crime file split into columns. The header is on line 1, row ``i`` on line ``i + 2``."""

    header: list[str]
    columns: list[Column]
    n_rows: int
    encoding: str
    separator: str

    @property
    def rows(self) -> _Rows:
        return _Rows(self)

    def row(self, i: int) -> tuple[int, list[str]]:
        """Row ``i`` as the row path reads it: (line number, stripped cells)."""
        return i + 2, [c.uniques[c.codes[i]].strip() for c in self.columns]


# --------------------------------------------------------------------------
# Reading


def read_fast(data: bytes, kind: str | None) -> FastTable | None:
    """``data`` split into columns if it is a crime file the fast path may take, else None."""
    if kind not in (None, "brott") or len(data) < MIN_BYTES:
        return None
    if b'"' in data or b"\x00" in data:
        return None  # quoted fields may span lines: only csv knows their line numbers
    try:
        sniffed = sniff(data)
    except ReadError:
        return None  # the row path reports it
    header, sep = sniffed.header, sniffed.separator
    if sniffed.header_line != 1 or not any(header) or max(map(len, header)) > MAX_CELL:
        return None
    if kind is None and detect_kind(header)[0] != "brott":
        return None
    width = len(header)
    text = sniffed.text
    start = text.find("\n") + 1
    if start == 0 or start == len(text):
        return None  # no data rows: the row path says so
    if USE_PYARROW and pa is not None:
        if sniffed.encoding == "utf-8" and b"\r" not in data:  # the bytes as they are
            columns = _split_pyarrow(memoryview(data)[data.index(b"\n") + 1 :], sep, width)
        else:
            columns = _split_pyarrow(text[start:].encode("utf-8"), sep, width)
    else:
        body = text[start:-1] if text.endswith("\n") else text[start:]
        columns = _split_python(body, sep, width)
    if columns is None:
        return None
    if any(len(value) > MAX_CELL for column in columns for value in column.uniques):
        return None  # the row path names the line of a cell beyond the bound
    n_rows = len(columns[0].codes)
    # A row whose every cell is blank is skipped by the row path: its lines would shift.
    blank = None
    for column in columns:
        marks = _marks(column, lambda u: not u.strip())
        if marks is None:
            return FastTable(header, columns, n_rows, sniffed.encoding, sep)
        blank = marks if blank is None else blank & marks
    if blank is not None and blank.any():
        return None
    return FastTable(header, columns, n_rows, sniffed.encoding, sep)


def _split_pyarrow(body, sep: str, width: int) -> list[Column] | None:
    names = [f"c{i}" for i in range(width)]
    try:
        table = pacsv.read_csv(
            pa.py_buffer(body),
            read_options=pacsv.ReadOptions(column_names=names),
            parse_options=pacsv.ParseOptions(
                delimiter=sep,
                quote_char=False,
                escape_char=False,
                newlines_in_values=False,
                ignore_empty_lines=False,  # an empty line is then a short row: fall back
            ),
            convert_options=pacsv.ConvertOptions(
                # Read straight into codes and distinct values, the same in every block.
                column_types=dict.fromkeys(names, pa.dictionary(pa.int32(), pa.string())),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                null_values=[],
                check_utf8=False,
            ),
        ).unify_dictionaries()
    except (pa.ArrowInvalid, ValueError):
        return None  # a row with another number of fields
    columns = []
    for name in names:
        chunks = table.column(name).chunks
        codes = np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in chunks])
        columns.append(Column(codes, chunks[0].dictionary.to_pylist()))
    return columns


def _split_python(body: str, sep: str, width: int) -> list[Column] | None:
    lines = body.split("\n")
    want = width - 1
    if body.count(sep) != want * len(lines) or any(line.count(sep) != want for line in lines):
        return None
    flat = body.replace("\n", sep).split(sep)
    columns = []
    for j in range(width):
        codes, uniques = pd.factorize(np.array(flat[j::width], dtype=object))
        columns.append(Column(codes, list(uniques)))
    return columns


# --------------------------------------------------------------------------
# Parsing


def _marks(column: Column, test) -> np.ndarray | None:
    """``test(value)`` for every row, computed once per distinct value; None if never true."""
    per_value = np.fromiter((bool(test(u)) for u in column.uniques), bool, len(column.uniques))
    return per_value[column.codes] if per_value.any() else None


def _codes(column: Column | None, n: int, parse) -> tuple[np.ndarray, list]:
    """Per row: an index into the parsed values, ``_EMPTY`` or ``_BAD``; and the values.

    ``parse`` gets the cell as the row path's ``Row.get`` sees it (stripped, a
    spreadsheet's formula guard undone) and returns a value or raises ``CellError``.
    """
    if column is None:
        return np.full(n, _EMPTY, dtype=np.int64), []
    values: list = []
    seen: dict = {}
    per_unique = np.empty(len(column.uniques), dtype=np.int64)
    for i, raw in enumerate(column.uniques):
        text = _unneutralise(raw.strip())
        if not text:
            per_unique[i] = _EMPTY
            continue
        try:
            value = parse(text)
        except CellError:
            per_unique[i] = _BAD
            continue
        code = seen.get(value)
        if code is None:
            code = seen[value] = len(values)
            values.append(value)
        per_unique[i] = code
    return per_unique[column.codes], values


def parse_crimes(
    table: FastTable, index: dict[str, int], refs: Refs
) -> tuple[CrimeTotals | list, list]:
    """``parsers.parse_table`` for a crime ``FastTable``: (``CrimeTotals`` or [], issues)."""
    n = table.n_rows

    def column(name: str) -> Column | None:
        i = index.get(name)
        return table.columns[i] if i is not None else None

    # Anything that makes the row path record an issue marks the row as suspect.
    suspect = np.zeros(n, dtype=bool)
    for col in table.columns:
        marks = _marks(col, identity.contains)
        if marks is not None:
            suspect |= marks

    # Month: ``månad`` where given, else ``datum`` (required then).
    month_codes, month_values = _codes(column("månad"), n, lambda s: _month_no(*refs.month(s)))
    date_codes, date_values = _codes(column("datum"), n, lambda s: _month_no_of(refs.day(s)))
    from_date = month_codes == _EMPTY
    month_no = np.full(n, -1, dtype=np.int64)
    month_lut = np.array(month_values or [0], dtype=np.int64)
    date_lut = np.array(date_values or [0], dtype=np.int64)
    ok = ~from_date & (month_codes >= 0)
    month_no[ok] = month_lut[month_codes[ok]]
    ok = from_date & (date_codes >= 0)
    month_no[ok] = date_lut[date_codes[ok]]
    suspect |= month_no < 0

    category_codes, categories = _codes(column("brottstyp"), n, parsers.PARSE_CATEGORY)
    suspect |= category_codes < 0

    # Areas: by (kommun, område) pairs; an empty kommun cell means the configured one.
    area_col = column("område")
    area_codes, area_names = _codes(area_col, n, lambda s: s)
    suspect |= area_codes < 0
    kommun_codes, kommun_names = _codes(column("kommun"), n, lambda s: s)
    kommun_names = [refs.canonical_kommun(k) for k in [*kommun_names, refs.default_kommun]]
    kommun_codes = np.where(kommun_codes < 0, len(kommun_names) - 1, kommun_codes)
    n_names = len(area_names) + 1  # the last: no name (the row is suspect already)
    pair = kommun_codes * n_names + np.where(area_codes < 0, n_names - 1, area_codes)
    present = np.flatnonzero(np.bincount(pair, minlength=len(kommun_names) * n_names))
    area_of_pair = np.full(len(kommun_names) * n_names, -1, dtype=np.int64)
    for p in present.tolist():
        k, a = divmod(p, n_names)
        found = refs.area(kommun_names[k], area_names[a]) if a < len(area_names) else None
        area_of_pair[p] = -1 if found is None else found
    area_id = area_of_pair[pair]
    suspect |= area_id < 0

    # Count: ``antal`` where given (".." unpublished, "-" zero), else one crime.
    count_codes, count_values = _codes(column("antal"), n, parse_count)
    suspect |= count_codes == _BAD

    if suspect.any():
        rows = [table.row(i) for i in np.flatnonzero(suspect).tolist()]
        sub = Table(table.header, rows, table.encoding, table.separator)
        _, issues = parsers.parse_table(sub, "brott", index, refs)
        if issues:
            return [], issues
        # The marks were too wide (never expected): let the row path decide on every row.
        records, issues = parsers.parse_table(table, "brott", index, refs)
        return (crime_totals(records) if records and not issues else records), issues

    published = [v is not None for v in count_values]
    counts_lut = np.array([v or 0 for v in count_values] or [0], dtype=np.int64)
    missing_lut = np.array([not p for p in published] or [False], dtype=bool)
    given = count_codes >= 0
    counts = np.ones(n, dtype=np.int64)
    counts[given] = counts_lut[count_codes[given]]
    missing = np.zeros(n, dtype=bool)
    missing[given] = missing_lut[count_codes[given]]

    return _totals(
        area_id, month_no, category_codes, counts, missing, categories, kommun_names, kommun_codes
    ), []


def _month_no(year: int, month: int) -> int:
    return year * 12 + month - 1


def _month_no_of(day: date) -> int:
    return _month_no(day.year, day.month)


def _totals(area_id, month_no, category, counts, missing, categories, kommun_names, kommun_codes):
    """Sum per (area, month, category); a cell with any unpublished row is unpublished."""
    n = len(area_id)
    areas = np.flatnonzero(np.bincount(area_id))  # area ids are small positive integers
    dense = np.zeros(areas[-1] + 1, dtype=np.int64)
    dense[areas] = np.arange(len(areas))
    area_ix = dense[area_id]
    first, last = int(month_no.min()), int(month_no.max())
    span, n_cat = last - first + 1, len(categories)
    key = (area_ix * span + (month_no - first)) * n_cat + category
    size = len(areas) * span * n_cat
    if size <= 4 * n + 1_000_000:
        present = np.bincount(key, minlength=size) > 0
        sums = np.bincount(key, weights=counts, minlength=size)
        unpublished = np.bincount(key, weights=missing.astype(float), minlength=size) > 0
        cells = np.flatnonzero(present)
        sums, unpublished = sums[cells], unpublished[cells]
    else:
        cells, inverse = np.unique(key, return_inverse=True)
        sums = np.bincount(inverse, weights=counts)
        unpublished = np.bincount(inverse, weights=missing.astype(float)) > 0
    cat_ix = cells % n_cat
    rest = cells // n_cat
    month_ix = rest % span
    area_of_cell = areas[rest // span]
    months = [date(m // 12, m % 12 + 1, 1) for m in range(first, last + 1)]
    totals = {
        (a, months[m], categories[c]): None if u else int(s)
        for a, m, c, s, u in zip(
            area_of_cell.tolist(),
            month_ix.tolist(),
            cat_ix.tolist(),
            np.rint(sums).astype(np.int64).tolist(),
            unpublished.tolist(),
            strict=True,
        )
    }
    # The row path stores, per area, the kommun as written on its file's last row.
    if len(kommun_names) == 1:
        kommun_of = dict.fromkeys(areas.tolist(), kommun_names[0])
    else:
        last_row = np.full(len(areas), -1, dtype=np.int64)
        np.maximum.at(last_row, area_ix, np.arange(n))
        kommun_of = {
            a: kommun_names[k]
            for a, k in zip(areas.tolist(), kommun_codes[last_row].tolist(), strict=True)
        }
    return CrimeTotals(totals, kommun_of, months[0], months[-1])
