"""Screenshot pages of a running app in headless Chromium and print the browser's console.

    python scripts/screenshot.py http://127.0.0.1:8050/ out.png [--size 1920x1080] [--wait 4]

Several ``URL PNG`` pairs may follow each other. Needs Debian's chromium and
chromium-driver (selenium comes with dash[testing]).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Run as a script from anywhere: the project's own modules are one folder up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from cli.chromium import find_chromedriver, selenium_options


def driver(width: int, height: int) -> webdriver.Chrome:
    """A headless Chromium that never reaches outside (dashboard.chromium)."""
    options = selenium_options(f"--window-size={width},{height}", "--hide-scrollbars")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(find_chromedriver()), options=options)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pairs", nargs="+", help="URL PNG [URL PNG ...]")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--wait", type=float, default=4.0)
    parser.add_argument("--full", action="store_true", help="capture the whole page height")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    browser = driver(width, height)
    try:
        for url, png in zip(args.pairs[::2], args.pairs[1::2], strict=True):
            browser.set_window_size(width, height)
            browser.get(url)
            time.sleep(args.wait)
            if args.full:
                total = browser.execute_script("return document.body.scrollHeight")
                browser.set_window_size(width, max(height, total))
                time.sleep(0.5)
            browser.save_screenshot(png)
            for entry in browser.get_log("browser"):
                print(f"{url}: console {entry['level']}: {entry['message'][:300]}")
            print(f"{url} -> {png}")
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
