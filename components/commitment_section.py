"""The pieces of the commitments page ``/loften``: the table of contents and one section
per commitment (facts, figures, progress chart, before/after, activity log, check-ins).

User text (commitment texts, comments, names) is passed as plain strings to html
components, never as Markdown.
"""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from components.gauge import element_id, headline_badge, status_badge
from components.plain_html import el
from dashboard import contract
from dashboard.analysis import before_after, commitment_detail
from dashboard.analysis.commitments import Commitment
from dashboard.figures import commitments as commitment_figures
from dashboard.figures import theme
from dashboard.i18n import fmt_date, fmt_month, fmt_number, fmt_percent, t

TOC_ID = "innehall"


def anchor(code: str) -> str:
    """The section's id: the löfte_id itself (made Dash-safe only where it must be)."""
    return element_id(code)


def achieved_text(item: Commitment, lang: str) -> str:
    """``165 av 150 fotpatrullpass``, or done / not done yet for a milestone."""
    if item.rule == "milstolpe":
        done = item.achieved >= item.target
        return t("gauge.milestone_done" if done else "gauge.milestone_open", lang)
    return t(
        "gauge.achieved",
        lang,
        achieved=fmt_number(item.achieved, 0, lang),
        target=fmt_number(item.target, 0, lang),
        unit=item.unit or "",
    ).strip()


def _checkin_badge(status: str | None, lang: str):
    if not status:
        return html.Span(t("status.none", lang), className="text-body-secondary")
    return status_badge(status, lang, prefix="checkin")


# --------------------------------------------------------------------------- contents


def contents_table(items: list[Commitment], lang: str) -> html.Div:
    """The compact table of contents: code, short text, party, achieved, statuses; each
    code and text links to its section."""
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("loften.toc_code", lang), scope="col"),
                html.Th(t("loften.toc_text", lang), scope="col"),
                html.Th(t("loften.toc_party", lang), scope="col"),
                html.Th(t("loften.toc_progress", lang), scope="col"),
                html.Th(t("loften.toc_status", lang), scope="col"),
                html.Th(t("loften.toc_checkin", lang), scope="col"),
            ]
        )
    )
    rows = []
    for item in items:
        href = f"#{anchor(item.code)}"
        status = item.judgement.status if item.judgement else None
        rows.append(
            html.Tr(
                [
                    html.Td(html.A(item.code, href=href, className="fw-bold toc-code")),
                    html.Td(
                        html.A(
                            commitment_detail.short_text(item.text), href=href, className="toc-text"
                        )
                    ),
                    html.Td(t(f"party_short.{item.party}", lang)),
                    html.Td(achieved_text(item, lang), className="text-nowrap"),
                    html.Td(
                        status_badge(status, lang, title=t(f"gauge.rule_{item.rule}", lang))
                        if status
                        else "–"
                    ),
                    html.Td(_checkin_badge(item.checkin_status, lang)),
                ],
                id=f"toc-{anchor(item.code)}",
            )
        )
    return html.Div(
        [
            html.H2(t("loften.toc", lang), className="h3"),
            dbc.Table(
                [head, html.Tbody(rows)],
                bordered=False,
                hover=True,
                responsive=True,
                className="align-middle toc-table mb-0",
            ),
        ],
        id=TOC_ID,
        className="mb-4",
    )


# --------------------------------------------------------------------------- one section


def _fact(label: str, value) -> list:
    return [html.Dt(label, className="col-sm-4"), html.Dd(value, className="col-sm-8")]


def facts(item: Commitment, lang: str) -> html.Dl:
    """Party, partners, focus areas, indicator, target, rule and period."""
    rows = [
        *_fact(t("loften.party", lang), t(f"party_short.{item.party}", lang)),
        *_fact(
            t("loften.partners", lang),
            ", ".join(item.partners) if item.partners else t("loften.no_partners", lang),
        ),
        *_fact(
            t("loften.areas", lang),
            ", ".join(item.areas) if item.areas else t("area.whole", lang),
        ),
        *_fact(t("loften.indicator", lang), item.indicator),
        *_fact(
            t("loften.target", lang),
            t(
                "loften.target_value",
                lang,
                target=fmt_number(item.target, 0, lang),
                unit=item.unit or "",
            ).strip(),
        ),
        *_fact(t("loften.rule", lang), t(f"loften.rule.{item.rule}", lang)),
        *_fact(
            t("loften.period", lang),
            t(
                "loften.period_value",
                lang,
                start=fmt_date(item.start, lang),
                end=fmt_date(item.end, lang),
            ),
        ),
    ]
    return html.Dl(rows, className="row mb-0 facts")


def figures(item: Commitment, lang: str) -> html.Div:
    """Achieved, share of the target, the expected pace and both statuses in words."""
    j = item.judgement
    rows = [
        html.Div(t("loften.achieved", lang), className="small text-body-secondary"),
        html.Div(achieved_text(item, lang), className="fs-4 fw-semibold achieved"),
    ]
    if item.rule == "antal" and j:
        rows.append(
            html.Div(
                [
                    html.Span(t("loften.progress", lang) + ": "),
                    html.Strong(fmt_percent(100 * j.progress, 0, lang)),
                ],
                className="mt-1",
            )
        )
    if item.rule == "antal" and j and not j.ended:
        rows += [
            html.Div(
                [
                    html.Span(t("loften.expected", lang) + ": "),
                    html.Strong(
                        t(
                            "loften.expected_value",
                            lang,
                            expected=fmt_number(item.target * j.expected, 0, lang),
                            share=fmt_percent(100 * j.expected, 0, lang),
                        )
                    ),
                ]
            ),
        ]
    if j and j.ended:
        rows.append(html.Div(t("gauge.period_ended", lang, date=fmt_date(item.end, lang))))
    if j:
        rows += [
            html.Div(
                [html.Span(t("loften.status", lang) + ": "), status_badge(j.status, lang)],
                className="mt-3",
            ),
            html.Div(t(f"gauge.rule_{item.rule}", lang), className="small text-body-secondary"),
        ]
    if item.checkin_status:
        rows.append(
            html.Div(
                [
                    html.Span(
                        t("loften.assessed", lang) + f" ({fmt_date(item.checkin_day, lang)}): "
                    ),
                    status_badge(item.checkin_status, lang, prefix="checkin"),
                    html.Div(item.checkin_comment or "", className="small mt-1 checkin-comment"),
                ],
                className="mt-3",
            )
        )
    else:
        rows.append(html.Div(t("gauge.no_checkin", lang), className="mt-3 text-body-secondary"))
    return html.Div(rows, className="figures")


def _config(lang: str, code: str) -> dict:
    """The theme's Graph config, without the modebar: these charts are small and read,
    not explored."""
    config = theme.graph_config(lang, filename=f"medborgarlofte-{anchor(code)}")
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
            _graph(f"progress-{anchor(item.code)}", fig, _config(lang, item.code), height),
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
                    _graph(
                        f"ba-{anchor(code)}-{category_id(category)}",
                        fig,
                        _config(lang, f"{code}-{category_id(category)}"),
                        fig.layout["height"],
                        className="mb-2",
                    ),
                    html.Ul(sentences, className="ba-list"),
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
        id=f"ba-{anchor(code)}",
    )


def category_id(category: str) -> str:
    """``stöld`` → ``stold``: a plain-ASCII id fragment."""
    return contract.slug(category)


RECENT_ROWS = 8  # activity reports shown before "show older"


def _log_table(rows: pd.DataFrame, lang: str) -> dbc.Table:
    # Rows as plain elements (components/plain_html.py): a long log is most of the page.
    body = html.Tbody(
        [
            el(
                "Tr",
                [
                    el("Td", fmt_date(r.day, lang), className="text-nowrap"),
                    el("Td", fmt_number(r.count, 0, lang), className="text-end"),
                    el("Td", r.area if isinstance(r.area, str) else "–"),
                    el("Td", r.performed_by if isinstance(r.performed_by, str) else "–"),
                    el(
                        "Td",
                        r.comment if isinstance(r.comment, str) else "",
                        className="log-comment",
                    ),
                ],
            )
            for r in rows.itertuples()
        ]
    )
    header = html.Thead(
        html.Tr(
            [
                html.Th(t("loften.col.date", lang), scope="col", className="col-date"),
                html.Th(t("loften.col.count", lang), scope="col", className="text-end col-count"),
                html.Th(t("loften.col.area", lang), scope="col", className="col-area"),
                html.Th(t("loften.col.by", lang), scope="col", className="col-by"),
                html.Th(t("loften.col.comment", lang), scope="col"),
            ]
        )
    )
    return dbc.Table([header, body], size="sm", striped=True, className="mt-2 mb-1 log-table")


def activity_table(
    rows: pd.DataFrame, item: Commitment, lang: str, since: commitment_detail.Since
) -> html.Div:
    """The activity log, newest first: the latest reports, and the older ones behind
    "show older" so that a long log does not bury the rest of the section."""
    title_class = "h6 fw-bold"
    rows = rows[since.keep(rows["day"])] if not rows.empty else rows
    if rows.empty:
        return html.Div(
            [
                html.H3(t("loften.activities", lang), className=title_class),
                html.P(t("loften.no_activities", lang), className="text-body-secondary"),
            ]
        )
    rows = rows.sort_values("day", ascending=False, kind="stable")
    if item.rule == "milstolpe":
        key = "loften.reports_one" if len(rows) == 1 else "loften.reports"
        summary = t(key, lang, reports=fmt_number(len(rows), 0, lang))
    else:
        total = fmt_number(float(rows["count"].sum()), 0, lang)
        total = f"{total} {item.unit}" if item.unit else total
        key = "loften.activities_summary_one" if len(rows) == 1 else "loften.activities_summary"
        summary = t(key, lang, reports=fmt_number(len(rows), 0, lang), total=total)
    parts = [html.H3(summary, className=title_class), _log_table(rows.iloc[:RECENT_ROWS], lang)]
    older = rows.iloc[RECENT_ROWS:]
    if not older.empty:
        parts.append(
            html.Details(
                [
                    html.Summary(
                        t("loften.show_older", lang, n=fmt_number(len(older), 0, lang)),
                        className="text-primary",
                    ),
                    _log_table(older, lang),
                ],
                className="older-log",
            )
        )
    return html.Div(parts, className="activity-log", id=f"log-{anchor(item.code)}")


def checkin_table(rows: pd.DataFrame, lang: str, since: commitment_detail.Since) -> html.Div:
    """Every check-in (newest first): date, status as icon + word, comment."""
    rows = rows[since.keep(rows["day"])] if not rows.empty else rows
    title = html.H3(t("loften.checkins", lang), className="h6 fw-bold")
    if rows.empty:
        return html.Div(
            [title, html.P(t("loften.no_checkins", lang), className="text-body-secondary")]
        )
    body = html.Tbody(
        [
            html.Tr(
                [
                    html.Td(fmt_date(r.day, lang), className="text-nowrap"),
                    html.Td(status_badge(r.status, lang, prefix="checkin")),
                    html.Td(
                        r.comment if isinstance(r.comment, str) else "", className="log-comment"
                    ),
                ]
            )
            for r in rows.sort_values("day", ascending=False).itertuples()
        ]
    )
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("loften.col.date", lang), scope="col"),
                html.Th(t("loften.col.status", lang), scope="col"),
                html.Th(t("loften.col.comment", lang), scope="col"),
            ]
        )
    )
    return html.Div([title, dbc.Table([head, body], size="sm", className="checkin-table")])


def commitment_section(
    item: Commitment,
    lang: str,
    *,
    as_of: date,
    kommun: str,
    activities: pd.DataFrame,
    checkins: pd.DataFrame,
    estimates: list[before_after.Estimate],
    since: commitment_detail.Since,
) -> html.Section:
    """One commitment's section; its id is the löfte_id, so ``/loften#P1`` jumps to it."""
    status = item.judgement.status if item.judgement else None
    header = html.Div(
        [
            html.Span(item.code, className="section-code me-3"),
            html.Div(
                [
                    html.Div(t(f"party.{item.party}", lang), className="small text-body-secondary"),
                    html.H2(item.text, className="h4 mb-0 commitment-text"),
                ],
                className="flex-grow-1",
            ),
            html.Div(headline_badge(item, lang), className="ms-3") if status else None,
        ],
        className="d-flex align-items-start mb-3",
    )
    body = [
        header,
        dbc.Row(
            [
                dbc.Col(facts(item, lang), lg=4),
                dbc.Col(figures(item, lang), lg=3),
                dbc.Col(progress_chart(item, activities, as_of, lang), lg=5),
            ],
            className="g-4",
        ),
        before_after_block(estimates, lang, kommun, item.code),
        dbc.Row(
            [
                dbc.Col(activity_table(activities, item, lang, since), lg=7),
                dbc.Col(checkin_table(checkins, lang, since), lg=5),
            ],
            className="g-4 border-top pt-3 mt-3",
        ),
        html.Div(
            html.A(
                [html.I(className="bi bi-arrow-up me-1"), t("loften.back_to_top", lang)],
                href=f"#{TOC_ID}",
                className="small",
            ),
            className="text-end d-print-none",
        ),
    ]
    return html.Section(
        dbc.Card(dbc.CardBody(body)),
        id=anchor(item.code),
        className="commitment-section mb-4",
        **{"aria-label": f"{item.code}: {commitment_detail.short_text(item.text)}"},
    )


def since_text(start: date | None, lang: str) -> str | None:
    """The note that logs are listed from the ``fran`` month, if set."""
    if start is None:
        return None
    return t("loften.since", lang, month=fmt_month(start.year, start.month, lang))
