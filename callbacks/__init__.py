"""Callbacks: thin functions that read inputs, call ``dashboard`` and return outputs.

Importing this package registers every callback with Dash.
"""

from . import (  # noqa: F401
    area,
    commitments,
    filters,
    frame,
    import_page,
    import_undo,
    kommun,
    report,
    wall,
)
