"""Alembic's environment: runs the revisions on the connection ``upgrade`` passes in.

Online only, inside the caller's transaction (Alembic then neither begins nor commits).
"""

from __future__ import annotations

from alembic import context

from dashboard.storage.schema import metadata

if context.is_offline_mode():
    raise RuntimeError("the migrations run on a connection; SQL scripts are not supported")

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite changes most of a table only by copying it: a revision that alters one
    # uses op.batch_alter_table, as Alembic renders it with this flag.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
