"""Schema version 4: the change history of every import, undo, and revocable accounts.

``import_changes`` keeps each figure an import added, changed or removed (its key, its
values before and after), so that an import can be undone and a meeting can see what
changed since the last one; ``import_log`` names undos and what they undid. Accounts get
the kommuner they may change, a session version that ends every session of the account
when bumped, and ids that are never given again (SQLite's AUTOINCREMENT).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("import_log") as batch:
        batch.add_column(sa.Column("undo_of", sa.Integer))
        batch.add_column(sa.Column("undone_by", sa.Integer))
    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("import_log.id"), nullable=False),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
    )
    op.create_index("ix_import_changes_import", "import_changes", ["import_id"])
    # recreate: SQLite sets AUTOINCREMENT only when a table is made.
    with op.batch_alter_table(
        "users", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("kommuner", sa.Text))
        batch.add_column(
            sa.Column("session_version", sa.Integer, nullable=False, server_default="0")
        )
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="4"))


def downgrade() -> None:
    with op.batch_alter_table("users", recreate="always") as batch:
        batch.drop_column("session_version")
        batch.drop_column("kommuner")
    op.drop_index("ix_import_changes_import", "import_changes")
    op.drop_table("import_changes")
    with op.batch_alter_table("import_log") as batch:
        batch.drop_column("undone_by")
        batch.drop_column("undo_of")
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="3"))
