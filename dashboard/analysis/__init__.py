"""Analysis: the formulas behind every figure, and what each page's figures are built from.

- ``metrics``: pace and status, survey intervals, rates, monthly series, difference in
  differences; ``suppression``: small-number protection on plain counts.
- ``protection``: that protection applied to the stored crime figures, the same in every view.
- ``commitments``, ``commitment_detail``: commitments with their status; one in detail.
- ``headlines``: the overview's headline figures.
- ``areas``, ``crime_trends``, ``surveys``, ``activities``: areas with their inhabitants,
  crime series and change tables, survey points, activity marks.
- ``trend_options``, ``trends``: the trends page's URL options and its data.
- ``area_profile`` (one neighbourhood), ``before_after`` (focus areas against the rest),
  ``wall`` (the wall screen and the report).

May import ``contract``, ``config``, ``i18n``, ``urls`` and ``storage``; never ``ingest``
(``urls`` uses its ``values``), ``figures`` or ``pages``.
"""
