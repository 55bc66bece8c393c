"""What a file covers, per kind, and how it differs from what is stored there.

Each kind's *scope* is exactly what its file names, and a file replaces nothing else
(the contract's "exactly its own scope"):

- ``omraden``, ``loften``, ``uppfoljning``: the areas, commitments and (commitment, day)
  check-ins it lists; it adds and changes them, never removes one.
- ``brott``: the areas × categories × months from its first to its last month it names.
  A file of single crimes (no ``antal`` column: one row per reported crime) is complete
  there, so a cell it has no crime for is removed (0 crimes is no stored cell). A file
  of counts (``antal``) replaces the cells it gives and leaves the others of its span as
  they are: an aggregated extract that leaves out a month does not say there were none
  (write ``0`` for that).
- ``enkat``: each (kommun, area, year, indicator) it gives; a stored result there with
  another sampling is removed.
- ``kommunstatistik``: each (region, year, category) it gives, a region being a kommun
  or the nation: its kommuner × year × category. Nothing else is touched or removed.
- ``aktiviteter``: per commitment, the days from its first to its last report in the
  file; reports there that the file does not repeat are removed. Reports from the field
  (``/rapportera``) are *added only* (``add_only``): each of the file's rows is a new
  report and nothing stored is compared, changed or removed, so two reports of the same
  day both stand.

``compare(conn, kind, records)`` reads what is stored in the scope and returns the
``ChangeSet`` (``changes.py``); it writes nothing.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.ingest.changes import Change, ChangeSet, compare_rows
from dashboard.ingest.changes import compare as compare_keyed
from dashboard.ingest.refs import PROVISIONAL
from dashboard.ingest.totals import CrimeTotals
from dashboard.storage import schema


class Figures:
    """How one table's figures are keyed: the natural key and the values beside it."""

    def __init__(self, table: sa.Table, key: tuple[str, ...], values: tuple[str, ...]):
        self.table, self.key, self.values = table, key, values

    @property
    def name(self) -> str:
        return self.table.name

    def key_of(self, record: dict) -> tuple:
        return tuple(record[column] for column in self.key)

    def values_of(self, record) -> tuple:
        get = record.__getitem__ if isinstance(record, dict) else record._mapping.__getitem__
        return tuple(get(column) for column in self.values)

    def stored(self, conn: Connection, where) -> dict[tuple, tuple]:
        columns = [self.table.c[c] for c in (*self.key, *self.values)]
        width = len(self.key)
        return {
            tuple(row[:width]): tuple(row[width:])
            for row in conn.execute(sa.select(*columns).where(where))
        }


AREAS = Figures(schema.areas, ("kommun", "name"), ("slug", "type", "parent", "population"))
COMMITMENTS = Figures(
    schema.commitments,
    ("kommun", "year", "code"),
    ("party", "text", "indicator", "target", "unit", "rule", "start", "end", "areas", "partners"),
)
ACTIVITIES = Figures(
    schema.activities, ("commitment_id", "day", "area_id", "performed_by"), ("count", "comment")
)
CHECKINS = Figures(schema.checkins, ("commitment_id", "day"), ("status", "comment", "public"))
CRIMES = Figures(schema.crimes, ("area_id", "month", "category"), ("kommun", "count"))
SURVEYS = Figures(
    schema.surveys,
    ("kommun", "area_id", "year", "indicator", "sampling"),
    ("value", "scale", "respondents"),
)
KOMMUN_STATS = Figures(
    schema.kommun_stats, ("region", "year", "category"), ("count", "per_100000", "population")
)
BY_TABLE = {
    f.name: f for f in (AREAS, COMMITMENTS, ACTIVITIES, CHECKINS, CRIMES, SURVEYS, KOMMUN_STATS)
}

# (column, values) terms per statement: SQLite refuses an expression deeper than 1 000.
CHUNK = 300


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stored_ids(ids) -> list:
    """``ids`` without the provisional ones of areas and commitments a dry run's batch
    adds: nothing is stored under them, and PostgreSQL refuses them as out of range."""
    return [i for i in ids if not (isinstance(i, int) and i >= PROVISIONAL)]


def _stored_by_keys(conn: Connection, figures: Figures, keys: set[tuple], first: str) -> dict:
    """The stored figures at ``keys``, read by their first key column's values."""
    found: dict = {}
    column = figures.key.index(first)
    for part in _chunks(_stored_ids(sorted({key[column] for key in keys}, key=repr))):
        stored = figures.stored(conn, figures.table.c[first].in_(part))
        found.update({key: value for key, value in stored.items() if key in keys})
    return found


# The key column each table's figures are best read by (an index leads with it).
READ_BY = {
    "areas": "kommun",
    "checkins": "commitment_id",
    "crimes": "area_id",
    "surveys": "kommun",
    "kommun_stats": "region",
}


def stored_at(conn: Connection, figures: Figures, keys: set[tuple]) -> dict[tuple, tuple]:
    """What is stored now at ``keys`` (a few statements however many keys: undo checks
    a national import's 10^5 figures this way)."""
    if figures is COMMITMENTS:
        kommuner = sorted({key[0] for key in keys})
        stored = stored_commitments(conn, schema.commitments.c.kommun.in_(kommuner))
        return {key: value for key, value in stored.items() if key in keys}
    if figures is CRIMES and keys:
        months = [key[1] for key in keys]
        where = sa.and_(
            figures.table.c.month.between(min(months), max(months)),
            figures.table.c.category.in_(sorted({key[2] for key in keys})),
        )
        found: dict = {}
        for part in _chunks(_stored_ids(sorted({key[0] for key in keys}))):
            stored = figures.stored(conn, sa.and_(where, figures.table.c.area_id.in_(part)))
            found.update({key: value for key, value in stored.items() if key in keys})
        return found
    return _stored_by_keys(conn, figures, keys, READ_BY[figures.name])


def _areas(conn: Connection, records: list[dict]) -> ChangeSet:
    incoming = {AREAS.key_of(r): AREAS.values_of(r) for r in records}
    stored = _stored_by_keys(conn, AREAS, set(incoming), "kommun")
    return compare_keyed(AREAS.name, stored, incoming, removes=False)


def stored_commitments(conn: Connection, where) -> dict[tuple, tuple]:
    """Commitments with their focus areas and partners as sorted tuples."""
    tbl = schema.commitments
    rows = conn.execute(sa.select(tbl).where(where)).all()
    ids = [row.id for row in rows]
    areas: dict[int, list] = {i: [] for i in ids}
    partners: dict[int, list] = {i: [] for i in ids}
    for part in _chunks(ids):
        links = schema.commitment_areas
        for link in conn.execute(sa.select(links).where(links.c.commitment_id.in_(part))):
            areas[link.commitment_id].append(link.area_id)
        links = schema.commitment_partners
        for link in conn.execute(sa.select(links).where(links.c.commitment_id.in_(part))):
            partners[link.commitment_id].append(link.partner)
    result = {}
    for row in rows:
        mapping = dict(row._mapping)
        mapping["areas"] = tuple(sorted(areas[row.id]))
        mapping["partners"] = tuple(sorted(partners[row.id]))
        result[COMMITMENTS.key_of(mapping)] = COMMITMENTS.values_of(mapping)
    return result


def _commitments(conn: Connection, records: list[dict]) -> ChangeSet:
    incoming = {COMMITMENTS.key_of(r): COMMITMENTS.values_of(r) for r in records}
    kommuner = sorted({key[0] for key in incoming})
    stored = stored_commitments(conn, schema.commitments.c.kommun.in_(kommuner))
    stored = {key: value for key, value in stored.items() if key in incoming}
    return compare_keyed(COMMITMENTS.name, stored, incoming, removes=False)


def _activities(conn: Connection, records: list[dict]) -> ChangeSet:
    tbl = schema.activities
    spans: dict[int, list[date]] = {}
    for rec in records:
        span = spans.setdefault(rec["commitment_id"], [rec["day"], rec["day"]])
        span[0], span[1] = min(span[0], rec["day"]), max(span[1], rec["day"])
    columns = [tbl.c[c] for c in (*ACTIVITIES.key, *ACTIVITIES.values)]
    width = len(ACTIVITIES.key)
    stored = []
    for part in _chunks([(cid, span) for cid, span in spans.items() if _stored_ids([cid])]):
        scope = sa.or_(
            *(
                sa.and_(tbl.c.commitment_id == cid, tbl.c.day.between(lo, hi))
                for cid, (lo, hi) in part
            )
        )
        for row in conn.execute(sa.select(*columns).where(scope)):
            stored.append((tuple(row[:width]), tuple(row[width:])))
    incoming = [(ACTIVITIES.key_of(r), ACTIVITIES.values_of(r)) for r in records]
    return compare_rows(ACTIVITIES.name, stored, incoming)


def _checkins(conn: Connection, records: list[dict]) -> ChangeSet:
    incoming = {CHECKINS.key_of(r): CHECKINS.values_of(r) for r in records}
    stored = _stored_by_keys(conn, CHECKINS, set(incoming), "commitment_id")
    return compare_keyed(CHECKINS.name, stored, incoming, removes=False)


def _crimes(conn: Connection, totals: CrimeTotals) -> ChangeSet:
    tbl = schema.crimes
    incoming = {key: (totals.kommun_of[key[0]], count) for key, count in totals.cells.items()}
    categories = sorted({key[2] for key in incoming})
    stored: dict = {}
    for part in _chunks(_stored_ids(sorted(totals.kommun_of))):
        where = sa.and_(
            tbl.c.area_id.in_(part),
            tbl.c.category.in_(categories),
            tbl.c.month.between(totals.first, totals.last),
        )
        stored.update(CRIMES.stored(conn, where))
    if not totals.complete:  # counts: only the cells the file gives
        stored = {key: value for key, value in stored.items() if key in incoming}
    return compare_keyed(CRIMES.name, stored, incoming, removes=totals.complete)


def _surveys(conn: Connection, records: list[dict]) -> ChangeSet:
    scope = {(r["kommun"], r["area_id"], r["year"], r["indicator"]) for r in records}
    stored: dict = {}
    for part in _chunks(sorted({key[0] for key in scope})):
        for key, value in SURVEYS.stored(conn, schema.surveys.c.kommun.in_(part)).items():
            if key[:4] in scope:
                stored[key] = value
    incoming = {SURVEYS.key_of(r): SURVEYS.values_of(r) for r in records}
    return compare_keyed(SURVEYS.name, stored, incoming, removes=True)


def _kommun_stats(conn: Connection, records: list[dict]) -> ChangeSet:
    keys = {KOMMUN_STATS.key_of(r) for r in records}
    stored = _stored_by_keys(conn, KOMMUN_STATS, keys, "region")
    incoming = {}
    for record in records:  # a column the file lacks keeps its stored value
        key = KOMMUN_STATS.key_of(record)
        old = dict(zip(KOMMUN_STATS.values, stored.get(key) or (None,) * 3, strict=True))
        kept = {c: old[c] for c in record.get("keep", ())}
        incoming[key] = KOMMUN_STATS.values_of(record | kept)
    return compare_keyed(KOMMUN_STATS.name, stored, incoming, removes=False)


COMPARERS = {
    "omraden": _areas,
    "loften": _commitments,
    "aktiviteter": _activities,
    "uppfoljning": _checkins,
    "brott": _crimes,
    "enkat": _surveys,
    "kommunstatistik": _kommun_stats,
}


# The kinds that may be added only (reports from the field): rows that repeat.
ADD_ONLY_KINDS = ("aktiviteter",)


def added_only(kind: str, records: list[dict]) -> ChangeSet:
    """Every record as a new figure: the add-only mode of a single report."""
    if kind not in ADD_ONLY_KINDS:
        raise ValueError(f"{kind} cannot be added only")
    changes = [Change(ACTIVITIES.key_of(r), None, ACTIVITIES.values_of(r)) for r in records]
    return ChangeSet(ACTIVITIES.name, changes)


def compare(conn: Connection, kind: str, records, *, add_only: bool = False) -> ChangeSet:
    """What importing ``records`` of ``kind`` would change, read from ``conn``
    (``add_only``: added beside what is stored, see ``added_only``)."""
    if add_only:
        return added_only(kind, records)
    return COMPARERS[kind](conn, records)
