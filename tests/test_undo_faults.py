"""A process killed during an import or an undo leaves the state before or after it,
never between, and a committed import or undo always has its log row and its change
history.

The child process dies with ``os._exit`` (no clean-up at all) at a chosen point: right
after the first table is written, right after the history of the change is written (the
log row is in, the commit is not), or right after the commit; and at random moments.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from import_support import (
    assert_history_consistent,
    data_state,
    kept_changes,
    log_rows,
    run,
)

from dashboard.ingest.pipeline import import_files
from dashboard.ingest.undo import undo_import

ROOT = Path(__file__).resolve().parent.parent

BIG = "månad,område,brottstyp,antal\n" + "".join(
    f"{y}-{m:02d},{a},{c},{(y * m) % 23}\n"
    for y in range(2015, 2023)
    for m in range(1, 13)
    for a in ("Centrum", "Hötorget", "Busstationen", "Brogården")
    for c in ("stöld", "narkotika", "våld", "inbrott")
)
# A file that the big one partly replaces, and some surveys, so that the big file
# changes stored figures as well as adding new ones.
EARLIER = "månad,område,brottstyp,antal\n2022-03,Centrum,stöld,100\n2022-04,Centrum,stöld,101\n"
SURVEYS = (
    "år,område,indikator,värde,skala,antal_svar,urval\n"
    "2022,Skara,otrygg_kvall,30,andel,800,slumpmässigt\n"
)

CHILD = textwrap.dedent(
    """
    import contextlib, os, sys, threading
    sys.path.insert(0, sys.argv[1])
    from dashboard.ingest import history, pipeline, undo, writers
    from dashboard.storage import database

    url, action, where, argument = sys.argv[2:6]

    def die():
        print("dying", flush=True)
        os._exit(9)

    if where == "written":  # inside the write transaction, after the first table
        apply = writers.apply_changes
        def dying_apply(conn, changes):
            apply(conn, changes)
            die()
        writers.apply_changes = dying_apply
    elif where == "logged":  # the log row and the change history in, not committed
        record = history.record
        def dying_record(conn, import_id, changes):
            record(conn, import_id, changes)
            die()
        history.record = dying_record
    elif where == "committed":  # right after the commit
        transaction = database.write_transaction
        @contextlib.contextmanager
        def dying_transaction(engine):
            with transaction(engine) as conn:
                yield conn
            die()
        database.write_transaction = dying_transaction

    engine = database.make_engine(url)
    print("started", flush=True)
    if where not in ("written", "logged", "committed"):  # a delay: wherever the work is
        threading.Timer(float(where), die).start()
    if action == "import":
        data = open(argument, "rb").read()
        pipeline.import_files(engine, [("big.csv", data)], user="killed")
    else:
        undo.undo_import(engine, int(argument), user="killed")
    print("done", flush=True)
    os._exit(0)
    """
)


@pytest.fixture
def stocked(base):
    assert run(base, EARLIER).written and run(base, SURVEYS, name="enkat.csv").written
    return base


def child(engine, database_url: str, tmp_path, action: str, where: str, argument: str):
    """Run the child to its death (or its end); its exit status."""
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    engine.dispose()  # the child gets the database to itself, as another server would
    done = subprocess.run(
        [sys.executable, str(script), str(ROOT), database_url, action, where, argument],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "started" in done.stdout, done.stderr
    assert done.returncode in (0, 9), done.stderr
    return done.returncode


def outcome(engine, logged_before: int, states: dict) -> str:
    """Which of ``states`` (name → data state) the database is in, checked whole; and
    what was committed is logged with its history, what was not left no log row."""
    assert_history_consistent(engine)
    state = data_state(engine)
    names = [name for name, expected in states.items() if state == expected]
    assert len(names) == 1, "the state is neither before nor after"
    new_rows = [row for row in log_rows(engine)[logged_before:]]
    written = [row for row in new_rows if row.outcome in ("imported", "undo")]
    assert bool(written) == (names[0] == "after"), (names, new_rows)
    return names[0]


def import_states(engine, tmp_path) -> tuple[dict, int, str]:
    """The states before and after importing BIG (learnt by importing and undoing it),
    the number of figures it changes, and its file for the child."""
    before = data_state(engine)
    result = import_files(engine, [("big.csv", BIG.encode())], user="parent")
    after = data_state(engine)
    changed = len(result.files[0].changes.changes)
    assert undo_import(engine, result.files[0].import_id, user="parent").ok
    assert data_state(engine) == before
    path = tmp_path / "big.csv"
    path.write_text(BIG, encoding="utf-8")
    return {"before": before, "after": after}, changed, str(path)


@pytest.mark.parametrize(
    ("where", "expected"), [("written", "before"), ("logged", "before"), ("committed", "after")]
)
def test_an_import_killed_leaves_before_or_after(stocked, database_url, tmp_path, where, expected):
    states, changed, path = import_states(stocked, tmp_path)
    logged = len(log_rows(stocked))
    assert child(stocked, database_url, tmp_path, "import", where, path) == 9
    assert outcome(stocked, logged, states) == expected
    if expected == "after":
        (row,) = log_rows(stocked)[logged:]
        assert (row.outcome, row.user, row.filename) == ("imported", "killed", "big.csv")
        assert kept_changes(stocked)[row.id] == changed
    # The lock died with the process: the next write goes through, and the file again
    # brings the same state.
    assert import_files(stocked, [("big.csv", BIG.encode())]).ok
    assert data_state(stocked) == states["after"]


@pytest.mark.parametrize(
    ("where", "expected"), [("written", "before"), ("logged", "before"), ("committed", "after")]
)
def test_an_undo_killed_leaves_before_or_after(stocked, database_url, tmp_path, where, expected):
    start = data_state(stocked)
    result = import_files(stocked, [("big.csv", BIG.encode())], user="parent")
    target = result.files[0].import_id
    states = {"before": data_state(stocked), "after": start}
    logged = len(log_rows(stocked))
    assert child(stocked, database_url, tmp_path, "undo", where, str(target)) == 9
    assert outcome(stocked, logged, states) == expected
    rows = {row.id: row for row in log_rows(stocked)}
    if expected == "after":
        (undo,) = log_rows(stocked)[logged:]
        assert (undo.outcome, undo.undo_of, rows[target].undone_by) == ("undo", target, undo.id)
        assert kept_changes(stocked)[undo.id] == kept_changes(stocked)[target]
    else:
        assert rows[target].undone_by is None
        assert undo_import(stocked, target, user="parent").ok  # it can still be undone
        assert data_state(stocked) == start


@pytest.mark.parametrize("action", ["import", "undo"])
def test_killed_at_random_moments_never_between(stocked, database_url, tmp_path, action):
    states, _, path = import_states(stocked, tmp_path)
    for delay in ("0.05", "0.2", "1.0"):
        if action == "undo":  # each trial undoes an import of its own
            if data_state(stocked) == states["before"]:
                assert import_files(stocked, [("big.csv", BIG.encode())]).written
            target = log_rows(stocked)[-1].id
            trial = {"before": states["after"], "after": states["before"]}
            argument = str(target)
        else:
            if data_state(stocked) == states["after"]:
                undone = undo_import(stocked, log_rows(stocked)[-1].id, user="parent")
                assert undone.ok, undone.message("en")
            trial, argument = states, path
        logged = len(log_rows(stocked))
        child(stocked, database_url, tmp_path, action, delay, argument)
        outcome(stocked, logged, trial)  # before or after, whichever it is
