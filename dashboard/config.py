"""Settings read from the environment, with the defaults a demo on one machine needs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
DEMO_DIR = DATA_DIR / "demo"
TEMPLATE_DIR = DATA_DIR / "templates"
DEFAULT_DB_FILE = PROJECT_DIR / "instance" / "medborgarlofte.sqlite"


@dataclass(frozen=True)
class Settings:
    """Runtime settings; see the README's Configuration section."""

    database_url: str
    kommun: str
    host: str
    port: int
    open_viewing: bool
    upload_limit_mb: int
    load_demo_if_empty: bool
    secure_cookies: bool  # cookies only over https (set behind a TLS proxy)
    secret_key: str | None  # signs sessions; None: generated once beside the database
    session_hours: int  # how long a login lasts
    accessibility_contact: str  # where to report accessibility problems (e-mail), or ""


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in ("1", "true", "yes", "ja", "on")


def settings() -> Settings:
    """Read the settings from the environment now (tests change it between calls)."""
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_DB_FILE}",
        kommun=os.environ.get("KOMMUN", "Skara"),
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8050")),
        open_viewing=_flag("OPEN_VIEWING", True),
        upload_limit_mb=int(os.environ.get("UPLOAD_LIMIT_MB", "20")),
        load_demo_if_empty=_flag("LOAD_DEMO", True),
        secure_cookies=_flag("SECURE_COOKIES", False),
        secret_key=os.environ.get("SECRET_KEY") or None,
        session_hours=int(os.environ.get("SESSION_HOURS", "12")),
        accessibility_contact=os.environ.get("ACCESSIBILITY_CONTACT", "").strip(),
    )
