"""Ids of the import page ``/import`` (layouts/import_page.py, callbacks/import_page.py).

The preview's and the token list's own ids are the import components' (``ids`` in
components/import_report.py).
"""

ACCOUNT_BAR = "account-bar"
ACCOUNT_NAME = "account-name"
LOGIN_LINK = "login-link"
LOGOUT = "logout-button"
LOGIN_NEEDED = "import-login-needed"
VIEWER_ONLY = "import-viewer-only"

# The upload: the browser's size guard (assets/import-upload.js) reads LIMITS and
# passes the chosen files from UPLOAD into FILES; PENDING holds the previewed files' hashes.
LIMITS = "import-limits"
UPLOAD = "import-upload"
FILES = "import-files"
PENDING = "import-pending"
PREVIEW = "import-preview"
CONFIRM = "import-confirm"
RESULT = "import-result"
REFUSED = "import-refused"  # an alert: the server refused someone not an editor
# A file refused only for dates outside the plausible period: the box that confirms
# them (its label names them); ticked, the preview runs again allowing them.
PERIOD_BOX = "import-period-box"
ALLOW_PERIOD = "import-allow-period"
# Official statistics whose file gives no year or category (dashboard/ingest/official.py):
# the box with the two fields that give them, shown when the preview says they are
# missing; a change checks the files again with them.
STATS_BOX = "import-stats-box"
STATS_YEAR = "import-stats-year"
STATS_CATEGORY = "import-stats-category"
STATS_FROM_NAME = "namn"  # the category field's value for "from the file's name"
LOG = "import-log"

# Undo from the log: a button per row that wrote figures (pattern-matching ids, ``undo``)
# opens a dialog with what undo would put back; its confirm button does it.
UNDO = "import-undo"  # the type of the undo buttons' ids
UNDO_DIALOG = "import-undo-dialog"
UNDO_TITLE = "import-undo-title"
UNDO_BODY = "import-undo-body"
UNDO_PENDING = "import-undo-pending"  # the import whose undo the dialog shows
UNDO_CONFIRM = "import-undo-confirm"
UNDO_CANCEL = "import-undo-cancel"
UNDO_RESULT = "import-undo-result"  # above the log: what the undo did
UNDO_DONE = "import-undo-done"  # the message that the undo is done

# The wall screens' read-only links.
TOKEN_LABEL = "token-label"
TOKEN_CREATE = "token-create"
TOKEN_NEW = "token-new"  # where a created link is shown
TOKEN_LINK = "token-link"
TOKEN_LIST = "token-list"


def template(kind: str) -> str:
    """The download link of a kind's CSV template: ``template-brott``."""
    return f"template-{kind}"


def undo(index) -> dict:
    """An undo button's id; ``index`` is the import's id, or ``dash.ALL`` in a callback."""
    return {"type": UNDO, "index": index}
