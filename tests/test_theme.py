"""dashboard.theme: template, palette, status styles, wall/dark variants, Graph config.

Fast, no browser. The browser side (Swedish month names from assets/plotly-locale-sv.js)
needs Chromium; these tests only check what Python and the vendored files decide.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from dashboard import contract
from dashboard.figures import plot, theme

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _line_figure() -> plot.Figure:
    fig = plot.Figure(
        [
            plot.scatter(x=["2022-01-01", "2022-02-01"], y=[1200.5, 1300], name="stöld"),
            plot.scatter(
                x=["2022-01-01", "2022-02-01"],
                y=[1000, 1000],
                name="Hela kommunen",
                line={"color": theme.NEUTRAL, "dash": theme.NEUTRAL_DASH},
            ),
        ]
    )
    fig.update_layout(title="Anmälda brott", xaxis_title="Månad", yaxis_title="Antal")
    return fig


def _go(fig: plot.Figure) -> go.Figure:
    """The figure as Plotly reads it (validated: a typo in a property fails here)."""
    return go.Figure(fig)


# --- template ---------------------------------------------------------------------


def test_templates_are_registered():
    for wall in (False, True):
        for dark in (False, True):
            name = theme.template_name(wall=wall, dark=dark)
            assert name in pio.templates
            assert isinstance(pio.templates[name], go.layout.Template)
    assert theme.TEMPLATE == "medborgarlofte"
    assert "medborgarlofte" in pio.templates


def test_template_uses_swedish_separators():
    assert theme.SEPARATORS["sv"] == ",\u00a0"  # decimal comma, no-break space thousands
    assert pio.templates["medborgarlofte"].layout.separators == ",\u00a0"
    fig = _go(theme.apply_theme(_line_figure()))
    assert fig.layout.separators == ",\u00a0"
    assert _go(theme.apply_theme(_line_figure(), lang="en")).layout.separators == ".,"


def test_template_uses_system_fonts_and_a_light_background():
    layout = pio.templates["medborgarlofte"].layout
    family = layout.font.family
    assert family.startswith("system-ui") and family.endswith("sans-serif")
    assert "Open Sans" not in family
    assert layout.font.size >= 14
    assert layout.paper_bgcolor == "#FFFFFF"
    assert layout.xaxis.exponentformat == "none"  # "12 000", not "12k"


def test_apply_theme_sets_the_template_and_returns_the_figure():
    fig = _line_figure()
    assert theme.apply_theme(fig) is fig
    fig = _go(fig)
    assert fig.layout.template.layout.separators == ",\u00a0"
    assert list(fig.layout.template.layout.colorway) == list(theme.COLORWAY)


def test_wall_makes_every_font_larger():
    desk = _go(theme.apply_theme(_line_figure()))
    wall = _go(theme.apply_theme(_line_figure(), wall=True))
    assert wall.layout.font.size == 28
    assert wall.layout.font.size > desk.layout.font.size
    assert wall.layout.title.font.size > desk.layout.title.font.size
    assert wall.layout.legend.font.size > desk.layout.legend.font.size
    assert wall.layout.hoverlabel.font.size > desk.layout.hoverlabel.font.size
    assert wall.layout.xaxis.tickfont.size > desk.layout.xaxis.tickfont.size
    assert wall.layout.yaxis.title.font.size > desk.layout.yaxis.title.font.size
    wall_lines = wall.layout.template.data.scatter[0].line.width
    assert wall_lines > desk.layout.template.data.scatter[0].line.width


def test_wall_wins_over_sizes_set_earlier_and_is_idempotent():
    fig = _line_figure()
    fig.update_layout(font_size=10)
    theme.apply_theme(fig, wall=True)
    theme.apply_theme(fig, wall=True)
    assert _go(fig).layout.font.size == 28


def test_dark_is_high_contrast_and_swaps_the_baseline():
    fig = theme.apply_theme(_line_figure(), dark=True)
    dark = _go(fig)
    assert dark.layout.paper_bgcolor == "#000000"
    assert _contrast(dark.layout.font.color, dark.layout.paper_bgcolor) >= 7
    assert dark.data[1].line.color == theme.NEUTRAL_DARK
    light = _go(theme.apply_theme(fig))  # back to light
    assert light.data[1].line.color == theme.NEUTRAL
    assert _contrast(light.layout.font.color, light.layout.paper_bgcolor) >= 7


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        theme.apply_theme(_line_figure(), lang="de")
    with pytest.raises(ValueError):
        theme.graph_config("de")


# --- palette ----------------------------------------------------------------------


def test_named_series_cover_the_contract():
    assert set(theme.CRIME_COLOURS) == set(contract.CATEGORIES)
    assert set(theme.SURVEY_COLOURS) == set(contract.SURVEY_INDICATORS)
    assert len(set(theme.CRIME_COLOURS.values())) == len(theme.CRIME_COLOURS)
    assert len(set(theme.SURVEY_COLOURS.values())) == len(theme.SURVEY_COLOURS)
    okabe_ito = set(theme.OKABE_ITO.values())
    assert set(theme.CRIME_COLOURS.values()) <= okabe_ito
    assert set(theme.COLORWAY) <= okabe_ito


def test_series_colour_is_stable_for_unknown_keys():
    assert theme.series_colour("våld") == theme.CRIME_COLOURS["våld"]
    assert theme.series_colour("oro_vald") == theme.SURVEY_COLOURS["oro_vald"]
    assert theme.series_colour("egen fråga") == theme.series_colour("egen fråga")
    assert theme.series_colour("egen fråga") in theme.COLORWAY


def test_neutral_is_readable_on_its_background():
    assert _contrast(theme.neutral_colour(), "#FFFFFF") >= 4.5
    assert _contrast(theme.neutral_colour(dark=True), "#000000") >= 4.5
    # the expected-pace marker drawn on a gauge's track
    assert _contrast(theme.neutral_colour(), theme.TRACK_COLOUR) >= 4.5
    assert _contrast(theme.neutral_colour(dark=True), theme.TRACK_COLOUR_DARK) >= 4.5


# --- status -----------------------------------------------------------------------


def test_status_colours_are_distinct_and_named():
    assert set(theme.STATUS_STYLES) == {"green", "amber", "red", "not_started"}
    assert tuple(theme.STATUS_STYLES) == theme.STATUS_ORDER
    colours = [s.colour for s in theme.STATUS_STYLES.values()]
    assert len(set(colours)) == len(colours)
    assert theme.STATUS_COLOURS["green"] == theme.OKABE_ITO["bluish_green"]
    assert theme.STATUS_COLOURS["amber"] == theme.OKABE_ITO["orange"]
    assert theme.STATUS_COLOURS["red"] == theme.OKABE_ITO["vermillion"]


def test_each_status_has_its_own_icon_and_symbol():
    icons = [s.icon for s in theme.STATUS_STYLES.values()]
    symbols = [s.symbol for s in theme.STATUS_STYLES.values()]
    assert len(set(icons)) == len(icons)
    assert len(set(symbols)) == len(symbols)
    for style in theme.STATUS_STYLES.values():
        assert style.icon.startswith("bi-")
        assert style.icon_class == f"bi {style.icon}"
        go.Scatter(marker_symbol=style.symbol)  # raises if plotly has no such symbol


def test_status_icons_exist_in_the_vendored_icon_font():
    css = (ASSETS / "vendor" / "bootstrap-icons" / "bootstrap-icons.min.css").read_text("utf-8")
    for icon in theme.STATUS_ICONS.values():
        assert re.search(rf"\.{re.escape(icon)}::before", css), icon


def test_status_text_is_readable():
    for style in theme.STATUS_STYLES.values():
        assert _contrast(style.ink, style.colour) >= 4.5, style.key
        assert _contrast(style.text_colour(), "#FFFFFF") >= 4.5, style.key
        assert _contrast(style.text_colour(dark=True), "#000000") >= 4.5, style.key


def test_status_style_lookup():
    assert theme.status_style("red").icon == "bi-x-octagon-fill"
    assert theme.status_style(None).key == "not_started"
    with pytest.raises(ValueError):
        theme.status_style("purple")


# --- dcc.Graph config -------------------------------------------------------------


def test_graph_config_locale_download_and_no_cloud():
    assert theme.GRAPH_CONFIG["locale"] == "sv"
    for lang in ("sv", "en"):
        config = theme.graph_config(lang)
        assert config["locale"] == lang
        assert config["displaylogo"] is False
        assert config["showSendToCloud"] is False
        assert "sendChartToCloud" in config["modeBarButtonsToRemove"]
        assert "toImage" not in config["modeBarButtonsToRemove"]
        assert config["toImageButtonOptions"]["format"] == "png"
        assert config["toImageButtonOptions"]["filename"] == "medborgarlofte-diagram"
    wall = theme.graph_config("sv", wall=True)
    assert wall["displayModeBar"] is False and wall["staticPlot"] is True


def test_graph_config_keys_are_known_to_dcc_graph():
    dcc = pytest.importorskip("dash.dcc")
    allowed = set(dcc.Graph.Config.__annotations__)
    image_allowed = set(dcc.Graph.ConfigToImageButtonOptions.__annotations__)
    for config in (theme.graph_config("sv"), theme.graph_config("en", wall=True)):
        assert set(config) <= allowed
        assert set(config["toImageButtonOptions"]) <= image_allowed


def test_theme_does_not_import_dash():
    tree = ast.parse((ROOT / "dashboard" / "figures" / "theme.py").read_text("utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "dash" not in imported
    assert "dash_bootstrap_components" not in imported


# --- assets -----------------------------------------------------------------------


def test_assets_fetch_nothing_from_outside():
    """Only comments and SVG xmlns may mention http; nothing may load from it."""
    fetch = re.compile(r"""url\(\s*["']?(https?:)?//|@import|(src|href)=["']?(https?:)?//""")
    # axe-core is the accessibility test's checker, never loaded into a page (app.py); it
    # names @import to inspect a page's style sheets.
    files = [
        p for p in ASSETS.rglob("*") if p.suffix in (".css", ".js") and "axe-core" not in p.parts
    ]
    assert files
    for path in files:
        assert not fetch.search(path.read_text("utf-8")), path
        assert "sourceMappingURL" not in path.read_text("utf-8"), path


def test_dark_draws_okabe_itos_blue_as_its_sky_blue_unless_both_are_used():
    blue, sky = theme.OKABE_ITO["blue"], theme.OKABE_ITO["sky_blue"]
    assert _contrast(blue, "#000000") < 4.5 <= 7 <= _contrast(sky, "#000000")
    fig = plot.Figure(
        [
            plot.scatter(
                y=[1, 2],
                line={"color": blue},
                error_y={"color": blue},
                marker={"color": blue, "line": {"color": blue}},
            )
        ]
    )
    dark = theme.apply_theme(fig, dark=True).data[0]
    assert dark["line"]["color"] == dark["error_y"]["color"] == sky
    assert dark["marker"]["color"] == dark["marker"]["line"]["color"] == sky
    both = plot.Figure(
        [plot.scatter(y=[1], line={"color": blue}), plot.scatter(y=[2], line={"color": sky})]
    )
    theme.apply_theme(both, dark=True)
    assert [t["line"]["color"] for t in both.data] == [blue, sky]  # still two colours
    light = theme.apply_theme(plot.Figure([plot.scatter(y=[1], line={"color": blue})]))
    assert light.data[0]["line"]["color"] == blue
