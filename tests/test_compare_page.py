"""``/jamfor`` and the context on ``/trender`` as the browser asks for them (Dash Pages'
router over HTTP), on the demo data with official figures set by each test."""

from __future__ import annotations

import pytest
from render_support import children, find, router_answer, text

from dashboard import regions
from dashboard.pages.compare import load_comparison, parse_options
from dashboard.pages.views import open_view
from dashboard.storage import database, schema
from dashboard.urls import parse_query

SKARA, LIDKOPING = regions.by_code("1495"), regions.by_slug("lidkoping")
COUNTY = regions.of_county(SKARA.county_code)  # Västra Götalands län, 49 kommuner


@pytest.fixture
def client(demo_db):
    import app as app_module
    from dashboard.storage import cache

    cache.clear()
    yield app_module.app.server.test_client()
    cache.clear()


def set_stats(records: list[dict]) -> None:
    """Replace every official figure with ``records`` (and bump the data version)."""
    from dashboard.storage import cache

    with database.default_engine().begin() as conn:
        conn.execute(schema.kommun_stats.delete())
        if records:
            conn.execute(schema.kommun_stats.insert(), records)
        database.bump_data_version(conn)
    cache.clear()


def stat(region: str, year: int, per: float | None, population: int = 20_000, **kw) -> dict:
    count = None if per is None else round(per * population / 100_000)
    record = {"region": region, "year": year, "category": "samtliga", "count": count}
    record.update(per_100000=per, population=population)
    record.update(kw)
    return record


def official_figures() -> list[dict]:
    """Skara, the nation, every kommun of the county (one missing in 2021) and Lidköping."""
    records = [stat(SKARA.code, 2021, 7_500.0, 18_800), stat(SKARA.code, 2022, 7_350.0, 18_900)]
    records += [
        stat(regions.NATION, y, p, 10_400_000) for y, p in ((2021, 8_300.0), (2022, 8_200.0))
    ]
    for kommun in COUNTY:
        if kommun.code in (SKARA.code, LIDKOPING.code):
            continue
        records.append(stat(kommun.code, 2022, 8_000.0))
        if kommun.code != "1480":  # Göteborg: not published for 2021
            records.append(stat(kommun.code, 2021, 8_000.0))
    records += [stat(LIDKOPING.code, y, 6_900.0, 40_000) for y in (2021, 2022)]
    # Thefts, and the official count of 2022 against the demo's own monthly figures.
    records.append(stat(SKARA.code, 2022, 3_800.0, 18_900, category="stöld"))
    return records


def restore_demo_stats() -> None:
    """The demo's own official figures (data/demo/kommunstatistik.csv), as first start loads them."""
    from dashboard.config import DEMO_DIR
    from dashboard.ingest.pipeline import import_files
    from dashboard.storage import cache

    set_stats([])
    name = "kommunstatistik.csv"
    result = import_files(database.default_engine(), [(name, (DEMO_DIR / name).read_bytes())])
    assert result.ok, result.messages()
    cache.clear()


def page(client, pathname: str, search: str = "") -> dict:
    return router_answer(client, pathname, search)["_pages_content"]["children"]


def test_the_demo_shows_skara_against_the_nation_and_its_own_data_close_to_it(client):
    restore_demo_stats()
    content = page(client, "/jamfor")
    graph = find(content, "graph-jamfor")
    names = [trace["name"] for trace in graph["props"]["figure"]["data"]]
    assert names == ["Västra Götalands län", "Riket", "Skara"]
    words = text(find(content, "jamfor-figure"))
    assert words.strip().startswith("Skara hade ") and "; riket " in words
    check = text(find(content, "jamfor-check-table"))
    assert "Stöld och tillgrepp" in check and "Alla brott" in check
    # The demo's own monthly figures are close to the official ones, but not equal.
    with open_view(parse_query({})) as view:
        checked = load_comparison(view, parse_options({})).check
    assert len(checked) >= 3 and (checked["difference"] != 0).all()
    assert checked["percent"].abs().max() < 5


def test_jamfor_shows_skara_against_the_nation_and_the_county(client):
    set_stats(official_figures())
    content = page(client, "/jamfor", "?med=lidkoping,nowhere")
    graph = find(content, "graph-jamfor")
    names = [trace["name"] for trace in graph["props"]["figure"]["data"]]
    assert names == ["Lidköping", "Västra Götalands län", "Riket", "Skara"]
    words = text(find(content, "jamfor-figure"))
    assert (
        "Skara hade 7\u00a0350 anmälda brott per 100 000 invånare 2022; riket 8\u00a0200, "
        "Västra Götalands län 7\u00a0944, Lidköping 6\u00a0900."
    ) in words  # the county: (47 × 1 600 + 1 389 + 2 760) ÷ (47 × 20 000 + 18 900 + 40 000)
    assert "Från 2021 till 2022 gick Skara från 7\u00a0500 till 7\u00a0350 (−2\u00a0%)." in words
    # 2021: Göteborg has no figure, so the county has none either, and says why.
    assert "ofullständig (1 av 49 kommuner saknas)" in words
    assert "saknar uppgift för en del kommuner 2021" in text(find(content, "jamfor-notes"))
    assert "nowhere" in text(find(content, "jamfor-unknown"))
    choice = find(content, "filter-jamfor")
    assert choice["props"]["value"] == ["lidkoping"]
    assert "skara" not in {o["value"] for o in choice["props"]["options"]}
    assert len(choice["props"]["options"]) == 289
    check = text(find(content, "jamfor-check-table"))
    assert "Stöld och tillgrepp 718 724 +6 +0,8 %" in " ".join(check.split())


def test_jamfor_category_and_english(client):
    set_stats(official_figures())
    content = page(client, "/jamfor", "?brottstyp=stold&lang=en")
    words = text(find(content, "jamfor-figure"))
    assert (
        "Skara had 3,800 reported thefts per 100,000 inhabitants in 2022; Sweden no figure" in words
    )
    selector = find(content, "jamfor-brottstyp")
    assert [" ".join(text(b).split()) for b in children(selector)] == [
        "All crimes",
        "Theft (chosen)",
    ]


def test_empty_state_says_how_to_import_and_trends_shows_no_context(client):
    set_stats([])
    content = page(client, "/jamfor")
    empty = text(find(content, "jamfor-empty"))
    assert "Ingen officiell statistik per kommun är importerad än." in empty
    assert "--kind kommunstatistik" in empty
    assert find(content, "graph-jamfor") is None
    assert find(page(client, "/trender"), "trend-context") is None


def test_trends_show_the_kommun_against_the_nation(client):
    set_stats(official_figures())
    context = text(find(page(client, "/trender"), "trend-context"))
    assert "Alla brott per 100 000 invånare 2022: Skara 7\u00a0350, riket 8\u00a0200." in context
    assert (
        "Stöld och tillgrepp per 100 000 invånare 2022: Skara 3\u00a0800, riket uppgift saknas."
        in context
    )
    # The year of the trend figure's end where there are figures by then.
    earlier = text(find(page(client, "/trender", "?till=2021-06"), "trend-context"))
    assert "Alla brott per 100 000 invånare 2021: Skara 7\u00a0500, riket 8\u00a0300." in earlier
    english = text(find(page(client, "/trender", "?lang=en"), "trend-context"))
    assert "All crimes per 100,000 inhabitants in 2022: Skara 7,350, Sweden 8,200." in english


def test_page_title(client):
    set_stats([])
    title = router_answer(client, "/jamfor", "?lang=en")["_pages_store"]["data"]["title"]
    assert title == "Compare – Citizen promise"


def test_downloads_give_every_region_and_the_check(client):
    set_stats(official_figures())
    content = page(client, "/jamfor", "?med=lidkoping")
    link = find(content, "dl-jamfor-per-100000-csv")
    assert link["props"]["href"] == "/nedladdning/jamfor/per-100000.csv?med=lidkoping"
    assert find(content, "dl-jamfor-avstamning-xlsx") is not None
    answer = client.get(link["props"]["href"])
    assert answer.status_code == 200
    lines = answer.data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Region;År;Brottstyp;Antal;Invånare;Per 100 000 invånare"
    assert "Skara;2022;Alla brott;1389;18900;7350" in lines
    assert "Västra Götalands län;2021;Alla brott;;;" in lines  # incomplete: no partial sum
    assert "Lidköping;2022;Alla brott;2760;40000;6900" in lines
    english = client.get("/nedladdning/jamfor/avstamning.csv?lang=en").data.decode("utf-8")
    assert english.splitlines()[0] == (
        "Year,Category,Official statistics,Own monthly data,Difference,Difference in per cent"
    )
    assert "2022,Theft,718,724,6,0.8" in english.splitlines()  # a little late registration


def test_a_kommun_not_in_the_list_is_said_so(client):
    set_stats(official_figures())
    content = page(client, "/jamfor", "?kommun=Atlantis")
    assert "Atlantis finns inte i SCB:s lista över kommuner" in text(find(content, "jamfor-empty"))
    assert find(content, "graph-jamfor") is None
