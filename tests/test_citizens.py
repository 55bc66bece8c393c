"""The citizens' page in words (dashboard/analysis/citizens.py, dashboard/pages/citizens.py):
numbers and words in Swedish and English, the status labelled by whose it is, only public
comments, only whole-municipality figures. Without a server."""

from __future__ import annotations

from datetime import date

import pandas as pd
from citizens_support import stored_promise  # noqa: F401  (the fixture ``stored``)

from dashboard.analysis import citizens as words
from dashboard.analysis import metrics
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.headlines import CrimeHeadline
from dashboard.pages.citizens import citizens_page, website_text
from dashboard.storage import database
from dashboard.urls import Query


def item(rule="antal", achieved=165.0, target=150.0, as_of=date(2023, 2, 1), **more) -> Commitment:
    start, end = more.pop("start", date(2022, 3, 1)), more.pop("end", date(2022, 12, 31))
    fields = {
        "id": 1,
        "code": "P1",
        "year": 2022,
        "party": "Polisen",
        "text": "Fotpatrullering",
        "indicator": "Antal fotpatrullpass",
        "target": target,
        "unit": "fotpatrullpass",
        "rule": rule,
        "start": start,
        "end": end,
        "achieved": achieved,
        "judgement": metrics.judge(rule, achieved, target, start, end, as_of),
    }
    return Commitment(**(fields | more))


def nbsp(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_what_was_done_against_what_was_promised_in_both_languages():
    done = item()
    assert nbsp(words.done_sentence(done, "sv")) == (
        "Polisen har gjort 165 fotpatrullpass; 150 var utlovade (110 % av målet)."
    )
    assert words.done_sentence(done, "en") == (
        "The police have done 165 fotpatrullpass; 150 were promised (110% of the target)."
    )
    assert nbsp(words.promised_sentence(done, "sv")) == (
        "Lovat: 150 fotpatrullpass, 1 mars 2022–31 december 2022."
    )
    joint = item(party="Tillsammans", achieved=5, target=10, unit="nya grannsamverkansområden")
    assert nbsp(words.done_sentence(joint, "sv")).startswith(
        "Kommunen och polisen har gjort 5 nya grannsamverkansområden; 10 var utlovade (50 %"
    )


def test_a_running_count_gives_the_pace_and_one_not_started_its_start():
    # Half of March–December (306 days) has passed on 1 August: 153 of 306 days.
    running = item(achieved=60, as_of=date(2022, 7, 31))
    text = nbsp(words.done_sentence(running, "sv"))
    assert text.startswith("Polisen har hittills gjort 60 fotpatrullpass; 150 är utlovade till")
    assert "31 december 2022 (40 % av målet)" in text
    expected = round(150 * running.judgement.expected)
    assert f"I jämn takt hade det varit {expected} i dag." in text
    early = item(achieved=0, as_of=date(2022, 2, 1))
    assert words.done_sentence(early, "en") == "The work starts on 1 March 2022."


def test_milestones_done_open_and_late():
    walk = {"rule": "milstolpe", "target": 1.0, "indicator": "Trygghetsvandring genomförd"}
    assert words.done_sentence(item(achieved=1, **walk), "sv") == (
        "Klart: Trygghetsvandring genomförd."
    )
    open_ = item(achieved=0, as_of=date(2022, 6, 1), **walk)
    assert words.done_sentence(open_, "en") == (
        "Not done yet: Trygghetsvandring genomförd. Planned by 31 December 2022."
    )
    late = item(achieved=0, **walk)
    assert words.done_sentence(late, "sv") == (
        "Blev inte klart till 31 december 2022: Trygghetsvandring genomförd."
    )
    assert words.promised_sentence(late, "en") == (
        "Promised: Trygghetsvandring genomförd, 1 March 2022 to 31 December 2022."
    )


def test_the_status_is_the_steering_groups_where_there_is_one_and_says_whose():
    computed = words.standing(item(achieved=100), "sv")  # ended at 67 %: red
    assert computed.source == "computed" and computed.code == "red"
    assert computed.words == "Inte uppfyllt"
    assert computed.by.startswith("Beräknat från siffrorna")
    assessed = item(
        achieved=100, checkin_status="amber", checkin_day=date(2022, 12, 13), checkin_comment="x"
    )
    standing = words.standing(assessed, "en")
    assert (standing.source, standing.code, standing.words) == ("checkin", "amber", "Nearly kept")
    assert standing.by == "The steering group's assessment, 13 December 2022"
    running = item(achieved=60, as_of=date(2022, 7, 31), checkin_status="green",
                   checkin_day=date(2022, 6, 14))  # fmt: skip
    assert words.standing(running, "sv").words == "Går enligt plan"


def test_only_a_comment_marked_public_is_shown():
    checked = item(checkin_status="green", checkin_day=date(2022, 12, 13), checkin_comment="Bra.")
    assert words.public_comment(checked, set()) is None
    assert words.public_comment(checked, {(1, date(2022, 12, 13))}) == "Bra."
    assert words.public_comment(checked, {(1, date(2022, 9, 20))}) is None  # an older one


def head(last, prev) -> CrimeHeadline:
    return CrimeHeadline("stöld", last, prev, date(2022, 1, 1), date(2022, 12, 1))


def test_crime_trends_in_words():
    assert nbsp(words.crime_sentence(head(724, 780), "Skara", "sv")) == (
        "Skara: 724 anmälda stölder under januari–december 2022, 7 % färre än de tolv "
        "månaderna före (780)."
    )
    assert words.crime_sentence(head(158, 122), "Skara", "en").endswith(
        "30% more than in the twelve months before (122)."
    )
    assert "about as many as" in words.crime_sentence(head(1001, 1000), "Skara", "en")
    assert words.crime_sentence(head(700, None), "Skara", "en") == (
        "Skara: 700 reported thefts in January–December 2022."
    )
    assert words.months_span(date(2021, 7, 1), date(2022, 6, 1), "sv") == "juli 2021–juni 2022"


def surveys(*rows) -> pd.DataFrame:
    columns = ["year", "area_id", "indicator", "value", "scale", "respondents", "sampling"]
    return pd.DataFrame(rows, columns=columns)


def test_survey_waves_with_n_sampling_and_interval_and_never_under_30_answers():
    results = surveys(
        (2021, None, "otrygg_kvall", 26.0, "andel", 812, "slumpmässigt"),
        (2022, None, "otrygg_kvall", 23.0, "andel", 804, "slumpmässigt"),
        (2022, 7, "otrygg_kvall", 60.0, "andel", 200, "slumpmässigt"),  # an area: never used
        (2022, None, "oro_stold", 40.0, "andel", 25, "slumpmässigt"),  # too few answers
        (2022, None, "oro_vald", 30.0, "andel", 300, "självselekterat"),
        (2022, None, "problemindex", 2.5, "index", 804, "slumpmässigt"),  # not a share
    )
    waves = {w.indicator: w for w in words.survey_waves(results)}
    assert set(waves) == {"otrygg_kvall", "oro_vald"}
    unsafe = waves["otrygg_kvall"]
    assert (unsafe.year, unsafe.value, unsafe.n, unsafe.prev_year, unsafe.changed) == (
        2022, 23.0, 804, 2021, False,
    )  # fmt: skip
    text = nbsp(words.survey_sentence(unsafe, "sv"))
    assert text.startswith(
        "23 % känner sig otrygga ute sent en kväll (trygghetsmätningen 2022: 804 svar, "
        "slumpmässigt urval)."
    )
    low, high = metrics.wilson_interval(23.0, 804)
    assert f"mellan {round(low)} % och {round(high)} %" in text
    assert "Mätningen 2021: 26 %. Skillnaden är så liten att den kan bero på slumpen." in text
    open_web = words.survey_sentence(waves["oro_vald"], "en")
    assert "self-selected" in open_web and "may not reflect the whole municipality" in open_web
    assert "confidence" not in open_web  # no interval for a self-selected sample


def test_names_joined():
    assert words.joined(["Busstationen", "Centrum", "Hötorget"], "sv") == (
        "Busstationen, Centrum och Hötorget"
    )
    assert words.joined(["A"], "en") == "A"


# --- the whole page from a database -------------------------------------------------


def test_the_page_from_stored_figures_shows_public_comments_only(stored):
    page = citizens_page(Query(), today=date(2023, 2, 1))
    assert page.title == "Så uppfyllde vi medborgarlöftet 2022" and page.year == 2022
    assert [g.party for g in page.groups] == ["Kommunen", "Polisen"]
    p1 = page.groups[1].items[0]
    assert (
        nbsp(p1.done) == "Polisen har gjort 165 fotpatrullpass; 150 var utlovade (110 % av målet)."
    )
    assert p1.comment == "Målet nått, fortsätter 2023." and p1.standing.words == "Uppfyllt"
    k3 = page.groups[0].items[0]
    assert k3.comment is None and k3.standing.source == "checkin"
    assert page.tally == [("green", "Uppfyllt", 2)]  # K3 by its check-in, though none reported
    # Whole municipality only: 2022 thefts 12 × (45 + 3) = 576 against 12 × 53 = 636.
    assert nbsp(page.crimes[0]).startswith("Skara: 576 anmälda stölder under januari–december 2022")
    assert "9 % färre" in nbsp(page.crimes[0])
    assert len(page.surveys) == 1 and "804 svar" in nbsp(page.surveys[0])
    problem = nbsp(" ".join(page.problem))
    assert "Skara kommun och polisen" in problem
    assert "Löftena för 2022 pekar särskilt ut Centrum och Hötorget." in problem
    assert "Trygghetsmätningen 2021, före löftet: 26 % känner sig otrygga" in problem
    assert "Året före löftet, 2021: 636 anmälda stölder i hela kommunen." in problem

    text = website_text(page, "https://example.se/for-invanare", "https://example.se/oppna-data/")
    assert "Målet nått, fortsätter 2023." in text and "Internt" not in text
    assert "Äldre offentlig kommentar" not in text  # not the latest check-in
    assert "61" not in text  # the area's survey figure never appears
    assert "https://example.se/oppna-data/" in text
    english = citizens_page(Query(lang="en"), today=date(2023, 2, 1))
    assert english.title == "How we kept the citizen promise 2022"
    assert english.groups[1].items[0].done.startswith("The police have done 165 fotpatrullpass")


def test_a_year_without_promises_still_gives_a_page(stored):
    page = citizens_page(Query(year=2030), today=date(2023, 2, 1))
    assert page.groups == [] and page.tally == []
    assert page.intro == "Det finns inga medborgarlöften för Skara ännu."
    assert len(page.problem) == 1  # only the opening: no "before the promise" without one
    assert page.years == [2022]


def test_an_empty_database_gives_a_page(cli_db):
    database.migrate(cli_db)
    page = citizens_page(Query(lang="en"), today=date(2023, 2, 1))
    assert page.groups == [] and page.crimes == [] and page.surveys == []
    assert page.data_until is None and page.year is None
