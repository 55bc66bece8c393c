"""The tables: SQLAlchemy Core metadata of every stored fact (no engine, no queries).

Crimes are stored aggregated per area, month and category, which is what every view
asks for. The schema changes only through a migration (``storage.migrations``).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)

areas = sa.Table(
    "areas",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("slug", sa.String(200), nullable=False),
    sa.Column("type", sa.String(100)),
    sa.Column("parent", sa.String(200)),
    sa.Column("population", sa.Integer),
    sa.UniqueConstraint("kommun", "name"),
    sa.Index("ix_areas_kommun_slug", "kommun", "slug"),
    # Version 7: an id is never given again (SQLite reuses the highest otherwise), so the
    # change history, which names areas by id, can never point at another area.
    sqlite_autoincrement=True,
)

commitments = sa.Table(
    "commitments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("party", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("indicator", sa.Text, nullable=False),
    sa.Column("target", sa.Float, nullable=False),
    sa.Column("unit", sa.String(200)),
    sa.Column("rule", sa.String(20), nullable=False),
    sa.Column("start", sa.Date, nullable=False),
    sa.Column("end", sa.Date, nullable=False),
    sa.UniqueConstraint("kommun", "year", "code"),
    sqlite_autoincrement=True,  # version 7, as for areas
)

commitment_areas = sa.Table(
    "commitment_areas",
    metadata,
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), primary_key=True),
    sa.Column("area_id", sa.ForeignKey("areas.id"), primary_key=True),
)

commitment_partners = sa.Table(
    "commitment_partners",
    metadata,
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), primary_key=True),
    sa.Column("partner", sa.String(200), primary_key=True),
)

activities = sa.Table(
    "activities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Column("area_id", sa.ForeignKey("areas.id")),
    sa.Column("performed_by", sa.String(200)),
    sa.Column("comment", sa.Text),
    sa.Index("ix_activities_commitment_day", "commitment_id", "day"),
)

checkins = sa.Table(
    "checkins",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("comment", sa.Text),
    # Version 5: whether the comment may be shown to the citizens (/for-invanare, open data).
    sa.Column("public", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("commitment_id", "day"),
)

crimes = sa.Table(
    "crimes",
    metadata,
    sa.Column("area_id", sa.ForeignKey("areas.id"), primary_key=True),
    sa.Column("month", sa.Date, primary_key=True),
    sa.Column("category", sa.String(20), primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    # NULL: not published (".." in the file) – never confused with zero.
    sa.Column("count", sa.Integer),
    sa.Index("ix_crimes_kommun_category_month", "kommun", "category", "month"),
)

surveys = sa.Table(
    "surveys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    # NULL area: the whole municipality.
    sa.Column("area_id", sa.ForeignKey("areas.id")),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("indicator", sa.String(200), nullable=False),
    sa.Column("value", sa.Float),
    sa.Column("scale", sa.String(10), nullable=False),
    sa.Column("respondents", sa.Integer),
    sa.Column("sampling", sa.String(20)),
    sa.Index("ix_surveys_kommun_indicator", "kommun", "indicator", "year"),
)

import_log = sa.Table(
    "import_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("user", sa.String(100), nullable=False),
    sa.Column("filename", sa.String(255), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("rows", sa.Integer, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("message", sa.Text),
    # Version 4: an undo is an import of its own that names the one it undid, and the
    # undone import names its undo.
    sa.Column("undo_of", sa.Integer),
    sa.Column("undone_by", sa.Integer),
)

# --- version 2: accounts, wall-screen link tokens, failed-login backoff ---------

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),  # editor | reporter | viewer
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_login", sa.DateTime),
    # Version 4: the kommuner the account may change ("Skara|Götene"; NULL: all), and a
    # counter that every logout, removal, demotion and password change bumps: a session
    # holds the counter it was made with and ends when it differs.
    sa.Column("kommuner", sa.Text),
    sa.Column("session_version", sa.Integer, nullable=False, server_default="0"),
    # An id is never given again after a removal (SQLite reuses the highest otherwise),
    # so nothing that names an old account can reach a new one.
    sqlite_autoincrement=True,
)

view_tokens = sa.Table(
    "view_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("label", sa.String(200), nullable=False),
    # SHA-256 of the token: the token itself is shown once and never stored.
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_by", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime),
    sa.Column("last_used", sa.DateTime),
)

login_failures = sa.Table(
    "login_failures",
    metadata,
    # SHA-256 of "user name|client address": no plain addresses kept.
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("last_failure", sa.DateTime, nullable=False),
)

ACCOUNT_TABLES = (users, view_tokens, login_failures)

# --- version 4: what every import changed, figure by figure (undo, "what changed") --

import_changes = sa.Table(
    "import_changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("import_id", sa.ForeignKey("import_log.id"), nullable=False),
    sa.Column("tbl", sa.String(30), nullable=False),
    # JSON arrays: the figure's natural key in its table, its values before and after
    # (NULL before: it was new; NULL after: it was removed).
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("old", sa.Text),
    sa.Column("new", sa.Text),
    sa.Index("ix_import_changes_import", "import_id"),
)

# --- version 6: official yearly statistics per kommun (the statistics agency's files) --

kommun_stats = sa.Table(
    "kommun_stats",
    metadata,
    # SCB's four-digit kommun code ("1495" Skara), or "00" for the nation (Hela landet).
    sa.Column("region", sa.String(4), primary_key=True),
    sa.Column("year", sa.Integer, primary_key=True),
    # The contract's crime categories, or "samtliga" for all crimes.
    sa.Column("category", sa.String(20), primary_key=True),
    # NULL: not published (".." in the file) – never confused with zero.
    sa.Column("count", sa.Integer),
    sa.Column("per_100000", sa.Float),
    sa.Column("population", sa.Integer),
)
