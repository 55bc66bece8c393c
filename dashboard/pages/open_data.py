"""Open data behind /for-invanare: the commitments, and the whole municipality's crime and
survey series, as canonical CSV (UTF-8, comma, the contract's Swedish headers where they
exist) and as JSON with a metadata block (licence, source, generated at, data version).

Public by design, so only what the public page shows: check-in comments marked public
(never another), crime counts summed over the whole municipality (no area figure, so no
small count below municipality level), survey results for the whole municipality with
at least 30 answers.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.analysis import citizens as words
from dashboard.analysis.commitments import Filters, load_commitments
from dashboard.analysis.protection import MUNICIPALITY
from dashboard.analysis.surveys import survey_points
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.ingest.values import neutralise_formula
from dashboard.pages.views import View, open_view
from dashboard.storage import cache, queries, schema
from dashboard.urls import Query

STATUS_WORDS = {**contract.STATUS_EXPORT, "not_started": "ej påbörjad"}
SOURCES = {"checkin": "styrgruppen", "computed": "beräknad"}

COLUMNS: dict[str, tuple[str, ...]] = {
    "loften": (
        "löfte_id", "år", "kommun", "part", "löfte", "indikator", "mål", "enhet", "målregel",
        "start", "slut", "uppnått", "andel_av_mål", "beräknad_status", "styrgruppens_status",
        "styrgruppens_datum", "status", "statuskälla", "kommentar",
    ),
    "brott": ("månad", "kommun", "brottstyp", "antal"),
    "enkat": (
        "år", "kommun", "område", "indikator", "värde", "skala", "antal_svar", "urval",
        "lägre_95", "övre_95",
    ),
}  # fmt: skip
DATASETS = tuple(COLUMNS)
FORMATS = ("csv", "json")


@dataclass(frozen=True)
class Licence:
    """The open data's licence: its name and, where given, its URL."""

    name: str
    url: str | None

    @classmethod
    def configured(cls) -> Licence:
        """From ``OPEN_DATA_LICENCE``: a name, optionally followed by its URL."""
        parts = settings().open_data_licence.split()
        # Only a plain URL: it also goes into a Link header as <url>.
        urls = [
            p for p in parts if p.startswith(("https://", "http://")) and not set(p) & set('<>"')
        ]
        name = " ".join(p for p in parts if p not in urls)
        return cls(name or (urls[0] if urls else ""), urls[0] if urls else None)


def commitment_rows(conn: Connection, kommun: str, as_of: date) -> list[dict]:
    """Every commitment of every year of ``kommun``, judged on ``as_of``."""
    c = schema.commitments
    years = conn.execute(
        sa.select(c.c.year).where(c.c.kommun == kommun).distinct().order_by(c.c.year)
    ).scalars()
    rows = []
    for year in list(years):
        items = load_commitments(conn, Filters(kommun, year=year, as_of=as_of), today=as_of)
        public = words.public_checkins(conn, items)
        for item in items:
            standing = words.standing(item, "sv")
            j = item.judgement
            rows.append(
                {
                    "löfte_id": item.code,
                    "år": item.year,
                    "kommun": kommun,
                    "part": item.party,
                    "löfte": item.text,
                    "indikator": item.indicator,
                    "mål": _number(item.target),
                    "enhet": item.unit,
                    "målregel": item.rule,
                    "start": item.start.isoformat(),
                    "slut": item.end.isoformat(),
                    "uppnått": _number(item.achieved),
                    "andel_av_mål": round(j.progress, 4),
                    "beräknad_status": STATUS_WORDS[j.status],
                    "styrgruppens_status": STATUS_WORDS.get(item.checkin_status or ""),
                    "styrgruppens_datum": (
                        item.checkin_day.isoformat() if item.checkin_day else None
                    ),
                    "status": STATUS_WORDS[standing.code],
                    "statuskälla": SOURCES[standing.source],
                    "kommentar": words.public_comment(item, public),
                }
            )
    return rows


def crime_rows(conn: Connection, kommun: str) -> list[dict]:
    """Reported crimes per month and category, summed over the whole municipality; None
    (".." in the CSV) where any summed figure was not published."""
    monthly = queries.monthly_crimes(conn, kommun)
    return [
        {
            "månad": f"{r.month:%Y-%m}",
            "kommun": kommun,
            "brottstyp": r.category,
            "antal": None if r.missing else int(r.count),
        }
        for r in monthly.itertuples(index=False)
    ]


def survey_rows(conn: Connection, kommun: str) -> list[dict]:
    """The whole municipality's survey results with at least 30 answers, with 95 % Wilson
    intervals for random samples."""
    results = queries.survey_results(conn, kommun, whole=True)
    results = results[results["area_id"].isna()]
    rows = []
    for indicator in sorted(set(results["indicator"])):
        points = survey_points(results, indicator)
        points = points[(points["area_id"] == MUNICIPALITY) & (points["status"] == "shown")]
        for p in points.itertuples(index=False):
            rows.append(
                {
                    "år": int(p.year),
                    "kommun": kommun,
                    "område": kommun,
                    "indikator": indicator,
                    "värde": p.value,
                    "skala": p.scale,
                    "antal_svar": None if _missing(p.n) else int(p.n),
                    "urval": p.sampling if isinstance(p.sampling, str) else None,
                    "lägre_95": None if _missing(p.low) else round(p.low, 1),
                    "övre_95": None if _missing(p.high) else round(p.high, 1),
                }
            )
    return sorted(rows, key=lambda r: (r["indikator"], r["år"], r["urval"] or ""))


def _number(value: float) -> int | float:
    """A whole number as an int (150, not 150.0, in the JSON)."""
    return int(value) if float(value).is_integer() else value


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


@dataclass(frozen=True)
class OpenData:
    """One dataset of one kommun, with what its metadata block says."""

    name: str
    kommun: str
    rows: list[dict]
    version: int
    demo: bool


def dataset(name: str, q: Query, today: date | None = None) -> OpenData:
    """The dataset ``name`` (one of ``DATASETS``) for the query's kommun."""
    if name not in COLUMNS:
        raise KeyError(name)
    with open_view(Query(kommun=q.kommun, lang=q.lang), today) as view:
        return OpenData(name, view.kommun, _rows(view, name), view.status.version, view.status.demo)


def _rows(view: View, name: str) -> list[dict]:
    compute = {
        "loften": lambda: commitment_rows(view.conn, view.kommun, view.as_of),
        "brott": lambda: crime_rows(view.conn, view.kommun),
        "enkat": lambda: survey_rows(view.conn, view.kommun),
    }[name]
    # Judged on today: a new day is a new key, as in the page cache.
    key = ("open_data", view.kommun, name, view.as_of)
    return cache.cached(view.status.version, key, compute)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return neutralise_formula(value)
    return str(value)


def to_csv(data: OpenData) -> bytes:
    """Canonical CSV: UTF-8 without BOM, comma, LF, Swedish headers; an unpublished crime
    count as "..", as the statistics agencies write it. Text that a spreadsheet would run as
    a formula is prefixed with an apostrophe (as the app's export does)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = COLUMNS[data.name]
    writer.writerow(columns)
    for row in data.rows:
        cells = [_cell(row[c]) for c in columns]
        if data.name == "brott" and row["antal"] is None:
            cells[columns.index("antal")] = ".."
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8")


def metadata(data: OpenData, lang: str, now: datetime | None = None) -> dict:
    """The JSON's metadata block."""
    licence = Licence.configured()
    return {
        "dataset": data.name,
        "kommun": data.kommun,
        "licence": licence.name,
        "licence_url": licence.url,
        "source": t("cit.data_source", lang, kommun=data.kommun),
        "example_data": data.demo,
        "generated_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "data_version": data.version,
        "columns": list(COLUMNS[data.name]),
    }


def to_json(data: OpenData, lang: str, now: datetime | None = None) -> bytes:
    """``{"metadata": {...}, "rows": [...]}``, UTF-8, numbers as numbers, missing as null."""
    body = {"metadata": metadata(data, lang, now), "rows": data.rows}
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
