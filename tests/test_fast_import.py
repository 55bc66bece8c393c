"""The columnar fast path for crime files gives exactly what the row path gives.

Generated crime files (separators, encodings, line ends, header variants, counts,
unpublished and zero cells, bad values, unknown areas, identity numbers, and the
quotes, blank lines and ragged rows that make the fast path step aside) are
imported twice, once per path, into fresh databases: the stored content and every
message (line, column, value, reason) must be equal.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from conftest import AREAS, COMMITMENTS, snapshot, stored_crimes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.ingest import columnar
from dashboard.ingest.pipeline import import_files
from dashboard.storage import database

AREA_NAMES = ["Centrum", "centrum ", "Hötorget", "HOTORGET", "Busstationen", "Brogården"]
BAD_AREAS = ["Centrm", "Vasastan"]
CATEGORIES = ["stöld", "Stöld", "narkotika", "Narkotikabrott", "våld", "tillgrepp", "övrigt"]
BAD_CATEGORIES = ["stöldd", "mord?"]
MONTHS = ["2021-01", "2021-12", "2022-03", "202204", "mars 2022", "2022-05-01"]
BAD_MONTHS = ["2022-13", "2022/3", "sommar"]
DATES = ["2021-01-05", "2021-12-31", "2022-03-14", "2022-04-01 00:00:00", "2022-05-31"]
BAD_DATES = ["2022-02-30", "14/3/2022"]
COUNTS = ["1", "3", "2 537", "..", "-", "0", ""]
BAD_COUNTS = ["-3", "1.5", "många"]
KOMMUNER = ["Skara", "", "skara"]
PERSONNUMMER = "19811218-9876"


@st.composite
def crime_files(draw) -> tuple[bytes, bool]:
    """(file bytes, whether the fast path may take it)."""
    by_month = draw(st.sampled_from(["månad", "datum", "both"]))
    columns = {"both": ["månad", "datum"], "månad": ["månad"], "datum": ["datum"]}[by_month]
    columns += ["område", "brottstyp"]
    if draw(st.booleans()):
        columns.append("antal")
    if draw(st.booleans()):
        columns.append("kommun")
    if draw(st.integers(0, 4)) == 0:
        columns.append("anteckning")  # unknown column: a warning
    columns = draw(st.permutations(columns))
    errors = draw(st.booleans())

    def cell(column: str) -> str:
        bad = errors and draw(st.integers(0, 12)) == 0
        pools = {
            "månad": ([*MONTHS, ""], BAD_MONTHS),
            "datum": ([*DATES, ""] if by_month == "both" else DATES, [*BAD_DATES, ""]),
            "område": (AREA_NAMES, [*BAD_AREAS, ""]),
            "brottstyp": (CATEGORIES, [*BAD_CATEGORIES, ""]),
            "antal": (COUNTS, BAD_COUNTS),
            "kommun": (KOMMUNER, ["Skövde"]),
            "anteckning": (["", "ok", "'-x"], [PERSONNUMMER]),
        }
        good, wrong = pools[column]
        return draw(st.sampled_from(wrong if bad else good))

    n = draw(st.integers(1, 40))
    rows = [[cell(c) for c in columns] for _ in range(n)]
    if errors and draw(st.booleans()):
        rows[draw(st.integers(0, n - 1))][0] = PERSONNUMMER
    sep = draw(st.sampled_from([",", ";", "\t"]))
    lines = [sep.join(h.upper() if draw(st.booleans()) else h for h in columns)]
    lines += [sep.join(r) for r in rows]
    eligible = True
    disturbance = draw(st.sampled_from(["none"] * 6 + ["quote", "blank", "ragged", "blank_row"]))
    if disturbance != "none":
        eligible = False
        at = draw(st.integers(1, len(lines)))
        if disturbance == "quote":
            lines[at - 1] += f'{sep}"x"'
        elif disturbance == "blank":
            lines.insert(at, "")
        elif disturbance == "ragged":
            lines.insert(at, sep.join(rows[0][:-1]))
        else:
            lines.insert(at, sep * (len(columns) - 1))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + (newline if draw(st.booleans()) else "")
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return text.encode(encoding), eligible


def fresh_engine(directory: str, name: str):
    engine = database.make_engine(f"sqlite:///{Path(directory) / name}")
    database.migrate(engine)
    result = import_files(
        engine, [("omraden.csv", AREAS.encode()), ("loften.csv", COMMITMENTS.encode())]
    )
    assert result.ok
    return engine


def outcome(result) -> list:
    return [
        (
            f.kind,
            f.rows,
            f.ok,
            [(i.line, i.column, i.value, i.key, i.render("sv")) for i in f.issues],
            [w.render("en") for w in f.warnings],
            f.summary("sv"),
        )
        for f in result.files
    ]


def import_both(monkeypatch, directory, files, pyarrow: bool):
    """Import ``files`` one after another through each path; the outcomes per path."""
    results = {}
    for path in ("row", "fast"):
        engine = fresh_engine(directory, f"{path}.sqlite")
        monkeypatch.setattr(columnar, "MIN_BYTES", 0 if path == "fast" else 1 << 62)
        monkeypatch.setattr(columnar, "USE_PYARROW", pyarrow)
        steps = []
        for data in files:
            result = import_files(engine, [("brott.csv", data)], user="test")
            steps.append((outcome(result), snapshot(engine)))
        engine.dispose()
        results[path] = steps
    return results


SPLITTERS = [True, False] if columnar.pa is not None else [False]


@pytest.mark.parametrize("pyarrow", SPLITTERS)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=crime_files(), second=crime_files())
def test_both_paths_store_and_report_the_same(monkeypatch, pyarrow, first, second):
    monkeypatch.setattr(columnar, "USE_PYARROW", pyarrow)
    monkeypatch.setattr(columnar, "MIN_BYTES", 0)
    for data, eligible in (first, second):
        taken = columnar.read_fast(data, None) is not None
        assert taken or not eligible, data.decode("utf-8", "replace")[:300]
    with tempfile.TemporaryDirectory() as directory:
        results = import_both(monkeypatch, directory, [first[0], second[0]], pyarrow)
    assert results["fast"] == results["row"]


def incident_file(n: int, seed: int = 1) -> tuple[bytes, dict]:
    """``n`` one-crime rows and their expected totals per (area, month, category)."""
    import random

    rng = random.Random(seed)
    areas = ["Centrum", "Hötorget", "Busstationen", "Brogården"]
    categories = ["stöld", "narkotika", "våld"]
    lines, expected = ["datum;område;brottstyp;kommun"], {}
    for _ in range(n):
        day = date(2021 + rng.randrange(2), rng.randrange(1, 13), rng.randrange(1, 29))
        area, category = rng.choice(areas), rng.choice(categories)
        lines.append(f"{day.isoformat()};{area};{category};Skara")
        key = (area, day.replace(day=1), category)
        expected[key] = expected.get(key, 0) + 1
    return ("\r\n".join(lines) + "\r\n").encode("cp1252"), expected


@pytest.mark.parametrize("pyarrow", SPLITTERS)
def test_a_big_file_takes_the_fast_path_on_every_database(base, monkeypatch, pyarrow):
    """A file over the size threshold is read by column and stored summed (SQLite and PG)."""
    monkeypatch.setattr(columnar, "USE_PYARROW", pyarrow)
    data, expected = incident_file(12_000)
    assert len(data) >= columnar.MIN_BYTES
    assert isinstance(columnar.read_fast(data, None), columnar.FastTable)
    result = import_files(base, [("brott.csv", data)])
    assert result.ok, result.messages()
    assert result.files[0].rows == 12_000
    assert stored_crimes(base) == expected
    again = import_files(base, [("brott.csv", data)])
    assert again.ok and not again.written  # idempotent


def test_a_big_file_with_errors_names_each_bad_line(base):
    data, _ = incident_file(12_000)
    lines = data.decode("cp1252").split("\r\n")
    lines[100] = "2022-02-30;Centrum;stöld;Skara"
    lines[5000] = "2022-03-01;Centrm;stöld;Skara"
    data = "\r\n".join(lines).encode("cp1252")
    assert columnar.read_fast(data, None) is not None
    result = import_files(base, [("brott.csv", data)])
    issues = [(i.line, i.column, i.value, i.key) for i in result.files[0].issues]
    assert issues == [
        (101, "datum", "2022-02-30", "err.not_date"),
        (5001, "område", "Centrm", "err.unknown_area"),
    ]
    assert stored_crimes(base) == {}


def test_other_kinds_and_unreadable_files_take_the_row_path(monkeypatch):
    monkeypatch.setattr(columnar, "MIN_BYTES", 0)
    assert columnar.read_fast(AREAS.encode(), None) is None
    assert columnar.read_fast(b"manad,omrade,brottstyp\n", None) is None  # no rows
    assert columnar.read_fast(b"PK\x03\x04binary", None) is None
    excel = "MÅNAD;OMRÅDE;BROTTSTYP\r\n2022-01;Centrum;stöld\r\n".encode("cp1252")
    assert isinstance(columnar.read_fast(excel, None), columnar.FastTable)
