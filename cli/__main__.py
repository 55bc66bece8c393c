"""``python -m cli``, the same as ``python -m dashboard``."""

import sys

from cli.commands import main

sys.exit(main())
