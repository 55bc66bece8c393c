"""HTML elements as the JSON the Dash renderer reads, for large tables.

A Dash component costs ~25 µs to build and serialise; a commitment's activity log of a
few hundred reports is over a thousand cells, most of a page's rendering. Once sent,
``el("Td", "12", className="text-end")`` is the same to the browser as
``html.Td("12", className="text-end")``; nothing on the server inspects these rows.
"""

from __future__ import annotations

from typing import Any

NAMESPACE = "dash_html_components"


def el(tag: str, children: Any = None, **props: Any) -> dict:
    """The element ``tag`` (``"Tr"``, ``"Td"``...) with ``children`` and ``props``."""
    if children is not None:
        props["children"] = children
    return {"type": tag, "namespace": NAMESPACE, "props": props}
