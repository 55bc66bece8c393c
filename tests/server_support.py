"""Helpers for the tests that run the app as production does: gunicorn in a subprocess,
on a free port and its own SQLite database, its stderr (the JSON logs) kept in a file."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from browser_support import free_port

from dashboard import accounts
from dashboard.storage import database
from web.csrf import CSRF_FIELD

ROOT = Path(__file__).resolve().parent.parent
EDITOR, PASSWORD = "redaktor", "ett-langt-losenord-7"


@dataclass
class Gunicorn:
    process: subprocess.Popen
    port: int
    log_path: Path

    def stop(self) -> list[dict]:
        """Stop gunicorn gracefully; every line it wrote on stderr, each parsed as JSON."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.lines()

    def lines(self) -> list[dict]:
        text = self.log_path.read_text(encoding="utf-8")
        # Every whole line is JSON (json.loads raises on any other); a last line not yet
        # ended is being written.
        return [json.loads(line) for line in text.split("\n")[:-1] if line.strip()]

    def lines_once(self, ready, seconds: float = 10) -> list[dict]:
        """The lines as soon as ``ready(lines)`` holds: the access log line of a request
        is written just after its answer went out."""
        deadline = time.monotonic() + seconds
        while not ready(lines := self.lines()) and time.monotonic() < deadline:
            time.sleep(0.05)
        return lines


def start_gunicorn(folder: Path, **env: str) -> Gunicorn:
    """``gunicorn app:server`` with gunicorn.conf.py, one worker, an editor account, no
    demo data and no warm-up (quick to start); ready when ``/halsa`` answers."""
    url = f"sqlite:///{folder / 'served.sqlite'}"
    engine = database.get_engine(url)
    accounts.add_user(engine, EDITOR, "editor", PASSWORD)
    database.dispose_all()
    port = free_port()
    settings = {
        "DATABASE_URL": url,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "4",
        "GUNICORN_WARM": "0",
        "LOAD_DEMO": "0",
        "SECRET_KEY": "test-" + "k" * 40,
        "PYTHONUNBUFFERED": "1",
        "XDG_RUNTIME_DIR": str(folder),  # gunicorn ≥ 25.1's control socket: one each
    }
    log_path = folder / "gunicorn.stderr"
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "app:server"],
        cwd=ROOT,
        env={**os.environ, **settings, **env},
        stdout=subprocess.DEVNULL,
        stderr=log_path.open("wb"),
    )
    server = Gunicorn(process, port, log_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn ended:\n" + log_path.read_text(errors="replace"))
        try:
            if get(port, "/halsa").status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise RuntimeError("gunicorn did not answer in 60 s:\n" + log_path.read_text())


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def request(
    port: int,
    method: str,
    path: str,
    *,
    headers: dict | None = None,
    body: bytes | None = None,
    source: str | None = None,
) -> Answer:
    """One HTTP request to 127.0.0.1:``port``, from the loopback address ``source``."""
    conn = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(source, 0) if source else None
    )
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        conn.close()


def get(port: int, path: str, **kwargs) -> Answer:
    return request(port, "GET", path, **kwargs)


def cookies_of(answer: Answer) -> dict[str, str]:
    found = {}
    for value in answer.headers.get_all("Set-Cookie") or []:
        name, _, rest = value.partition("=")
        found[name] = rest.split(";", 1)[0]
    return found


def log_in(port: int, name: str, password: str, *, source: str | None = None, headers=None):
    """GET /login for the cookies and the form's CSRF token, then POST the form."""
    page = get(port, "/login", source=source, headers=headers)
    cookies = cookies_of(page)
    token = re.search(rf'name="{CSRF_FIELD}" value="([^"]+)"', page.text)
    form = {"name": name, "password": password, "next": "/import"}
    form[CSRF_FIELD] = token.group(1) if token else ""
    sent = {
        **(headers or {}),
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
    }
    return request(
        port, "POST", "/login", headers=sent, body=urlencode(form).encode(), source=source
    )
