"""Several kommuner in one database: the demo's big scales and the kommun choice."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from dashboard.demo import scale_files, scales
from dashboard.demo.commitments import COMMITMENTS
from dashboard.pages.views import View, known_kommun
from dashboard.storage import database, schema
from dashboard.urls import Query


def test_scales_have_plausible_populations():
    region, nation = scales.municipalities("region"), scales.municipalities("nation")
    assert len(region) == 49 and len(nation) == 290
    assert region[0].name == nation[0].name == "Skara"
    assert 1.6e6 < sum(m.population for m in region) < 1.9e6
    assert 10.2e6 < sum(m.population for m in nation) < 10.8e6
    assert len({m.name for m in nation}) == 290
    # At least ten million incident rows over the ten years.
    assert sum(m.crimes_per_year for m in nation) * len(scales.BIG_YEARS) >= 10_000_000
    assert all(m.population >= 2_400 for m in nation)


@pytest.fixture(scope="module")
def small_region(tmp_path_factory):
    """The region's first three kommuner, generated and loaded into SQLite."""
    out = tmp_path_factory.mktemp("region")
    paths = scale_files.generate_big(out, "region", limit=3)
    engine = database.make_engine(f"sqlite:///{out / 'db.sqlite'}")
    database.migrate(engine)
    scale_files.load(out, engine, progress=lambda _m: None)
    yield out, paths, engine
    engine.dispose()


def test_generation_is_deterministic(small_region, tmp_path):
    _out, paths, _ = small_region
    again = scale_files.generate_big(tmp_path, "region", limit=3)
    for a, b in zip(paths["brott"], again["brott"], strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert paths["enkat"].read_bytes() == again["enkat"].read_bytes()


def test_big_scale_loads_completely(small_region):
    _out, paths, engine = small_region
    rows = sum(p.read_text(encoding="utf-8").count("\n") - 1 for p in paths["brott"])
    header = paths["brott"][0].read_text(encoding="utf-8").splitlines()[0]
    assert header == "datum,område,brottstyp,kommun"
    with engine.connect() as conn:
        kommuner = set(conn.execute(sa.select(schema.areas.c.kommun).distinct()).scalars())
        total = conn.execute(sa.select(sa.func.sum(schema.crimes.c.count))).scalar()
        first, last = conn.execute(
            sa.select(sa.func.min(schema.crimes.c.month), sa.func.max(schema.crimes.c.month))
        ).one()
        commitments = conn.execute(
            sa.select(sa.func.count()).select_from(schema.commitments)
        ).scalar()
    assert len(kommuner) == 3 and "Skara" in kommuner
    assert total == rows  # one row per reported crime, every one stored
    assert (first, last) == (date(2013, 1, 1), date(2022, 12, 1))
    assert commitments == 3 * len(COMMITMENTS)


def test_skaras_story_holds_at_scale(small_region):
    _, _, engine = small_region
    with engine.connect() as conn:
        query = (
            sa.select(schema.crimes.c.month, sa.func.sum(schema.crimes.c.count))
            .join(schema.areas, schema.areas.c.id == schema.crimes.c.area_id)
            .where(schema.areas.c.name == "Busstationen", schema.crimes.c.category == "stöld")
            .where(schema.crimes.c.month >= date(2021, 3, 1))
            .group_by(schema.crimes.c.month)
        )
        monthly = dict(conn.execute(query).all())
    before = sum(n for m, n in monthly.items() if m < date(2022, 3, 1))
    after = sum(n for m, n in monthly.items() if m >= date(2022, 3, 1))
    assert after < 0.85 * before  # foot patrols from March 2022


def test_a_view_shows_the_kommun_the_link_names(small_region, monkeypatch):
    _, _, engine = small_region
    other = "Ale"
    with database.read_snapshot(engine) as conn:
        view = View(conn, Query(kommun="ALE"), today=date(2022, 12, 31))
        assert view.kommun == other
        names = {name for _, name in view.area_options()}
        assert "Resecentrum" in names and "Busstationen" not in names
        assert other in view.status.kommuner
    assert known_kommun("ale", ("Ale", "Skara")) == "Ale"
    assert known_kommun("Atlantis", ("Ale", "Skara")) == "Atlantis"
    assert known_kommun(None, ("Ale",)) is None


def test_the_kommun_choice_writes_the_url(monkeypatch):
    monkeypatch.setenv("KOMMUN", "Skara")
    from callbacks.kommun import search_for_kommun

    new = search_for_kommun("?omrade=centrum&part=Polisen&matt=antal", "Göteborg")
    assert new == "?part=Polisen&kommun=G%C3%B6teborg&matt=antal"  # the areas were Skara's
    assert search_for_kommun("?kommun=Ale&fran=2021-01", "Skara") == "?fran=2021-01"


def test_the_filter_bar_offers_kommuner_only_when_there_are_several():
    from components.filters import filter_bar

    def ids(component) -> set:
        found = {getattr(component, "id", None)}
        children = getattr(component, "children", None) or []
        for child in children if isinstance(children, list) else [children]:
            found |= ids(child)
        return found

    q = Query()
    assert "filter-kommun" in ids(filter_bar(q, [], ["Polisen"], [], kommuner=("Ale", "Skara")))
    assert "filter-kommun" not in ids(filter_bar(q, [], ["Polisen"], [], kommuner=("Skara",)))
