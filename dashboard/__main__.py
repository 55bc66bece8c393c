"""``python -m dashboard``: the command line (``cli.commands``), as ``medborgarlofte``."""

import sys

from cli import run

sys.exit(run())
