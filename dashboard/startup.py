"""Start-up: make sure the database exists, is migrated, and has data to show.

Run before serving, never on import: by ``app.prepare()`` (``python app.py``, the PDF
report) and by gunicorn.conf.py's ``on_starting`` in the master.
"""

from __future__ import annotations

import logging

from dashboard.config import DEMO_DIR, settings
from dashboard.ingest.pipeline import import_files
from dashboard.storage import database

log = logging.getLogger(__name__)


def load_demo(engine) -> bool:
    """Import the bundled demo data; True if anything changed."""
    files = [(p.name, p.read_bytes()) for p in sorted(DEMO_DIR.glob("*.csv"))]
    result = import_files(engine, files, user="demo")
    if not result.ok:  # the bundled files are tested; this would be a packaging error
        raise RuntimeError("\n".join(result.messages("en")))
    return result.written


def prepare_database():
    """Open (and migrate) the configured database; load the demo data into an empty one."""
    engine = database.default_engine()
    if settings().load_demo_if_empty:
        with database.read_snapshot(engine) as conn:
            empty = database.is_empty(conn)
        if empty:
            log.info("Empty database: loading the demo data from %s", DEMO_DIR.name)
            load_demo(engine)
    return engine
