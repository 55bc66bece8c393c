"""Component ids, one module per page, imported by the page's layout and its callbacks, so
that a misspelt id is an ImportError/AttributeError, not a silent no-op."""
