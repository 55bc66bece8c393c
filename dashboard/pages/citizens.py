"""``/for-invanare``: the citizens' page as plain data, and the text for the municipality's
website ("Så uppfyllde vi löftet") generated from the same figures.

Everything here is worded from stored figures (``analysis.citizens``); the only fixed
prose is the problem picture's opening, a catalogue text with the kommun's name. Only
whole-municipality crime and survey figures and only check-in comments marked public
are used.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import sqlalchemy as sa

from dashboard.analysis import citizens as words
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.headlines import crime_headline
from dashboard.i18n import fmt_date, fmt_month, fmt_number, fmt_percent, fmt_signed_percent, t
from dashboard.pages.caching import view_cached
from dashboard.pages.views import HEADLINE_CATEGORIES, View, open_view
from dashboard.storage import queries, schema
from dashboard.urls import Query


@dataclass(frozen=True)
class CommitmentText:
    """One commitment for the citizens: the promise, the numbers, the standing."""

    code: str
    text: str
    promised: str
    done: str
    standing: words.Standing
    comment: str | None  # the latest check-in's comment, only when marked public
    progress: float | None  # achieved ÷ target (for a bar), None for a milestone


@dataclass(frozen=True)
class PartyGroup:
    party: str
    heading: str  # "Polisen lovar"
    items: list[CommitmentText]


@dataclass
class CitizensPage:
    """What /for-invanare shows, worded in ``lang``."""

    lang: str
    kommun: str
    year: int | None
    years: list[int]  # every promise year of the kommun, for links to earlier years
    title: str
    intro: str
    tally: list[tuple[str, str, int]]  # (status code, words, how many commitments)
    problem: list[str]
    groups: list[PartyGroup]
    crimes: list[str]
    crime_table: list[tuple[str, str, str, str]]  # category, last 12, 12 before, change
    surveys: list[str]
    data_until: str | None
    as_of: date
    demo: bool
    version: int
    notes: list[str] = field(default_factory=list)


def citizens_page(q: Query, today: date | None = None) -> CitizensPage:
    """The page for the query's kommun, year (``ar``, default the current promise) and language."""
    with open_view(Query(year=q.year, kommun=q.kommun, lang=q.lang), today) as view:
        # Per data version, year, language and day (statuses are judged on today).
        key = ("citizens", view.year, view.q.lang, view.as_of)
        return view_cached(view, key, lambda: _build(view))


def _build(view: View) -> CitizensPage:
    lang, kommun = view.q.lang, view.kommun
    items = view.commitments()
    public = words.public_checkins(view.conn, items)
    groups: dict[str, list[CommitmentText]] = {}
    for item in items:
        groups.setdefault(item.party, []).append(_commitment_text(item, public, lang))
    ended = bool(items) and all(item.end < view.as_of for item in items)
    title_key = "cit.title_ended" if ended else "cit.title_running"
    status = view.status
    headlines = view.headlines()
    crimes = [words.crime_sentence(h, kommun, lang) for h in headlines.crimes]
    surveys = view_cached(
        view, "citizens.surveys", lambda: queries.survey_results(view.conn, kommun, whole=True)
    )
    surveys = surveys[surveys["area_id"].isna() & (surveys["year"] <= view.as_of.year)]
    return CitizensPage(
        lang=lang,
        kommun=kommun,
        year=view.year,
        years=_years(view),
        title=t(title_key, lang, year=view.year or "", kommun=kommun),
        intro=t(
            "cit.intro",
            lang,
            kommun=kommun,
            count=len(items),
            year=view.year or "",
            today=fmt_date(view.as_of, lang),
        )
        if items
        else t("cit.no_commitments", lang, kommun=kommun),
        tally=_tally([c for g in groups.values() for c in g]),
        problem=_problem(view, items, surveys),
        groups=[
            PartyGroup(party, t(f"party.{party}", lang), texts) for party, texts in groups.items()
        ],
        crimes=crimes,
        crime_table=[
            (
                t(words.CRIMES[h.category], lang).capitalize(),
                fmt_number(h.last12, 0, lang),
                fmt_number(h.prev12, 0, lang),
                fmt_signed_percent(h.change_pct, 0, lang),
            )
            for h in headlines.crimes
        ],
        surveys=[words.survey_sentence(w, lang) for w in words.survey_waves(surveys)],
        data_until=(
            fmt_month(status.latest_month.year, status.latest_month.month, lang)
            if status.latest_month
            else None
        ),
        as_of=view.as_of,
        demo=status.demo,
        version=status.version,
        notes=[t("cit.narcotics_note", lang)] if crimes else [],
    )


def _commitment_text(item: Commitment, public: set, lang: str) -> CommitmentText:
    return CommitmentText(
        code=item.code,
        text=item.text,
        promised=words.promised_sentence(item, lang),
        done=words.done_sentence(item, lang),
        standing=words.standing(item, lang),
        comment=words.public_comment(item, public),
        progress=None if item.rule == "milstolpe" else item.judgement.progress,
    )


def _tally(items: list[CommitmentText]) -> list[tuple[str, str, int]]:
    counts = Counter((c.standing.code, c.standing.words) for c in items)
    order = {"green": 0, "amber": 1, "red": 2}
    return [
        (code, text, n)
        for (code, text), n in sorted(counts.items(), key=lambda kv: order.get(kv[0][0], 3))
    ]


def _years(view: View) -> list[int]:
    c = schema.commitments
    query = sa.select(c.c.year).where(c.c.kommun == view.kommun).distinct().order_by(c.c.year)
    return list(view.conn.execute(query).scalars())


def _problem(view: View, items: list[Commitment], surveys) -> list[str]:
    """The problem picture: the catalogue's opening with the kommun's name, then what the
    data says: the places the commitments name, the survey and the crimes before the year."""
    lang, year = view.q.lang, view.year
    paragraphs = [t("cit.problem_intro", lang, kommun=view.kommun)]
    places = sorted({name for item in items for name in item.areas})
    if places and year:
        paragraphs.append(
            t("cit.problem_places", lang, year=year, places=words.joined(places, lang))
        )
    if not (year and items):  # no promise that year: nothing came "before" it
        return paragraphs
    before = words.survey_waves(surveys[surveys["year"] < year])
    if before:
        wave_year = max(w.year for w in before)
        shares = [
            f"{fmt_percent(w.value, 0, lang)} {t(words.SURVEY_WORDS[w.indicator], lang)}"
            for w in before
            if w.year == wave_year
        ]
        paragraphs.append(
            t("cit.problem_survey", lang, year=wave_year, items=words.joined(shares, lang))
        )
    monthly = queries.monthly_crimes(
        view.conn, view.kommun, categories=HEADLINE_CATEGORIES, end=date(year - 1, 12, 1)
    )
    counts = []
    for category in HEADLINE_CATEGORIES:
        head = crime_headline(monthly, category, date(year - 1, 12, 1))
        covered = not monthly.empty and monthly["month"].min() <= pd.Timestamp(year - 1, 1, 1)
        if head and covered:
            counts.append(f"{fmt_number(head.last12, 0, lang)} {t(words.CRIMES[category], lang)}")
    if counts:
        paragraphs.append(
            t("cit.problem_crimes", lang, year=year - 1, items=words.joined(counts, lang))
        )
    return paragraphs


def website_text(page: CitizensPage, page_url: str, data_url: str) -> str:
    """The page as plain text to paste into the municipality's website: the promise, what
    was done and how it stands, the trends, and where the figures come from."""
    lang = page.lang
    lines = [page.title, "", page.intro, ""]
    for group in page.groups:
        lines += [group.heading, ""]
        for item in group.items:
            lines += [
                item.text,
                item.promised,
                item.done,
                f"{item.standing.by}: {item.standing.words}.",
            ]
            if item.comment:
                lines.append(t("cit.comment_quoted", lang, comment=item.comment))
            lines.append("")
    if page.crimes or page.surveys:
        lines += [t("cit.trends_heading", lang), ""]
        lines += [*page.crimes, *page.notes, *page.surveys, ""]
    lines.append(
        t("cit.source", lang, kommun=page.kommun, date=fmt_date(page.as_of, lang), url=page_url)
    )
    lines.append(t("cit.open_data_line", lang, url=data_url))
    if page.demo:
        lines.append(t("app.demo_badge", lang))
    return "\n".join(lines).strip() + "\n"
