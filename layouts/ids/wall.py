"""Ids of the wall screen ``/vaggskarm`` (layouts/wall.py, callbacks/wall.py; the rotation in
assets/zz-site/wall.js reads ``wall-track`` too).

The views' own ids (tiles, facts, graphs) are the wall components' (``ids`` in
components/wall_elements.py).
"""

ROOT = "wall-root"
CONFIG = "wall-config"  # seconds per view, language and the query, for the browser
VERSION = "wall-version"  # the data version the views show
TICK = "wall-tick"  # every second: the clock and the rotation
STEP = "wall-step"  # set by the controls (wall.js): show their change at once
CONTROLS = "wall-controls"
PREVIOUS = "wall-previous"
PAUSE = "wall-pause"  # pause and play (also the Space key)
NEXT = "wall-next"
LEAVE = "wall-leave"  # back to the site
STATEMENT = "wall-statement"  # the accessibility statement
POLL = "wall-poll"  # asks whether the data changed
TITLE = "wall-title"
DAY = "wall-day"
CLOCK = "wall-clock"
TRACK = "wall-track"  # the views side by side
STATUS = "wall-status"
PAGER = "wall-pager"
