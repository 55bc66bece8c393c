"""The data behind a figure as a file: CSV (UTF-8 with BOM, comma) or Excel (.xlsx).

Tables come in display-ready: small-number protection is already applied ("1–4" and
".." are text in the cells, never the true count). Here every text cell and header
that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``…) is prefixed
with an apostrophe (``values.neutralise_formula``): user text such as a comment must
never become a formula in somebody's Excel.

Excel needs openpyxl (``EXCEL_AVAILABLE``): pandas writes .xlsx through it.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import math

import pandas as pd

from dashboard import contract
from dashboard.ingest.values import neutralise_formula

EXCEL_AVAILABLE = importlib.util.find_spec("openpyxl") is not None
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")


def _cell(value: object) -> object:
    """One cell made safe: text neutralised, missing as empty, numbers kept."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        return neutralise_formula(value)
    if isinstance(value, bool | int | float):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return neutralise_formula(str(value))


def safe_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` with every text cell and header neutralised (object dtype)."""
    columns = [neutralise_formula(str(c)) for c in table.columns]
    rows = [[_cell(v) for v in row] for row in table.astype(object).itertuples(index=False)]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def to_csv(table: pd.DataFrame) -> bytes:
    """CSV as Excel opens it: UTF-8 with BOM, comma, CRLF, decimal point."""
    safe = safe_table(table)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(safe.columns))
    for row in safe.itertuples(index=False):
        writer.writerow([_text(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def to_xlsx(table: pd.DataFrame, sheet: str = "data") -> bytes:
    """An Excel workbook with one sheet: bold header, frozen first row, fitted widths."""
    if not EXCEL_AVAILABLE:
        raise RuntimeError("Excel export needs openpyxl (pip install openpyxl)")
    safe = safe_table(table)
    title = "".join(ch for ch in sheet if ch not in "[]:*?/\\")[:31] or "data"
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe.to_excel(writer, sheet_name=title, index=False, freeze_panes=(1, 0))
        worksheet = writer.sheets[title]
        for i, column in enumerate(safe.columns, start=1):
            longest = max([len(str(column))] + [len(str(v)) for v in safe[column] if v is not None])
            letter = worksheet.cell(row=1, column=i).column_letter
            worksheet.column_dimensions[letter].width = min(max(10, longest + 2), 60)
    return buffer.getvalue()


def filename(key: str, fmt: str) -> str:
    """``medborgarlofte-area-crime-hotorget.csv`` from a download key."""
    stem = "-".join(contract.slug(key.replace(":", " ").replace("_", " ")).split("-"))
    return f"medborgarlofte-{stem}.{fmt}"


def encode(table: pd.DataFrame, fmt: str, sheet: str = "data") -> tuple[bytes, str]:
    """(file content, MIME type) of ``table`` in ``fmt`` ("csv" or "xlsx")."""
    if fmt == "csv":
        return to_csv(table), CSV_MIME
    if fmt == "xlsx":
        return to_xlsx(table, sheet), XLSX_MIME
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
