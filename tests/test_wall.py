"""The wall screen ``/vaggskarm`` without a browser: its URL parameters, the views it
rotates through, focus areas and their protected figures, and the poll that picks up
a new import."""

from __future__ import annotations

from datetime import date

import pytest
from dash.exceptions import PreventUpdate

from dashboard.analysis import metrics, wall
from dashboard.analysis.commitments import Commitment
from dashboard.urls import parse_query

# --------------------------------------------------------------------------- fixtures


def commitment(code: str, areas: list[str], status: str = "green") -> Commitment:
    item = Commitment(
        id=hash(code) % 1000,
        code=code,
        year=2022,
        party="Polisen",
        text=f"Löfte {code}",
        indicator="antal",
        target=10,
        unit="pass",
        rule="antal",
        start=date(2022, 1, 1),
        end=date(2022, 12, 31),
        areas=areas,
    )
    item.judgement = metrics.Judgement(0.5, 0.5, 1.0, status, False)
    return item


def open_demo_view(params: dict | None = None):
    from dashboard.pages.views import open_view

    return open_view(parse_query(params or {}))


# --------------------------------------------------------------------------- URL parameters


def test_defaults():
    options = wall.parse_wall_options({})
    assert options == wall.WallOptions(seconds=20, views=(), dark=False)
    assert options.to_params() == {}


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [("2", 2), ("45", 45), ("1", 2), ("0", 2), ("-5", 2), ("99999", 3600), ("7,6", 8),
     ("abc", 20), ("", 20)],
)  # fmt: skip
def test_seconds_are_clamped(raw, seconds):
    assert wall.parse_wall_options({"sekunder": raw}).seconds == seconds


def test_views_and_theme_from_the_query_string():
    options = wall.parse_wall_options(
        {"vyer": ["Översikt, trender,Hötorget"], "tema": "mörk", "sekunder": ["30"]}
    )
    assert options.views == ("oversikt", "trender", "hotorget")
    assert options.dark and options.seconds == 30
    assert options.to_params() == {
        "sekunder": "30",
        "vyer": "oversikt,trender,hotorget",
        "tema": "mork",
    }
    assert not wall.parse_wall_options({"tema": "ljus"}).dark


FOCUS = [("busstationen", "Busstationen"), ("centrum", "Centrum"), ("hotorget", "Hötorget")]


def test_every_view_by_default():
    assert wall.plan_views((), FOCUS) == [
        ("oversikt", None),
        ("trender", None),
        ("omrade", "busstationen"),
        ("omrade", "centrum"),
        ("omrade", "hotorget"),
    ]


def test_chosen_views_keep_their_order_once_each():
    plan = wall.plan_views(("omraden", "oversikt", "hotorget", "nowhere", "oversikt"), FOCUS)
    assert plan == [
        ("omrade", "busstationen"),
        ("omrade", "centrum"),
        ("omrade", "hotorget"),
        ("oversikt", None),
    ]
    assert wall.plan_views(("trends", "omrade-centrum"), FOCUS) == [
        ("trender", None),
        ("omrade", "centrum"),
    ]


def test_nothing_valid_means_everything():
    assert wall.plan_views(("nope",), FOCUS) == wall.plan_views((), FOCUS)
    assert wall.plan_views(("omraden",), []) == [("oversikt", None), ("trender", None)]


def test_view_ids():
    assert wall.view_id(("oversikt", None)) == "wall-view-oversikt"
    assert wall.view_id(("omrade", "hotorget")) == "wall-view-omrade-hotorget"


# --------------------------------------------------------------------------- focus areas


def test_focus_areas_are_the_places_the_promise_names():
    import pandas as pd

    areas = pd.DataFrame(
        {
            "slug": ["busstationen", "centrum", "hotorget", "brogarden"],
            "name": ["Busstationen", "Centrum", "Hötorget", "Brogården"],
        }
    )
    items = [
        commitment("P1", ["Hötorget", "Busstationen"]),
        commitment("P2", ["Hötorget"]),
        commitment("K1", []),
        commitment("X9", ["Okänd plats"]),
    ]
    assert wall.focus_areas(items, areas) == [
        ("hotorget", "Hötorget"),
        ("busstationen", "Busstationen"),
    ]
    assert wall.focus_areas(items, areas, ("brogarden", "nowhere")) == [("brogarden", "Brogården")]


def test_status_counts():
    items = [commitment("A", [], "green"), commitment("B", [], "red"), commitment("C", [], "red")]
    items[0].judgement = None
    assert wall.status_counts(items) == {"green": 0, "amber": 0, "red": 2, "not_started": 1}


def test_focus_area_figures_come_from_the_protected_cells(demo_db):
    from dashboard.analysis import protection
    from dashboard.pages.wall import focus_area

    with open_demo_view() as view:
        area = focus_area(view, "hotorget")
        cells = protection.protected_crimes(view.conn, view.kommun, view.status.version, 12)
    assert area.name == "Hötorget" and [r.category for r in area.changes] == ["stöld", "narkotika"]
    theft = area.changes[0]
    assert str(theft.end) == "2022-12"
    assert theft.last == cells.cell(theft.end, area.area_id, "stöld")
    assert theft.prev == cells.cell(theft.end - 12, area.area_id, "stöld")
    assert (theft.last.value, theft.prev.value) == (58, 44)
    series = {s.category: s for s in area.series}
    assert len(series["stöld"].points) == 36  # three years of 12-month sums
    assert series["stöld"].points["month"].max().strftime("%Y-%m") == "2022-12"
    codes = [a.code for a in area.activities]
    assert codes[0] == "P1" and set(codes) <= {"P1", "P2", "K2", "K3", "G2", "P3", "K1", "G3"}
    survey = area.survey
    assert set(survey["area_id"]) == {protection.MUNICIPALITY, area.area_id}
    assert (survey["year"] <= 2026).all()


def test_small_counts_are_never_shown_on_the_wall(demo_db):
    """A window of 1–4 is "1–4", and no percentage gives it away."""
    import pandas as pd

    from components.wall_area import _crime_fact
    from dashboard.analysis.areas import AreaInfo
    from dashboard.analysis.crime_trends import ChangeRow
    from dashboard.analysis.protection import SMALL, VALUE, Cell

    area = AreaInfo(1, "Torget", "torget")
    end = pd.Period("2022-12", "M")
    row = ChangeRow(area, "stöld", end, Cell(3, SMALL), Cell(20, VALUE), None)
    text = str(_crime_fact(row, "sv"))
    assert "1–4" in text and "'3'" not in text and "%" not in text
    row = ChangeRow(area, "narkotika", end, Cell(20, VALUE), Cell(2, SMALL), None)
    text = str(_crime_fact(row, "en"))
    assert "1–4" in text and "%" not in text
    row = ChangeRow(area, "stöld", end, Cell(30, VALUE), Cell(20, VALUE), None)
    assert "+50" in str(_crime_fact(row, "sv"))


# --------------------------------------------------------------------------- whole screen


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_view_renders(demo_db, lang):
    from components.wall_views import build_views
    from dashboard.pages.wall import load_wall_page

    page = load_wall_page({"lang": lang})
    views, status, title = build_views(page)
    version = page.version
    assert [v.id for v in views] == [
        "wall-view-oversikt",
        "wall-view-trender",
        "wall-view-omrade-busstationen",
        "wall-view-omrade-centrum",
        "wall-view-omrade-hotorget",
    ]
    assert title == (
        "Medborgarlöfte 2022 · Skara" if lang == "sv" else "Citizen promise 2022 · Skara"
    )
    assert version > 0
    text = str(views[0])
    for code in ("K1", "P1", "G5"):
        assert f"wall-tile-{code}" in text
    assert ("December 2022" if lang == "en" else "december 2022") in str(status)


def test_filters_and_chosen_views_apply(demo_db):
    from components.wall_views import build_views
    from dashboard.pages.wall import load_wall_page

    params = {"omrade": "brogarden", "vyer": "omraden,oversikt", "part": "Polisen"}
    views, *_ = build_views(load_wall_page(params))
    assert [v.id for v in views] == ["wall-view-omrade-brogarden", "wall-view-oversikt"]
    overview = str(views[1])
    assert "wall-tile-P" not in overview or "wall-tile-K" not in overview


def test_poll_rerenders_only_after_an_import(demo_db):
    from callbacks.wall import refresh
    from dashboard.ingest.pipeline import import_files
    from dashboard.pages.caching import data_version
    from dashboard.storage import database

    config = {"params": {"vyer": "hotorget"}}
    version = data_version()
    with pytest.raises(PreventUpdate):
        refresh(version, config)
    rows = "månad,område,brottstyp,antal\n2022-12,Hötorget,stöld,25\n" + "".join(
        f"2022-12,Hötorget,{cat},{n}\n"
        for cat, n in (("narkotika", 0), ("våld", 2), ("skadegörelse", 2), ("inbrott", 0),
                       ("bedrägeri", 0), ("övrigt", 2))
    )  # fmt: skip
    result = import_files(database.get_engine(demo_db), [("brott-rattelse.csv", rows.encode())])
    assert result.ok and result.written
    views, _status, _title, new_version = refresh(version, config)
    assert new_version > version
    assert "78" in str(views[0])  # 58 thefts in 12 months, now with 20 more in December
    original = rows.replace("stöld,25", "stöld,5")
    assert import_files(database.get_engine(demo_db), [("brott.csv", original.encode())]).ok
