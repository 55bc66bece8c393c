"""Data in and out: CSV files as people make them, checked, then written all or nothing.

``reader`` (bytes to a table), ``values`` (one cell to a value), ``results`` (issues,
diffs, file and batch outcomes), ``refs`` (known areas and commitments), ``header``
(a file's kind and columns), ``parsers`` (rows to records), ``totals`` (crimes summed
per cell), ``writers`` (records into the database, per kind), ``columnar`` (the fast
path for large crime files), ``official`` (official statistics per kommun as the agency
publishes them: shapes, year and category, places matched by ``regions``),
``pipeline`` (``import_files``: the batch, all or nothing, logged), ``preview`` (what
an import would change), ``export`` (canonical CSV), ``table_export`` (a table a page
shows, as CSV in the reader's dialect or .xlsx). Imports run one way: ``pipeline`` uses
``columnar`` and ``writers``, which use ``parsers``, ``header``, ``totals``, ``refs``
and ``results``, never the reverse. May import ``contract``, ``config``, ``regions``,
``i18n`` and ``storage``; never ``analysis``, ``figures`` or ``pages``.
"""
