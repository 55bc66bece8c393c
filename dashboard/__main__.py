"""``python -m dashboard``: the command line (``cli.commands``), as ``medborgarlofte``."""

import sys

from cli import main

sys.exit(main())
