"""Benchmarks: ``python -m benchmarks.run`` (speed per scale), ``python -m benchmarks.load``."""
