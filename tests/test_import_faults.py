"""Nothing is lost under faults: an import killed or failing mid-write leaves the old data
exactly as it was; two imports at once are serialised; a reader sees old or new, never a mix.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import snapshot

from dashboard.ingest import writers
from dashboard.ingest.pipeline import import_files
from dashboard.storage import database, schema

ROOT = Path(__file__).resolve().parent.parent

# Two files whose scopes overlap (Centrum, March–April 2022) with different figures.
CRIMES_A = "månad,område,brottstyp,antal\n2022-03,Centrum,stöld,10\n2022-04,Centrum,stöld,11\n"
CRIMES_B = "månad,område,brottstyp,antal\n2022-03,Centrum,stöld,20\n2022-04,Centrum,stöld,21\n"
BIG = "månad,område,brottstyp,antal\n" + "".join(
    f"{y}-{m:02d},{a},{c},{(y + m) % 17}\n"
    for y in range(2015, 2023)
    for m in range(1, 13)
    for a in ("Centrum", "Hötorget", "Busstationen", "Brogården")
    for c in ("stöld", "narkotika", "våld")
)

# Runs in a child process: import, and die (os._exit, no clean-up at all) right after the
# first write of the crime applier, inside the open transaction.
KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {root!r})
    from dashboard.ingest import pipeline, writers
    from dashboard.storage import database, schema

    original = writers.apply_changes

    def dying(conn, changes):
        original(conn, changes)
        if changes.table == "crimes":
            print("written, dying", flush=True)
            os._exit(9)

    writers.apply_changes = dying
    engine = database.make_engine(sys.argv[1])
    data = open(sys.argv[2], "rb").read()
    pipeline.import_files(engine, [("brott.csv", data)], user="killed")
    print("not reached", flush=True)
    """
)


def crime_total(conn) -> int:
    return conn.execute(sa.select(sa.func.coalesce(sa.func.sum(schema.crimes.c.count), 0))).scalar()


def test_a_process_killed_mid_import_leaves_the_old_data(base, database_url, tmp_path):
    assert import_files(base, [("a.csv", CRIMES_A.encode())]).written
    before = snapshot(base)
    script = tmp_path / "kill.py"
    script.write_text(KILL_SCRIPT.format(root=str(ROOT)))
    data = tmp_path / "brott.csv"
    data.write_text(BIG, encoding="utf-8")
    base.dispose()  # the child gets the database to itself, as another server process would
    child = subprocess.run(
        [sys.executable, str(script), database_url, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 9, child.stderr
    assert "written, dying" in child.stdout and "not reached" not in child.stdout
    assert snapshot(base) == before
    with base.connect() as conn:
        if base.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert database.data_version(conn) == 2  # areas + commitments, then file A
    # The write lock died with the process: the next import goes through.
    again = import_files(base, [("b.csv", CRIMES_B.encode())])
    assert again.written


def test_an_exception_mid_import_leaves_the_old_data_and_is_logged(base, monkeypatch):
    assert import_files(base, [("a.csv", CRIMES_A.encode())]).written
    before = snapshot(base)
    original = writers.apply_changes

    def failing(conn, changes):
        original(conn, changes)
        if changes.table == "crimes":
            raise RuntimeError("disk full")

    monkeypatch.setattr(writers, "apply_changes", failing)
    with pytest.raises(RuntimeError):
        import_files(base, [("b.csv", CRIMES_B.encode())], user="x")
    assert snapshot(base) == before
    with base.connect() as conn:
        outcome = conn.execute(
            sa.select(schema.import_log.c.outcome).order_by(schema.import_log.c.id.desc())
        ).scalar()
    assert outcome == "error"


def test_two_imports_at_once_are_serialised(base, monkeypatch):
    original = writers.apply_changes
    spans: list[tuple[float, float]] = []

    def slow(conn, changes):
        start = time.monotonic()
        original(conn, changes)
        if changes.table == "crimes":
            time.sleep(0.4)  # hold the transaction open so that the other import must wait
            spans.append((start, time.monotonic()))

    monkeypatch.setattr(writers, "apply_changes", slow)
    results = {}
    barrier = threading.Barrier(2)

    def run(name, text):
        barrier.wait()
        results[name] = import_files(base, [(name, text.encode())], user=name)

    threads = [
        threading.Thread(target=run, args=("a.csv", CRIMES_A)),
        threading.Thread(target=run, args=("b.csv", CRIMES_B)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results["a.csv"].written and results["b.csv"].written
    (_, first_end), (second_start, _) = sorted(spans)
    assert first_end <= second_start  # one write section ended before the other began
    # The result is one file's figures, whole: never a mixture of the two.
    with base.connect() as conn:
        counts = sorted(conn.execute(sa.select(schema.crimes.c.count)).scalars())
    assert counts in ([10, 11], [20, 21])


WRITER_SCRIPT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from dashboard.ingest import pipeline, writers
    from dashboard.storage import database, schema

    original = writers.apply_changes

    def slow(conn, changes):
        original(conn, changes)
        if changes.table == "crimes":
            start = time.time()
            time.sleep(0.5)
            print(f"span {{start}} {{time.time()}}", flush=True)

    writers.apply_changes = slow
    engine = database.make_engine(sys.argv[1])
    result = pipeline.import_files(engine, [("x.csv", sys.argv[2].encode())], user="p")
    print("written" if result.written else "not written", flush=True)
    """
)


def test_two_processes_importing_at_once_are_serialised(base, database_url, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER_SCRIPT.format(root=str(ROOT)))
    base.dispose()
    children = [
        subprocess.Popen(
            [sys.executable, str(script), database_url, text],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for text in (CRIMES_A, CRIMES_B)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    spans = []
    for (out, err), child in zip(outputs, children, strict=True):
        assert child.returncode == 0, err
        assert "written" in out.splitlines()[-1] and "not" not in out.splitlines()[-1]
        _, start, end = next(line for line in out.splitlines() if line.startswith("span")).split()
        spans.append((float(start), float(end)))
    (_, first_end), (second_start, _) = sorted(spans)
    assert first_end <= second_start
    with base.connect() as conn:
        counts = sorted(conn.execute(sa.select(schema.crimes.c.count)).scalars())
    assert counts in ([10, 11], [20, 21])


def test_a_reader_sees_the_old_data_or_the_new_never_a_mix(base):
    assert import_files(base, [("a.csv", CRIMES_A.encode())]).written
    written = threading.Event()
    with database.read_snapshot(base) as conn:
        first = crime_total(conn)
        first_rows = conn.execute(sa.select(schema.crimes)).all()

        def writer():
            assert import_files(base, [("big.csv", BIG.encode())]).written
            written.set()

        thread = threading.Thread(target=writer)
        thread.start()
        assert written.wait(60)  # the import committed while the snapshot is open
        assert crime_total(conn) == first
        assert conn.execute(sa.select(schema.crimes)).all() == first_rows
        thread.join()
    with database.read_snapshot(base) as conn:
        assert crime_total(conn) != first


def test_readers_during_an_import_see_whole_states_only(base):
    assert import_files(base, [("a.csv", CRIMES_A.encode())]).written
    with database.read_snapshot(base) as conn:
        old = crime_total(conn)
    seen, stop = set(), threading.Event()

    def reader():
        while not stop.is_set():
            with database.read_snapshot(base) as conn:
                total = crime_total(conn)
                rows = conn.execute(sa.select(sa.func.count()).select_from(schema.crimes)).scalar()
                seen.add((total, rows))

    readers = [threading.Thread(target=reader) for _ in range(2)]
    for thread in readers:
        thread.start()
    assert import_files(base, [("big.csv", BIG.encode())]).written
    time.sleep(0.2)
    stop.set()
    for thread in readers:
        thread.join()
    with database.read_snapshot(base) as conn:
        new = (
            crime_total(conn),
            conn.execute(sa.select(sa.func.count()).select_from(schema.crimes)).scalar(),
        )
    assert seen <= {(old, 2), new}
