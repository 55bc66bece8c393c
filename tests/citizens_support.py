"""A small promise for the citizens' page and the open data: two commitments, activities,
crimes and surveys, and check-ins of which only some are public."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from dashboard.ingest.pipeline import import_files
from dashboard.storage import cache, schema

AREAS = "område,kommun,typ,ingår_i,invånare\nCentrum,Skara,centrum,,2600\nHötorget,Skara,plats,Centrum,\n"
COMMITMENTS = (
    "löfte_id,år,part,löfte,indikator,mål,enhet,målregel,start,slut,område\n"
    "P1,2022,Polisen,Fotpatrullering,Antal pass,150,fotpatrullpass,antal,2022-03-01,2022-12-31,"
    "Hötorget\n"
    "K3,2022,Kommunen,Trygghetsvandring,Vandring genomförd,1,vandring,milstolpe,,,Centrum\n"
)
ACTIVITIES = "datum,löfte_id,antal,område\n2022-05-02,P1,90,Hötorget\n2022-10-03,P1,75,Hötorget\n"
CRIMES = "".join(
    f"{year}-{month:02d},{area},stöld,{n}\n"
    for year in (2021, 2022)
    for month in range(1, 13)
    for area, n in (("Centrum", 50 if year == 2021 else 45), ("Hötorget", 3))
)
SURVEY = (
    "år,område,indikator,värde,skala,antal_svar,urval\n"
    "2021,Skara,otrygg_kvall,26,andel,812,slumpmässigt\n"
    "2022,Skara,otrygg_kvall,23,andel,804,slumpmässigt\n"
    "2022,Hötorget,otrygg_kvall,61,andel,40,slumpmässigt\n"
)


@pytest.fixture(name="stored")
def stored_promise(cli_db):
    """``cli_db`` with the promise above stored; P1's latest check-in public, K3's not."""
    files = [
        ("omraden.csv", AREAS),
        ("loften.csv", COMMITMENTS),
        ("aktiviteter.csv", ACTIVITIES),
        ("brott.csv", "månad,område,brottstyp,antal\n" + CRIMES),
        ("enkat.csv", SURVEY),
    ]
    result = import_files(cli_db, [(name, text.encode()) for name, text in files])
    assert result.ok, result.messages()
    with cli_db.begin() as conn:
        ids = dict(
            conn.execute(sa.select(schema.commitments.c.code, schema.commitments.c.id)).all()
        )
        conn.execute(
            schema.checkins.insert(),
            [
                {"commitment_id": ids["P1"], "day": date(2022, 12, 13), "status": "green",
                 "comment": "Målet nått, fortsätter 2023.", "public": True},
                {"commitment_id": ids["K3"], "day": date(2022, 12, 13), "status": "green",
                 "comment": "Internt: fastighetsägaren är missnöjd.", "public": False},
                {"commitment_id": ids["K3"], "day": date(2022, 9, 20), "status": "amber",
                 "comment": "Äldre offentlig kommentar.", "public": True},
            ],
        )  # fmt: skip
    cache.clear()
    yield cli_db
    cache.clear()
