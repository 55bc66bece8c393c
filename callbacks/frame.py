"""The frame of every page: ``<html lang>`` follows the URL's language.

app.py writes it into the first HTML; this keeps it right when a link inside the app
changes the language without loading a new document.
"""

from __future__ import annotations

from dash import ClientsideFunction, Input, clientside_callback

clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_page", function_name="language"),
    Input("_pages_location", "search"),
)
