"""Property-based fuzzing of the reader and the import pipeline: whatever bytes arrive, the
pipeline answers (never raises) and writes nothing unless the file is valid.

Mangled files of every kind, thousands of random ones, and the pathological ones an
attacker or a broken export sends (numbers past the database's integers, headers of
thousands of columns, megabyte cells, NUL bytes, broken encodings), each within the time
bound; the whole file in about half a minute on SQLite (``FUZZ_EXAMPLES``, ``FUZZ_FILES``
raise it).
"""

from __future__ import annotations

import os
import random
import time

import pytest
from conftest import snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.ingest.parsers import MAX_SECONDS
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.reader import ReadError, read_table

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")),
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

# Pieces that tend to break CSV readers and value parsers; numbers that overflow.
PIECES = [
    '"', '""', ";", ",", "\t", "\r", "\n", "\r\n", "\x00", "\ufeff", "\u00a0", "..", "-",
    "=cmd|' /C calc'!A0", "'=1+1", "19121212-1212", "9999999999999999999999", "1e308",
    "nan", "inf", "-0", "2022-13", "0000-00", "mars", "Ö", "\u202e", "💥", "\\", "%s",
    "{}", "{name}", "<b>", "' OR 1=1 --", "\xff\xfe",
    "99999999999999999999", "9223372036854775808", "1e19", "1e30", "999999999", "-1e400",
    "2147483648", "0x1F", "١٢٣", "½", "1_000", "1900-01", "2200-12", "811218-9876",
]  # fmt: skip
NASTY = st.sampled_from(PIECES)


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


def timed_import(engine, name: str, data: bytes, bound: float = MAX_SECONDS, **options):
    """``import_files``, which must answer within ``bound`` seconds (the product's own
    bound per file unless a test asks for less)."""
    start = time.monotonic()
    result = import_files(engine, [(name, data)], user="fuzz", **options)
    assert time.monotonic() - start < bound, (name, data[:200])
    return result


def check(engine, name: str, data: bytes, bound: float = MAX_SECONDS) -> None:
    """Never raises; a dry run never writes; a rejected file never writes; in time."""
    before = snapshot(engine)
    dry = timed_import(engine, name, data, bound, dry_run=True)
    assert snapshot(engine) == before
    real = timed_import(engine, name, data, bound)
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


# --- every kind, thousands of files, the pathological ones --------------------------

TEMPLATES = [
    VALID,
    SURVEY,
    "datum;område;brottstyp\n2022-03-14;Centrum;stöld\n2022-03-15;Hötorget;narkotika\n",
    "område,kommun,typ,ingår_i,invånare\nNorr,Skara,bostadsområde,Centrum,1200\n"
    "Söder,Skara,tätort,,900\n",
    "löfte_id,år,part,löfte,indikator,mål,enhet,målregel,start,slut,område,samverkanspart\n"
    "K8,2022,Kommunen,Vandra,vandringar,2,st,antal,2022-01-01,2022-12-31,Centrum|Hötorget,"
    "Skolan\n",
    "datum,löfte_id,antal,område,utförare,kommentar\n2022-03-01,P1,2,Hötorget,Polisen,pass\n"
    "2022-03-02,K3,1,,Kommunen,\n",
    "datum,löfte_id,status,kommentar,publik\n2022-03-15,P1,grön,bra,ja\n",
]
FILES = int(os.environ.get("FUZZ_FILES", "1000"))
ENCODINGS = ["utf-8"] * 3 + ["utf-8-sig", "cp1252", "cp1252", "latin-1", "utf-16"]


@FUZZ
@given(template=st.sampled_from(TEMPLATES), ops=edits, encoding=encodings)
def test_mangled_files_of_every_kind(base, template, ops, encoding):
    check(base, "fil.csv", mutate(template, ops).encode(encoding, errors="replace"))


def random_file(rng: random.Random) -> bytes:
    """A template of any kind with a few random edits, in any encoding, maybe with
    some of its bytes flipped."""

    def piece() -> str:
        if rng.random() < 0.7:
            return rng.choice(PIECES)
        return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x10FFFF)]))
                       for _ in range(rng.randrange(1, 6)))  # fmt: skip

    ops = [(rng.randrange(3), rng.randrange(10_000), piece()) for _ in range(rng.randint(1, 6))]
    text = mutate(rng.choice(TEMPLATES), ops).replace("\ud800", "")
    data = bytearray(text.encode(rng.choice(ENCODINGS), errors="replace"))
    for _ in range(rng.choice([0, 0, 0, 1, 3])):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def test_thousands_of_random_files(base):
    """Refused files change nothing (the state is compared after each), accepted ones
    may; none raises; each answers in time."""
    rng = random.Random(12)
    state = snapshot(base)
    refused = 0
    for number in range(FILES):
        data = random_file(rng)
        result = timed_import(base, f"slump-{number}.csv", data)
        if result.ok:
            state = snapshot(base)
            continue
        refused += 1
        assert not result.written, data
        for issue in (i for f in result.files for i in f.issues):
            assert issue.render("sv") and issue.render("en")
        if number % 10 == 0 or result.files[0].kind is not None:
            assert snapshot(base) == state, data
    assert snapshot(base) == state
    assert refused > FILES // 2


def wide(columns: int) -> bytes:
    return (",".join(f"kolumn{i}" for i in range(columns)) + "\n" + "1," * columns + "\n").encode()


PATHOLOGICAL = {
    "antal 2^64": VALID.replace("2 537", "99999999999999999999"),
    "antal 2^63": VALID.replace("2 537", "9223372036854775808"),
    "antal past int32": VALID.replace("2 537", "2147483648"),
    "a sum past a billion": "datum,område,brottstyp,antal\n"
    + "".join(f"2022-01-0{day},Centrum,stöld,999999999\n" for day in (1, 2, 3)),
    "a monthly sum past a billion": "månad,område,brottstyp,antal\n"
    + "2022-01,Centrum,stöld,999999999\n2022-01,Centrum,stöld,999999999\n",
    "activities 1e19": "datum,löfte_id,antal\n2022-03-01,P1,1e19\n",
    "invånare 1e30": "område,kommun,typ,ingår_i,invånare\nNorr,Skara,x,,1e30\n",
    "antal_svar 1e11": SURVEY.replace("804", "99999999999"),
    "mål 1e400": "löfte_id,år,part,löfte,indikator,mål\nK8,2022,Kommunen,a,b,1e400\n",
    "värde -inf": SURVEY.replace('"23,5"', "-1e400"),
    "5 000 columns": wide(5_000),
    "a million columns": b"ab," * 1_000_000,
    "a megabyte cell": VALID.replace("våld", "v" * 1_000_000),
    "a megabyte header cell": "månad;område;brottstyp;antal;" + "x" * 1_000_000 + "\n",
    "NUL bytes": VALID.replace("Centrum", "Cen\x00trum"),
    "NUL bytes everywhere": b"\x00".join(VALID.encode()[i : i + 3] for i in range(0, 99, 3)),
    "UTF-8 broken in the middle": VALID.encode()[:60] + b"\xc3\x28\xa0\xa1" + VALID.encode()[60:],
    "UTF-16 without BOM": VALID.encode("utf-16-le"),
    "UTF-32": VALID.encode("utf-32"),
    "a million blank lines": b"\r\n" * 1_000_000,
    "a million quotes": b'"' * 1_000_000,
    "ten thousand errors": "månad,område,brottstyp,antal\n" + "2022-13,Centrm,stold,x\n" * 10_000,
}


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_pathological_files_are_refused_at_once(base, case):
    data = PATHOLOGICAL[case]
    data = data.encode() if isinstance(data, str) else data
    before = snapshot(base)
    result = timed_import(base, "fil.csv", data, bound=15)
    assert not result.ok and not result.written
    said = "\n".join(result.messages("sv") + result.messages("en"))
    assert len(said) < 50_000  # a megabyte cell is not echoed back in full
    assert snapshot(base) == before
