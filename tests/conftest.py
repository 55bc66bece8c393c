"""Shared fixtures: a fresh database per test, small reference data, a state snapshot."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from dashboard import storage as S
from dashboard.importer import import_files

AREAS = """område,kommun,typ,ingår_i,invånare
Centrum,Skara,centrum,,2600
Hötorget,Skara,plats,Centrum,
Busstationen,Skara,plats,Centrum,
Brogården,Skara,bostadsområde,,2400
"""

COMMITMENTS = """löfte_id,år,part,löfte,indikator,mål,enhet,målregel,start,slut,område,samverkanspart
P1,2022,Polisen,Fotpatrullering,fotpatrullpass,150,pass,antal,2022-03-01,2022-12-31,Busstationen|Hötorget,
K3,2022,Kommunen,Trygghetsvandring,genomförd vandring,1,vandring,milstolpe,,,Centrum,Fastighetsägare
"""


def database_url(tmp_path) -> str:
    """SQLite in ``tmp_path``, or the PostgreSQL server named by TEST_DATABASE_URL."""
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture
def engine(tmp_path):
    url = database_url(tmp_path)
    engine = S.make_engine(url)
    if engine.dialect.name == "postgresql":
        S.metadata.drop_all(engine)
        with engine.begin() as conn:
            conn.execute(sa.text("DROP TABLE IF EXISTS meta"))
    S.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def base(engine):
    """An engine with four areas and two commitments imported."""
    result = import_files(
        engine, [("omraden.csv", AREAS.encode()), ("loften.csv", COMMITMENTS.encode())]
    )
    assert result.ok, result.messages()
    return engine


def snapshot(engine) -> dict:
    """Every data table's rows (the import log aside), to compare before and after."""
    with engine.connect() as conn:
        state = {}
        for table in S.metadata.sorted_tables:
            if table.name == "import_log":
                continue
            cols = [c for c in table.columns if c.name != "id"]
            rows = conn.execute(sa.select(*cols)).all()
            state[table.name] = sorted(map(tuple, rows), key=repr)
        return state
