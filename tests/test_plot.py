"""``dashboard.plot`` builds the figures Plotly's classes would, as plain dicts.

Each method is compared with ``go.Figure``'s own; ``theme.apply_theme`` with Plotly's
update calls (``apply_theme_validated``); and every figure the pages send is read back
through ``go.Figure``, which refuses an unknown or misspelt property.
"""

from __future__ import annotations

import copy
import gzip
import json
import math
import re
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.subplots import make_subplots

from dashboard.figures import plot, theme

MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]00:00:00(\.0+)?$")


def _read(node):
    """JSON as plotly.js reads it: "2022-01-01 00:00:00" is the day "2022-01-01", NaN null."""
    if isinstance(node, dict):
        return {k: _read(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_read(v) for v in node]
    if isinstance(node, str):
        return MIDNIGHT.sub(r"\1", node)
    if isinstance(node, float) and math.isnan(node):
        return None  # sent as null either way
    return node


def same(ours: plot.Figure, plotlys: go.Figure) -> None:
    """Both figures say the same to plotly.js (templates aside)."""
    a, b = go.Figure(ours).to_plotly_json(), plotlys.to_plotly_json()
    for fig in (a, b):
        fig["layout"].pop("template", None)
    a, b = (_read(json.loads(json.dumps(f, default=str))) for f in (a, b))
    assert a == b


# --------------------------------------------------------------------------- values


def test_plain_values():
    assert plot.plain(float("nan")) is None
    assert plot.plain(np.int64(3)) == 3 and type(plot.plain(np.int64(3))) is int
    assert plot.plain(pd.Series([1.5, np.nan])) == [1.5, None]
    assert plot.plain(np.array([1, 2])) == [1, 2]
    months = pd.Series(pd.to_datetime(["2022-03-01", None]))
    assert plot.plain(months) == ["2022-03-01", None]
    assert plot.plain(pd.Timestamp("2022-03-01 12:30")) == "2022-03-01 12:30:00"
    assert plot.plain(pd.Period("2022-03", "M")) == "2022-03-01"
    assert plot.plain(date(2022, 3, 1)) == "2022-03-01"
    assert plot.plain(pd.period_range("2022-01", periods=2, freq="M")) == [
        "2022-01-01",
        "2022-02-01",
    ]
    assert plot.plain({"a": (np.float64(0.5), pd.NA)}) == {"a": [0.5, None]}


def test_magic_underscores_and_none():
    fig = plot.Figure()
    fig.update_layout(title_font_size=20, paper_bgcolor="#fff", legend={"font_size": 9})
    fig.update_layout(title="Rubrik")
    assert fig.layout["title"] == {"font": {"size": 20}, "text": "Rubrik"}
    assert fig.layout["paper_bgcolor"] == "#fff"
    assert fig.layout["legend"] == {"font": {"size": 9}}
    fig.update_layout(legend_font_size=None)
    assert fig.layout["legend"] == {"font": {}}
    trace = plot.scatter(x=[1], error_y={"array": [1]}, line=None, line_shape="hv")
    assert trace == {
        "type": "scatter",
        "x": [1],
        "error_y": {"array": [1]},
        "line": {"shape": "hv"},
    }


# --------------------------------------------------------------------------- methods


def test_figure_methods_match_plotly():
    ours, theirs = plot.Figure(), go.Figure()
    for fig, make in ((ours, plot.scatter), (theirs, go.Scatter)):
        fig.add_trace(make(x=[1, 2], y=[3, np.nan], line_color="red", name="a"))
        fig.add_trace(make(x=[pd.Timestamp("2022-01-01")], y=[1], marker={"size": 4}))
        fig.update_traces(cliponaxis=False)
        fig.update_layout(height=300, margin={"t": 10}, legend_orientation="h")
        fig.update_xaxes(title_text="x", range=[0, 3])
        fig.update_yaxes(rangemode="tozero", tickformat=",.0f")
        fig.add_vline(x=1.5, line={"color": "#000", "dash": "dot"})
        fig.add_vrect(
            x0=pd.Timestamp("2022-01-01"), x1=pd.Timestamp("2022-06-01"), fillcolor="#000",
            opacity=0.1, line_width=0, layer="below", annotation_text="Löfte 2022",
            annotation_position="top left",
        )  # fmt: skip
        fig.add_annotation(x=1, y=2, text="<b>5</b>", showarrow=False, font={"color": "red"})
    same(ours, theirs)


@pytest.mark.parametrize(
    "options",
    [
        {"rows": 3, "cols": 1, "shared_xaxes": True, "row_heights": [230, 230, 100]},
        {
            "rows": 2,
            "cols": 2,
            "shared_xaxes": True,
            "column_widths": [0.74, 0.26],
            "specs": [[{}, {}], [{}, None]],
            "vertical_spacing": 0.05,
            "horizontal_spacing": 0.06,
        },
        {"rows": 1, "cols": 4, "horizontal_spacing": 0.05, "shared_yaxes": False},
        {
            "rows": 5,
            "cols": 2,
            "shared_xaxes": True,
            "column_widths": [0.74, 0.26],
            "row_heights": [230, 230, 230, 210, 136],
            "specs": [[{}, {}], [{}, {}], [{}, {}], [{}, None], [{}, None]],
            "vertical_spacing": 0.0583,
            "horizontal_spacing": 0.06,
        },
    ],
)
def test_subplots_match_make_subplots(options):
    cells = [
        (r, c)
        for r in range(1, options["rows"] + 1)
        for c in range(1, options["cols"] + 1)
        if not options.get("specs") or options["specs"][r - 1][c - 1] is not None
    ]
    titles = [f"Panel {r}:{c}" for r, c in cells]
    ours = plot.subplots(subplot_titles=titles, **options)
    theirs = make_subplots(subplot_titles=titles, **copy.deepcopy(options))  # fills specs in
    for r, c in cells:
        for fig, make in ((ours, plot.scatter), (theirs, go.Scatter)):
            fig.add_trace(make(x=[r], y=[c]), row=r, col=c)
        ours.update_yaxes(range=[0, r], row=r, col=c)
        theirs.update_yaxes(range=[0, r], row=r, col=c)
        assert ours.x_domain(r, c) == list(theirs.get_subplot(r, c).xaxis.domain)
    ours.update_xaxes(showticklabels=True, dtick="M12")
    theirs.update_xaxes(showticklabels=True, dtick="M12")
    same(ours, theirs)
    assert [a["text"] for a in ours.layout["annotations"]] == titles


def test_subplots_without_titles_match_make_subplots():
    for options in ({"rows": 3, "cols": 1, "shared_xaxes": True}, {"rows": 2, "cols": 3}):
        same(plot.subplots(**options), make_subplots(**options))
    with pytest.raises(ValueError):
        plot.subplots(rows=1, cols=2, specs=[[{"secondary_y": True}, {}]])


# --------------------------------------------------------------------------- theme


def _go_figures() -> dict[str, go.Figure]:
    subplots = make_subplots(rows=2, cols=2, specs=[[{"secondary_y": True}, {}], [{}, {}]])
    subplots.add_trace(go.Bar(x=[1, 2], y=[2, 3], marker={"color": theme.NEUTRAL}), 1, 1)
    subplots.add_trace(go.Scatter(x=[1], y=[2], line={"color": theme.NEUTRAL_DARK}), 1, 1, True)
    subplots.add_trace(go.Scatter(x=[1], y=[2]), 2, 2)
    subplots.update_layout(title={"text": "Titel", "font": {"family": "serif"}})
    styled = go.Figure(
        go.Scatter(x=[1, 2, 3], y=[3, 1, 2], marker={"color": "#123456"}),
        layout={
            "font": {"size": 9, "family": "monospace"},
            "legend": {"font": {"size": 30}, "orientation": "v"},
            "hoverlabel": {"font": {"color": "red"}},
            "xaxis": {"title": {"text": "månad", "font": {"family": "serif"}}, "tickfont": {}},
            "annotations": [{"text": "a", "x": 1, "y": 1}],
            "template": "plotly_dark",
        },
    )
    return {
        "gauge": go.Figure(go.Indicator(mode="gauge+number", value=5, gauge={"axis": {}})),
        "blue": go.Figure(
            go.Scatter(
                y=[1, 2],
                line={"color": theme.OKABE_ITO["blue"]},
                marker={"line": {"color": theme.OKABE_ITO["blue"], "width": 2}},
                error_y={"array": [1, 1], "color": theme.OKABE_ITO["blue"]},
            )
        ),
        "empty": go.Figure(),
        "subplots": subplots,
        "styled": styled,
    }


@pytest.mark.parametrize("name", sorted(_go_figures()))
@pytest.mark.parametrize(
    ("wall", "dark", "lang"),
    [(False, False, "sv"), (True, True, "en"), (False, True, "sv"), (True, False, "sv")],
)
def test_theme_matches_plotlys_own_updates(name, wall, dark, lang):
    source = _go_figures()[name]
    ours = theme.apply_theme(plot.Figure(source.to_plotly_json()), wall=wall, dark=dark, lang=lang)
    slow = theme.apply_theme_validated(go.Figure(source), wall=wall, dark=dark, lang=lang)
    assert go.Figure(ours).to_plotly_json() == slow.to_plotly_json()
    # Twice is harmless.
    again = theme.apply_theme(ours, wall=wall, dark=dark, lang=lang)
    assert go.Figure(again).to_plotly_json() == slow.to_plotly_json()
    assert again.layout["template"]["layout"]["font"]["family"] == theme.FONT_FAMILY


def test_figures_do_not_share_their_template():
    a = theme.apply_theme(plot.Figure())
    b = theme.apply_theme(plot.Figure())
    a.layout["template"]["layout"]["font"]["size"] = 99
    assert b.layout["template"]["layout"]["font"]["size"] != 99


# --------------------------------------------------------------------------- the pages


PAGES = [
    ("/", "?omrade=hotorget"),
    ("/trender", ""),
    ("/trender", "?omrade=hotorget,centrum&matt=per1000&enkat=index_problem"),
    ("/trender", "?matt=antal&lang=en"),
    ("/omrade/hotorget", ""),
    ("/loften", ""),
    ("/rapport", ""),
    ("/vaggskarm", "?tema=mork"),
]


def _figures(node):
    if isinstance(node, dict):
        if isinstance(node.get("figure"), dict) and "data" in node["figure"]:
            yield node["figure"]
        for value in node.values():
            yield from _figures(value)
    elif isinstance(node, list):
        for value in node:
            yield from _figures(value)


def test_every_figure_the_pages_send_is_valid_plotly(demo_db):
    import app as app_module
    from dashboard.storage import cache
    from web import csrf, page_cache

    cache.clear()
    client = app_module.app.server.test_client()
    assert client.get("/").status_code == 200
    headers = {csrf.CSRF_HEADER: client.get_cookie(csrf.CSRF_COOKIE).value}
    count = 0
    for pathname, search in PAGES:
        body = page_cache.router_request(pathname, search)
        response = client.post("/_dash-update-component", json=body, headers=headers)
        assert response.status_code == 200, (pathname, search)
        data = response.data
        if response.headers.get("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        figures = list(_figures(json.loads(data)))
        assert figures or pathname == "/", (pathname, search)
        for fig in figures:
            checked = go.Figure(fig)  # raises on an unknown property or a bad value
            assert checked.layout.template.layout.font.family == theme.FONT_FAMILY
            for trace in fig["data"]:
                for values in (trace.get("x"), trace.get("y")):
                    if isinstance(values, list):  # never NaN on the wire: null
                        assert not any(isinstance(v, float) and math.isnan(v) for v in values)
            count += 1
    assert count >= 30
