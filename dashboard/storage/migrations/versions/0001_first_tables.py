"""Schema version 1: areas, commitments and their reports, crimes, surveys, the import log.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(255), nullable=False),
    )
    op.create_table(
        "areas",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kommun", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("type", sa.String(100)),
        sa.Column("parent", sa.String(200)),
        sa.Column("population", sa.Integer),
        sa.UniqueConstraint("kommun", "name"),
    )
    op.create_index("ix_areas_kommun_slug", "areas", ["kommun", "slug"])
    op.create_table(
        "commitments",
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
    op.create_table(
        "commitment_areas",
        sa.Column("commitment_id", sa.Integer, sa.ForeignKey("commitments.id"), primary_key=True),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("areas.id"), primary_key=True),
    )
    op.create_table(
        "commitment_partners",
        sa.Column("commitment_id", sa.Integer, sa.ForeignKey("commitments.id"), primary_key=True),
        sa.Column("partner", sa.String(200), primary_key=True),
    )
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("commitment_id", sa.Integer, sa.ForeignKey("commitments.id"), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("areas.id")),
        sa.Column("performed_by", sa.String(200)),
        sa.Column("comment", sa.Text),
    )
    op.create_index("ix_activities_commitment_day", "activities", ["commitment_id", "day"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("commitment_id", sa.Integer, sa.ForeignKey("commitments.id"), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("comment", sa.Text),
        sa.UniqueConstraint("commitment_id", "day"),
    )
    op.create_table(
        "crimes",
        sa.Column("area_id", sa.Integer, sa.ForeignKey("areas.id"), primary_key=True),
        sa.Column("month", sa.Date, primary_key=True),
        sa.Column("category", sa.String(20), primary_key=True),
        sa.Column("kommun", sa.String(100), nullable=False),
        sa.Column("count", sa.Integer),
    )
    op.create_index("ix_crimes_kommun_category_month", "crimes", ["kommun", "category", "month"])
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kommun", sa.String(100), nullable=False),
        sa.Column("area_id", sa.Integer, sa.ForeignKey("areas.id")),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("indicator", sa.String(200), nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("scale", sa.String(10), nullable=False),
        sa.Column("respondents", sa.Integer),
        sa.Column("sampling", sa.String(20)),
    )
    op.create_index("ix_surveys_kommun_indicator", "surveys", ["kommun", "indicator", "year"])
    op.create_table(
        "import_log",
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
    op.bulk_insert(
        meta,
        [{"key": "schema_version", "value": "1"}, {"key": "data_version", "value": "0"}],
    )


def downgrade() -> None:
    for table in (
        "import_log",
        "surveys",
        "crimes",
        "checkins",
        "activities",
        "commitment_partners",
        "commitment_areas",
        "commitments",
        "areas",
        "meta",
    ):
        op.drop_table(table)
