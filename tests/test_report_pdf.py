"""``report -o rapport.pdf`` from a runtime install: Chromium over its DevTools pipe (no
selenium, no chromedriver), progress on stderr, refusals with exit status 2.

The full report's sheets are checked in tests/test_report.py; here the printing itself:
a page that says it is ready, one whose server fails, one that never gets ready."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cli.chromium import find_chromium
from cli.commands import main
from cli.devtools import Browser
from cli.report_pdf import ReportFailed, pdf_pages, print_pdf

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    not CHROMIUM, reason="no Chromium: install Debian's chromium to print PDFs"
)

SHEET = '<section style="break-after: page">Sheet {n}</section>'
PAGES = {
    # Two sheets and a report root that expects no figures: ready at once.
    "/ready": f'<div id="report-root" data-figures="0">{SHEET.format(n=1)}{SHEET.format(n=2)}</div>',
    # Waits for a figure its server fails to give.
    "/broken": '<div id="report-root" data-figures="1"></div>'
    "<script>fetch('/_dash-update-component', {method: 'POST'})</script>",
    # Waits for a figure that never comes.
    "/never": '<div id="report-root" data-figures="1"></div>',
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGES.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(f"<!doctype html><html><body>{body or ''}</body></html>".encode())

    def do_POST(self):
        self.send_response(500)
        self.end_headers()

    def log_message(self, *args):  # quiet
        pass


@contextmanager
def pages() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- no Chromium: exit 2 and what to do, before anything starts -----------------------------


def test_missing_chromium_says_what_to_do(monkeypatch, tmp_path, capsys):
    target = tmp_path / "rapport.pdf"
    absent = tmp_path / "no-such-chromium"
    monkeypatch.setenv("CHROMIUM", str(absent))
    code, out, err = run(capsys, "report", "-o", str(target))
    assert code == 2 and out == ""
    assert f"Chromium saknas: CHROMIUM anger {absent}, som inte finns" in err
    assert "Startar appen" not in err and not target.exists()
    code, _, err = run(capsys, "--lang", "en", "report", "-o", str(target))
    assert code == 2 and f"CHROMIUM names {absent}, which does not exist" in err
    not_a_program = tmp_path / "chromium"
    not_a_program.write_text("#!/bin/sh\n")  # not executable
    monkeypatch.setenv("CHROMIUM", str(not_a_program))
    assert run(capsys, "report", "-o", str(target))[0] == 2
    # Neither CHROMIUM nor a Chromium on the PATH.
    monkeypatch.delenv("CHROMIUM")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, _, err = run(capsys, "report", "-o", str(target), "--lang", "en")
    assert code == 2 and "Chromium is missing: install chromium" in err
    assert not target.exists()


# --- printing over the DevTools pipe --------------------------------------------------------


@needs_chromium
def test_prints_a_ready_page_and_reports_failures():
    with pages() as base:
        pdf = print_pdf(f"{base}/ready", CHROMIUM, timeout=60)
        assert pdf.startswith(b"%PDF-") and pdf_pages(pdf) == 2
        with pytest.raises(ReportFailed) as failed:
            print_pdf(f"{base}/broken", CHROMIUM, timeout=60)
        assert failed.value.key == "cli.report_server_error"
        assert failed.value.params["detail"].startswith("500 http://127.0.0.1:")
        with pytest.raises(ReportFailed) as slow:
            print_pdf(f"{base}/never", CHROMIUM, timeout=2)
        assert slow.value.key == "cli.report_timeout" and slow.value.params == {"seconds": 2}
    with pytest.raises(ReportFailed) as gone:  # the server has stopped
        print_pdf(f"{base}/ready", CHROMIUM, timeout=30)
    assert gone.value.key == "report.cli_failed" and "ERR_CONNECTION_REFUSED" in str(gone.value)


@needs_chromium
def test_browser_answers_and_quits():
    with Browser(CHROMIUM) as browser:
        browser.open("about:blank")
        assert browser.evaluate("6 * 7") == 42
        pid = browser._pid
    with pytest.raises(ChildProcessError):  # reaped, not left behind
        os.waitpid(pid, 0)


# --- the command end to end -----------------------------------------------------------------


@pytest.mark.browser
@needs_chromium
def test_report_command_writes_a_pdf_and_says_how_far_it_is(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "selenium", None)  # a runtime install has none
    target = tmp_path / "out" / "rapport.pdf"
    code, out, err = run(capsys, "report", "-o", str(target), "--part", "Polisen", "--lang", "en")
    assert code == 0, err
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = pdf_pages(data)
    # cover, summary, the police's three commitments, two trend sheets, three focus areas
    assert pages == 10
    progress = [line for line in err.splitlines() if not line.startswith("{")]  # JSON logs
    assert progress == [
        "Starting the app …",
        "Rendering the report in Chromium …",
        f"Writing {target} ({pages} pages)",
    ]
    assert out.strip() == f"The report was written to {target}"
