"""The one look every figure uses: palette, Plotly template, wall and dark variants, Graph config.

Colours are the Okabe–Ito palette, which stays distinguishable with the common
colour-vision deficiencies. Colour never carries meaning alone: each status also has
a Bootstrap Icons class and a Plotly marker symbol, and the views show its text label.

Usage::

    fig = px.line(df, x="month", y="count", color="category",
                  color_discrete_map=theme.CRIME_COLOURS)
    fig = theme.apply_theme(fig, wall=wall, dark=dark, lang=lang)
    dcc.Graph(figure=fig, config=theme.graph_config(lang, wall=wall))

Importing this module registers the templates in ``plotly.io.templates``
(``medborgarlofte`` plus ``_dark``, ``_wall`` and ``_wall_dark`` variants). It does not
change ``plotly.io.templates.default``; call ``set_default_template()`` for that.

Dates in Swedish ("mars 2022") come from the locale registered in the browser by
``assets/plotly-locale-sv.js``; ``graph_config`` only names it. This module must not
import dash, so tests and exporters can use it without a server.
"""

from __future__ import annotations

import json
import pickle
import re
import zlib
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.figures.plot import Figure

# --- palette ------------------------------------------------------------------------

#: Okabe & Ito (2008), "Color Universal Design", plus the grey usually added to it.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

#: Order for series without a named colour. Yellow is left out: it is too pale on white.
COLORWAY: tuple[str, ...] = (
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["grey"],
)

#: One fixed colour per crime category (keys as in ``contract.CATEGORIES``).
CRIME_COLOURS: dict[str, str] = {
    "stöld": OKABE_ITO["blue"],
    "narkotika": OKABE_ITO["reddish_purple"],
    "våld": OKABE_ITO["vermillion"],
    "skadegörelse": OKABE_ITO["orange"],
    "inbrott": OKABE_ITO["sky_blue"],
    "bedrägeri": OKABE_ITO["bluish_green"],
    "övrigt": OKABE_ITO["grey"],
}

#: Survey indicators (keys as in ``contract.SURVEY_INDICATORS``); worry about theft,
#: violence and drugs share the hue of the matching crime category.
SURVEY_COLOURS: dict[str, str] = {
    "otrygg_kvall": OKABE_ITO["orange"],
    "oro_stold": CRIME_COLOURS["stöld"],
    "oro_vald": CRIME_COLOURS["våld"],
    "narkotika_problem": CRIME_COLOURS["narkotika"],
    "problemindex": OKABE_ITO["bluish_green"],
}

#: "Hela kommunen" and other baselines: a neutral dark grey, drawn dashed
#: (``NEUTRAL_DASH``) so it differs from the series by more than colour.
#: ``apply_theme(dark=True)`` swaps it for ``NEUTRAL_DARK``.
NEUTRAL = "#404040"
NEUTRAL_DARK = "#D9D9D9"
NEUTRAL_DASH = "dash"

#: The unfilled part of a gauge or progress bar, on a light or a dark background.
TRACK_COLOUR = "#E6E6E6"
TRACK_COLOUR_DARK = "#333333"

#: Continuous scales that stay readable with colour-vision deficiencies.
SEQUENTIAL_SCALE = "cividis"
DIVERGING_SCALE = "puor"


def series_colour(key: str) -> str:
    """The colour of a crime category or survey indicator; others get a stable colourway pick."""
    if key in CRIME_COLOURS:
        return CRIME_COLOURS[key]
    if key in SURVEY_COLOURS:
        return SURVEY_COLOURS[key]
    return COLORWAY[zlib.crc32(key.encode("utf-8")) % len(COLORWAY)]


def neutral_colour(*, dark: bool = False) -> str:
    """The baseline colour for a light or a dark background."""
    return NEUTRAL_DARK if dark else NEUTRAL


# --- status -------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusStyle:
    """How one status looks; never only its colour."""

    key: str
    colour: str  # fill, line or marker colour (Okabe–Ito)
    ink: str  # text colour on ``colour`` (WCAG AA)
    on_light: str  # the same hue darkened for text or icons on white (WCAG AA)
    icon: str  # Bootstrap Icons name, e.g. "bi-check-circle-fill"
    symbol: str  # Plotly marker symbol

    @property
    def icon_class(self) -> str:
        """The ``className`` for ``html.I``: ``"bi bi-check-circle-fill"``."""
        return f"bi {self.icon}"

    def text_colour(self, *, dark: bool = False) -> str:
        """Colour for the icon or label drawn straight on the page background."""
        return self.colour if dark else self.on_light


STATUS_ORDER: tuple[str, ...] = ("green", "amber", "red", "not_started")

STATUS_STYLES: dict[str, StatusStyle] = {
    "green": StatusStyle(
        "green", OKABE_ITO["bluish_green"], "#000000", "#008561", "bi-check-circle-fill", "circle"
    ),
    "amber": StatusStyle(
        "amber", OKABE_ITO["orange"], "#000000", "#9C6C00", "bi-exclamation-triangle-fill",
        "triangle-up",
    ),
    "red": StatusStyle(
        "red", OKABE_ITO["vermillion"], "#000000", "#C05500", "bi-x-octagon-fill", "x"
    ),
    "not_started": StatusStyle(
        "not_started", OKABE_ITO["grey"], "#000000", "#747474", "bi-hourglass", "hourglass"
    ),
}  # fmt: skip

#: Shortcuts: status -> colour, icon name, marker symbol.
STATUS_COLOURS: dict[str, str] = {k: s.colour for k, s in STATUS_STYLES.items()}
STATUS_ICONS: dict[str, str] = {k: s.icon for k, s in STATUS_STYLES.items()}
STATUS_SYMBOLS: dict[str, str] = {k: s.symbol for k, s in STATUS_STYLES.items()}


def status_style(status: str | None) -> StatusStyle:
    """The style of ``status``; no status yet (``None``) is shown as not started."""
    if status is None:
        return STATUS_STYLES["not_started"]
    try:
        return STATUS_STYLES[status]
    except KeyError:
        raise ValueError(f"unknown status {status!r}; expected one of {STATUS_ORDER}") from None


# --- typography and surfaces --------------------------------------------------------

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


def _swap_colour(trace: Any, attr: str, old: str, new: str) -> None:
    part = getattr(trace, attr, None)
    colour = getattr(part, "color", None)
    if isinstance(colour, str) and colour.upper() == old.upper():
        part.color = new


_TEMPLATE_PICKLES: dict[str, bytes] = {}  # each registered template as plain JSON, pickled
_AXIS_KEY = re.compile(r"^[xy]axis\d*$")


def _template(name: str) -> dict:
    """A private copy of the registered template ``name`` as plain JSON (~10 µs)."""
    found = _TEMPLATE_PICKLES.get(name)
    if found is None:
        as_json = json.loads(json.dumps(pio.templates[name].to_plotly_json()))
        found = _TEMPLATE_PICKLES[name] = pickle.dumps(as_json)
    return pickle.loads(found)


def apply_theme(fig: Figure, *, wall: bool = False, dark: bool = False, lang: str = "sv") -> Figure:
    """Give ``fig`` (a ``plot.Figure``) the Medborgarlöfte look; returns the same figure.

    The same result as ``apply_theme_validated`` does to a ``go.Figure``, written straight
    into the figure's dicts (tests/test_theme_fast.py checks that both agree). ``wall``
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
    layout["template"] = _template(template_name(wall=wall, dark=dark))
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
