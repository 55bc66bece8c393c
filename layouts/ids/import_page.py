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
LOG = "import-log"

# The wall screens' read-only links.
TOKEN_LABEL = "token-label"
TOKEN_CREATE = "token-create"
TOKEN_NEW = "token-new"  # where a created link is shown
TOKEN_LINK = "token-link"
TOKEN_LIST = "token-list"


def template(kind: str) -> str:
    """The download link of a kind's CSV template: ``template-brott``."""
    return f"template-{kind}"
