"""Schema version 7: area and commitment ids are never given again on SQLite.

The change history names areas and commitments by id; SQLite without AUTOINCREMENT gives
a removed row's id to the next new one, so undoing an old import could reach another
area. PostgreSQL's sequences never reuse an id: nothing to do there.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))
TABLES = ("areas", "commitments")


def _recreate(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # Rebuilt: SQLite sets AUTOINCREMENT only when a table is made. The ids are copied as
    # they are; database.migrate runs this with foreign keys off and checks every
    # reference before it commits.
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _recreate(True)
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="7"))


def downgrade() -> None:
    _recreate(False)
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="6"))
