"""Ids of the steering-group report ``/rapport`` (layouts/report.py, callbacks/report.py).

The sheets' own ids (``report-root``, the figures) are the report components' (``ids``
in components/report_sheet.py); the download links' are in components/downloads.py.
"""

PRINT = "report-print"  # the print button
PRINT_DONE = "report-print-done"  # the print callback's (hidden) output
