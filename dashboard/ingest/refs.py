"""The reference data rows are checked against: known areas and commitments.

Read inside the import's transaction, and reloaded after a file adds areas or
commitments, so later files of the batch see them.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.ingest.results import Msg
from dashboard.storage import schema


class Refs:
    """Known areas and commitments, kept current as files in a batch are applied."""

    def __init__(self, conn: Connection, default_kommun: str) -> None:
        self.default_kommun = default_kommun
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

    def reload(self, conn: Connection) -> None:
        self.__init__(conn, self.default_kommun)

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
