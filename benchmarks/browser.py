"""Time until an element is on screen in headless Chromium (Debian's, via selenium), and
step 4 of ``benchmarks.run``: the gauges against an empty Dash page with the same assets.

A script installed before any page script records ``performance.now()`` (ms since
the navigation started) at the first DOM change after which ``selector`` matches.
"""

from __future__ import annotations

import time

from benchmarks.common import Server
from benchmarks.page_views import kommun_choices
from cli.chromium import find_chromedriver, find_chromium, selenium_options

WATCH = """
window.__seen = null;
new MutationObserver(function (changes, observer) {
  if (window.__seen === null && document.querySelector(%s)) {
    window.__seen = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def available() -> bool:
    return bool(find_chromium() and find_chromedriver())


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = selenium_options("--window-size=1920,1080")
    return webdriver.Chrome(service=Service(find_chromedriver()), options=options)


def time_to(browser, url: str, selector: str, timeout: float = 60) -> float:
    """Milliseconds from navigation start until ``selector`` matches in the page at ``url``."""
    import json

    script = browser.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": WATCH % json.dumps(selector)}
    )
    try:
        browser.get(url)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = browser.execute_script("return window.__seen;")
            if seen is not None:
                return float(seen)
            time.sleep(0.02)
        raise TimeoutError(f"{selector} did not appear at {url}")
    finally:
        browser.execute_cdp_cmd(
            "Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]}
        )


def compare(targets: list[tuple[str, str, str]], runs: int) -> dict:
    """Per (name, url, selector): the first load (empty cache) and the median of ``runs``
    more, the targets taking turns so that a busy machine slows them alike."""
    browser = driver()
    try:
        first, warm = {}, {name: [] for name, _, _ in targets}
        for name, url, selector in targets:
            browser.execute_cdp_cmd("Network.clearBrowserCache", {})
            first[name] = time_to(browser, url, selector)
        for _ in range(runs):
            for name, url, selector in targets:
                warm[name].append(time_to(browser, url, selector))
    finally:
        browser.quit()
    return {
        name: {
            "first_ms": round(first[name]),
            "median_ms": round(sorted(warm[name])[len(warm[name]) // 2]),
            "runs": runs,
        }
        for name, _, _ in targets
    }


def bench_browser(port: int, empty_port: int, url: str, runs: int) -> dict:
    if not available():
        return {"skipped": "no Chromium"}
    kommun = kommun_choices(url)[-1][0]
    search = "" if kommun == "Skara" else f"?kommun={kommun}"
    with Server(url, empty_port, app="benchmarks.empty_app:server"):
        return compare(
            [
                ("gauges", f"http://127.0.0.1:{port}/{search}", '[id^="gauge-"] .gauge-ring'),
                ("empty page", f"http://127.0.0.1:{empty_port}/", "#empty-ready"),
            ],
            runs,
        )
