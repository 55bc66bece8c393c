"""The commitments page /loften without a browser: progress series and the page's pieces."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from components import commitment_logs, commitment_section
from dashboard.analysis import before_after, commitment_detail, metrics
from dashboard.analysis.commitments import Commitment


def acts(*rows) -> pd.DataFrame:
    return pd.DataFrame([(date.fromisoformat(d), c) for d, c in rows], columns=["day", "count"])


# --------------------------------------------------------------------------- progress series


def test_cumulative_steps_from_zero_to_the_as_of_day():
    start, end = date(2022, 3, 1), date(2022, 12, 31)
    log = acts(("2022-03-05", 2), ("2022-03-05", 1), ("2022-04-10", 4), ("2022-07-01", 5))
    series = commitment_detail.cumulative(log, start, end, as_of=date(2022, 6, 30))
    # (1 Mar, 0) → 5 Mar 2 + 1 = 3 → 10 Apr 3 + 4 = 7 → flat to 30 Jun (the July report is
    # after the as-of day and is left out).
    assert list(series.itertuples(index=False, name=None)) == [
        (date(2022, 3, 1), 0.0),
        (date(2022, 3, 5), 3.0),
        (date(2022, 4, 10), 7.0),
        (date(2022, 6, 30), 7.0),
    ]
    # After the end, the series stops on the end day.
    series = commitment_detail.cumulative(log, start, end, as_of=date(2023, 5, 1))
    assert series.iloc[-1].tolist() == [end, 12.0]
    # Before the start there is nothing to draw.
    assert commitment_detail.cumulative(log, start, end, as_of=date(2022, 2, 1)).empty


def test_cumulative_counts_a_report_on_the_first_day_there():
    series = commitment_detail.cumulative(
        acts(("2022-01-01", 2)), date(2022, 1, 1), date(2022, 1, 31), date(2022, 1, 2)
    )
    assert series["achieved"].tolist() == [2.0, 2.0]


def test_pace_line_matches_elapsed_share():
    start, end = date(2022, 3, 1), date(2022, 12, 31)
    pace = commitment_detail.pace_line(start, end, 150)
    # 0 on the day before the start, the target on the end day: on day d the line reads
    # 150 × (d − 28 Feb) / (31 Dec − 28 Feb) = 150 × elapsed_share(start, end, d).
    (d0, v0), (d1, v1) = pace.itertuples(index=False, name=None)
    day = date(2022, 7, 15)
    on_line = v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    assert on_line == pytest.approx(150 * metrics.elapsed_share(start, end, day))


def test_done_day():
    log = acts(("2022-05-10", 0), ("2022-09-06", 1))
    assert commitment_detail.done_day(log, 1, date(2022, 12, 31)) == date(2022, 9, 6)
    assert commitment_detail.done_day(log, 1, date(2022, 8, 31)) is None
    assert commitment_detail.done_day(acts(), 1, date(2022, 12, 31)) is None


def test_short_text_cuts_at_a_word():
    text = "Arbeta med riktade insatser mot narkotika samt med relationsskapande och uppsökande"
    short = commitment_detail.short_text(text, 40)
    assert short == "Arbeta med riktade insatser mot…"
    assert len(short) <= 40
    assert commitment_detail.short_text("Kort text.", 40) == "Kort text."


def test_since_keeps_the_window():
    days = pd.Series([date(2022, 1, 5), date(2022, 6, 1), date(2022, 12, 1)])
    assert commitment_detail.Since(None, date(2022, 6, 30)).keep(days).tolist() == [
        True,
        True,
        False,
    ]
    assert commitment_detail.Since(date(2022, 6, 1), date(2022, 12, 31)).keep(days).tolist() == [
        False,
        True,
        True,
    ]


# --------------------------------------------------------------------------- page pieces

AS_OF = date(2022, 12, 31)


def commitment(code="P1", rule="antal", achieved=165.0, target=150.0, **kw) -> Commitment:
    start, end = date(2022, 3, 1), date(2022, 12, 31)
    return Commitment(
        id=1,
        code=code,
        year=2022,
        party="Polisen",
        text=kw.pop("text", "Fortsätta med *fotpatrullering* <b>vid</b> busstationen."),
        indicator="Antal fotpatrullpass",
        target=target,
        unit="fotpatrullpass",
        rule=rule,
        start=start,
        end=end,
        areas=["Busstationen"],
        partners=[],
        achieved=achieved,
        judgement=metrics.judge(rule, achieved, target, start, end, AS_OF),
        checkin_status="green",
        checkin_day=date(2022, 12, 13),
        checkin_comment="Målet nått.",
        **kw,
    )


def texts(component) -> list[str]:
    """Every string in a component tree, in order."""
    found = []

    def walk(node):
        if node is None:
            return
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, list | tuple):
            for child in node:
                walk(child)
        elif isinstance(node, dict):  # an element of components/plain_html.py
            walk(node["props"].get("children"))
        elif hasattr(node, "children"):
            walk(node.children)

    walk(component)
    return found


def find(component, predicate) -> list:
    hits = []

    def walk(node):
        if isinstance(node, list | tuple):
            for child in node:
                walk(child)
        elif hasattr(node, "to_plotly_json"):
            if predicate(node):
                hits.append(node)
            walk(getattr(node, "children", None))

    walk(component)
    return hits


def section(item=None, activities=None, checkins=None, estimates=(), lang="sv"):
    item = item or commitment()
    activities = (
        activities
        if activities is not None
        else pd.DataFrame(
            {
                "day": [date(2022, 3, 2), date(2022, 3, 9)],
                "count": [1, 3],
                "area": ["Busstationen", None],
                "performed_by": ["Polisen", None],
                "comment": ["Samtal med *ungdomar*", None],
            }
        )
    )
    checkins = (
        checkins
        if checkins is not None
        else pd.DataFrame(
            {"day": [date(2022, 6, 14)], "status": ["amber"], "comment": ["Något efter."]}
        )
    )
    return commitment_section.commitment_section(
        item,
        lang,
        as_of=AS_OF,
        kommun="Skara",
        activities=activities,
        checkins=checkins,
        estimates=list(estimates),
        since=commitment_detail.Since(None, AS_OF),
    )


def test_section_id_is_the_commitment_code_and_text_is_plain():
    sec = section()
    assert sec.id == "P1"
    words = texts(sec)
    # User text goes through as it is: not Markdown, not HTML.
    assert "Fortsätta med *fotpatrullering* <b>vid</b> busstationen." in words
    assert "Samtal med *ungdomar*" in words
    assert not find(sec, lambda n: type(n).__name__ == "Markdown")


def test_section_shows_figures_in_swedish_and_status_in_words():
    words = " ".join(texts(section()))
    assert "165 av 150 fotpatrullpass" in words
    assert "110 %" in words.replace("\u00a0", " ")
    assert "I fas" in words  # the computed status in words
    assert "Regel: genomfört ÷ (mål × andel av perioden som gått)" in words
    assert "1 mars 2022 – 31 december 2022" in words
    assert "2 mars 2022" in words and "14 juni 2022" in words  # log dates in Swedish
    assert "Gul" in words  # the check-in history's status as a word
    # Every status badge carries an icon beside its word.
    badges = find(section(), lambda n: "status-badge" in (getattr(n, "className", "") or ""))
    assert badges and all(type(b.children[0]).__name__ == "I" for b in badges)


def test_section_in_english():
    words = " ".join(texts(section(lang="en")))
    assert "165 of 150 fotpatrullpass" in words
    assert "On track" in words and "Activity log: 2 reports" in words


def test_running_commitment_shows_the_expected_pace():
    item = commitment(achieved=60)
    sec = commitment_section.commitment_section(
        item,
        "sv",
        as_of=date(2022, 6, 30),
        kommun="Skara",
        activities=pd.DataFrame(columns=["day", "count", "area", "performed_by", "comment"]),
        checkins=pd.DataFrame(columns=["day", "status", "comment"]),
        estimates=[],
        since=commitment_detail.Since(None, date(2022, 6, 30)),
    )
    words = " ".join(texts(sec)).replace("\u00a0", " ")
    assert "Väntat enligt jämn takt" in words
    assert "Inga rapporterade aktiviteter." in words and "Inga uppföljningar." in words


def test_long_activity_log_shows_the_latest_and_hides_the_older():
    n = commitment_logs.RECENT_ROWS + 5
    log = pd.DataFrame(
        {
            "day": [date(2022, 3, 1 + i) for i in range(n)],
            "count": [1] * n,
            "area": ["Busstationen"] * n,
            "performed_by": ["Polisen"] * n,
            "comment": [f"pass {i}" for i in range(n)],
        }
    )
    sec = section(activities=log)
    details = find(sec, lambda n: type(n).__name__ == "Details")
    assert len(details) == 1 and "Visa 5 äldre rapporter" in texts(details[0])
    older = texts(details[0])
    assert "pass 0" in older and f"pass {n - 1}" not in older  # newest first, outside


def test_contents_table_links_to_each_section():
    items = [commitment("P1"), commitment("G1", rule="milstolpe", achieved=0, target=1)]
    toc = commitment_section.contents_table(items, "sv")
    links = find(toc, lambda n: type(n).__name__ == "A")
    assert {a.href for a in links} == {"#P1", "#G1"}
    words = texts(toc)
    assert "Inte genomfört ännu" in words  # a milestone not done
    assert toc.id == commitment_section.ids.CONTENTS


def test_before_after_block_has_one_sentence_per_result_and_the_caveat():
    win = before_after.windows(date(2022, 3, 1), date(2022, 12, 31), date(2022, 12, 1))
    did = metrics.diff_in_diff(40, 20, 200, 200)
    estimates = [
        before_after.Estimate(
            "stöld", ("Busstationen",), ("plats",), win, date(2022, 3, 1), did, None
        ),
        before_after.Estimate(
            "narkotika", ("Busstationen",), ("plats",), win, date(2022, 3, 1), None, "few"
        ),
    ]
    sec = section(estimates=estimates)
    sentences = find(sec, lambda n: "ba-sentence" in (getattr(n, "className", "") or ""))
    assert len(sentences) == 2
    assert sentences[0].children.startswith("Anmälda stölder vid Busstationen minskade med 50")
    assert "ingen skattning" in sentences[1].children
    assert any("upptäcktsbrott" in w for w in texts(sec))


def test_plain_elements_are_what_dash_sends_for_the_same_component():
    from dash import html

    from components.plain_html import el

    assert (
        el("Td", "12", className="text-end") == html.Td("12", className="text-end").to_plotly_json()
    )
    assert el("Tr", [el("Td", "a")])["props"]["children"][0]["type"] == "Td"
