"""Fonts, sizes and surfaces, and the Plotly templates built from them and the palette.

Importing this module registers the templates in ``plotly.io.templates``
(``medborgarlofte`` plus ``_dark``, ``_wall`` and ``_wall_dark`` variants). It does not
change ``plotly.io.templates.default``; call ``set_default_template()`` for that.
Reach these through ``theme``.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.figures.palette import (
    COLORWAY,
    DIVERGING_SCALE,
    NEUTRAL,
    NEUTRAL_DARK,
    SEQUENTIAL_SCALE,
)

#: The system font stack Bootstrap uses: nothing is downloaded.
FONT_FAMILY = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", '
    '"Liberation Sans", Arial, sans-serif'
)

#: layout.separators: decimal mark, then thousands separator (plotly.js reads the first
#: two characters). Swedish: decimal comma and a no-break space, "12 345,6", as
#: ``i18n.fmt_number`` writes it.
SEPARATORS: dict[str, str] = {"sv": ",\u00a0", "en": ".,"}

LANGS: tuple[str, ...] = ("sv", "en")


@dataclass(frozen=True)
class _Sizes:
    body: int
    title: int
    axis_title: int
    tick: int
    legend: int
    hover: int
    annotation: int
    line_width: float
    marker_size: int
    grid_width: float


#: Desktop: 15 px body text, as in the rest of the page.
DESKTOP = _Sizes(
    body=15, title=19, axis_title=15, tick=14, legend=14, hover=15, annotation=14,
    line_width=2.5, marker_size=8, grid_width=1,
)  # fmt: skip
#: Wall screen read from about 3 m: 28 px body text on 1920 x 1080.
WALL = _Sizes(
    body=28, title=36, axis_title=28, tick=26, legend=28, hover=28, annotation=26,
    line_width=5, marker_size=16, grid_width=1.5,
)  # fmt: skip


@dataclass(frozen=True)
class _Surface:
    paper: str
    plot: str
    ink: str
    muted: str
    grid: str
    axis_line: str
    hover_bg: str
    neutral: str


LIGHT = _Surface(
    paper="#FFFFFF", plot="#FFFFFF", ink="#1F2328", muted="#595959", grid="#DEDEDE",
    axis_line="#767676", hover_bg="#FFFFFF", neutral=NEUTRAL,
)  # fmt: skip
#: High contrast: white text on black.
DARK = _Surface(
    paper="#000000", plot="#000000", ink="#FFFFFF", muted="#CCCCCC", grid="#4D4D4D",
    axis_line="#B3B3B3", hover_bg="#1A1A1A", neutral=NEUTRAL_DARK,
)  # fmt: skip

TEMPLATE = "medborgarlofte"


def template_name(*, wall: bool = False, dark: bool = False) -> str:
    """Registered name of a variant: medborgarlofte[_wall][_dark]."""
    return TEMPLATE + ("_wall" if wall else "") + ("_dark" if dark else "")


def _build_template(*, wall: bool, dark: bool) -> go.layout.Template:
    size = WALL if wall else DESKTOP
    surf = DARK if dark else LIGHT
    axis: dict[str, Any] = {
        "automargin": True,
        "gridcolor": surf.grid,
        "gridwidth": size.grid_width,
        "linecolor": surf.axis_line,
        "linewidth": size.grid_width,
        "zerolinecolor": surf.axis_line,
        "zerolinewidth": size.grid_width,
        "tickcolor": surf.axis_line,
        "ticks": "outside",
        # "12 000", not plotly's "12k"; thousands grouped even with four digits.
        "exponentformat": "none",
        "separatethousands": True,
        "tickfont": {"size": size.tick, "color": surf.ink},
        "title": {"font": {"size": size.axis_title, "color": surf.ink}, "standoff": 12},
    }
    layout = go.Layout(
        font={"family": FONT_FAMILY, "size": size.body, "color": surf.ink},
        title={
            "font": {"size": size.title, "color": surf.ink},
            "x": 0,
            "xanchor": "left",
            "xref": "paper",
            # Above the plot area, pushing the top margin instead of being clipped.
            "y": 1,
            "yanchor": "bottom",
            "yref": "paper",
            "pad": {"b": size.body},
            "automargin": True,
        },
        paper_bgcolor=surf.paper,
        plot_bgcolor=surf.plot,
        colorway=list(COLORWAY),
        separators=SEPARATORS["sv"],
        hovermode="closest",
        hoverlabel={
            "font": {"family": FONT_FAMILY, "size": size.hover, "color": surf.ink},
            "bgcolor": surf.hover_bg,
            "bordercolor": surf.axis_line,
            "namelength": -1,
        },
        legend={
            "font": {"size": size.legend, "color": surf.ink},
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            # At the bottom of the figure, below the axis title, whatever the height.
            "y": 0,
            "yanchor": "bottom",
            "yref": "container",
            "bgcolor": "rgba(0,0,0,0)",
        },
        xaxis={**axis, "showline": True, "showgrid": False},
        yaxis={**axis, "showline": False, "showgrid": True},
        margin={"l": 16, "r": 16, "t": 48 if not wall else 72, "b": 16},
        colorscale={"sequential": SEQUENTIAL_SCALE, "diverging": DIVERGING_SCALE},
        annotationdefaults={"font": {"size": size.annotation, "color": surf.ink}},
        modebar={"bgcolor": "rgba(0,0,0,0)", "color": surf.muted, "activecolor": surf.ink},
    )
    data = {
        "scatter": [go.Scatter(line={"width": size.line_width}, marker={"size": size.marker_size})],
        "bar": [go.Bar(marker={"line": {"width": 0}})],
    }
    return go.layout.Template(layout=layout, data=data)


for _wall in (False, True):
    for _dark in (False, True):
        pio.templates[template_name(wall=_wall, dark=_dark)] = _build_template(
            wall=_wall, dark=_dark
        )


def set_default_template() -> None:
    """Make ``medborgarlofte`` the default for every new figure (plotly.express included)."""
    pio.templates.default = TEMPLATE


_TEMPLATE_PICKLES: dict[str, bytes] = {}  # each registered template as plain JSON, pickled


def template_json(name: str) -> dict:
    """A private copy of the registered template ``name`` as plain JSON (~10 µs)."""
    found = _TEMPLATE_PICKLES.get(name)
    if found is None:
        as_json = json.loads(json.dumps(pio.templates[name].to_plotly_json()))
        found = _TEMPLATE_PICKLES[name] = pickle.dumps(as_json)
    return pickle.loads(found)
