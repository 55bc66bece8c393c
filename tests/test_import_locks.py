"""Reading never waits for an import: while another process's import holds the write lock
(until this test lets it go), ``summary``, ``export``, ``history``, ``user list`` and every
page answer, on a database opened afresh (its schema check included). Nothing is timed: a
reader that waited for the lock would only answer once a watchdog let the import go, and
the test fails on that."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from cli import main
from dashboard import contract
from dashboard.ingest.pipeline import import_files
from dashboard.storage import cache, database

ROOT = Path(__file__).resolve().parent.parent
WATCHDOG = 300  # seconds after which the import is let go anyway (a reader waited)

# Another process's import that holds the write lock, inside its write transaction.
CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from dashboard.ingest import pipeline, writers
    from dashboard.storage import database

    apply = writers.apply_changes

    def holding(conn, changes):
        apply(conn, changes)
        print("holding", flush=True)
        sys.stdin.readline()  # until the test (or its watchdog) lets go

    writers.apply_changes = holding
    engine = database.make_engine(sys.argv[2])
    data = "månad,område,brottstyp,antal\\n2022-01,Centrum,stöld,77\\n".encode()
    result = pipeline.import_files(engine, [("lang.csv", data)], user="slow")
    print("written" if result.written else "not written", flush=True)
    """
)

PAGES = [
    ("/", ""),
    ("/trender", "?omrade=hotorget"),
    ("/omrade/centrum", ""),
    ("/loften", ""),
    ("/vaggskarm", "?tema=mork"),
    ("/rapport", ""),
    ("/import", ""),
    ("/for-invanare", ""),
    ("/jamfor", ""),
]
LATER = "månad,område,brottstyp,antal\n2022-02,Centrum,stöld,5\n"
PLAIN = ["/halsa", "/oppna-data/loften.csv", "/oppna-data/loften.json"]


def start_holder(database_url: str, tmp_path) -> tuple[subprocess.Popen, queue.Queue]:
    script = tmp_path / "holder.py"
    script.write_text(CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(ROOT), database_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(x.strip()) for x in child.stdout], daemon=True
    ).start()
    return child, lines


class Pages:
    """The real app's pages as the browser asks for them (the Flask test client)."""

    def __init__(self):
        import app as app_module
        from web import page_cache

        self.page_cache = page_cache
        self.client = app_module.app.server.test_client()
        assert self.client.get("/").status_code == 200  # session and CSRF cookies
        token = self.client.get_cookie("_csrf_token")
        self.headers = {"X-CSRFToken": token.value} if token else {}

    def render(self, path: str, search: str = ""):
        body = self.page_cache.router_request(path, search)
        return self.client.post("/_dash-update-component", json=body, headers=self.headers)

    def forget(self) -> None:
        """Nothing rendered or read before counts: every page reads the database again."""
        self.page_cache.clear()
        cache.clear()


def test_readers_answer_at_once_while_an_import_holds_the_lock(
    cli_db,
    database_url,
    tmp_path,
    capsys,
    monkeypatch,
):
    monkeypatch.setenv("OPEN_VIEWING", "1")
    assert main(["demo"]) == 0
    pages = Pages()
    for path, search in PAGES:  # first renders pay for imports and set-up, not the lock
        assert pages.render(path, search).status_code == 200, path
    child, lines = start_holder(database_url, tmp_path)
    let_go = threading.Event()

    def release(by_watchdog: bool = False) -> None:
        if by_watchdog:
            let_go.set()
        if child.poll() is None:
            child.stdin.write("go\n")
            child.stdin.flush()

    watchdog = threading.Timer(WATCHDOG, release, kwargs={"by_watchdog": True})
    try:
        assert lines.get(timeout=60) == "holding", child.stderr.read()
        watchdog.start()
        database.dispose_all()  # the commands below open the database as a new process does
        pages.forget()
        # A second import, in this process, waits for the lock all along.
        written: list = []
        engine = database.get_engine(database_url)
        writer = threading.Thread(
            target=lambda: written.append(import_files(engine, [("b.csv", LATER.encode())])),
            daemon=True,
        )
        writer.start()
        capsys.readouterr()
        commands = [["summary", "--json"], ["history", "--json"], ["user", "list"]]
        commands += [["export", kind] for kind in contract.KINDS]
        for argv in commands:
            assert main(argv) == 0, (argv, capsys.readouterr().err)
        assert '"file": "lang.csv"' not in capsys.readouterr().out  # not committed yet
        for path, search in PAGES:
            assert pages.render(path, search).status_code == 200, path
        for path in PLAIN:
            assert pages.client.get(path).status_code == 200, path
        # All of that while the lock was held: the import has not committed, and the
        # writer still waits for it.
        assert not let_go.is_set(), "a reader waited for the lock until the watchdog"
        assert child.poll() is None and writer.is_alive()
        release()
        assert lines.get(timeout=60) == "written"
        writer.join(timeout=60)
        assert written and written[0].written
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
    assert main(["history", "--json", "--limit", "2"]) == 0
    newest = [e["file"] for e in json.loads(capsys.readouterr().out)]
    assert newest == ["b.csv", "lang.csv"]  # the waiting import came after the holder's


@pytest.fixture(autouse=True)
def _no_cached_pages():
    yield
    from web import page_cache

    page_cache.clear()
    cache.clear()
