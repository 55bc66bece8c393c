"""Structured logs: JSON lines through the standard library, from the app and from gunicorn.

An administrator greps ``'"event": "login_failed"'``: the formatter writes each record as
one JSON object with its event and fields; a real gunicorn (gunicorn.conf.py, its JSON
logger class) writes the start, its access log and the app's events that way on stderr.
"""

from __future__ import annotations

import io
import json
import logging

import pytest
from flask import Flask
from server_support import EDITOR, PASSWORD, get, log_in, start_gunicorn

from dashboard import logs
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.undo import undo_import
from web import logs as web_logs
from web import request_id
from web.logs import redact

AREAS = "område,kommun\nCentrum,Skara\n"


def formatted(record: logging.LogRecord) -> dict:
    line = logs.JsonFormatter().format(record)
    assert "\n" not in line
    return json.loads(line)


def test_an_event_is_one_json_line_with_its_fields(caplog):
    caplog.set_level(logging.INFO)
    log = logging.getLogger("test.events")
    token = logs.REQUEST_ID.set("abc123")
    try:
        logs.event(log, "login_failed", user="Åsa\n", client="10.0.0.1", name="clash", wait=0)
    finally:
        logs.REQUEST_ID.reset(token)
    line = formatted(caplog.records[0])
    assert line["event"] == "login_failed" and line["level"] == "info"
    assert line | {"user": "Åsa\n", "client": "10.0.0.1", "wait": 0} == line
    assert line["name_"] == "clash"  # a LogRecord attribute's name does not break logging
    assert line["request_id"] == "abc123" and line["logger"] == "test.events"
    assert '"event": "login_failed"' in logs.JsonFormatter().format(caplog.records[0])


def test_an_error_carries_its_traceback_and_the_request_id(caplog):
    log = logging.getLogger("test.errors")
    token = logs.REQUEST_ID.set("req-42")
    try:
        try:
            1 / 0  # noqa: B018
        except ZeroDivisionError:
            log.exception("Exception on /trender [GET]")
        line = formatted(caplog.records[0])
    finally:
        logs.REQUEST_ID.reset(token)
    assert line["event"] == "error" and line["request_id"] == "req-42"
    assert "ZeroDivisionError" in line["exception"]


def test_a_failing_request_logs_an_error_line_with_the_id_it_answers_with():
    server = Flask("failing")
    request_id.install(server)
    web_logs.install(server)

    @server.get("/boom")
    def boom():
        raise RuntimeError("the database fell over")

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        response = server.test_client().get("/boom")
    finally:
        root.removeHandler(handler)
    assert response.status_code == 500
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    error = next(line for line in lines if line.get("event") == "error")
    assert error["request_id"] == response.headers["X-Request-Id"]
    assert "the database fell over" in error["exception"] and "/boom" in error["message"]
    assert logs.REQUEST_ID.get() is None  # cleared when the request ended


def test_a_request_context_opened_inside_a_request_keeps_its_id():
    """app.py renders the pages for the validation layout in a request context of its own
    at the first request: its end must not take the id from the request around it."""
    server = Flask("nested")
    request_id.install(server)

    @server.before_request
    def _inner():
        with server.test_request_context("/"):
            pass

    @server.get("/")
    def page():
        return logs.REQUEST_ID.get() or "none"

    response = server.test_client().get("/")
    assert response.text == response.headers["X-Request-Id"] != "none"
    assert logs.REQUEST_ID.get() is None  # the request itself still clears it


def test_configure_installs_one_handler_on_stderr(capsys):
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        first = logs.configure()
        assert logs.configure() is first  # once, however often it is called
        logs.event(logging.getLogger("test.stderr"), "start", server="test")
        line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        assert line["event"] == "start" and line["server"] == "test"
    finally:
        root.handlers[:] = before
        root.setLevel(level)


def test_imports_and_undo_are_logged(engine, caplog):
    caplog.set_level(logging.INFO, logger="dashboard.ingest.pipeline")
    result = import_files(engine, [("omraden.csv", AREAS.encode())], user="anna")
    refused = import_files(engine, [("omraden.csv", b"nonsense\n1\n")], user="anna")
    undo_import(engine, result.files[0].import_id, user="bo")
    lines = [formatted(r) for r in caplog.records if getattr(r, "event", None)]
    assert [(line["event"], line["outcome"]) for line in lines] == [
        ("import", "imported"),
        ("import", "rejected"),
        ("undo", "undo"),
    ]
    first = lines[0]
    assert first["user"] == "anna" and first["file"] == "omraden.csv" and first["rows"] == 1
    assert first["kind"] == "omraden" and len(first["sha256"]) == 64
    assert first["import_id"] == result.files[0].import_id
    assert lines[1]["import_id"] == refused.files[0].import_id or lines[1]["import_id"] > 0
    assert lines[2]["undo_of"] == first["import_id"] and lines[2]["user"] == "bo"


def test_link_tokens_are_blanked_in_logged_urls():
    assert redact("token=abc&lang=en") == "token=…&lang=en"
    assert (
        redact("https://x.se/vaggskarm?lang=en&token=abc")
        == "https://x.se/vaggskarm?lang=en&token=…"
    )
    assert redact("mytoken=abc") == "mytoken=abc" and redact(None) is None


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A real gunicorn, as production runs it; stopped after the module, logs read."""
    server = start_gunicorn(tmp_path_factory.mktemp("logs"))
    yield server
    server.stop()


def test_gunicorn_writes_json_lines_on_stderr(served):
    """A failed login leaves a JSON line an administrator can grep; so does the start,
    and the access log is on, as JSON, by default."""
    failed = log_in(served.port, EDITOR, "fel-losenord-123")
    assert failed.status == 200 and "Fel användarnamn" in failed.text
    assert log_in(served.port, EDITOR, PASSWORD).status == 303
    probe = get(served.port, "/halsa?token=hemligt")
    text = served.log_path.read_text(encoding="utf-8")
    lines = served.stop()  # every line parses as JSON (else json.loads raised)
    assert '"event": "login_failed"' in text and "hemligt" not in text
    events = [line.get("event") for line in lines]
    assert {"start", "login_failed", "login_ok", "request"} <= set(events)
    start = next(line for line in lines if line.get("event") == "start")
    assert start["server"] == "gunicorn" and "served.sqlite" in start["database"]
    login_failed = next(line for line in lines if line.get("event") == "login_failed")
    assert login_failed["user"] == EDITOR and login_failed["client"] == "127.0.0.1"
    assert PASSWORD not in text and "fel-losenord-123" not in text
    access = [line for line in lines if line.get("event") == "request"]
    health = next(line for line in access if line["request_id"] == probe.headers["X-Request-Id"])
    assert health["status"] == 200 and health["path"] == "/halsa"
    assert health["query"] == "token=…" and health["client"] == "127.0.0.1"
    assert health["duration_ms"] >= 0 and health["method"] == "GET"
    # The request id of the failed login's answer is in its log line.
    posts = [line for line in access if line["method"] == "POST" and line["path"] == "/login"]
    assert login_failed["request_id"] == posts[0]["request_id"]
