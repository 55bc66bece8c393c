"""The one look every figure uses: palette, Plotly template, wall and dark variants, Graph config.

Everything a figure or a page takes its colours and fonts from is reached here:
``palette`` holds the colours and status styles, ``template`` the fonts, sizes,
surfaces and the registered Plotly templates; this module applies them to a figure
and configures ``dcc.Graph``.

Usage::

    fig = px.line(df, x="month", y="count", color="category",
                  color_discrete_map=theme.CRIME_COLOURS)
    fig = theme.apply_theme(fig, wall=wall, dark=dark, lang=lang)
    dcc.Graph(figure=fig, config=theme.graph_config(lang, wall=wall))

Dates in Swedish ("mars 2022") come from the locale registered in the browser by
``assets/plotly-locale-sv.js``; ``graph_config`` only names it. This module must not
import dash, so tests and exporters can use it without a server.
"""

from __future__ import annotations

import re
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.figures.palette import (
    COLORWAY,
    CRIME_COLOURS,
    DIVERGING_SCALE,
    NEUTRAL,
    NEUTRAL_DARK,
    NEUTRAL_DASH,
    OKABE_ITO,
    SEQUENTIAL_SCALE,
    STATUS_COLOURS,
    STATUS_ICONS,
    STATUS_ORDER,
    STATUS_STYLES,
    STATUS_SYMBOLS,
    SURVEY_COLOURS,
    TRACK_COLOUR,
    TRACK_COLOUR_DARK,
    StatusStyle,
    neutral_colour,
    series_colour,
    status_style,
)
from dashboard.figures.plot import Figure
from dashboard.figures.template import (
    DARK,
    DESKTOP,
    FONT_FAMILY,
    LANGS,
    LIGHT,
    SEPARATORS,
    TEMPLATE,
    WALL,
    set_default_template,
    template_json,
    template_name,
)

__all__ = [
    "COLORWAY",
    "CRIME_COLOURS",
    "DARK",
    "DESKTOP",
    "DIVERGING_SCALE",
    "DOWNLOAD_FILENAME",
    "FONT_FAMILY",
    "GRAPH_CONFIG",
    "LANGS",
    "LIGHT",
    "NEUTRAL",
    "NEUTRAL_DARK",
    "NEUTRAL_DASH",
    "OKABE_ITO",
    "SEPARATORS",
    "SEQUENTIAL_SCALE",
    "STATUS_COLOURS",
    "STATUS_ICONS",
    "STATUS_ORDER",
    "STATUS_STYLES",
    "STATUS_SYMBOLS",
    "SURVEY_COLOURS",
    "SWAPPED_PARTS",
    "TEMPLATE",
    "TRACK_COLOUR",
    "TRACK_COLOUR_DARK",
    "WALL",
    "StatusStyle",
    "apply_theme",
    "apply_theme_validated",
    "dark_swaps",
    "graph_config",
    "neutral_colour",
    "series_colour",
    "set_default_template",
    "status_style",
    "template_name",
]

# --- applying the theme -------------------------------------------------------------


_AXIS_KEY = re.compile(r"^[xy]axis\d*$")


def apply_theme(fig: Figure, *, wall: bool = False, dark: bool = False, lang: str = "sv") -> Figure:
    """Give ``fig`` (a ``plot.Figure``) the Medborgarlöfte look; returns the same figure.

    The same result as ``apply_theme_validated`` does to a ``go.Figure``, written straight
    into the figure's dicts (tests/test_plot.py checks that both agree). ``wall``
    enlarges text (28 px body), lines and markers for a screen read from about 3 m;
    ``dark`` switches to white on black and swaps the baseline grey. Font sizes, text
    colours and backgrounds are set on the figure itself, so they win over anything set
    earlier, and calling this twice is harmless. ``lang`` picks the number separators
    (Swedish "12 345,6", English "12,345.6").
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")
    size = WALL if wall else DESKTOP
    surf = DARK if dark else LIGHT
    layout = fig["layout"]
    layout["template"] = template_json(template_name(wall=wall, dark=dark))
    layout["separators"] = SEPARATORS[lang]
    layout["paper_bgcolor"] = surf.paper
    layout["plot_bgcolor"] = surf.plot
    _merge(layout, ("font",), {"family": FONT_FAMILY, "size": size.body, "color": surf.ink})
    _merge(layout, ("title", "font"), {"size": size.title, "color": surf.ink})
    _merge(layout, ("legend", "font"), {"size": size.legend, "color": surf.ink})
    _merge(layout, ("hoverlabel", "font"), {"size": size.hover})
    axes = [key for key in layout if _AXIS_KEY.match(key)]
    axes += [key for key in ("xaxis", "yaxis") if key not in layout]
    for key in axes:
        _merge(layout, (key, "tickfont"), {"size": size.tick, "color": surf.ink})
        _merge(layout, (key, "title", "font"), {"size": size.axis_title, "color": surf.ink})
    swaps = dict(dark_swaps(fig["data"]) if dark else [(NEUTRAL_DARK.upper(), NEUTRAL)])
    for trace in fig["data"]:
        for part in _coloured_parts(trace):
            colour = part.get("color")
            if isinstance(colour, str) and colour.upper() in swaps:
                part["color"] = swaps[colour.upper()]
    return fig


def _coloured_parts(trace: dict) -> list[dict]:
    """The dicts of a trace that carry a colour the themes exchange (a marker's outline
    too)."""
    parts = [trace.get(attr) for attr in SWAPPED_PARTS]
    parts = [part for part in parts if isinstance(part, dict)]
    outline = (trace.get("marker") or {}).get("line")
    return [*parts, outline] if isinstance(outline, dict) else parts


#: The parts of a trace whose colour the light and dark themes exchange.
SWAPPED_PARTS = ("line", "marker", "error_x", "error_y")


def dark_swaps(traces) -> list[tuple[str, str]]:
    """Colours exchanged on black: the baseline grey, and Okabe–Ito's blue (4:1 against
    black, too faint from 3 m) for its sky blue (9:1) where the figure has no sky blue."""
    swaps = [(NEUTRAL.upper(), NEUTRAL_DARK)]
    plain = [t if isinstance(t, dict) else t.to_plotly_json() for t in traces]
    used = {str(part.get("color")).upper() for t in plain for part in _coloured_parts(t)}
    if OKABE_ITO["sky_blue"].upper() not in used:
        swaps.append((OKABE_ITO["blue"].upper(), OKABE_ITO["sky_blue"]))
    return swaps


def _merge(layout: dict, path: tuple[str, ...], values: dict) -> None:
    node = layout
    for key in path:
        node = node.setdefault(key, {})
    node.update(values)


def _swap_colour(trace: Any, attr: str, old: str, new: str) -> None:
    part = getattr(trace, attr, None)
    colour = getattr(part, "color", None)
    if isinstance(colour, str) and colour.upper() == old.upper():
        part.color = new


def apply_theme_validated(
    fig: go.Figure, *, wall: bool = False, dark: bool = False, lang: str = "sv"
) -> go.Figure:
    """Give ``fig`` the Medborgarlöfte look; returns the same figure.

    ``wall`` enlarges text (28 px body), lines and markers for a screen read from about
    3 m; ``dark`` switches to white on black and swaps the baseline grey. Font sizes,
    text colours and backgrounds are set on the figure itself, so they win over
    anything set earlier, and calling this twice is harmless. ``lang`` picks the number
    separators (Swedish "12 345,6", English "12,345.6").
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")
    size = WALL if wall else DESKTOP
    surf = DARK if dark else LIGHT
    fig.update_layout(
        template=pio.templates[template_name(wall=wall, dark=dark)],
        separators=SEPARATORS[lang],
        paper_bgcolor=surf.paper,
        plot_bgcolor=surf.plot,
        font={"family": FONT_FAMILY, "size": size.body, "color": surf.ink},
        title_font={"size": size.title, "color": surf.ink},
        legend_font={"size": size.legend, "color": surf.ink},
        hoverlabel_font={"size": size.hover},
    )
    axis_fonts: dict[str, Any] = {
        "tickfont": {"size": size.tick, "color": surf.ink},
        "title_font": {"size": size.axis_title, "color": surf.ink},
    }
    fig.update_xaxes(**axis_fonts)
    fig.update_yaxes(**axis_fonts)
    swaps = dark_swaps(fig.data) if dark else [(NEUTRAL_DARK.upper(), NEUTRAL)]
    for trace in fig.data:
        for old, new in swaps:
            for attr in SWAPPED_PARTS:
                _swap_colour(trace, attr, old, new)
            if getattr(trace, "marker", None) is not None:
                _swap_colour(trace.marker, "line", old, new)
    return fig


# --- dcc.Graph config ---------------------------------------------------------------

#: Base name of the PNG the modebar's camera button saves.
DOWNLOAD_FILENAME = "medborgarlofte-diagram"


def graph_config(
    lang: str = "sv", *, wall: bool = False, filename: str = DOWNLOAD_FILENAME
) -> dict[str, Any]:
    """The ``config`` for ``dcc.Graph``: locale, PNG download, no Plotly branding or cloud.

    ``wall`` gives a static chart without the modebar (nobody uses a mouse there).
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")
    config: dict[str, Any] = {
        "locale": lang,
        "displaylogo": False,
        # plotly.js 4 shows a "Share chart..." button to Plotly Cloud unless told not to.
        "showSendToCloud": False,
        "plotlyServerURL": "",
        "modeBarButtonsToRemove": ["sendChartToCloud", "select2d", "lasso2d"],
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "responsive": True,
        "displayModeBar": "hover",
        "scrollZoom": False,
    }
    if wall:
        config.update(displayModeBar=False, staticPlot=True)
    return config


#: The Swedish default; use ``graph_config(lang)`` when the language can change.
GRAPH_CONFIG: dict[str, Any] = graph_config("sv")
