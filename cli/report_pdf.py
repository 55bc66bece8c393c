"""``python -m dashboard report -o rapport.pdf``: the steering-group report as a PDF.

Starts the app (``app.py``) in this process on a free loopback port, prints
``/rapport?<filters>`` with headless Chromium as A4 landscape, and stops the server.
With chromedriver (selenium, from dash[testing]) it waits until every figure is drawn
and prints through the DevTools call ``Page.printToPDF``; without it, Chromium's own
``--print-to-pdf`` with a virtual-time budget. No Chromium: ``ChromiumMissing``
(the command line exits with status 2).

This module does not import Dash itself: the app is imported only when a report is
printed.
"""

from __future__ import annotations

import base64
import importlib
import logging
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from cli.chromium import OFFLINE_FLAGS, find_chromedriver, find_chromium
from dashboard.config import PROJECT_DIR, settings

#: A4 landscape in inches (Page.printToPDF's unit) and the page margin (10 mm).
PAPER = {"paperWidth": 11.69, "paperHeight": 8.27}
MARGIN = 10 / 25.4
FLAGS = ("--headless=new", *OFFLINE_FLAGS, "--hide-scrollbars")

#: JavaScript: true once the report's graphs are all drawn and the fonts loaded.
READY_JS = """
const root = document.getElementById('report-root');
if (!root || document.fonts.status !== 'loaded') { return false; }
const expected = Number(root.dataset.figures || 0);
const drawn = Array.from(root.querySelectorAll('.js-plotly-plot'))
  .filter((g) => g._fullLayout && g.querySelector('.main-svg')).length;
return drawn >= expected;
"""


class ChromiumMissing(RuntimeError):
    """No Chromium (or Chrome) binary to print with."""


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


def _print_with_selenium(url: str, chromium: str, driver_path: str, timeout: float) -> bytes:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*FLAGS, "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get(url)
        deadline = time.monotonic() + timeout
        while not driver.execute_script(READY_JS):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the report's figures were not drawn within {timeout:.0f} s")
            time.sleep(0.25)
        time.sleep(0.5)  # let Plotly finish its last relayout
        result = driver.execute_cdp_cmd(
            "Page.printToPDF",
            {
                "landscape": True,
                "printBackground": True,
                "preferCSSPageSize": True,
                "displayHeaderFooter": False,
                "marginTop": MARGIN,
                "marginBottom": MARGIN,
                "marginLeft": MARGIN,
                "marginRight": MARGIN,
                **PAPER,
            },
        )
        return base64.b64decode(result["data"])
    finally:
        driver.quit()


def _print_with_cli(url: str, chromium: str, timeout: float) -> bytes:
    with tempfile.TemporaryDirectory(prefix="medborgarlofte-pdf-") as tmp:
        target = Path(tmp) / "report.pdf"
        command = [
            chromium,
            *FLAGS,
            "--no-pdf-header-footer",
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=30000",
            f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={target}",
            url,
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)
        return target.read_bytes()


def write_report_pdf(
    output: Path,
    params: dict[str, str],
    *,
    chromium: str | None = None,
    chromedriver: str | None = None,
    timeout: float = 120,
) -> Path:
    """Print the report for ``params`` to ``output`` (A4 landscape PDF)."""
    chromium = chromium or find_chromium()
    if not chromium:
        raise ChromiumMissing("no Chromium found")
    chromedriver = chromedriver if chromedriver is not None else find_chromedriver()
    with serve_app() as base, _view_token() as token:
        query = dict(params)
        if token:
            query["token"] = token
        url = f"{base}/rapport" + ("?" + urlencode(query) if query else "")
        if chromedriver:
            pdf = _print_with_selenium(url, chromium, chromedriver, timeout)
        else:
            pdf = _print_with_cli(url, chromium, timeout)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(pdf)
    return output


# --- command line ------------------------------------------------------------------------


def add_parser(sub) -> None:
    """Add ``report`` to the main parser's subcommands (dashboard/cli.py)."""
    rep = sub.add_parser("report", help="the steering-group report as an A4 landscape PDF")
    rep.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    rep.add_argument("--omrade", action="append", default=[], help="area (repeatable)")
    rep.add_argument("--part", help="party or partner")
    rep.add_argument("--ar", type=int, help="year of the promise")
    rep.add_argument("--till", help="status as of the end of this month (YYYY-MM)")
    rep.add_argument("--lang", dest="report_lang", default=None, help="sv (default) or en")


def cmd_report(args, lang: str) -> int:
    """Write the PDF; 0 done, 2 bad arguments, no Chromium or printing failed."""
    from dashboard import contract
    from dashboard.i18n import lang_of, t
    from dashboard.ingest.values import CellError, parse_month

    lang = lang_of(args.report_lang) if args.report_lang else lang
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
        lang=lang,
    )
    try:
        path = write_report_pdf(args.output, params)
    except ChromiumMissing:
        print(t("report.cli_no_chromium", lang), file=sys.stderr)
        return 2
    except (OSError, TimeoutError, subprocess.SubprocessError, RuntimeError) as err:
        print(t("report.cli_failed", lang, detail=str(err).strip()[:300]), file=sys.stderr)
        return 2
    print(t("report.cli_written", lang, path=str(path)))
    return 0
