"""Read the raw bytes of a CSV file as real people save them.

Detects encoding (UTF-8 with or without BOM, else Windows-1252), separator
(``,``, ``;`` or tab), CRLF or LF, and keeps each row's line number in the file
so that error messages can point at the line to fix.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

SEPARATORS = (";", ",", "\t")


class ReadError(ValueError):
    """The file as a whole cannot be read; ``key`` names the reason in the catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Table:
    """A CSV file's header and data rows, each row with its first line number in the file."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str
    separator: str


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (BOM or not), else Windows-1252. Rejects binary files."""
    if not data.strip():
        raise ReadError("err.empty_file")
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) or b"\x00" in data[:8192]:
        raise ReadError("err.binary_file")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError as err:  # a UTF-8 BOM, then bytes that are not UTF-8
            line = data[3 : 3 + err.start].count(b"\n") + 1
            raise ReadError("err.bad_utf8", line=line) from None
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > 8 or ("\ufffd" in text[:8192] and encoding == "cp1252"):
        raise ReadError("err.binary_file")
    return text, encoding


def sniff_separator(header_line: str) -> str:
    """The separator that splits the header line into the most fields (``;`` wins ties)."""
    counts = {sep: _count_outside_quotes(header_line, sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _count_outside_quotes(line: str, sep: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            count += 1
    return count


@dataclass(frozen=True)
class Sniffed:
    """What ``read_table`` would find about a file, without splitting it into rows."""

    text: str  # decoded, line ends normalised to ``\n``
    encoding: str
    separator: str
    header: list[str]
    header_line: int  # 1-based line of the header (after any blank lines)


def sniff(data: bytes) -> Sniffed:
    """Decode ``data`` and read its header line only; raises ``ReadError`` as ``read_table``.

    For the columnar fast path (``columnar``), which parses the rows itself.
    """
    text, encoding = decode(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    start = 0
    line = 1
    while True:
        end = text.find("\n", start)
        first = text[start:] if end < 0 else text[start:end]
        if first.strip() or end < 0:
            break
        start, line = end + 1, line + 1
    if not first.strip():
        raise ReadError("err.empty_file")
    separator = sniff_separator(first)
    try:
        header = [cell.strip() for cell in next(csv.reader([first], delimiter=separator))]
    except (csv.Error, StopIteration):
        raise ReadError("err.bad_quoting", line=line) from None
    check_header(header)
    return Sniffed(text, encoding, separator, header, line)


# Bounds on what a file may ask of the reader. Real files have a dozen columns and
# cells of a few words; a header of a million columns or a cell of megabytes is a broken
# export (or an attack) and would otherwise take minutes.
MAX_COLUMNS = 100
MAX_CELL = 10_000  # characters


def check_header(header: list[str]) -> None:
    if len(header) > MAX_COLUMNS:
        raise ReadError("err.too_wide", columns=len(header), largest=MAX_COLUMNS)


def read_table(data: bytes) -> Table:
    """Parse CSV bytes into a ``Table``; raises ``ReadError`` for unreadable files."""
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ReadError("err.empty_file")
    separator = sniff_separator(lines[first])
    reader = csv.reader(io.StringIO(text), delimiter=separator, strict=True)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line_no = 1
    try:
        for record in reader:
            start = line_no
            line_no = reader.line_num + 1
            cells = [cell.strip() for cell in record]
            if not any(cells):
                continue
            if len(cells) > MAX_COLUMNS or any(len(cell) > MAX_CELL for cell in cells):
                if len(cells) > MAX_COLUMNS:
                    raise ReadError("err.too_wide", columns=len(cells), largest=MAX_COLUMNS)
                raise ReadError("err.too_long", line=start, largest=MAX_CELL)
            if header is None:
                header = cells
            else:
                rows.append((start, cells))
    except csv.Error as err:
        if "field larger than field limit" in str(err):  # csv's own bound, beyond ours
            raise ReadError("err.too_long", line=line_no, largest=MAX_CELL) from None
        raise ReadError("err.bad_quoting", line=line_no) from None
    if header is None:
        raise ReadError("err.empty_file")
    if text.count('"') % 2:
        # csv in strict mode still accepts a lone quote inside an unquoted field.
        raise ReadError("err.bad_quoting", line=_first_odd_quote_line(lines))
    return Table(header=header, rows=rows, encoding=encoding, separator=separator)


def _first_odd_quote_line(lines: list[str]) -> int:
    return next((n for n, line in enumerate(lines, start=1) if line.count('"') % 2), 1)
