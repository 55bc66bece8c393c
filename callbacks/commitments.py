"""Commitments page: once the page is drawn, scroll to the section the address names.

Dash Pages draws the page after the browser has already looked for ``#P1``, so a shared
link such as ``/loften#P1`` would otherwise stay at the top. Clicks on the table of
contents change only the hash, which Dash Pages ignores, so the page stays as it is.
"""

from __future__ import annotations

from dash import Input, Output, clientside_callback

from layouts.ids import commitments as ids

clientside_callback(
    """
    function (_id) {
        const hash = window.location.hash ? window.location.hash.slice(1) : "";
        if (hash) {
            const go = () => {
                const el = document.getElementById(decodeURIComponent(hash));
                if (el) { el.scrollIntoView({block: "start"}); }
            };
            // Once now, and again after the charts have taken their height.
            go();
            setTimeout(go, 400);
        }
        return window.dash_clientside.no_update;
    }
    """,
    Output(ids.SCROLL, "data"),
    Input(ids.SCROLL, "id"),
)
