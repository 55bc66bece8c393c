"""Activity reports from the field ``/rapportera``: the form's choices, saving one report,
the reporter's own recent reports, and undoing one.

A report is one ``aktiviteter`` row saved through the import pipeline in its add-only
mode (``import_files(..., add_only=True)``): it adds one report beside the stored ones
and replaces nothing, under the reporter's name in the import log. Its author may undo
it on the day it was made (``undo_own_report``; checked here, on the server); editors
can undo any import from ``/import`` or the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from dashboard.analysis.commitments import Commitment
from dashboard.i18n import fmt_date, fmt_number, t
from dashboard.ingest import history
from dashboard.ingest.export import to_csv
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.results import BatchResult
from dashboard.ingest.scopes import ACTIVITIES
from dashboard.ingest.undo import UndoResult, undo_import
from dashboard.ingest.values import neutralise_formula
from dashboard.pages.views import open_view
from dashboard.storage import database, schema
from dashboard.urls import Query

REPORT_COLUMNS = ("datum", "löfte_id", "antal", "område", "utförare", "kommentar", "kommun")
FILE_PREFIX = "rapportera-"  # a report's file name in the import log: rapportera-P1-2026-…
RECENT_DAYS = 7  # the reporter's own reports listed below the form
SHORT_TEXT = 90  # characters of a commitment's text beside its radio button
MAX_COMMENT = 1000
MAX_COUNT = 1000  # more in one report is a typing slip (a file import can say more)
SWEDISH_TIME = ZoneInfo("Europe/Stockholm")  # "the same day" is the reporter's day


@dataclass
class ReportChoices:
    """What the form offers: the current year's commitments and the kommun's areas."""

    kommun: str
    year: int | None
    commitments: list[Commitment]
    areas: list[tuple[str, str]]  # (slug, name)


def report_choices(q: Query) -> tuple[ReportChoices, object]:
    """The commitments of the current promise year (``ar`` to choose another) and the
    areas, with the data status."""
    with open_view(q) as view:
        items = view.commitments()
        year = items[0].year if items else view.year
        return ReportChoices(view.kommun, year, items, view.area_options()), view.status


def default_day(choices: ReportChoices, today: date) -> date:
    """The form's date: today, or the nearest day of the promise's periods when today lies
    outside them all (a promise year that has ended and has no successor yet)."""
    if not choices.commitments:
        return today
    first = min(c.start for c in choices.commitments)
    last = max(c.end for c in choices.commitments)
    return min(max(today, first), last)


def outside_period(day: date, commitment: Commitment | None, lang: str) -> str | None:
    """Why a report of ``day`` cannot count toward ``commitment``: outside the period its
    target covers (a slip of the date, or last year's promise still on offer); else None."""
    if commitment is None or commitment.start <= day <= commitment.end:
        return None
    return t(
        "rep.err_outside",
        lang,
        code=commitment.code,
        start=fmt_date(commitment.start, lang),
        end=fmt_date(commitment.end, lang),
    )


def short_text(text: str, limit: int = SHORT_TEXT) -> str:
    """A commitment's text cut at a word to fit beside a radio button on a phone."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",.;:–-")
    return cut + " …"


@dataclass(frozen=True)
class ReportInput:
    """What the form says: one activity report."""

    day: date
    code: str
    count: int
    area: str | None = None  # the area's name
    comment: str = ""


def report_row(report: ReportInput, party: str | None, kommun: str) -> dict[str, str]:
    """The ``aktiviteter`` row of a report. A party's own commitment was carried out by
    that party; a joint one's performer is left open (the reporter's party is not known)."""
    performer = party if party in ("Kommunen", "Polisen") else ""
    return {
        "datum": report.day.isoformat(),
        "löfte_id": report.code,
        "antal": str(report.count),
        "område": report.area or "",
        "utförare": performer,
        "kommentar": neutralise_formula(report.comment.strip()),
        "kommun": kommun,
    }


def report_csv(row: dict[str, str]) -> bytes:
    return to_csv([row], REPORT_COLUMNS).encode("utf-8")


def form_problem(count) -> str | None:
    """The catalogue key of what is wrong with the count before the pipeline sees it."""
    if count is None or isinstance(count, bool):
        return "rep.err_count"
    try:
        number = float(count)
    except (TypeError, ValueError):
        return "rep.err_count"
    if not number.is_integer() or not 1 <= number <= MAX_COUNT:
        return "rep.err_count"
    return None


def save_report(
    engine: Engine,
    report: ReportInput,
    *,
    party: str | None,
    kommun: str,
    user: str,
    kommuner: frozenset[str] | None = None,
) -> BatchResult:
    """Add ``report`` as one logged import in add-only mode."""
    data = report_csv(report_row(report, party, kommun))
    name = f"{FILE_PREFIX}{report.code}-{report.day.isoformat()}.csv"
    return import_files(
        engine,
        [(name[:255], data)],
        kind="aktiviteter",
        user=user,
        kommun=kommun,
        kommuner=kommuner,
        add_only=True,
    )


# The form's field names by the column they fill.
FIELD_KEYS = {
    "datum": "rep.date",
    "löfte_id": "rep.commitment",
    "antal": "rep.count",
    "område": "rep.area",
    "kommentar": "rep.comment",
}


def issue_lines(batch: BatchResult, lang: str) -> list[str]:
    """The pipeline's issues with a report, named by the form's fields."""
    lines = []
    for result in batch.files:
        for issue in result.issues:
            key = FIELD_KEYS.get(issue.column or "")
            reason = issue.reason(lang)
            lines.append(f"{t(key, lang)}: {reason}" if key else reason)
    return lines


@dataclass
class OwnReport:
    """One of the reporter's recent reports, as the list under the form shows it."""

    import_id: int
    at: datetime  # when it was saved (UTC)
    day: date
    code: str
    count: int
    area: str | None
    comment: str | None
    undone: bool
    unit: str | None = None  # the commitment's unit: "1 fotpatrullpass", not "1"

    def amount(self, lang: str) -> str:
        """The count with its unit, as the receipt and the list say it."""
        count = fmt_number(self.count, 0, lang)
        return f"{count} {self.unit}" if self.unit else count

    def undoable(self, today: date) -> bool:
        return not self.undone and local_day(self.at) == today


def local_day(at: datetime) -> date:
    """The Swedish date of a log time (kept in UTC)."""
    return at.replace(tzinfo=UTC).astimezone(SWEDISH_TIME).date()


def today() -> date:
    """Today in Sweden: the day a report may still be undone on."""
    return datetime.now(SWEDISH_TIME).date()


def _is_report(entry: history.Entry) -> bool:
    return entry.kind == "aktiviteter" and entry.filename.startswith(FILE_PREFIX)


def own_reports(engine: Engine, user: str, today: date, days: int = RECENT_DAYS) -> list:
    """``user``'s reports of the last ``days`` days, newest first."""
    log, changes = schema.import_log, schema.import_changes
    since = datetime.combine(today - timedelta(days=days), datetime.min.time())
    c, ar = schema.commitments, schema.areas
    with database.read_snapshot(engine) as conn:
        found = conn.execute(
            sa.select(log.c.id, log.c.at, log.c.undone_by, changes.c.key, changes.c.new)
            .join(changes, changes.c.import_id == log.c.id)
            .where(
                log.c.user == user,
                log.c.kind == "aktiviteter",
                log.c.outcome == "imported",
                log.c.filename.startswith(FILE_PREFIX),
                log.c.at >= since,
                changes.c.tbl == "activities",
                changes.c.old.is_(None),
            )
            .order_by(log.c.id.desc(), changes.c.id)
        ).all()
        commitments = {
            row.id: (row.code, row.unit)
            for row in conn.execute(sa.select(c.c.id, c.c.code, c.c.unit))
        }
        areas = dict(conn.execute(sa.select(ar.c.id, ar.c.name)).all())
    reports = []
    for import_id, at, undone_by, key, new in found:
        commitment_id, day, area_id, _ = history.decode("activities", ACTIVITIES.key, key)
        count, comment = history.decode("activities", ACTIVITIES.values, new)
        reports.append(
            OwnReport(
                import_id,
                at,
                day,
                commitments.get(commitment_id, ("?", None))[0],
                count,
                areas.get(area_id),
                comment,
                undone_by is not None,
                commitments.get(commitment_id, ("?", None))[1],
            )
        )
    return reports


def undo_own_report(
    engine: Engine,
    import_id: int,
    *,
    user: str,
    today: date,
    kommuner: frozenset[str] | None = None,
) -> UndoResult | str:
    """Undo ``user``'s report ``import_id`` made today; else the catalogue key of why not
    (not theirs, not a report, not today). Undo's own refusals come back in its result."""
    with database.read_snapshot(engine) as conn:
        entry = history.entry(conn, import_id)
        added_only = entry is not None and all(
            change.old is None
            for found in history.changes_of(conn, import_id)
            for change in found.changes
        )
    if entry is None or entry.user != user or not _is_report(entry) or not added_only:
        return "rep.undo_not_yours"
    if local_day(entry.at) != today:
        return "rep.undo_not_today"
    return undo_import(engine, import_id, user=user, kommuner=kommuner)
