"""Plain words for the citizens (/for-invanare): what was promised, what was done, how it
stands, and how crime and safety moved, generated from the figures. Pure, except
``public_checkins`` (one query).

Only check-in comments marked public ever reach these sentences; only municipality-level
crime and survey figures are worded (no area figure, so no small-number protection is
needed and none can leak).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.analysis import metrics
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.headlines import CrimeHeadline
from dashboard.analysis.protection import MUNICIPALITY
from dashboard.analysis.surveys import survey_points
from dashboard.i18n import fmt_date, fmt_month, fmt_number, fmt_percent, label, t
from dashboard.storage import schema

# Who did it, as the subject of a sentence.
WHO = {"Kommunen": "cit.who_kommunen", "Polisen": "cit.who_polisen", "Tillsammans": "cit.who_both"}
# A status in words: while the period runs, and once it has ended.
RUNNING = {
    "green": "cit.running_green",
    "amber": "cit.running_amber",
    "red": "cit.running_red",
    "not_started": "cit.running_not_started",
}
ENDED = {"green": "cit.ended_green", "amber": "cit.ended_amber", "red": "cit.ended_red"}
# Crime categories as counted nouns ("724 stölder").
CRIMES = {"stöld": "cit.crimes_stöld", "narkotika": "cit.crimes_narkotika"}
# Survey questions worded as a share of people ("24 % känner sig otrygga ...").
SURVEY_WORDS = {
    "otrygg_kvall": "cit.survey_otrygg_kvall",
    "oro_stold": "cit.survey_oro_stold",
    "oro_vald": "cit.survey_oro_vald",
    "narkotika_problem": "cit.survey_narkotika_problem",
}


@dataclass(frozen=True)
class Standing:
    """How a commitment stands, in words, and whose judgement that is."""

    code: str  # green | amber | red | not_started
    source: str  # "checkin": the steering group's latest check-in; "computed": the figures
    words: str  # "Går enligt plan"
    by: str  # "Styrgruppens bedömning 13 december 2022" / "Beräknat från siffrorna"


@dataclass(frozen=True)
class SurveyWave:
    """The whole municipality's latest wave of one share question, and the one before."""

    indicator: str
    year: int
    value: float
    n: int | None
    sampling: str | None
    low: float | None  # 95 % Wilson interval (random samples with n only)
    high: float | None
    prev_year: int | None = None
    prev_value: float | None = None
    changed: bool | None = None  # None: no interval to judge a change by


def who(party: str, lang: str) -> str:
    """The party as a sentence's subject: "Polisen", "Kommunen och polisen"."""
    return t(WHO[party], lang) if party in WHO else party


def _count(value: float, lang: str) -> str:
    return fmt_number(value, 0 if float(value).is_integer() else 1, lang)


def promised_sentence(item: Commitment, lang: str) -> str:
    """What was promised, in numbers: "Lovat: 150 fotpatrullpass, 1 mars–31 december 2022"."""
    period = t("cit.period", lang, start=fmt_date(item.start, lang), end=fmt_date(item.end, lang))
    if item.rule == "milstolpe":
        return t("cit.promised_milestone", lang, indicator=item.indicator, period=period)
    unit = item.unit or item.indicator
    return t("cit.promised_count", lang, target=_count(item.target, lang), unit=unit, period=period)


def done_sentence(item: Commitment, lang: str) -> str:
    """What has been done, in words and numbers, against what was promised."""
    j = item.judgement
    subject = who(item.party, lang)
    if item.rule == "milstolpe":
        if item.achieved >= item.target:
            return t("cit.milestone_done", lang, indicator=item.indicator)
        key = "cit.milestone_late" if j.ended else "cit.milestone_open"
        return t(key, lang, indicator=item.indicator, end=fmt_date(item.end, lang))
    numbers = {
        "who": subject,
        "achieved": _count(item.achieved, lang),
        "target": _count(item.target, lang),
        "unit": item.unit or "",
        "share": fmt_percent(100 * j.progress, 0, lang),
    }
    if j.ended:
        return t("cit.count_ended", lang, **numbers)
    if j.ratio is None:  # not started
        return t("cit.count_not_started", lang, start=fmt_date(item.start, lang))
    expected = fmt_number(item.target * j.expected, 0, lang)
    return t(
        "cit.count_running",
        lang,
        end=fmt_date(item.end, lang),
        expected=expected,
        **numbers,
    )


def standing(item: Commitment, lang: str) -> Standing:
    """The steering group's latest check-in where there is one, else the computed status;
    worded for a period still running or ended (the group's last word on an ended period
    is its verdict: green "Uppfyllt", red "Inte uppfyllt")."""
    if item.checkin_status:
        words = _status_words(item.checkin_status, item.judgement.ended, lang)
        by = t("cit.by_checkin", lang, date=fmt_date(item.checkin_day, lang))
        return Standing(item.checkin_status, "checkin", words, by)
    j = item.judgement
    return Standing(
        j.status, "computed", _status_words(j.status, j.ended, lang), t("cit.by_figures", lang)
    )


def _status_words(code: str, ended: bool, lang: str) -> str:
    keys = ENDED if ended and code in ENDED else RUNNING
    return t(keys.get(code, RUNNING["not_started"]), lang)


def public_checkins(conn: Connection, items: list[Commitment]) -> set[tuple[int, date]]:
    """(commitment id, day) of those latest check-ins of ``items`` marked public."""
    wanted = {(c.id, c.checkin_day) for c in items if c.checkin_day}
    if not wanted:
        return set()
    ch = schema.checkins
    query = sa.select(ch.c.commitment_id, ch.c.day).where(
        ch.c.commitment_id.in_({cid for cid, _ in wanted}), ch.c.public.is_(True)
    )
    return {(cid, day) for cid, day in conn.execute(query)} & wanted


def public_comment(item: Commitment, public: set[tuple[int, date]]) -> str | None:
    """The latest check-in's comment when it is marked public; else None."""
    if item.checkin_comment and (item.id, item.checkin_day) in public:
        return item.checkin_comment.strip() or None
    return None


def months_span(start: date, end: date, lang: str) -> str:
    """ "januari–december 2022" or "juli 2021–juni 2022"."""
    if start.year == end.year:
        first = fmt_month(start.year, start.month, lang).rsplit(" ", 1)[0]
        return f"{first}–{fmt_month(end.year, end.month, lang)}"
    return f"{fmt_month(start.year, start.month, lang)}–{fmt_month(end.year, end.month, lang)}"


def crime_sentence(head: CrimeHeadline, kommun: str, lang: str) -> str:
    """Reported crimes of one category in the whole municipality: the last 12 months
    against the 12 before, the change in words ("7 % färre")."""
    what = t(CRIMES[head.category], lang) if head.category in CRIMES else head.category
    numbers = {
        "what": what,
        "kommun": kommun,
        "count": fmt_number(head.last12, 0, lang),
        "months": months_span(head.start, head.end, lang),
    }
    if head.prev12 is None:
        return t("cit.crime_no_before", lang, **numbers)
    change = head.change_pct
    if change is None or round(change) == 0:
        key = "cit.crime_same"
    else:
        key = "cit.crime_fewer" if change < 0 else "cit.crime_more"
    share = fmt_percent(abs(change or 0), 0, lang)
    return t(key, lang, share=share, before=fmt_number(head.prev12, 0, lang), **numbers)


def survey_waves(results: pd.DataFrame) -> list[SurveyWave]:
    """The latest shown wave of every share question for the whole municipality, with the
    one before of the same sampling. Waves under 30 answers are never used."""
    waves = []
    for indicator in contract.SURVEY_INDICATORS:
        if indicator not in SURVEY_WORDS:
            continue
        points = survey_points(results, indicator)
        points = points[
            (points["area_id"] == MUNICIPALITY)
            & (points["status"] == "shown")
            & (points["scale"] == "andel")
        ]
        if points.empty:
            continue
        # The latest year; within it a random sample before a self-selected one.
        latest = points.sort_values(["year", "random"]).iloc[-1]
        earlier = points[
            (points["year"] < latest["year"]) & (points["sampling"] == latest["sampling"])
        ]
        prev = earlier.sort_values("year").iloc[-1] if not earlier.empty else None
        changed = None
        if prev is not None and latest["random"] and pd.notna(latest["n"]) and pd.notna(prev["n"]):
            changed = metrics.changed_between_waves(
                float(prev["value"]), int(prev["n"]), float(latest["value"]), int(latest["n"])
            )
        waves.append(
            SurveyWave(
                indicator=indicator,
                year=int(latest["year"]),
                value=float(latest["value"]),
                n=int(latest["n"]) if pd.notna(latest["n"]) else None,
                sampling=latest["sampling"] if isinstance(latest["sampling"], str) else None,
                low=latest["low"] if pd.notna(latest["low"]) else None,
                high=latest["high"] if pd.notna(latest["high"]) else None,
                prev_year=int(prev["year"]) if prev is not None else None,
                prev_value=float(prev["value"]) if prev is not None else None,
                changed=changed,
            )
        )
    return waves


def survey_sentence(wave: SurveyWave, lang: str) -> str:
    """ "24 % känner sig otrygga ute sent en kväll (mätningen 2022: 812 svar, slumpmässigt
    urval; med 95 % säkerhet mellan 21 % och 27 %). 2021: 27 %; skillnaden kan bero på
    slumpen." """
    text = t(
        "cit.survey_wave",
        lang,
        share=fmt_percent(wave.value, 0, lang),
        what=t(SURVEY_WORDS[wave.indicator], lang),
        year=wave.year,
        n=fmt_number(wave.n, 0, lang) if wave.n else t("cit.n_unknown", lang),
        sampling=label("sampling", wave.sampling, lang)
        if wave.sampling
        else t("cit.sampling_unknown", lang),
    )
    if wave.low is not None and wave.high is not None:
        text += " " + t(
            "cit.survey_interval",
            lang,
            low=fmt_percent(wave.low, 0, lang),
            high=fmt_percent(wave.high, 0, lang),
        )
    if wave.sampling == "självselekterat":
        text += " " + t("cit.survey_self_selected", lang)
    if wave.prev_year is not None:
        change = {
            None: "cit.survey_change_unknown",
            True: "cit.survey_changed",
            False: "cit.survey_no_change",
        }
        text += " " + t(
            "cit.survey_before",
            lang,
            year=wave.prev_year,
            share=fmt_percent(wave.prev_value, 0, lang),
            verdict=t(change[wave.changed], lang),
        )
    return text


def joined(names: list[str], lang: str) -> str:
    """ "A, B och C" / "A, B and C"."""
    if len(names) < 2:
        return "".join(names)
    return t("cit.and", lang, first=", ".join(names[:-1]), last=names[-1])
