"""``theme.apply_theme`` (written straight into Plotly's property dicts, for speed) gives
exactly the figure that ``theme.apply_theme_validated`` (Plotly's own update calls) gives."""

from __future__ import annotations

import time

import plotly.graph_objects as go
import pytest
from plotly.subplots import make_subplots

from dashboard import theme


def figures() -> dict[str, go.Figure]:
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
        "empty": go.Figure(),
        "subplots": subplots,
        "styled": styled,
    }


@pytest.mark.parametrize("name", sorted(figures()))
@pytest.mark.parametrize(
    ("wall", "dark", "lang"),
    [(False, False, "sv"), (True, True, "en"), (False, True, "sv"), (True, False, "sv")],
)
def test_fast_theme_equals_plotly_updates(name, wall, dark, lang):
    fast = theme.apply_theme(go.Figure(figures()[name]), wall=wall, dark=dark, lang=lang)
    slow = theme.apply_theme_validated(go.Figure(figures()[name]), wall=wall, dark=dark, lang=lang)
    assert fast.to_plotly_json() == slow.to_plotly_json()
    # Twice is harmless, and the figure still works as a Plotly figure afterwards.
    again = theme.apply_theme(fast, wall=wall, dark=dark, lang=lang)
    assert again.to_plotly_json() == slow.to_plotly_json()
    again.update_layout(title_text="efter")
    slow.update_layout(title_text="efter")
    assert again.to_plotly_json() == slow.to_plotly_json()
    assert again.layout.template.layout.font.family == theme.FONT_FAMILY


def test_figures_do_not_share_their_template():
    a = theme.apply_theme(go.Figure())
    b = theme.apply_theme(go.Figure())
    a.layout.template.layout.font.size = 99
    assert b.layout.template.layout.font.size != 99


def test_fast_theme_is_faster():
    base = figures()["gauge"]

    def best(apply) -> float:  # the best of three batches: a busy machine slows one alike
        times = []
        for _ in range(3):
            copies = [go.Figure(base) for _ in range(5)]
            started = time.perf_counter()
            for fig in copies:
                apply(fig)
            times.append(time.perf_counter() - started)
        return min(times)

    assert best(theme.apply_theme) < best(theme.apply_theme_validated) / 3
