"""Plotly figures as plain dicts, with the part of ``plotly.graph_objects``' API we use.

``go.Figure`` validates every property through Plotly's class tree on every call
(``update_xaxes`` alone ~30 ms on a subplot figure, ``make_subplots`` ~30 ms): the most
expensive step of rendering a page. ``dcc.Graph`` only needs the JSON, so figures are
built here as the dicts Plotly would have produced: traces are dicts
(``scatter(...)``), the methods below follow ``go.Figure``'s (magic underscores,
``row``/``col``, ``add_vline``...), and ``subplots`` lays out a grid with
``make_subplots``' arithmetic. ``tests/test_plot.py`` checks that each gives what
Plotly's gives and that Plotly accepts every figure the pages send.
"""

from __future__ import annotations

import copy
import math
import re
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

#: Property names that contain an underscore (everything else splits on "_").
UNDERSCORED = frozenset({"error_x", "error_y", "paper_bgcolor", "plot_bgcolor"})
_AXIS = {"x": re.compile(r"^xaxis\d*$"), "y": re.compile(r"^yaxis\d*$")}


def plain(value: Any) -> Any:
    """``value`` as JSON-ready Python: arrays and Series as lists, NaN as None, times as
    ISO text (dates without a time as "2022-03-01")."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (pd.Series, pd.Index, np.ndarray)):
        return _plain_array(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (pd.Timestamp, datetime)):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, pd.Period):
        return _iso(value.to_timestamp())
    if isinstance(value, np.generic):
        return plain(value.item())
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def _iso(ts: datetime) -> str:
    if (ts.hour, ts.minute, ts.second, ts.microsecond) == (0, 0, 0, 0):
        return f"{ts.year:04d}-{ts.month:02d}-{ts.day:02d}"
    return ts.isoformat(sep=" ")


def _plain_array(values) -> list:
    kind = getattr(values, "dtype", None)
    if isinstance(kind, pd.PeriodDtype):
        values = pd.PeriodIndex(values).to_timestamp()
        kind = values.dtype
    if kind is not None and kind.kind == "M":
        return [None if pd.isna(v) else _iso(v) for v in pd.DatetimeIndex(values)]
    array = np.asarray(values)
    if array.dtype.kind in "iub":
        return array.tolist()
    if array.dtype.kind == "f":
        return [None if math.isnan(v) else v for v in array.tolist()]
    return [plain(v) for v in array.tolist()]


def _path(key: str) -> list[str]:
    """A magic-underscore key as its path: "title_font_size" → [title, font, size]."""
    if "_" not in key or key in UNDERSCORED:
        return [key]
    parts, out, i = key.split("_"), [], 0
    while i < len(parts):
        pair = "_".join(parts[i : i + 2])
        if i + 1 < len(parts) and pair in UNDERSCORED:
            out.append(pair)
            i += 2
        else:
            out.append(parts[i])
            i += 1
    return out


def merge(target: dict, updates: dict) -> dict:
    """Merge ``updates`` into ``target`` as Plotly's ``update`` does: nested dicts merge,
    anything else replaces, None removes, keys may use magic underscores."""
    for key, value in updates.items():
        *parents, leaf = _path(key)
        node = target
        for name in parents:
            child = node.get(name)
            if not isinstance(child, dict):
                child = node[name] = {}
            node = child
        if leaf == "title" and isinstance(value, str):
            value = {"text": value}
        if value is None:
            node.pop(leaf, None)
        elif isinstance(value, dict):
            child = node.get(leaf)
            if not isinstance(child, dict):
                child = node[leaf] = {}
            merge(child, value)
        else:
            node[leaf] = plain(value)
    return target


def trace(kind: str, **props: Any) -> dict:
    """One trace of type ``kind`` (as ``go.Scatter(...)`` etc.; None values left out)."""
    return merge({"type": kind}, {k: v for k, v in props.items() if v is not None})


def scatter(**props: Any) -> dict:
    return trace("scatter", **props)


def indicator(**props: Any) -> dict:
    return trace("indicator", **props)


class Figure(dict):
    """``{"data": [...], "layout": {...}}``, with ``go.Figure``'s methods that we use."""

    def __init__(self, data: list | dict | None = None, layout: dict | None = None) -> None:
        if isinstance(data, dict) and "data" in data:  # a figure's JSON
            data, layout = data.get("data"), {**data.get("layout", {}), **(layout or {})}
        traces = [data] if isinstance(data, dict) else list(data or [])
        super().__init__(data=[copy.deepcopy(t) for t in traces], layout={})
        merge(self["layout"], copy.deepcopy(layout or {}))
        self.grid: dict[tuple[int, int], tuple[str, str]] = {}

    @property
    def data(self) -> list[dict]:
        return self["data"]

    @property
    def layout(self) -> dict:
        return self["layout"]

    def add_trace(self, trace: dict, row: int | None = None, col: int | None = None) -> Figure:
        if row is not None:
            xref, yref = self.grid[(row, col or 1)]
            trace = {**trace, "xaxis": xref, "yaxis": yref}
        self.data.append(trace)
        return self

    def update_layout(self, dict1: dict | None = None, **props: Any) -> Figure:
        merge(self.layout, {**(dict1 or {}), **props})
        return self

    def update_traces(self, dict1: dict | None = None, **props: Any) -> Figure:
        for item in self.data:
            merge(item, {**(dict1 or {}), **props})
        return self

    def update_xaxes(self, dict1=None, row=None, col=None, **props) -> Figure:
        return self._update_axes("x", row, col, {**(dict1 or {}), **props})

    def update_yaxes(self, dict1=None, row=None, col=None, **props) -> Figure:
        return self._update_axes("y", row, col, {**(dict1 or {}), **props})

    def _update_axes(self, letter: str, row, col, props: dict) -> Figure:
        for key in self.axis_keys(letter, row, col):
            merge(self.layout.setdefault(key, {}), props)
        return self

    def axis_keys(self, letter: str, row: int | None = None, col: int | None = None) -> list:
        """Layout keys of the x or y axes in ``row``/``col`` (all when not given)."""
        if row is None and col is None:
            keys = [k for k in self.layout if _AXIS[letter].match(k)]
            return sorted(keys, key=_axis_number) or [f"{letter}axis"]
        keys = []
        for (r, c), refs in sorted(self.grid.items()):
            if (row is None or r == row) and (col is None or c == col):
                ref = refs[0 if letter == "x" else 1]
                keys.append(f"{letter}axis{ref[1:]}")
        return keys

    def x_domain(self, row: int, col: int = 1) -> list[float]:
        """The x domain (paper fraction) of the subplot at ``row``, ``col``."""
        (key,) = self.axis_keys("x", row, col)
        return self.layout[key].get("domain", [0.0, 1.0])

    def add_annotation(self, **props: Any) -> Figure:
        self.layout.setdefault("annotations", []).append(merge({}, props))
        return self

    def add_shape(self, **props: Any) -> Figure:
        self.layout.setdefault("shapes", []).append(merge({}, props))
        return self

    def add_vline(self, x, **props: Any) -> Figure:
        """A vertical line over the whole plot height at ``x`` (as ``go.Figure.add_vline``)."""
        shape = {"type": "line", "x0": x, "x1": x, "xref": "x", "y0": 0, "y1": 1}
        return self.add_shape(**shape, yref="y domain", **props)

    def add_vrect(self, x0, x1, *, annotation_text=None, annotation_position=None, **props):
        """A shaded band from ``x0`` to ``x1``, optionally named in its top left corner."""
        shape = {"type": "rect", "x0": x0, "x1": x1, "xref": "x", "y0": 0, "y1": 1}
        self.add_shape(**shape, yref="y domain", **props)
        if annotation_text is not None:
            if annotation_position not in (None, "top left"):
                raise ValueError(f"annotation_position {annotation_position!r} not supported")
            self.add_annotation(
                showarrow=False, text=annotation_text, x=x0, xanchor="left", xref="x",
                y=1, yanchor="top", yref="y domain",
            )  # fmt: skip
        return self


def _axis_number(key: str) -> int:
    return int(key[5:] or 1)


def subplots(
    *,
    rows: int = 1,
    cols: int = 1,
    subplot_titles=None,
    specs=None,
    shared_xaxes: bool = False,
    shared_yaxes: bool = False,
    column_widths=None,
    row_heights=None,
    horizontal_spacing: float | None = None,
    vertical_spacing: float | None = None,
) -> Figure:
    """A grid of x/y subplots as ``plotly.subplots.make_subplots`` lays it out (start
    cell top left; a cell is ``{}`` or None; x axes shared per column or not at all).

    The same arithmetic as Plotly's, without its class tree (~40 ms per new grid shape):
    tests/test_plot.py compares the two."""
    specs = specs or [[{}] * cols for _ in range(rows)]
    if shared_yaxes or any(cell not in ({}, None) for row in specs for cell in row):
        raise ValueError("plot.subplots: only plain x/y cells and shared x axes")
    titles = list(subplot_titles) if subplot_titles is not None else None
    h_space = 0.2 / cols if horizontal_spacing is None else horizontal_spacing
    v_space = (0.5 if titles is not None else 0.3) / rows
    v_space = v_space if vertical_spacing is None else vertical_spacing
    # Term for term as Plotly computes them: the domains must match to the last bit.
    free_x, free_y = 1.0 - h_space * (cols - 1), 1.0 - v_space * (rows - 1)
    if column_widths:
        widths = [free_x * (w / float(sum(column_widths))) for w in column_widths]
    else:
        widths = [free_x / cols] * cols
    if row_heights:
        heights = [free_y * (h / float(sum(row_heights))) for h in row_heights]
    else:
        heights = [free_y / rows] * rows
    fig = Figure()
    domains, n = [], 0
    for r, row in enumerate(specs):
        below = rows - 1 - r  # rows are stacked from the bottom up
        y0 = sum(heights[rows - 1 - k] for k in range(below)) + below * v_space
        y_domain = [_clamp(y0), _clamp(y0 + heights[r])]
        for c, cell in enumerate(row):
            if cell is None:
                continue
            n += 1
            suffix = "" if n == 1 else str(n)
            x0 = sum(widths[:c]) + c * h_space
            x_domain = [x0, x0 + widths[c]]
            fig.layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": x_domain}
            fig.layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": y_domain}
            fig.grid[(r + 1, c + 1)] = (f"x{suffix}", f"y{suffix}")
            domains.append((x_domain, y_domain))
    if shared_xaxes:
        for c in range(1, cols + 1):
            column = [fig.grid[(r, c)][0] for r in range(rows, 0, -1) if (r, c) in fig.grid]
            for ref in column[1:]:  # every x axis of a column matches its lowest one
                fig.layout[f"xaxis{ref[1:]}"].update(matches=column[0], showticklabels=False)
    if titles:
        fig.layout["annotations"] = [
            {
                "y": y_domain[1], "xref": "paper", "x": sum(x_domain) / 2.0, "yref": "paper",
                "text": text, "showarrow": False, "font": {"size": 16},
                "xanchor": "center", "yanchor": "bottom",
            }
            for text, (x_domain, y_domain) in zip(titles, domains, strict=False)
            if text
        ]  # fmt: skip
    return fig


def _clamp(y: float) -> float:
    """As Plotly: a domain end within 0.01 outside [0, 1] is a rounding error."""
    return 0.0 if -0.01 < y < 0.0 else 1.0 if 1.0 < y < 1.01 else y
