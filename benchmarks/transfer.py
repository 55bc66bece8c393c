"""Bytes over the wire on a first visit: every request a fresh headless Chromium makes.

``python -m benchmarks.transfer [--scale S] [--port N] [PATH ...]`` starts the server as
in production (``gunicorn app:server``), opens each path in a browser with an empty
cache and sums what Chromium's network log reports for every request until the page
has drawn: ``encodedDataLength`` of ``Network.loadingFinished``, the bytes as received
(compressed bodies and the response headers). Step 6 of ``benchmarks.run``; on its own
it starts a server of its own on ``--port`` (default 8068) with the scale's data.

The budgets are issue 15's: ``/`` at most 700 kB, ``/trender`` at most 2.2 MB.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.common import DEFAULT_WORK, SCALES, Server, ensure_scale
from cli.chromium import find_chromedriver, find_chromium, selenium_options

BUDGETS = {"/": 700_000, "/trender": 2_200_000}

#: True once a Dash page has drawn: content, no callback pending, every graph drawn.
DRAWN_JS = """
if (document.readyState !== 'complete') return false;
const content = document.getElementById('_pages_content');
if (!content || !content.children.length) return false;
if (document.querySelector('[data-dash-is-loading="true"]')) return false;
return Array.from(document.querySelectorAll('.dash-graph'))
  .every((g) => g.querySelector('.main-svg'));
"""


def available() -> bool:
    return bool(find_chromium() and find_chromedriver())


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = selenium_options("--window-size=1920,1080")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service(find_chromedriver()), options=options)


def _network_events(browser) -> list[dict]:
    events = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"].startswith("Network."):
            events.append(message)
    return events


def first_visit(browser, url: str, timeout: float = 60) -> dict:
    """Bytes received and requests made by a fresh browser opening ``url`` until drawn."""
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    browser.execute_cdp_cmd("Network.clearBrowserCookies", {})
    _network_events(browser)  # drop what came before
    browser.get(url)
    deadline = time.monotonic() + timeout
    while not browser.execute_script(DRAWN_JS):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not draw within {timeout} s")
        time.sleep(0.05)
    time.sleep(0.5)  # requests started by the drawing (e.g. a lazily loaded bundle)
    urls, received = {}, {}
    for event in _network_events(browser):
        params = event["params"]
        if event["method"] == "Network.responseReceived":
            urls[params["requestId"]] = params["response"]["url"]
        elif event["method"] == "Network.loadingFinished":
            received[params["requestId"]] = params["encodedDataLength"]
    per_request = sorted(
        ((urls.get(rid, rid), size) for rid, size in received.items()), key=lambda x: -x[1]
    )
    return {
        "bytes": sum(received.values()),
        "requests": len(received),
        "largest": [
            {"url": u.split("?")[0].rsplit("/", 1)[-1], "bytes": s} for u, s in per_request[:5]
        ],
    }


def bench_transfer(port: int, paths: tuple[str, ...] = tuple(BUDGETS)) -> dict:
    """Per path: bytes and requests of a first visit against a running server."""
    if not available():
        return {"skipped": "no Chromium"}
    browser = _driver()
    try:
        return {path: first_visit(browser, f"http://127.0.0.1:{port}{path}") for path in paths}
    finally:
        browser.quit()


def table(result: dict) -> str:
    """The first visits against their budgets, as a Markdown table."""
    lines = ["| first visit | bytes received | requests | budget |", "|---|---|---|---|"]
    for path, found in result.items():
        if not isinstance(found, dict) or "bytes" not in found:
            continue
        budget = BUDGETS.get(path.split("?")[0])
        verdict = "–"
        if budget is not None:
            met = "met" if found["bytes"] <= budget else "MISSED"
            verdict = f"≤ {budget / 1000:.0f} kB: {met}"
        lines.append(
            f"| `{path}` | {found['bytes'] / 1000:.0f} kB | {found['requests']} | {verdict} |"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.transfer", description=__doc__)
    parser.add_argument("paths", nargs="*", default=list(BUDGETS))
    parser.add_argument("--scale", choices=SCALES, default="skara")
    parser.add_argument("--work", default=str(DEFAULT_WORK))
    parser.add_argument("--port", type=int, default=8068)
    args = parser.parse_args(argv)
    url = ensure_scale(Path(args.work), args.scale, log=lambda m: print(m, file=sys.stderr))
    with Server(url, args.port):
        result = bench_transfer(args.port, tuple(args.paths))
    print(json.dumps(result, indent=1))
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
