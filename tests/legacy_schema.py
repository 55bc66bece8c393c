"""Databases as the code before Alembic made them (schema versions 1 to 3), with some rows.

The tables are frozen copies of the schema those versions created (``metadata.create_all``
then one ``meta.schema_version``); they must not follow later changes of ``schema.py``.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

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
    sa.UniqueConstraint("commitment_id", "day"),
)
crimes = sa.Table(
    "crimes",
    metadata,
    sa.Column("area_id", sa.ForeignKey("areas.id"), primary_key=True),
    sa.Column("month", sa.Date, primary_key=True),
    sa.Column("category", sa.String(20), primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    sa.Column("count", sa.Integer),
    sa.Index("ix_crimes_kommun_category_month", "kommun", "category", "month"),
)
surveys = sa.Table(
    "surveys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
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
)
# Version 2 added these.
users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_login", sa.DateTime),
)
view_tokens = sa.Table(
    "view_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_by", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime),
    sa.Column("last_used", sa.DateTime),
)
login_failures = sa.Table(
    "login_failures",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("last_failure", sa.DateTime, nullable=False),
)

ACCOUNT_TABLES = (users, view_tokens, login_failures)
CRIME_MONTHS = "2021-01-01/2022-04-01"  # the span of the crimes ``fill`` stores


def tables(version: int) -> list[sa.Table]:
    """The tables a database of schema ``version`` has."""
    return [t for t in metadata.sorted_tables if version > 1 or t not in ACCOUNT_TABLES]


def build(conn: Connection, version: int) -> None:
    """An empty database as the code of schema ``version`` left it on its first start."""
    metadata.create_all(conn, tables=tables(version))
    rows = [{"key": "schema_version", "value": str(version)}, {"key": "data_version", "value": "0"}]
    if version == 3:  # the crime month span of the (empty) crimes table
        rows.append({"key": "crime_months", "value": ""})
    conn.execute(meta.insert(), rows)


def fill(conn: Connection, version: int) -> None:
    """Some rows in every table, as imports (and for version 2 on, accounts) wrote them."""
    at = datetime(2022, 5, 2, 9, 30)
    conn.execute(
        areas.insert().values(kommun="Skara", population=None),
        [
            {"id": 1, "name": "Centrum", "slug": "centrum", "type": "centrum", "parent": None},
            {"id": 2, "name": "Hötorget", "slug": "hotorget", "type": None, "parent": "Centrum"},
        ],
    )
    conn.execute(
        commitments.insert(),
        {
            "id": 1,
            "kommun": "Skara",
            "year": 2022,
            "code": "P1",
            "party": "Polisen",
            "text": "Fotpatrullering",
            "indicator": "fotpatrullpass",
            "target": 150.0,
            "unit": "pass",
            "rule": "antal",
            "start": date(2022, 3, 1),
            "end": date(2022, 12, 31),
        },
    )
    conn.execute(commitment_areas.insert(), {"commitment_id": 1, "area_id": 2})
    conn.execute(commitment_partners.insert(), {"commitment_id": 1, "partner": "Fastighetsägare"})
    conn.execute(
        activities.insert(),
        {"commitment_id": 1, "day": date(2022, 4, 2), "count": 3, "area_id": 2, "comment": "kväll"},
    )
    conn.execute(
        checkins.insert(), {"commitment_id": 1, "day": date(2022, 4, 30), "status": "grön"}
    )
    conn.execute(
        crimes.insert().values(kommun="Skara"),
        [
            {"area_id": 1, "month": date(2022, 3, 1), "category": "stöld", "count": 7},
            {"area_id": 2, "month": date(2021, 1, 1), "category": "våld", "count": None},
            {"area_id": 2, "month": date(2022, 4, 1), "category": "stöld", "count": 0},
        ],
    )
    conn.execute(
        surveys.insert(),
        {
            "kommun": "Skara",
            "area_id": None,
            "year": 2021,
            "indicator": "otrygg_kvall",
            "value": 0.31,
            "scale": "andel",
            "respondents": 412,
            "sampling": "slumpmässigt",
        },
    )
    conn.execute(
        import_log.insert(),
        {
            "at": at,
            "user": "v1",
            "filename": "brott.csv",
            "sha256": "0" * 64,
            "kind": "brott",
            "rows": 3,
            "outcome": "ok",
        },
    )
    conn.execute(meta.update().where(meta.c.key == "data_version").values(value="4"))
    if version >= 2:
        conn.execute(
            users.insert(),
            {"name": "anna", "role": "editor", "password_hash": "$argon2id$x", "created_at": at},
        )
        conn.execute(
            view_tokens.insert(),
            {"label": "Korridoren", "token_hash": "f" * 64, "created_by": "anna", "created_at": at},
        )
        conn.execute(login_failures.insert(), {"key": "e" * 64, "failures": 2, "last_failure": at})
    if version >= 3:  # version 3's importer widened the span with every crime file
        conn.execute(meta.update().where(meta.c.key == "crime_months").values(value=CRIME_MONTHS))


def rows(conn: Connection, version: int) -> dict[str, list[tuple]]:
    """Every row of the tables of schema ``version``, in a stable order."""
    return {
        table.name: sorted(map(tuple, conn.execute(sa.select(table))), key=repr)
        for table in tables(version)
    }
