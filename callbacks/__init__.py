"""Callbacks: thin functions that read inputs, call ``dashboard`` and return outputs.

Importing this package registers every callback with Dash.
"""

from . import commitments  # noqa: F401
from . import filters  # noqa: F401
