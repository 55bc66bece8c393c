"""The steering group's meeting ``/uppfoljning``: what it shows, and saving its check-ins.

Every commitment of the year in the steering group's order, with its computed status
and rule, its latest check-in and what moved since then (``analysis.follow_up``). The
form's answers become ``uppfoljning`` rows (``checkin_rows``: commitments left untouched
are not written) and are saved as a CSV file built in memory through the same pipeline
as an import (``save_checkins``): the same validation, identity-number guard, import log
under the editor's name, and undo from ``/import`` or the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from dashboard import contract
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.follow_up import MovedSince, moved_since, resolved_year
from dashboard.i18n import t
from dashboard.ingest.export import to_csv
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.reader import read_table
from dashboard.ingest.results import BatchResult
from dashboard.ingest.values import neutralise_formula
from dashboard.pages.views import open_view
from dashboard.storage import database, queries, schema
from dashboard.urls import Query

# The columns of the file a meeting's check-ins are saved as (the contract's names).
CHECKIN_COLUMNS = ("datum", "löfte_id", "status", "kommentar", "publik", "kommun")
STATUSES = tuple(contract.STATUS_EXPORT)  # green, amber, red: the radio buttons' values
MAX_COMMENT = 2000  # characters; a meeting's note, not an essay


@dataclass
class MeetingItem:
    """One commitment on the meeting's agenda."""

    commitment: Commitment
    moved: MovedSince | None  # None: no check-in yet


@dataclass
class Meeting:
    """The meeting page for one kommun and promise year."""

    kommun: str
    year: int | None
    years: list[int]  # every promise year of the kommun (the year choice)
    as_of: date
    items: list[MeetingItem] = field(default_factory=list)


def load_meeting(q: Query) -> tuple[Meeting, object]:
    """The meeting for ``q`` (``ar``, default the latest promise) and the data status."""
    with open_view(q) as view:
        items = view.commitments()
        c = schema.commitments
        years = sorted(
            view.conn.execute(
                sa.select(c.c.year).where(c.c.kommun == view.kommun).distinct()
            ).scalars()
        )
        meeting = Meeting(view.kommun, items[0].year if items else view.year, years, view.as_of)
        ids = tuple(item.id for item in items)
        log = queries.activity_log(view.conn, view.kommun, commitment_ids=ids) if ids else None
        for item in items:
            mine = log[log["commitment_id"] == item.id] if log is not None else None
            moved = moved_since(item, mine, view.as_of) if mine is not None else None
            meeting.items.append(MeetingItem(item, moved))
        return meeting, view.status


@dataclass(frozen=True)
class CheckinInput:
    """What the form says for one commitment."""

    code: str
    status: str | None = None  # green, amber or red; None: not chosen
    comment: str = ""
    public: bool = False

    @property
    def touched(self) -> bool:
        return bool(self.status or self.comment.strip() or self.public)


@dataclass
class FormProblem:
    """A problem with the form itself (before the pipeline): which commitment, and why."""

    code: str | None
    key: str  # catalogue key
    params: dict = field(default_factory=dict)

    def render(self, lang: str) -> str:
        reason = t(self.key, lang, **self.params)
        return f"{self.code}: {reason}" if self.code else reason


def checkin_rows(
    inputs: list[CheckinInput], day: date, kommun: str
) -> tuple[list[dict[str, str]], list[FormProblem]]:
    """The ``uppfoljning`` rows of the commitments the form touched, in its order, and the
    problems that stop them (a comment or the public box without a status)."""
    rows, problems = [], []
    for answer in inputs:
        if not answer.touched:
            continue
        if answer.status not in STATUSES:
            problems.append(FormProblem(answer.code, "fu.err_no_status"))
            continue
        rows.append(
            {
                "datum": day.isoformat(),
                "löfte_id": answer.code,
                "status": contract.STATUS_EXPORT[answer.status],
                "kommentar": neutralise_formula(answer.comment.strip()),
                "publik": contract.PUBLIC_EXPORT[answer.public],
                "kommun": kommun,
            }
        )
    return rows, problems


def checkin_csv(rows: list[dict[str, str]]) -> bytes:
    """The rows as the CSV file the pipeline reads (UTF-8, comma, the contract's header)."""
    return to_csv(rows, CHECKIN_COLUMNS).encode("utf-8")


def other_year(engine: Engine, kommun: str, codes: list[str], day: date, year: int) -> bool:
    """True when check-ins dated ``day`` would be filed under another promise year than
    ``year`` (the date lies in a later promise's year, or before this one's)."""
    c = schema.commitments
    with database.read_snapshot(engine) as conn:
        found: dict[str, list[int]] = {}
        for code, promise in conn.execute(
            sa.select(c.c.code, c.c.year).where(c.c.kommun == kommun, c.c.code.in_(codes))
        ):
            found.setdefault(contract.fold(code), []).append(promise)
    return any(resolved_year(found.get(contract.fold(code), []), day) != year for code in codes)


@dataclass
class SaveResult:
    """What saving the meeting did: the pipeline's answer, or the form's problems."""

    problems: list[FormProblem] = field(default_factory=list)
    batch: BatchResult | None = None
    codes_by_line: dict[int, str] = field(default_factory=dict)
    saved: int = 0  # check-ins written

    @property
    def ok(self) -> bool:
        return not self.problems and self.batch is not None and self.batch.ok

    def messages(self, lang: str) -> list[str]:
        """Every problem in ``lang``, each naming its commitment."""
        lines = [problem.render(lang) for problem in self.problems]
        if self.batch is None:
            return lines
        for result in self.batch.files:
            for issue in result.issues:
                code = self.codes_by_line.get(issue.line or 0)
                where = ", ".join(part for part in (code, issue.column) if part)
                reason = issue.reason(lang)
                lines.append(f"{where}: {reason}" if where else reason)
        return lines

    @property
    def import_id(self) -> int | None:
        return self.batch.files[0].import_id if self.batch and self.batch.files else None


def save_checkins(
    engine: Engine,
    inputs: list[CheckinInput],
    day: date,
    *,
    kommun: str,
    year: int | None,
    user: str,
    kommuner: frozenset[str] | None = None,
) -> SaveResult:
    """Save the touched commitments' check-ins dated ``day`` as one logged import."""
    rows, problems = checkin_rows(inputs, day, kommun)
    if problems:
        return SaveResult(problems)
    if not rows:
        return SaveResult([FormProblem(None, "fu.err_nothing")])
    codes = [row["löfte_id"] for row in rows]
    if year is not None and other_year(engine, kommun, codes, day, year):
        return SaveResult([FormProblem(None, "fu.err_other_year", {"year": year})])
    data = checkin_csv(rows)
    lines = [line for line, _ in read_table(data).rows]
    batch = import_files(
        engine,
        [(f"uppfoljning-{day.isoformat()}.csv", data)],
        kind="uppfoljning",
        user=user,
        kommun=kommun,
        kommuner=kommuner,
    )
    found = batch.files[0].changes if batch.ok and batch.files else None
    saved = len(found.changes) if found is not None else 0
    return SaveResult([], batch, dict(zip(lines, codes, strict=True)), saved)
