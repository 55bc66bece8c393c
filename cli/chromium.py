"""Headless Chromium on a closed network: where it is, and the flags that keep it home.

Used by the PDF report, the browser tests, the benchmarks and the screenshot script.
Without the background-networking flags Chromium keeps trying to reach Google's hosts,
which a municipal network (and CI) refuses.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

#: Flags for any automated Chromium here: as root, without a GPU, never reaching outside.
OFFLINE_FLAGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def find_chromium() -> str | None:
    """``$CHROMIUM``, else the first Chromium or Chrome on the PATH."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def find_chromedriver() -> str | None:
    """``$CHROMEDRIVER``, else ``chromedriver`` on the PATH."""
    return os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")


def selenium_options(*extra: str, headless: bool = True):
    """Selenium ChromeOptions with the offline flags (selenium is a test/dev dependency)."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    binary = find_chromium()
    if binary:
        options.binary_location = binary
    for flag in (*(("--headless=new",) if headless else ()), *OFFLINE_FLAGS, *extra):
        options.add_argument(flag)
    return options
