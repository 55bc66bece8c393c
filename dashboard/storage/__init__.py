"""Storage: the database and nothing above it.

``schema`` (the tables), ``database`` (engines, transactions, schema and data version),
``queries`` (the reads every view makes, aggregated in SQL), ``cache`` (answers kept
per data version), ``copy`` (SQLite to PostgreSQL). May import ``contract`` and
``config``; never ``ingest``, ``analysis``, ``figures`` or ``pages``.
"""
