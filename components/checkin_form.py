"""The meeting's agenda (``/uppfoljning``): per commitment, where it stands and, for
editors, the steering group's assessment to record (status, comment, public or not).

Large type for the meeting room's screen: each commitment is one card, its facts on the
left and the form on the right (stacked on a laptop's narrow window or a phone).
"""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.gauge import element_id, gauge_meter, status_badge
from components.import_report import icon
from dashboard.analysis.commitments import rule_explanation
from dashboard.figures import theme
from dashboard.i18n import fmt_date, fmt_number, t
from dashboard.pages.follow_up import MAX_COMMENT, STATUSES, Meeting, MeetingItem


class ids:
    """Ids of the meeting's form (All-in-One style; layouts/ids/follow_up.py names them
    for the page and its callbacks). The contract fixes ``checkin-date``, ``checkin-save``
    and, per commitment, ``checkin-status-<löfte_id>`` (the group of radio buttons) and
    ``checkin-comment-<löfte_id>`` (the comment field). One callback reads every
    commitment's answers, so the inputs themselves carry pattern-matching ids inside
    the elements with the contract's ids."""

    DATE = "checkin-date"
    SAVE = "checkin-save"
    RESULT = "checkin-result"  # what saving did, or what to fix
    STATUS_TYPE = "checkin-status"
    COMMENT_TYPE = "checkin-comment"
    PUBLIC_TYPE = "checkin-public"

    @staticmethod
    def status_group(code: str) -> str:
        """The contract's ``checkin-status-<löfte_id>``: the commitment's radio group."""
        return f"{ids.STATUS_TYPE}-{element_id(code)}"

    @staticmethod
    def comment_field(code: str) -> str:
        """The contract's ``checkin-comment-<löfte_id>``: the commitment's comment field."""
        return f"{ids.COMMENT_TYPE}-{element_id(code)}"

    @staticmethod
    def agenda_item(code: str) -> str:
        """The card of one commitment on the agenda."""
        return f"agenda-{element_id(code)}"

    @staticmethod
    def status(code) -> dict:
        """The radio buttons' own id; ``code`` a löfte_id, or ``dash.ALL`` in a callback."""
        return {"type": ids.STATUS_TYPE, "code": code}

    @staticmethod
    def comment(code) -> dict:
        return {"type": ids.COMMENT_TYPE, "code": code}

    @staticmethod
    def public(code) -> dict:
        return {"type": ids.PUBLIC_TYPE, "code": code}


BIG_RADIO = {"width": "1.2em", "height": "1.2em"}  # easy to hit on a meeting-room screen


def status_label(status: str, lang: str) -> html.Span:
    """A radio button's label: the status's icon and word (never colour alone)."""
    style = theme.status_style(status)
    return html.Span(
        [icon(style.icon_class, "me-1"), t(f"checkin.{status}", lang)],
        className=f"checkin-choice checkin-choice-{status}",
    )


def status_choice(code: str, lang: str) -> html.Fieldset:
    """The radio buttons grön/gul/röd, none chosen: a commitment left so is not written."""
    return html.Fieldset(
        [
            html.Legend(t("fu.status_legend", lang, code=code), className="fs-5 fw-semibold"),
            dbc.RadioItems(
                id=ids.status(code),
                # One radio group, one Tab stop, arrow keys between the three.
                name=f"checkin-status-{code}",
                options=[{"label": status_label(s, lang), "value": s} for s in STATUSES],
                value=None,
                inline=True,
                className="checkin-status fs-4",
                input_style=BIG_RADIO,
                label_class_name="ms-1",
            ),
        ],
        id=ids.status_group(code),
        className="mb-2",
    )


def assessment_form(code: str, lang: str) -> html.Div:
    """Status, comment and whether the comment may be shown to the public."""
    return html.Div(
        [
            status_choice(code, lang),
            # The field sits inside its label: its own id is the callback's pattern.
            html.Label(
                [
                    html.Span(t("fu.comment", lang, code=code), className="fw-semibold"),
                    dcc.Textarea(
                        id=ids.comment(code),
                        value="",
                        maxLength=MAX_COMMENT,
                        rows=2,
                        className="form-control fs-5",
                    ),
                ],
                id=ids.comment_field(code),
                className="mb-2 w-100",
            ),
            dbc.Checkbox(
                id=ids.public(code),
                value=False,
                label=t("fu.public", lang),
                className="fs-5",
            ),
        ],
        className="checkin-form",
    )


def latest_checkin(item: MeetingItem, lang: str) -> html.Div:
    c = item.commitment
    if not c.checkin_status:
        return html.Div(t("gauge.no_checkin", lang), className="text-body-secondary")
    return html.Div(
        [
            html.Span(t("gauge.assessed", lang, date=fmt_date(c.checkin_day, lang)) + ": "),
            status_badge(c.checkin_status, lang, prefix="checkin"),
            html.Div(c.checkin_comment or "", className="mt-1 checkin-comment"),
        ]
    )


def moved_text(item: MeetingItem, lang: str) -> str:
    """What changed since the last check-in, in words."""
    moved, c = item.moved, item.commitment
    if moved is None:
        return t("fu.moved_none", lang)
    unit = c.unit or ""
    # "1 rapporter med …" and "0 rapporter med 0 …" read wrong in the meeting room.
    if moved.reports == 0:
        key = "fu.moved_nothing"
    elif moved.reports == 1:
        key = "fu.moved_one"
    else:
        key = "fu.moved"
    text = t(
        key,
        lang,
        date=fmt_date(moved.day, lang),
        reports=fmt_number(moved.reports, 0, lang),
        count=fmt_number(moved.count, 0, lang),
        unit=unit,
        then=fmt_number(moved.achieved_then, 0, lang),
        now=fmt_number(c.achieved, 0, lang),
    )
    if moved.status_now and moved.status_then != moved.status_now:
        text += " " + t(
            "fu.status_moved",
            lang,
            then=t(f"status.{moved.status_then}", lang),
            now=t(f"status.{moved.status_now}", lang),
        )
    return text


def saved_text(saved: int, day: date, import_id: int, lang: str) -> str:
    """What saving the meeting did: how many assessments, for which date, which import."""
    key = "fu.saved_one" if saved == 1 else "fu.saved"
    return t(key, lang, n=saved, date=fmt_date(day, lang), id=import_id)


def agenda_item(item: MeetingItem, lang: str, editable: bool) -> dbc.Card:
    """One commitment: computed status with its rule, the latest check-in, what moved
    since, and (for editors) the assessment to record."""
    c = item.commitment
    j = c.judgement
    facts = html.Div(
        [
            html.Div(
                [
                    html.Span(t("gauge.computed", lang) + ": "),
                    status_badge(j.status, lang, title=t(f"gauge.rule_{c.rule}", lang)),
                ],
                className="mb-1",
            ),
            html.Div(rule_explanation(c, lang), className="rule-text mb-2"),
            html.Div(
                [
                    html.Span(t("fu.since", lang) + " ", className="fw-semibold"),
                    moved_text(item, lang),
                ],
                className="mb-2 moved-since",
            ),
            latest_checkin(item, lang),
        ],
        className="fs-5",
    )
    body = [
        dbc.Col([gauge_meter(c, lang), facts], md=12, lg=6 if editable else 12),
    ]
    if editable:
        body.append(dbc.Col(assessment_form(c.code, lang), md=12, lg=6))
    return dbc.Card(
        [
            dbc.CardHeader(
                html.H2(
                    [html.Span(c.code, className="fw-bold me-2"), c.text],
                    className="h4 mb-0",
                )
            ),
            dbc.CardBody(dbc.Row(body, className="g-3")),
        ],
        className="mb-3 agenda-item",
        id=ids.agenda_item(c.code),
    )


def agenda(meeting: Meeting, lang: str, editable: bool) -> list:
    """Every commitment of the meeting, in the steering group's order."""
    if not meeting.items:
        return [html.P(t("overview.no_commitments", lang), className="fs-5")]
    return [agenda_item(item, lang, editable) for item in meeting.items]


def date_field(lang: str, today: date) -> html.Div:
    """The meeting's date (``checkin-date``), today by default."""
    return html.Div(
        [
            html.Label(t("fu.date", lang), htmlFor=ids.DATE, className="fw-semibold fs-4 me-3"),
            dcc.Input(
                id=ids.DATE,
                type="date",
                value=today.isoformat(),
                required=True,
                className="form-control form-control-lg",
                style={"maxWidth": "14rem"},
            ),
        ],
        className="mb-3 d-flex flex-wrap align-items-center gap-2",
    )


def save_button(lang: str) -> html.Div:
    return html.Div(
        [
            dbc.Button(
                [icon("bi-floppy", "me-2"), t("fu.save", lang)],
                id=ids.SAVE,
                color="primary",
                size="lg",
                className="fs-4",
            ),
            html.P(t("fu.save_hint", lang), className="text-body-secondary mt-2 fs-5"),
            dcc.Loading(html.Div(id=ids.RESULT, **{"aria-live": "polite"}), type="circle"),
        ],
        className="mb-4",
    )


def work_links(lang: str, search: str, *, editor: bool) -> html.P:
    """Links to the pages that write, for those who may use them (they are not in the
    navigation, which the page cache serves alike to everyone): the meeting for editors,
    the field report for reporters and editors."""
    links = [(f"/rapportera{search}", "bi-phone", "rep.title")]
    if editor:
        links.insert(0, (f"/uppfoljning{search}", "bi-people", "fu.title"))
    return html.P(
        [
            dcc.Link([icon(name, "me-2"), t(key, lang)], href=href, className="me-4")
            for href, name, key in links
        ],
        className="fs-5 work-links",
    )
