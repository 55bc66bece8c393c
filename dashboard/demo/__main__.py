"""``python -m dashboard.demo``: see ``dashboard.demo.generate``."""

import sys

from dashboard.demo.generate import main

sys.exit(main())
