"""The validation layout: every component a callback names, as the pages render it.

With it Dash checks each callback in the browser when a page loads (an id no page has,
or a property its component lacks, is reported in the dev tools) instead of the callback
silently never firing. The components come from every page in ``dash.page_registry``:
its ``layout`` called with default arguments for an anonymous visitor, and, where the
page module defines one, its ``validation_layout()``: the components only some visitors
or some data see (the upload for editors, the kommun choice where the data holds several).
Built by app.py at the first request, when the database is ready.

Only the components a callback names are kept, and only their type and id: this layout
goes out with every page, and the pages' whole layouts would be a megabyte.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import dash
from dash import html
from dash.development.base_component import Component


def callback_ids(callback_map: dict) -> tuple[set[str], set[frozenset[str]]]:
    """The ids the callbacks name: plain ids, and the key sets of pattern-matching ids."""
    plain: set[str] = set()
    patterns: set[frozenset[str]] = set()
    for spec in callback_map.values():
        outputs = spec["output"] if isinstance(spec["output"], list) else [spec["output"]]
        named = [output.component_id for output in outputs]
        for dependency in [*spec["inputs"], *spec["state"]]:
            # Dash keeps a pattern-matching input's id as JSON text.
            text = dependency["id"]
            named.append(json.loads(text) if text.startswith("{") else text)
        for component_id in named:
            if isinstance(component_id, dict):
                patterns.add(frozenset(component_id))
            else:
                plain.add(component_id)
    return plain, patterns


def page_layouts() -> Iterator:
    """Each registered page's layout with default arguments, and its extra components."""
    for page in dash.page_registry.values():
        layout = page["layout"]
        yield layout() if callable(layout) else layout
        extra = getattr(sys.modules.get(page["module"]), "validation_layout", None)
        if extra is not None:
            yield extra()


def components(tree) -> Iterator[Component]:
    """Every component in ``tree``, through ``children``."""
    if isinstance(tree, list | tuple):
        for child in tree:
            yield from components(child)
    elif isinstance(tree, Component):
        yield tree
        yield from components(getattr(tree, "children", None))


def named_components(trees: Iterable, callback_map: dict) -> dict:
    """The first component with each plain id, and with each pattern's keys, that a
    callback names: by that id, or by the pattern's (sorted) keys."""
    plain, patterns = callback_ids(callback_map)
    found: dict = {}
    for component in components(list(trees)):
        component_id = getattr(component, "id", None)
        if isinstance(component_id, dict):
            key = tuple(sorted(component_id))
            wanted = frozenset(key) in patterns
        else:
            key = component_id
            wanted = component_id in plain
        if wanted:
            found.setdefault(key, component)
    return found


def stub(component: Component) -> dict:
    """The component as the browser's check reads it: its type and id, no other props."""
    as_json = component.to_plotly_json()
    return {
        "type": as_json["type"],
        "namespace": as_json["namespace"],
        "props": {"id": component.id},
    }


def validation_layout(app_layout: Component, callback_map: dict) -> html.Div:
    """The app's own layout and a stub of every component a callback names."""
    found = named_components(page_layouts(), callback_map)
    return html.Div([app_layout, *(stub(c) for c in found.values())])
