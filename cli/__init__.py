"""The command line (``python -m dashboard``): imports, exports, history, accounts,
the PDF report (through Chromium). May import ``dashboard``; the report alone also
starts the app.
"""

from cli.commands import main

__all__ = ["main"]
