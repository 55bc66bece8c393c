"""The domain: everything Medborgarlöfte knows, as pure Python.

Never imports Dash, Dash Bootstrap Components, Flask, Werkzeug, Selenium, gunicorn,
``app``, ``layouts``, ``callbacks``, ``components``, ``web`` or ``cli``, at any depth
(import-linter checks it in CI; ``dashboard.__main__`` alone hands over to ``cli``).

Sub-packages, lowest first; each may import those below it, never those above:

- ``contract``, ``config``: every column, alias and vocabulary; the settings.
- ``i18n``: every visible string (``t()``) and Swedish/English formats.
- ``storage``: engines, schema, migrations, queries, the data-version cache.
- ``ingest``: CSV files in (reading, values, kinds, checks, writing) and out (export).
- ``analysis``: the formulas: metrics, small-number protection, commitments, trends.
- ``figures``: Plotly figures as plain dicts, one theme.
- ``pages``: what each page needs, as plain data, for one request.
- ``demo``: the bundled example data and larger generated data.
"""
