"""Schema version 6: the statistics agency's yearly figures per kommun and for the nation.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    op.create_table(
        "kommun_stats",
        sa.Column("region", sa.String(4), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("category", sa.String(20), primary_key=True),
        sa.Column("count", sa.Integer),
        sa.Column("per_100000", sa.Float),
        sa.Column("population", sa.Integer),
    )
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="6"))


def downgrade() -> None:
    op.drop_table("kommun_stats")
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="5"))
