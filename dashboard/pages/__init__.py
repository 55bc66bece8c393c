"""Pages: what each page shows, as plain data for one request (no Dash).

``views`` (one read snapshot and data version per request: the overview's and trends
page's data), one data entry point per page: ``areas`` (``/omrade`` and
``/omrade/<område>``), ``commitments`` (``/loften``), ``wall`` (``/vaggskarm``),
``report`` (``/rapport``); ``downloads`` and ``download_tables`` (every page's tables as
CSV or Excel files) and
``caching`` (every cache layer, documented together). May import everything else in
``dashboard``; nothing in ``dashboard`` imports it.
"""
