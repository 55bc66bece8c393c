"""The command line (``python -m dashboard``, installed as ``medborgarlofte``): imports,
exports, history, demo data, copying databases, accounts, the PDF report (through
Chromium's DevTools pipe). May import ``dashboard``; the report alone also starts the app.
"""

from cli.commands import main, run

__all__ = ["main", "run"]
