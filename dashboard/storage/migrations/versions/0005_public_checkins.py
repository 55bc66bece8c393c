"""Schema version 5: a check-in's comment may be marked public (shown to the citizens).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("public", sa.Boolean, nullable=False, server_default=sa.false()))
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="5"))


def downgrade() -> None:
    with op.batch_alter_table("checkins") as batch:
        batch.drop_column("public")
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="4"))
