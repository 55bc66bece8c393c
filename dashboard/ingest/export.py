"""Canonical CSV export of every kind: UTF-8, comma, Swedish headers.

What ``export`` writes, ``import`` reads back to exactly the same stored
content (the round trip the tests check). Text cells that a spreadsheet would
run as a formula are prefixed with an apostrophe, which the importer removes.
"""

from __future__ import annotations

import csv
import io

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.ingest.official import region_name
from dashboard.ingest.values import neutralise_formula
from dashboard.storage import schema

# Columns written per kind (brott by month, never by date).
EXPORT_COLUMNS = {
    kind: tuple(col for col in spec.names if not (kind == "brott" and col == "datum"))
    for kind, spec in contract.KIND_SPECS.items()
}


def _number(value: float | None, missing: str = "") -> str:
    if value is None:
        return missing
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _text(value: str | None) -> str:
    return neutralise_formula(value) if value else ""


def _content_order(tbl: sa.Table, *columns: str) -> list:
    """Rows of one day or question in the order of their content, not of their ids: undo
    puts a removed row back under a new id, and must give the same export as before.
    (``IS NULL`` first: the databases sort NULL at different ends.)"""
    names = columns or [c.name for c in tbl.columns if c.name not in ("id", "day")]
    return [term for name in names for term in (tbl.c[name].is_(None), tbl.c[name])]


def rows(conn: Connection, kind: str, kommun: str | None = None) -> list[dict[str, str]]:
    """The stored rows of ``kind`` as canonical CSV records (column → text)."""
    area_name = {
        r.id: r.name for r in conn.execute(sa.select(schema.areas.c.id, schema.areas.c.name))
    }
    out: list[dict[str, str]] = []
    if kind == "omraden":
        for r in conn.execute(
            sa.select(schema.areas).order_by(schema.areas.c.kommun, schema.areas.c.id)
        ):
            out.append(
                {
                    "område": _text(r.name),
                    "kommun": _text(r.kommun),
                    "typ": _text(r.type),
                    "ingår_i": _text(r.parent),
                    "invånare": _number(r.population),
                }
            )
    elif kind == "loften":
        links: dict[int, list[str]] = {}
        for cid, aid in conn.execute(sa.select(schema.commitment_areas)):
            links.setdefault(cid, []).append(area_name[aid])
        partners: dict[int, list[str]] = {}
        for cid, partner in conn.execute(sa.select(schema.commitment_partners)):
            partners.setdefault(cid, []).append(partner)
        c = schema.commitments
        for r in conn.execute(sa.select(c).order_by(c.c.kommun, c.c.year, c.c.id)):
            out.append(
                {
                    "löfte_id": _text(r.code),
                    "år": str(r.year),
                    "part": r.party,
                    "löfte": _text(r.text),
                    "indikator": _text(r.indicator),
                    "mål": _number(r.target),
                    "enhet": _text(r.unit),
                    "målregel": r.rule,
                    "start": r.start.isoformat(),
                    "slut": r.end.isoformat(),
                    "område": "|".join(sorted(links.get(r.id, []))),
                    "samverkanspart": "|".join(sorted(partners.get(r.id, []))),
                    "kommun": _text(r.kommun),
                }
            )
    elif kind in ("aktiviteter", "uppfoljning"):
        c = schema.commitments
        tbl = schema.activities if kind == "aktiviteter" else schema.checkins
        query = (
            sa.select(tbl, c.c.code, c.c.kommun)
            .join(c, c.c.id == tbl.c.commitment_id)
            .order_by(c.c.kommun, tbl.c.day, c.c.code, *_content_order(tbl))
        )
        for r in conn.execute(query):
            record = {"datum": r.day.isoformat(), "löfte_id": _text(r.code)}
            if kind == "aktiviteter":
                record |= {
                    "antal": str(r.count),
                    "område": _text(area_name.get(r.area_id)),
                    "utförare": _text(r.performed_by),
                }
            else:
                record["status"] = contract.STATUS_EXPORT[r.status]
                record["publik"] = contract.PUBLIC_EXPORT[bool(r.public)]
            record |= {"kommentar": _text(r.comment), "kommun": _text(r.kommun)}
            out.append(record)
    elif kind == "brott":
        cr = schema.crimes
        query = sa.select(cr).order_by(cr.c.kommun, cr.c.month, cr.c.area_id, cr.c.category)
        for r in conn.execute(query):
            out.append(
                {
                    "månad": r.month.strftime("%Y-%m"),
                    "område": _text(area_name[r.area_id]),
                    "brottstyp": r.category,
                    "antal": _number(r.count, missing=".."),
                    "kommun": _text(r.kommun),
                }
            )
    elif kind == "enkat":
        sv = schema.surveys
        query = sa.select(sv).order_by(
            sv.c.kommun, sv.c.year, sv.c.indicator, *_content_order(sv, "area_id", "sampling")
        )
        for r in conn.execute(query):
            out.append(
                {
                    "år": str(r.year),
                    "område": _text(area_name.get(r.area_id) or r.kommun),
                    "indikator": _text(r.indicator),
                    "värde": _number(r.value, missing=".."),
                    "skala": r.scale,
                    "antal_svar": _number(r.respondents),
                    "urval": r.sampling or "",
                    "kommun": _text(r.kommun),
                }
            )
    elif kind == "kommunstatistik":  # the nation ("00") first, then by SCB's code
        ks = schema.kommun_stats
        for r in conn.execute(sa.select(ks).order_by(ks.c.region, ks.c.category, ks.c.year)):
            out.append(
                {
                    "kommun": region_name(r.region),
                    "kommunkod": r.region,
                    "år": str(r.year),
                    "brottstyp": r.category,
                    "antal": _number(r.count, missing=".."),
                    "per_100000": _number(r.per_100000),
                    "invånare": _number(r.population),
                }
            )
    else:
        raise ValueError(kind)
    if kommun is not None:
        out = [r for r in out if r.get("kommun") == kommun]
    return out


def to_csv(records: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    """Records as canonical CSV text (LF line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


def export_kind(conn: Connection, kind: str) -> str:
    """The canonical CSV text of every stored row of ``kind``."""
    return to_csv(rows(conn, kind), EXPORT_COLUMNS[kind])
