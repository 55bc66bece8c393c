"""Callbacks: thin functions that read inputs, call ``dashboard`` and return outputs.

Importing this package registers every callback with Dash.
"""

from . import (  # noqa: F401
    area,
    commitments,
    compare,
    filters,
    follow_up,
    frame,
    import_page,
    import_undo,
    kommun,
    report,
    report_activity,
    wall,
)
