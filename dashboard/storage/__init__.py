"""Storage: the database and nothing above it.

``schema`` (the tables), ``migrations`` (Alembic revisions that build and upgrade them),
``database`` (engines, transactions, migration on first use, the data version),
``queries`` (the reads every view makes, aggregated in SQL), ``cache`` (answers kept
per data version), ``copy`` (SQLite to PostgreSQL). May import ``contract``, ``config``
and Alembic; never ``ingest``, ``analysis``, ``figures`` or ``pages``.
"""
