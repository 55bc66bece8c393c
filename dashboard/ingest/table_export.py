"""A shown table as a file: CSV in the reader's dialect, or an Excel workbook.

The tables come in display-ready (``dashboard.pages.downloads`` chooses them): headers in
the interface language, small counts already protected ("1–4" and ".." are text, never
the true count), numbers as numbers. Here they only get written:

- CSV, Swedish (``sv``): what Swedish Excel splits into columns on a double-click:
  UTF-8 with BOM, ``;`` between cells, decimal comma, CRLF. Swedish Excel takes ``,`` as
  its decimal sign, so a comma-separated file lands in one column.
- CSV, English (``en``): the canonical form (RFC 4180): UTF-8, ``,``, decimal point,
  CRLF, no BOM, for programs as much as for spreadsheets.
- Excel (.xlsx): numbers as numbers, a bold, frozen and filterable header row, fitted
  column widths, and a second sheet saying where the data comes from, the filters and
  the protection rule.

Numbers carry no thousands separator (a cell is read by a program, not a person) and
dates stay ISO (``2022-03-14``), which every spreadsheet reads as a date. Every text
cell and header a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab…)
gets an apostrophe first (``values.neutralise_formula``): a comment typed by someone
must never become a formula in somebody else's Excel.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from numbers import Integral, Real

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from dashboard.ingest.values import neutralise_formula

FORMATS = ("csv", "xlsx")
CSV_MIME = "text/csv; charset=utf-8"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_WIDTH = 60  # characters: a long comment wraps rather than making one huge column
SHEET_FORBIDDEN = "[]:*?/\\"


@dataclass(frozen=True)
class Dialect:
    """How one language's CSV is written."""

    delimiter: str
    decimal: str
    bom: bool


DIALECTS = {
    "sv": Dialect(delimiter=";", decimal=",", bom=True),
    "en": Dialect(delimiter=",", decimal=".", bom=False),
}


def cell_value(value: object) -> object:
    """One cell made safe: None for missing, a plain int or float, or neutralised text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Integral):
        return int(value)
    if isinstance(value, Real):
        number = float(value)
        return None if math.isnan(number) else number
    if isinstance(value, datetime | pd.Timestamp):
        return value.date().isoformat() if not pd.isna(value) else None
    if isinstance(value, date):
        return value.isoformat()
    if value is pd.NA or value is pd.NaT:
        return None
    return neutralise_formula(str(value))


def rows_of(table: pd.DataFrame) -> tuple[list[str], list[list[object]]]:
    """The header and the rows of ``table``, every cell made safe."""
    header = [neutralise_formula(str(c)) for c in table.columns]
    rows = [[cell_value(v) for v in row] for row in table.astype(object).itertuples(index=False)]
    return header, rows


def number_text(value: float | int, decimal: str) -> str:
    """``12,5`` / ``12.5``; integral floats without decimals; no thousands separator."""
    if isinstance(value, int):
        return str(value)
    text = str(int(value)) if value.is_integer() else format(value, ".15g")
    return text.replace(".", decimal) if decimal != "." else text


def to_csv(table: pd.DataFrame, lang: str) -> bytes:
    """``table`` as CSV in the dialect of ``lang`` (see the module docstring)."""
    dialect = DIALECTS.get(lang, DIALECTS["sv"])
    header, rows = rows_of(table)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [
                ""
                if v is None
                else number_text(v, dialect.decimal)
                if isinstance(v, int | float)
                else v
                for v in row
            ]
        )
    text = buffer.getvalue()
    return (("\ufeff" if dialect.bom else "") + text).encode("utf-8")


def sheet_title(name: str) -> str:
    """A valid Excel sheet name: no ``[]:*?/\\``, at most 31 characters."""
    cleaned = "".join(ch for ch in name if ch not in SHEET_FORBIDDEN).strip("' ")
    return cleaned[:31] or "data"


def _xlsx_cell(value: object) -> object:
    # Control characters (other than tab and line breaks) cannot be stored in .xlsx.
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _fit_widths(sheet, columns: Sequence[Sequence[object]]) -> None:
    for i, values in enumerate(columns, start=1):
        longest = max((len(str(v)) for v in values if v is not None), default=0)
        sheet.column_dimensions[get_column_letter(i)].width = min(max(10, longest + 2), MAX_WIDTH)


def to_xlsx(
    table: pd.DataFrame,
    *,
    sheet: str,
    notes: Sequence[tuple[str, str]] = (),
    notes_sheet: str = "",
) -> bytes:
    """``table`` on a sheet named ``sheet``; ``notes`` (label, text) on a second sheet."""
    header, rows = rows_of(table)
    book = Workbook()
    data = book.active
    data.title = sheet_title(sheet)
    data.append([_xlsx_cell(h) for h in header])
    for row in rows:
        data.append([_xlsx_cell(v) for v in row])
    for cell in data[1]:
        cell.font = Font(bold=True)
    data.freeze_panes = "A2"
    if header:
        data.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    _fit_widths(data, [[h, *(r[i] for r in rows)] for i, h in enumerate(header)])
    if notes:
        about = book.create_sheet(sheet_title(notes_sheet or "info"))
        for name, text in notes:
            about.append([_xlsx_cell(neutralise_formula(x)) for x in (name, text)])
        for cell in about["A"]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="top")
        for cell in about["B"]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        about.column_dimensions["A"].width = 24
        about.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def encode(
    table: pd.DataFrame,
    fmt: str,
    lang: str,
    *,
    sheet: str = "data",
    notes: Sequence[tuple[str, str]] = (),
    notes_sheet: str = "",
) -> tuple[bytes, str]:
    """(file content, MIME type) of ``table`` as ``fmt`` ("csv" or "xlsx")."""
    if fmt == "csv":
        return to_csv(table, lang), CSV_MIME
    if fmt == "xlsx":
        return to_xlsx(table, sheet=sheet, notes=notes, notes_sheet=notes_sheet), XLSX_MIME
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
