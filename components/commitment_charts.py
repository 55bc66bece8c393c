"""A commitment's charts: progress against the even pace (or the milestone) and the
before/after estimates per crime category, each in a box of its final height."""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from components.figure_text import show_as_table
from components.gauge import element_id
from dashboard import contract
from dashboard.analysis import before_after, commitment_detail
from dashboard.analysis.commitments import Commitment
from dashboard.figures import commitments as commitment_figures
from dashboard.figures import summaries, theme
from dashboard.i18n import t


class ids:
    """Ids of a commitment's charts (All-in-One style; ``code`` is the löfte_id)."""

    @staticmethod
    def progress(code: str) -> str:
        return f"progress-{element_id(code)}"

    @staticmethod
    def before_after(code: str) -> str:
        return f"ba-{element_id(code)}"

    @staticmethod
    def before_after_chart(code: str, category: str) -> str:
        return f"ba-{element_id(code)}-{category_id(category)}"


def _config(lang: str, code: str) -> dict:
    """The theme's Graph config, without the modebar: these charts are small and read,
    not explored."""
    config = theme.graph_config(lang, filename=f"medborgarlofte-{element_id(code)}")
    return {**config, "displayModeBar": False}


def _graph(graph_id: str, fig, config: dict, height: int, className: str = "") -> html.Div:
    """A Graph in a box of its final height, so the page does not shift while the charts
    are drawn (and a link to ``#P1`` lands where it should)."""
    return html.Div(
        dcc.Graph(id=graph_id, figure=fig, config=config, style={"height": f"{height}px"}),
        style={"minHeight": f"{height}px"},
        className=className,
    )


def progress_chart(item: Commitment, activities: pd.DataFrame, as_of: date, lang: str):
    """The small chart: cumulative achieved against the even pace, or the milestone."""
    status = item.judgement.status if item.judgement else None
    if item.rule == "milstolpe":
        fig = commitment_figures.milestone_figure(
            start=item.start,
            end=item.end,
            done=commitment_detail.done_day(activities, item.target, as_of),
            as_of=as_of,
            status=status,
            lang=lang,
        )
        height = commitment_figures.MILESTONE_HEIGHT
    else:
        fig = commitment_figures.progress_figure(
            commitment_detail.cumulative(activities, item.start, item.end, as_of),
            commitment_detail.pace_line(item.start, item.end, item.target),
            start=item.start,
            end=item.end,
            target=item.target,
            as_of=as_of,
            status=status,
            lang=lang,
        )
        height = commitment_figures.HEIGHT
    return html.Figure(
        [
            _graph(ids.progress(item.code), fig, _config(lang, item.code), height),
            html.Figcaption(t("loften.fig.alt", lang), className="visually-hidden"),
        ],
        className="mb-0",
    )


def _row_label(est: before_after.Estimate, lang: str) -> str:
    return t("ba.fig.together", lang) if est.together else est.areas[0]


def before_after_block(
    estimates: list[before_after.Estimate], lang: str, kommun: str, code: str
) -> html.Div | None:
    """Per category: the estimates as points with intervals, then one sentence per result."""
    if not estimates:
        return None
    columns = []
    for category in before_after.CATEGORIES:
        found = [e for e in estimates if e.category == category]
        if not found:
            continue
        fig = commitment_figures.before_after_figure(
            [(_row_label(e, lang), e.did) for e in found], lang=lang, kommun=kommun
        )
        sentences = [
            html.Li(
                before_after.sentence(e, lang, kommun),
                className="ba-sentence" + (" ba-none" if e.did is None else ""),
            )
            for e in found
        ]
        note = before_after.caveat(category, lang)
        columns.append(
            dbc.Col(
                [
                    html.H4(t(f"ba.subject.{category}", lang), className="h6 fw-bold"),
                    # The sentences say in words what the chart draws; the table has it.
                    html.Figure(
                        [
                            _graph(
                                ids.before_after_chart(code, category),
                                fig,
                                _config(lang, f"{code}-{category_id(category)}"),
                                fig.layout["height"],
                                className="mb-2",
                            ),
                            html.Figcaption(html.Ul(sentences, className="ba-list")),
                            show_as_table([(None, summaries.estimate_table(found, lang))], lang),
                        ],
                        className="mb-2",
                    ),
                    html.P(
                        [
                            html.I(className="bi bi-info-circle me-1", **{"aria-hidden": "true"}),
                            note,
                        ],
                        className="small fst-italic mb-0 ba-caveat",
                    )
                    if note
                    else None,
                ],
                lg=6,
                className=f"ba-{category_id(category)}",
            )
        )
    return html.Div(
        [
            html.H3(t("ba.title", lang), className="h5"),
            html.P(t("ba.method", lang, kommun=kommun), className="small text-body-secondary"),
            dbc.Row(columns, className="g-4"),
        ],
        className="before-after border-top pt-3 mt-3",
        id=ids.before_after(code),
    )


def category_id(category: str) -> str:
    """``stöld`` → ``stold``: a plain-ASCII id fragment."""
    return contract.slug(category)
