"""``python -m dashboard report -o rapport.pdf``: the steering-group report as a PDF.

Starts the app (``app.py``) in this process on a free loopback port, opens
``/rapport?<filters>`` in headless Chromium over its DevTools pipe (``cli.devtools``:
no selenium, no chromedriver), waits until every figure is drawn, prints A4 landscape
with ``Page.printToPDF`` and stops the server. Why not ``chromium --print-to-pdf``: it
cannot wait for the figures (only for a guessed time budget), prints at an 800 px window
(the figures come out narrower than the sheet) and prints an error page as if it were
the report. No Chromium: ``ChromiumMissing`` (the command line exits with status 2).

This module does not import Dash itself: the app is imported only when a report is
printed.
"""

from __future__ import annotations

import base64
import importlib
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from cli import parser as types
from cli.chromium import find_chromium
from cli.devtools import Browser, BrowserFailed
from dashboard import contract
from dashboard.config import PROJECT_DIR, settings
from dashboard.i18n import t
from dashboard.ingest.values import CellError, parse_month

#: A4 landscape in inches (Page.printToPDF's unit) and the page margin (10 mm).
PAPER = {"paperWidth": 11.69, "paperHeight": 8.27}
MARGIN = 10 / 25.4
PRINT = {
    "landscape": True,
    "printBackground": True,
    "preferCSSPageSize": True,
    "displayHeaderFooter": False,
    "marginTop": MARGIN,
    "marginBottom": MARGIN,
    "marginLeft": MARGIN,
    "marginRight": MARGIN,
    **PAPER,
}

#: JavaScript: true once the report's graphs are all drawn and the fonts loaded.
READY_JS = """(() => {
const root = document.getElementById('report-root');
if (!root || document.fonts.status !== 'loaded') { return false; }
const expected = Number(root.dataset.figures || 0);
const drawn = Array.from(root.querySelectorAll('.js-plotly-plot'))
  .filter((g) => g._fullLayout && g.querySelector('.main-svg')).length;
return drawn >= expected;
})()"""

#: Called with a catalogue key and its parameters at each step (the command line
#: prints them on stderr).
Progress = Callable[..., None]


class ChromiumMissing(RuntimeError):
    """No Chromium (or Chrome) binary to print with; ``path`` is ``$CHROMIUM`` if set."""

    def __init__(self, path: str | None):
        super().__init__(path or "no Chromium found")
        self.path = path


class ReportFailed(RuntimeError):
    """The report could not be printed: ``key`` and ``params`` say why (catalogue)."""

    def __init__(self, key: str, **params):
        super().__init__(f"{key}: {params}")
        self.key = key
        self.params = params


def report_params(
    *,
    areas: list[str] | None = None,
    part: str | None = None,
    year: int | None = None,
    till: str | None = None,
    lang: str = "sv",
) -> dict[str, str]:
    """The report page's query parameters (the same names as in the URL)."""
    params: dict[str, str] = {}
    if areas:
        params["omrade"] = ",".join(areas)
    if part:
        params["part"] = part
    if year:
        params["ar"] = str(year)
    if till:
        params["till"] = till
    if lang != "sv":
        params["lang"] = lang
    return params


def pdf_pages(data: bytes) -> int:
    """Pages of a PDF as Chromium writes it (page objects, no object streams)."""
    return len(re.findall(rb"/Type\s*/Page\b", data))


def _app_server():
    """The Flask server of ``app.py`` (imported here, not at module level), its database
    prepared."""
    if str(PROJECT_DIR) not in sys.path:
        sys.path.insert(0, str(PROJECT_DIR))
    app = importlib.import_module("app")
    app.prepare()
    return app.server


@contextmanager
def serve_app(host: str = "127.0.0.1") -> Iterator[str]:
    """Serve the app on a free port of ``host`` in a thread; yields its base URL."""
    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    server = make_server(host, 0, _app_server(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="report-server", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@contextmanager
def _view_token() -> Iterator[str | None]:
    """A read-only link token for the printing browser while viewing needs a login
    (revoked afterwards); None when viewing is open."""
    if settings().open_viewing:
        yield None
        return
    from dashboard import accounts
    from dashboard.storage import database

    engine = database.default_engine()
    token_id, token = accounts.create_token(engine, "PDF-rapport (tillfällig)", "report")
    try:
        yield token
    finally:
        accounts.revoke_token(engine, token_id)


def chromium_binary(chromium: str | None = None) -> str:
    """The browser to print with: ``chromium``, ``$CHROMIUM`` or the first on the PATH."""
    found = chromium or find_chromium()
    if not found or not os.access(found, os.X_OK):
        raise ChromiumMissing(chromium or os.environ.get("CHROMIUM") or None)
    return found


def print_pdf(url: str, chromium: str, timeout: float) -> bytes:
    """Open ``url`` in Chromium, wait until its figures are drawn, print it."""
    deadline = time.monotonic() + timeout
    try:
        with Browser(chromium) as browser:
            browser.open(url)
            while not browser.evaluate(READY_JS):
                if browser.failed_requests:
                    raise ReportFailed("cli.report_server_error", detail=browser.failed_requests[0])
                if time.monotonic() > deadline:
                    raise ReportFailed("cli.report_timeout", seconds=round(timeout))
                time.sleep(0.25)
            time.sleep(0.5)  # let Plotly finish its last relayout
            result = browser.call("Page.printToPDF", PRINT, timeout=timeout)
    except (BrowserFailed, TimeoutError) as err:
        raise ReportFailed("report.cli_failed", detail=str(err)[:300]) from None
    return base64.b64decode(result["data"])


def write_report_pdf(
    output: Path,
    params: dict[str, str],
    *,
    chromium: str | None = None,
    timeout: float = 120,
    progress: Progress | None = None,
) -> Path:
    """Print the report for ``params`` to ``output`` (A4 landscape PDF).

    ``ChromiumMissing`` without a browser, ``ReportFailed`` when printing fails (nothing
    is written then)."""
    step = progress or (lambda key, **params: None)
    chromium = chromium_binary(chromium)
    step("cli.report_starting")
    with serve_app() as base, _view_token() as token:
        query = dict(params)
        if token:
            query["token"] = token
        url = f"{base}/rapport" + ("?" + urlencode(query) if query else "")
        step("cli.report_rendering")
        pdf = print_pdf(url, chromium, timeout)
    output = Path(output)
    step("cli.report_writing", path=str(output), pages=pdf_pages(pdf))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(pdf)
    return output


# --- command line ------------------------------------------------------------------------


def add_parser(sub, common, lang: str) -> None:
    """Add ``report`` to the main parser's sub-commands."""
    rep = sub.add_parser(
        "report",
        parents=[common],
        help=t("cli.cmd_report", lang),
        description=t("cli.about_report", lang),
    )
    rep.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help=t("cli.opt_pdf", lang)
    )
    rep.add_argument(
        "--omrade",
        action="append",
        default=[],
        metavar=t("cli.meta_area", lang),
        help=t("cli.opt_omrade", lang),
    )
    rep.add_argument("--part", metavar=t("cli.meta_part", lang), help=t("cli.opt_part", lang))
    rep.add_argument(
        "--ar", type=types.year(lang), metavar=t("cli.meta_year", lang), help=t("cli.opt_ar", lang)
    )
    rep.add_argument("--till", metavar="YYYY-MM", help=t("cli.opt_till", lang))


def cmd_report(args, lang: str) -> int:
    """Write the PDF; 0 done, 2 bad arguments, no Chromium or printing failed."""
    till = None
    if args.till:
        try:
            year, month = parse_month(args.till)
        except CellError:
            print(t("report.cli_bad_month", lang, value=args.till), file=sys.stderr)
            return 2
        till = f"{year:04d}-{month:02d}"
    params = report_params(
        areas=[contract.slug(a) for a in args.omrade],
        part=args.part,
        year=args.ar,
        till=till,
    )

    def progress(key: str, **values) -> None:
        print(t(key, lang, **values), file=sys.stderr, flush=True)

    try:
        path = write_report_pdf(args.output, params, progress=progress)
    except ChromiumMissing as err:
        key = "cli.no_chromium_at" if err.path else "report.cli_no_chromium"
        print(t(key, lang, path=err.path), file=sys.stderr)
        return 2
    except ReportFailed as err:
        print(t(err.key, lang, **err.params), file=sys.stderr)
        return 2
    except OSError as err:
        print(t("cli.cannot_write", lang, detail=f"{args.output}: {err.strerror}"), file=sys.stderr)
        return 2
    print(t("report.cli_written", lang, path=str(path)))
    return 0
