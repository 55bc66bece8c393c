"""The demo data: the bundled Skara example and larger generated data sets.

``canonical`` (headers, CSV writer, years, seeded streams) and ``places`` (municipalities
and their areas) underlie one generator per kind: ``crimes``, ``survey``,
``commitments``, ``activities``, ``checkins``, ``kommun_stats`` (example official
statistics per kommun). ``scales`` makes the region's and the
nation's kommuner; ``skara_files``, ``scale_files`` and ``import_templates`` write the
files; ``command`` is ``python -m dashboard.demo``. May import ``ingest`` and below;
nothing but start-up imports it.
"""
