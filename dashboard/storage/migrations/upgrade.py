"""Bring a database to the newest revision with Alembic, on the caller's connection."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

from dashboard.storage.migrations import version


def alembic_config(conn: Connection) -> Config:
    """Alembic's configuration without an ini file; ``env.py`` runs on ``conn``."""
    config = Config()
    # ConfigParser would read a "%" in the path as interpolation.
    config.set_main_option("script_location", str(Path(__file__).parent).replace("%", "%%"))
    config.attributes["connection"] = conn
    return config


def to_head(conn: Connection) -> None:
    """Upgrade to ``version.HEAD`` inside the caller's write transaction, keeping all data."""
    if version.at_head(conn):  # another process may have upgraded it meanwhile
        return
    revision = version.current(conn)
    config = alembic_config(conn)
    has_version_table = sa.inspect(conn).has_table(version.VERSION_TABLE)
    if revision is None and has_version_table:
        command.stamp(config, "base", purge=True)  # left behind by a drop_all of the tables
    elif revision is not None and not has_version_table:
        command.stamp(config, revision)  # made before Alembic
    command.upgrade(config, "head")
