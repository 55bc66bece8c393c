"""Helpers for the browser tests (dash_duo on Debian's Chromium)."""

from __future__ import annotations

import os
import socket

import pytest

from cli.chromium import find_chromedriver, find_chromium

CHROMIUM = find_chromium()
CHROMEDRIVER = find_chromedriver()

needs_browser = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no Chromium: install Debian's chromium and chromium-driver to run the browser tests",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def console_errors(dash_duo) -> list[dict]:
    """Browser console entries of level SEVERE (errors), e.g. failed callbacks or 404s."""
    return [e for e in dash_duo.get_logs() or [] if e.get("level") == "SEVERE"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true")
