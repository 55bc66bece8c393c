"""Schema version 3: the crime data's first and last month kept in ``meta``.

Stored as ``crime_months`` = ``"YYYY-MM-DD/YYYY-MM-DD"`` ("" without crime data), which
the importer widens from then on; reading it from the table scans every stored cell.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))
crimes = sa.table("crimes", sa.column("month", sa.Date))


def upgrade() -> None:
    months = sa.select(sa.func.min(crimes.c.month), sa.func.max(crimes.c.month))
    first, last = op.get_bind().execute(months).one()
    # str() of a date and SQLite's stored text both start with the ISO date.
    span = f"{str(first)[:10]}/{str(last)[:10]}" if first is not None else ""
    op.execute(meta.delete().where(meta.c.key == "crime_months"))
    op.bulk_insert(meta, [{"key": "crime_months", "value": span}])
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="3"))


def downgrade() -> None:
    op.execute(meta.delete().where(meta.c.key == "crime_months"))
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="2"))
