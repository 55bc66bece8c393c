"""Settings read from the environment, with the defaults a demo on one machine needs."""

from __future__ import annotations

import functools
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
DEMO_DIR = DATA_DIR / "demo"
TEMPLATE_DIR = DATA_DIR / "templates"
DEFAULT_DB_FILE = PROJECT_DIR / "instance" / "medborgarlofte.sqlite"

log = logging.getLogger(__name__)


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
    trusted_proxies: int  # proxies in front whose X-Forwarded-* headers are believed
    public_page: bool  # /for-invanare and /oppna-data/ are served (to anyone)
    embed_origins: tuple[str, ...]  # sites that may frame /for-invanare (CSP frame-ancestors)
    open_data_licence: str  # the open data's licence: a name, optionally followed by its URL


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
        trusted_proxies=max(0, int(os.environ.get("TRUSTED_PROXIES") or "0")),
        public_page=_flag("PUBLIC_PAGE", True),
        embed_origins=origins(os.environ.get("EMBED_ORIGINS", "")),
        open_data_licence=os.environ.get("OPEN_DATA_LICENCE", "").strip() or DEFAULT_LICENCE,
    )


DEFAULT_LICENCE = "CC0 1.0 https://creativecommons.org/publicdomain/zero/1.0/"
# scheme://host[:port], the host possibly with a leading "*." (as CSP's host-source allows);
# nothing that could end the CSP directive (";", quotes, spaces) gets through.
_ORIGIN = re.compile(r"^https?://(\*\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?$")


@functools.lru_cache(maxsize=8)  # settings() runs per request: warn once per value
def origins(text: str) -> tuple[str, ...]:
    """The origins in ``text`` (separated by spaces or commas) that are well formed;
    others are dropped with a warning (a typo must not open or break the header)."""
    found = []
    for item in re.split(r"[\s,]+", text.strip()):
        if not item:
            continue
        item = item.rstrip("/")
        if _ORIGIN.match(item):
            found.append(item)
        else:
            log.warning("EMBED_ORIGINS: %r is not an origin like https://www.kommun.se", item)
    return tuple(dict.fromkeys(found))
