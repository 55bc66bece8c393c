"""The colours of every figure and page: the Okabe–Ito palette and the status styles.

Okabe–Ito stays distinguishable with the common colour-vision deficiencies. Colour
never carries meaning alone: each status also has a Bootstrap Icons class and a Plotly
marker symbol, and the views show its text label. Reach these through ``theme``.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

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
