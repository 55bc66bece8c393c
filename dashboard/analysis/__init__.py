"""Analysis: the formulas behind every figure, as pure functions over plain data.

``metrics`` (pace, intervals, difference in differences), ``protection`` (small
numbers), ``commitments``, ``commitment_detail``, ``headlines``, ``trends``,
``area_profile``, ``before_after``, ``wall`` (the focus areas). May import
``contract``, ``config``, ``i18n``, ``urls`` and ``storage``; never ``ingest`` (but
its ``values``), ``figures`` or ``pages``.
"""
