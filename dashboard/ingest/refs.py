"""The reference data rows are checked against: known areas and commitments, and the
period a date may plausibly fall in.

Read from one snapshot before the write. Areas and commitments that an earlier file of
the same batch adds are known by a *provisional* id (``PROVISIONAL`` and up) until the
write gives them their real one (``pipeline`` swaps them).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from datetime import date
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.ingest.results import Msg
from dashboard.ingest.values import CellError, parse_date, parse_month, parse_year
from dashboard.storage import schema

# Ids from here up stand for areas and commitments the batch adds; no table gets near.
PROVISIONAL = 1 << 40

# How far back a file's dates may plausibly go, and how far ahead a promise's year.
YEARS_BACK = 20
YEARS_AHEAD = 2


def plausible_period(today: date) -> tuple[date, date]:
    """From 1 January twenty years back to the end of this month: a month of 1900 or
    2200 is a typo, and a typo must not replace (or widen) the stored history."""
    last = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return date(today.year - YEARS_BACK, 1, 1), date.fromordinal(last.toordinal() - 1)


class Refs:
    """Known areas and commitments, kept current as files in a batch are applied."""

    def __init__(
        self,
        conn: Connection,
        default_kommun: str,
        period: tuple[date, date] | None = None,
    ) -> None:
        self.default_kommun = default_kommun
        self.period = period  # None: any date the format allows (confirmed by the user)
        self._next_provisional = PROVISIONAL
        # What each provisional id stands for: (kommun, name) and (kommun, year, code).
        self.new_areas: dict[int, tuple[str, str]] = {}
        self.new_commitments: dict[int, tuple[str, int, str]] = {}
        self.areas: dict[tuple[str, str], tuple[int, str]] = {}
        self.area_names: dict[str, list[str]] = defaultdict(list)
        self.kommun_spelling: dict[str, str] = {}
        for row in conn.execute(
            sa.select(schema.areas.c.id, schema.areas.c.kommun, schema.areas.c.name)
        ):
            self._add_area(row.kommun, row.name, row.id)
        self.commitments: dict[tuple[str, str], dict[int, Any]] = defaultdict(dict)
        for row in conn.execute(sa.select(schema.commitments)):
            self.commitments[(contract.fold(row.kommun), contract.fold(row.code))][row.year] = row

    def _add_area(self, kommun: str, name: str, area_id: int) -> None:
        self.areas[(contract.fold(kommun), contract.fold(name))] = (area_id, name)
        self.area_names[contract.fold(kommun)].append(name)
        self.kommun_spelling.setdefault(contract.fold(kommun), kommun)

    def canonical_kommun(self, kommun: str) -> str:
        """``kommun`` as the stored areas spell it ("SKARA" → "Skara"), else as given: a
        file's spelling must not split one kommun's figures in two."""
        return self.kommun_spelling.get(contract.fold(kommun), kommun)

    def add_area(self, kommun: str, name: str) -> int:
        """Know an area a file of the batch adds; its provisional id."""
        found = self.area(kommun, name)
        if found is not None:
            return found
        self._next_provisional += 1
        self._add_area(kommun, name, self._next_provisional)
        self.new_areas[self._next_provisional] = (kommun, name)
        return self._next_provisional

    def add_commitment(self, record: dict) -> int:
        """Know a commitment a file of the batch adds (or changes); its id, maybe provisional."""
        by_year = self.commitments[(contract.fold(record["kommun"]), contract.fold(record["code"]))]
        old = by_year.get(record["year"])
        if old is not None and old.id < PROVISIONAL:
            return old.id
        self._next_provisional += 1
        by_year[record["year"]] = SimpleNamespace(id=self._next_provisional, **record)
        key = (record["kommun"], record["year"], record["code"])
        self.new_commitments[self._next_provisional] = key
        return self._next_provisional

    def _in_period(self, day: date) -> None:
        if self.period and not self.period[0] <= day <= self.period[1]:
            first, last = self.period
            raise CellError(
                "err.implausible_period", first=first.isoformat(), last=last.isoformat()
            )

    def month(self, text: str) -> tuple[int, int]:
        """``parse_month`` within the plausible period."""
        year, month = parse_month(text)
        self._in_period(date(year, month, 1))
        return year, month

    def day(self, text: str) -> date:
        """``parse_date`` within the plausible period."""
        day = parse_date(text)
        self._in_period(day)
        return day

    def year(self, text: str, ahead: int = 0) -> int:
        """``parse_year`` within the plausible period (``ahead`` years later allowed)."""
        year = parse_year(text)
        if self.period and not self.period[0].year <= year <= self.period[1].year + ahead:
            first, last = self.period[0].year, self.period[1].year + ahead
            raise CellError("err.implausible_year", first=first, last=last)
        return year

    def promise_year(self, text: str) -> int:
        return self.year(text, ahead=YEARS_AHEAD)

    def area(self, kommun: str, name: str) -> int | None:
        found = self.areas.get((contract.fold(kommun), contract.fold(name)))
        return found[0] if found else None

    def area_hint(self, kommun: str, name: str) -> Msg:
        names = self.area_names.get(contract.fold(kommun), [])
        if not names:
            return Msg("err.no_areas_yet")
        nearest = _nearest(name, names)
        return Msg("err.did_you_mean", {"name": nearest}) if nearest else Msg(None)

    def commitment(self, kommun: str, code: str, day: date | None, year: int | None = None):
        """The commitment ``code`` in force on ``day`` (or of ``year``), or None."""
        by_year = self.commitments.get((contract.fold(kommun), contract.fold(code)), {})
        if year is not None:
            return by_year.get(year)
        if day is None:
            return None
        if day.year in by_year:
            return by_year[day.year]
        earlier = [y for y in by_year if y < day.year]
        return by_year[max(earlier)] if earlier else None

    def commitment_hint(self, kommun: str, code: str) -> Msg:
        codes = sorted(
            {
                r.code
                for k, by_year in self.commitments.items()
                if k[0] == contract.fold(kommun)
                for r in by_year.values()
            }
        )
        nearest = _nearest(code, codes)
        return Msg("err.did_you_mean", {"name": nearest}) if nearest else Msg(None)


def _nearest(name: str, names: list[str]) -> str | None:
    folded = {contract.fold(n): n for n in names}
    match = difflib.get_close_matches(contract.fold(name), list(folded), n=1, cutoff=0.0)
    return folded[match[0]] if match else None
