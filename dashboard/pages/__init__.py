"""Pages: what each page shows, as plain data for one request (no Dash).

``views`` (the overview, trends and area pages: one read snapshot, one data version),
``report`` (the steering-group report), ``downloads`` (a figure's data as CSV or
Excel). May import everything else in ``dashboard``; nothing in ``dashboard`` imports
it.
"""
