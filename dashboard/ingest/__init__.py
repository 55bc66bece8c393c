"""Data in and out: CSV files as people make them, checked, then written all or nothing.

``reader`` (bytes to a table), ``values`` (one cell to a value), ``importer`` (kinds,
rows, writers, the pipeline), ``columnar`` (the fast path for large crime files),
``preview`` (what an import would change), ``export`` (canonical CSV). May import
``contract``, ``config``, ``i18n`` and ``storage``; never ``analysis``, ``figures`` or
``pages``.
"""
