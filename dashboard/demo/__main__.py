"""``python -m dashboard.demo``: see ``dashboard.demo.command``."""

import sys

from dashboard.demo.command import main

sys.exit(main())
