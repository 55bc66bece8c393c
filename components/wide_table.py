"""A table wider than a narrow screen, in a box of its own that scrolls sideways.

Reflow (WCAG 1.4.10) allows a two-dimensional table to scroll within its box while the
page itself does not; the box is focusable and named (``role="region"``, its
``aria-label``), so that a keyboard can scroll it and a screen reader says what it is
(axe's ``scrollable-region-focusable``). On paper it never clips (``print.css``).
"""

from __future__ import annotations

from dash import html


def scrolling_table(table, label: str, className: str = "") -> html.Div:
    """``table`` in a sideways-scrolling box named ``label`` (the table's heading)."""
    return html.Div(
        table,
        className=f"table-scroll {className}".strip(),
        tabIndex="0",
        role="region",
        **{"aria-label": label},
    )
