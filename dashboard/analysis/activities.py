"""Commitments as the trends and area pages refer to them, and their activity reports
as marks on a time axis.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.analysis.commitments import matches_part, order_key, partners_of
from dashboard.storage import schema


@dataclass(frozen=True)
class CommitmentRef:
    """A commitment as the trends and area pages refer to it."""

    id: int
    code: str
    year: int
    party: str
    text: str
    indicator: str
    unit: str | None
    area_ids: tuple[int, ...] = ()
    partners: tuple[str, ...] = ()

    def matches_part(self, part: str | None) -> bool:
        """True without a part, or when ``part`` is its party or one of its partners."""
        return not part or matches_part(part, self.party, list(self.partners))


def commitment_refs(conn: Connection, kommun: str) -> list[CommitmentRef]:
    """Every commitment of the municipality (all years) with its areas and partners."""
    c, ca = schema.commitments, schema.commitment_areas
    rows = conn.execute(
        sa.select(c.c.id, c.c.code, c.c.year, c.c.party, c.c.text, c.c.indicator, c.c.unit)
        .where(c.c.kommun == kommun)
        .order_by(c.c.year, c.c.code)
    ).all()
    ids = [r.id for r in rows]
    if not ids:
        return []
    areas: dict[int, list[int]] = {}
    for cid, aid in conn.execute(
        sa.select(ca.c.commitment_id, ca.c.area_id).where(ca.c.commitment_id.in_(ids))
    ):
        areas.setdefault(cid, []).append(int(aid))
    partners = partners_of(conn, ids)
    refs = [
        CommitmentRef(
            id=r.id,
            code=r.code,
            year=r.year,
            party=r.party,
            text=r.text,
            indicator=r.indicator,
            unit=r.unit,
            area_ids=tuple(sorted(areas.get(r.id, []))),
            partners=tuple(partners.get(r.id, [])),
        )
        for r in rows
    ]
    return sorted(refs, key=lambda x: (-x.year, *order_key(x.party, x.code)))


def activity_marks(
    log: pd.DataFrame, refs: list[CommitmentRef], part: str | None = None
) -> pd.DataFrame:
    """Activity reports to mark on the time axis, for commitments matching ``part``.

    Adds ``row`` (the commitment's code and unit, the rug's row label) and ``order``
    (the commitments' order: party, then code) and keeps the reports' own columns.
    Reports that count nothing (antal 0) document progress and are kept. Pure.
    """
    allowed = {r.id: r for r in refs if r.matches_part(part)}
    order = {r.id: i for i, r in enumerate(refs)}
    frame = log[log["commitment_id"].isin(allowed)].copy()
    units = {i: (r.unit or r.indicator) for i, r in allowed.items()}
    frame["unit"] = frame["commitment_id"].map(units)
    frame["row"] = [
        f"{code} {_short(unit)}" for code, unit in zip(frame["code"], frame["unit"], strict=True)
    ]
    frame["order"] = frame["commitment_id"].map(order)
    return frame.sort_values(["day", "code"]).reset_index(drop=True)


def _short(text: str, width: int = 18) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
