"""The demo data: the bundled Skara example and larger generated data sets.

``generate`` makes them (``python -m dashboard.demo``). May import ``ingest`` and
below; nothing but start-up imports it.
"""
