"""The neighbourhood page's data and layout: one area against the whole municipality."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis import protection
from dashboard.analysis.area_profile import (
    area_index,
    crime_comparisons,
    find_area,
    latest_waves,
    load_area_profile,
    survey_table,
)
from dashboard.analysis.areas import AreaInfo
from dashboard.analysis.crime_trends import ChangeRow
from dashboard.urls import Query

AREAS = [
    AreaInfo(1, "Hötorget", "hotorget", "plats", "Centrum", None),
    AreaInfo(2, "Sörskogen", "sorskogen", "bostadsområde", None, 2700),
]


def profile_for(slug: str, q: Query | None = None):
    from dashboard.pages.views import open_view

    with open_view(q or Query()) as view:
        return load_area_profile(view, slug)


def page_text(component) -> str:
    """All text in a Dash component tree (for checking a rendered layout)."""
    if component is None:
        return ""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(page_text(c) for c in component)
    return page_text(getattr(component, "children", None))


def find_id(component, wanted: str):
    if isinstance(component, list | tuple):
        for c in component:
            found = find_id(c, wanted)
            if found is not None:
                return found
        return None
    if getattr(component, "id", None) == wanted:
        return component
    children = getattr(component, "children", None)
    return find_id(children, wanted) if children is not None else None


# --------------------------------------------------------------------------- pure functions


def test_find_area_by_slug_or_name():
    assert find_area(AREAS, "hotorget").name == "Hötorget"
    assert find_area(AREAS, "Hötorget").name == "Hötorget"  # normalised like contract.slug
    assert find_area(AREAS, "sörskogen").id == 2
    assert find_area(AREAS, "nowhere") is None
    assert find_area(AREAS, None) is None


def test_crime_comparisons_pair_area_and_municipality():
    end = pd.Period("2022-12", "M")
    cell = protection.Cell(10, protection.VALUE)
    rows = [
        ChangeRow(AREAS[1], "stöld", end, cell, cell, 2700),
        ChangeRow(AREAS[1], "narkotika", end, cell, cell, 2700),
        ChangeRow(None, "stöld", end, protection.Cell(700, protection.VALUE), cell, 19000),
        ChangeRow(None, "narkotika", end, protection.Cell(150, protection.VALUE), cell, 19000),
    ]
    pairs = crime_comparisons(rows)
    assert [p.category for p in pairs] == ["stöld", "narkotika"]
    assert pairs[0].municipality.last.value == 700 and pairs[1].municipality.last.value == 150


def survey(rows):
    return pd.DataFrame(
        rows, columns=["year", "area_id", "indicator", "value", "scale", "respondents", "sampling"]
    )


def test_latest_waves_prefers_random_samples_and_reports_too_few_answers():
    results = survey(
        [
            (2021, None, "otrygg_kvall", 26.1, "andel", 807, "slumpmässigt"),
            (2022, None, "otrygg_kvall", 22.8, "andel", 804, "slumpmässigt"),
            (2021, 1, "otrygg_kvall", 40.9, "andel", 159, "slumpmässigt"),
            (2022, 1, "otrygg_kvall", 40.0, "andel", 55, "självselekterat"),
            (2020, 1, "oro_stold", 30.8, "andel", 26, "slumpmässigt"),
            (2020, None, "oro_stold", 28.1, "andel", 752, "slumpmässigt"),
        ]
    )
    table = survey_table(results, 1)
    assert list(dict.fromkeys(table["indicator"])) == ["otrygg_kvall", "oro_stold"]
    latest = latest_waves(table).set_index("indicator")
    unsafe = latest.loc["otrygg_kvall"]
    assert unsafe["year"] == 2021  # the random wave, not the later self-selected one
    assert unsafe["area"]["value"] == 40.9 and unsafe["whole"]["value"] == 26.1
    few = latest.loc["oro_stold"]
    assert few["area"]["status"] == "few" and pd.isna(few["area"]["value"])


# --------------------------------------------------------------------------- demo data


def test_demo_hotorget_profile(demo_db):
    profile = profile_for("hotorget")
    assert profile.area.name == "Hötorget" and not profile.has_rates
    assert str(profile.end) == "2022-12"
    theft = next(c for c in profile.crimes if c.category == "stöld")
    assert (theft.area.last.value, theft.area.prev.value) == (58, 44)
    assert (theft.municipality.last.value, theft.municipality.prev.value) == (724, 780)
    assert [c.category for c in profile.crimes][:2] == ["stöld", "narkotika"]
    assert {c.code for c in profile.commitments} == {"K2", "P1", "P2"}
    assert set(profile.activities["code"]) <= {"K2", "P1", "P2"}
    assert not profile.activities.empty
    assert set(profile.survey["indicator"]) >= {"otrygg_kvall", "problemindex"}


def test_demo_profile_follows_the_filters(demo_db):
    police = profile_for("hotorget", Query(part="Kommunen"))
    assert {c.code for c in police.commitments} == {"K2"}
    assert set(police.activities["code"]) <= {"K2"}
    early = profile_for("brogarden", Query(end=(2021, 12)))
    assert str(early.end) == "2021-12"
    assert early.activities.empty  # the promise's activities are all in 2022


def test_demo_protection_is_the_same_as_on_the_trends_page(demo_db):
    from dashboard.analysis import trend_options, trends
    from dashboard.pages.views import open_view

    with open_view(Query(areas=("ardala",))) as view:
        data = trends.load_trends(view, trend_options.TrendOptions())
    profile = profile_for("ardala")
    trend_row = next(r for r in data.changes if r.area and r.category == "narkotika")
    area_row = next(c for c in profile.crimes if c.category == "narkotika").area
    assert trend_row.last == area_row.last and trend_row.prev == area_row.prev
    assert area_row.last.label == protection.SMALL  # Ardala: 1 narcotics case in 2022


def test_demo_area_index(demo_db):
    from dashboard.pages.views import open_view

    with open_view(Query()) as view:
        end, rows = area_index(view)
    assert str(end) == "2022-12"
    assert rows[-1].area is None and rows[-1].cells["stöld"].value == 724
    ardala = next(r for r in rows if r.area and r.area.slug == "ardala")
    assert ardala.cells["narkotika"].label == protection.SMALL


def test_demo_unknown_area(demo_db):
    assert profile_for("nowhere") is None


# --------------------------------------------------------------------------- the layout


@pytest.fixture(scope="module")
def area_page(demo_db):
    import app  # noqa: F401  (registers the pages)
    from layouts import area

    return area


@pytest.fixture(scope="module")
def areas_page(demo_db):
    import app  # noqa: F401  (registers the pages)
    from layouts import areas

    return areas


def test_layout_of_an_area(area_page):
    page = area_page.layout(omrade="hotorget")
    text = page_text(page)
    assert "Hötorget" in text and "inga invånare" in text
    assert find_id(page, "area-crime-graph") is not None
    assert find_id(page, "area-survey-graph") is not None
    table = page_text(find_id(page, "area-crime-table"))
    assert "58" in table and "724" in table and "+32 %".replace(" ", "\u00a0") in table
    assert find_id(page, "area-jump").value == "hotorget"


def test_layout_of_an_unknown_area_links_to_the_areas(area_page):
    page = area_page.layout(omrade="nowhere")
    text = page_text(page)
    assert "nowhere" in text
    links = find_id(page, "area-links")
    assert "Hötorget" in page_text(links) and "Ardala" in page_text(links)


def test_layout_of_the_list(areas_page):
    page = areas_page.layout()
    listing = page_text(find_id(page, "area-list"))
    assert "Busstationen" in listing and "1–4" in listing and "724" in listing


def test_layout_in_english(area_page):
    text = page_text(area_page.layout(omrade="brogarden", lang="en"))
    assert "Reported crimes" in text and "inhabitants" in text
