"""Property-based fuzzing of the reader and the import pipeline: whatever bytes arrive, the
pipeline answers (never raises) and writes nothing unless the file is valid."""

from __future__ import annotations

import os

import pytest
from conftest import snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.ingest.pipeline import import_files
from dashboard.ingest.reader import ReadError, read_table

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

VALID = (
    "månad;område;brottstyp;antal;kommun\r\n"
    "2022-03;Centrum;stöld;5;Skara\r\n"
    "2022-03;Hötorget;Narkotikabrott;2 537;Skara\r\n"
    "mars 2022;Busstationen;våld;..;Skara\r\n"
    "202204;Brogården;skadegörelse;-;Skara\r\n"
)
SURVEY = (
    'år,område,indikator,värde,antal_svar,urval\n2022,Skara,otrygg_kvall,"23,5",804,slumpmässigt\n'
)

# Pieces that tend to break CSV readers and value parsers.
NASTY = st.sampled_from(
    [
        '"', '""', ";", ",", "\t", "\r", "\n", "\r\n", "\x00", "\ufeff", "\u00a0", "..", "-",
        "=cmd|' /C calc'!A0", "'=1+1", "19121212-1212", "9999999999999999999999", "1e308",
        "nan", "inf", "-0", "2022-13", "0000-00", "mars", "Ö", "\u202e", "💥", "\\", "%s",
        "{}", "{name}", "<b>", "' OR 1=1 --", "\xff\xfe",
    ]
)  # fmt: skip


def mutate(text: str, ops: list[tuple[int, int, str]]) -> str:
    """Apply (kind, position, piece) edits: insert, delete a span, or replace a span."""
    for kind, pos, piece in ops:
        if not text:
            text = piece
            continue
        i = pos % (len(text) + 1)
        if kind == 0:
            text = text[:i] + piece + text[i:]
        elif kind == 1:
            text = text[:i] + text[i + len(piece) + 1 :]
        else:
            text = text[:i] + piece + text[i + len(piece) :]
    return text


edits = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 10_000), st.one_of(NASTY, st.text(max_size=8))),
    min_size=1,
    max_size=6,
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])


def check(engine, name: str, data: bytes) -> None:
    """Never raises; a dry run never writes; a rejected file never writes."""
    before = snapshot(engine)
    dry = import_files(engine, [(name, data)], dry_run=True, user="fuzz")
    assert snapshot(engine) == before
    real = import_files(engine, [(name, data)], user="fuzz")
    assert real.ok == dry.ok
    if not real.ok:
        assert not real.written
        assert snapshot(engine) == before
        assert all(f.issues for f in real.files)
        for f in real.files:
            for issue in f.issues:
                assert issue.render("sv") and issue.render("en")


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(base, data):
    check(base, "slump.csv", data)


@FUZZ
@given(ops=edits, encoding=encodings)
def test_mangled_crime_files(base, ops, encoding):
    text = mutate(VALID, ops)
    check(base, "brott.csv", text.encode(encoding, errors="replace"))


@FUZZ
@given(ops=edits)
def test_mangled_survey_files(base, ops):
    check(base, "enkat.csv", mutate(SURVEY, ops).encode("utf-8", errors="replace"))


@FUZZ
@given(
    header=st.lists(st.one_of(NASTY, st.text(max_size=12)), min_size=1, max_size=8),
    rows=st.lists(st.lists(st.one_of(NASTY, st.text(max_size=12)), max_size=8), max_size=6),
    sep=st.sampled_from([",", ";", "\t"]),
)
def test_random_tables(base, header, rows, sep):
    text = "\n".join(sep.join(cells) for cells in [header, *rows])
    check(base, "tabell.csv", text.encode("utf-8", errors="replace"))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_reader_only_raises_its_own_error(data):
    try:
        table = read_table(data)
    except ReadError as err:
        assert err.key.startswith("err.")
    else:
        assert all(isinstance(cell, str) for cell in table.header)
        assert all(line >= 2 for line, _ in table.rows)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf\xff\xfe broken utf-8 after a BOM",
        "månad;område\r\n".encode("utf-16"),
        b"\x00" * 10,
        b'"' * 3,
    ],
)
def test_known_nasty_inputs(base, data):
    check(base, "x.csv", data)
