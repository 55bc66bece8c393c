"""``python -m cli``, the same as ``python -m dashboard``."""

import sys

from cli.commands import run

sys.exit(run())
