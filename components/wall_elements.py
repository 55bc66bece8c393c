"""What the wall screen's views share: their ids, icons and graphs.

Sizes are in ``em`` of ``.wall-screen`` (28 px on a 1080p screen; see
assets/zz-site/wall.css), figures use ``theme.apply_theme(fig, wall=True)``.
"""

from __future__ import annotations

from dash import dcc, html

from dashboard import contract
from dashboard.figures import theme
from dashboard.figures.wall import FigureTable

ICON_HIDDEN = {"aria-hidden": "true"}


class ids:
    """Ids inside the wall screen's views (All-in-One style); the views' own ids are
    ``analysis.wall.view_id``'s, the screen's frame's are layouts/ids/wall.py's."""

    DEMO = "wall-demo"
    SUMMARY = "wall-summary"
    CRIME_GRAPH = "wall-graph-crime"
    SURVEY_GRAPH = "wall-graph-survey"
    SURVEY_FACT = "wall-fact-survey"

    @staticmethod
    def tile(code: str) -> str:
        return f"wall-tile-{code}"

    @staticmethod
    def area_graph(slug: str) -> str:
        return f"wall-graph-area-{slug}"

    @staticmethod
    def fact(category: str) -> str:
        """``wall-fact-stold``: one crime category's figure on a focus area's view."""
        return f"wall-fact-{contract.fold(category)}"


def icon(name: str, extra: str = "") -> html.I:
    return html.I(className=f"bi {name} {extra}".strip(), **ICON_HIDDEN)


def graph(fig_table: FigureTable, graph_id: str, lang: str) -> dcc.Graph:
    # Transparent: the figure takes the colour of the card it sits on.
    fig_table.figure.update_layout(paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)")
    return dcc.Graph(
        id=graph_id,
        figure=fig_table.figure,
        config=theme.graph_config(lang, wall=True),
        className="wall-graph",
        responsive=True,
    )


def figure_caption(fig_table: FigureTable) -> html.Figcaption:
    """A figure's title, and the figure in words for a screen reader (its text alternative;
    on the screen the facts beside the figures say the same for everyone)."""
    return html.Figcaption(
        [
            html.H3(fig_table.title, className="wall-figure-title"),
            html.P(" ".join(fig_table.summary), className="visually-hidden"),
        ]
    )
