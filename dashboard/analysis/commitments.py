"""Commitments with their progress: the read side of the first status layer.

Achieved counts come from the activity reports summed in the database; the
status is judged by ``metrics.judge`` as of a date; the steering group's
latest check-in stands beside it (the contract's second layer).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.analysis import metrics
from dashboard.i18n import fmt_date, fmt_number, t
from dashboard.storage import schema


@dataclass
class Filters:
    """The filters a view or the command line applies (all optional)."""

    kommun: str
    areas: tuple[str, ...] = ()  # area slugs
    part: str | None = None  # a party (Kommunen/Polisen/Tillsammans) or a partner
    year: int | None = None
    as_of: date | None = None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["areas"] = list(self.areas)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        return data


@dataclass
class Commitment:
    """One commitment and how it stands on ``as_of``."""

    id: int
    code: str
    year: int
    party: str
    text: str
    indicator: str
    target: float
    unit: str | None
    rule: str
    start: date
    end: date
    areas: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    achieved: float = 0.0
    judgement: metrics.Judgement | None = None
    checkin_status: str | None = None
    checkin_day: date | None = None
    checkin_comment: str | None = None

    def summary(self) -> dict:
        """The ``summary --json`` record for this commitment."""
        j = self.judgement
        return {
            "id": self.code,
            "year": self.year,
            "part": self.party,
            "text": self.text,
            "indicator": self.indicator,
            "target": self.target,
            "unit": self.unit,
            "target_rule": self.rule,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "achieved": self.achieved,
            "progress": round(j.progress, 4) if j else None,
            "expected": round(j.expected, 4) if j else None,
            "pace_ratio": round(j.ratio, 4) if j and j.ratio is not None else None,
            "status": j.status if j else None,
            "checkin": {
                "status": self.checkin_status,
                "date": self.checkin_day.isoformat() if self.checkin_day else None,
                "comment": self.checkin_comment,
            },
            "areas": self.areas,
            "partners": self.partners,
        }


def default_year(conn: Connection, kommun: str, today: date) -> int | None:
    """The year of the latest promise that has started by ``today`` (else the earliest)."""
    years = sorted(
        conn.execute(
            sa.select(schema.commitments.c.year)
            .where(schema.commitments.c.kommun == kommun)
            .distinct()
        ).scalars()
    )
    if not years:
        return None
    started = [y for y in years if y <= today.year]
    return started[-1] if started else years[0]


def load_commitments(conn: Connection, filters: Filters, today: date | None = None) -> list:
    """Commitments matching ``filters``, with achieved counts up to ``as_of`` and status."""
    today = today or date.today()
    as_of = filters.as_of or today
    year = filters.year or default_year(conn, filters.kommun, as_of)
    c = schema.commitments
    query = sa.select(c).where(c.c.kommun == filters.kommun)
    if year is not None:
        query = query.where(c.c.year == year)
    rows = conn.execute(query.order_by(c.c.party, c.c.code)).all()
    ids = [r.id for r in rows]
    if not ids:
        return []
    area_names = _links(conn, ids)
    partners = partners_of(conn, ids)
    a = schema.activities
    achieved = dict(
        conn.execute(
            sa.select(a.c.commitment_id, sa.func.sum(a.c.count))
            .where(a.c.commitment_id.in_(ids), a.c.day <= as_of)
            .group_by(a.c.commitment_id)
        ).all()
    )
    latest = _latest_checkins(conn, ids, as_of)
    result = []
    for r in rows:
        names = area_names.get(r.id, [])
        slugs = {contract.slug(n) for n in names}
        if filters.areas and not slugs & set(filters.areas):
            continue
        if filters.part and not matches_part(filters.part, r.party, partners.get(r.id, [])):
            continue
        done = float(achieved.get(r.id) or 0)
        check = latest.get(r.id)
        result.append(
            Commitment(
                id=r.id,
                code=r.code,
                year=r.year,
                party=r.party,
                text=r.text,
                indicator=r.indicator,
                target=r.target,
                unit=r.unit,
                rule=r.rule,
                start=r.start,
                end=r.end,
                areas=names,
                partners=partners.get(r.id, []),
                achieved=done,
                judgement=metrics.judge(r.rule, done, r.target, r.start, r.end, as_of),
                checkin_status=check.status if check else None,
                checkin_day=check.day if check else None,
                checkin_comment=check.comment if check else None,
            )
        )
    result.sort(key=lambda cm: order_key(cm.party, cm.code))
    return result


_PARTY_ORDER = {p: i for i, p in enumerate(contract.PARTIES)}


def order_key(party: str, code: str) -> tuple:
    """Where a commitment stands in a list: by party as the contract lists them, then by
    code with its number read as a number (K2 before K10)."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return (
        _PARTY_ORDER.get(party, 9),
        code.rstrip("0123456789"),
        int(digits) if digits else 0,
        code,
    )


def matches_part(part: str, party: str, partners: list[str]) -> bool:
    """True when ``part`` (any case, å/ä/ö or not) names the party or one of its partners."""
    wanted = contract.fold(part)
    return wanted == contract.fold(party) or any(wanted == contract.fold(p) for p in partners)


def _links(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    ca, ar = schema.commitment_areas, schema.areas
    out: dict[int, list[str]] = {}
    query = (
        sa.select(ca.c.commitment_id, ar.c.name)
        .join(ar, ar.c.id == ca.c.area_id)
        .where(ca.c.commitment_id.in_(ids))
        .order_by(ar.c.name)
    )
    for cid, name in conn.execute(query):
        out.setdefault(cid, []).append(name)
    return out


def partners_of(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    """Partners per commitment id, in name order."""
    cp = schema.commitment_partners
    out: dict[int, list[str]] = {}
    query = sa.select(cp.c.commitment_id, cp.c.partner).where(cp.c.commitment_id.in_(ids))
    for cid, partner in conn.execute(query.order_by(cp.c.partner)):
        out.setdefault(cid, []).append(partner)
    return out


def _latest_checkins(conn: Connection, ids: list[int], as_of: date) -> dict:
    ch = schema.checkins
    latest = (
        sa.select(ch.c.commitment_id, sa.func.max(ch.c.day).label("day"))
        .where(ch.c.commitment_id.in_(ids), ch.c.day <= as_of)
        .group_by(ch.c.commitment_id)
        .subquery()
    )
    query = sa.select(ch).join(
        latest, sa.and_(ch.c.commitment_id == latest.c.commitment_id, ch.c.day == latest.c.day)
    )
    return {r.commitment_id: r for r in conn.execute(query)}


def partners_and_parties(conn: Connection, kommun: str) -> list[str]:
    """Every party and partner named by the municipality's commitments (filter choices)."""
    cp, c = schema.commitment_partners, schema.commitments
    partners = conn.execute(
        sa.select(cp.c.partner)
        .join(c, c.c.id == cp.c.commitment_id)
        .where(c.c.kommun == kommun)
        .distinct()
        .order_by(cp.c.partner)
    ).scalars()
    return [*contract.PARTIES, *[p for p in partners if p not in contract.PARTIES]]


def rule_explanation(item: Commitment, lang: str) -> str:
    """The status rule applied to this commitment, with its numbers, in words."""
    j = item.judgement
    if item.rule == "milstolpe":
        if item.achieved >= item.target:
            return t("rule.milstolpe_done", lang)
        key = "rule.milstolpe_late" if j.ended else "rule.milstolpe_open"
        return t(key, lang, date=fmt_date(item.end, lang))
    if j.ratio is None:
        return t("rule.antal_not_started", lang, date=fmt_date(item.start, lang))
    numbers = {
        "achieved": fmt_number(item.achieved, 0, lang),
        "expected": fmt_number(item.target * j.expected, 1, lang),
        "target": fmt_number(item.target, 0, lang),
        "ratio": fmt_number(j.ratio, 2, lang),
    }
    return t("rule.antal_ended" if j.ended else "rule.antal_running", lang, **numbers)
