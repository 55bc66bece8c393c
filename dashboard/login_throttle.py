"""The wait after failed logins: counters per user and address, and per address.

Pure domain (storage only). The counters live in the database (``login_failures``, keyed
by a SHA-256, so no plain address is kept), so every worker and server shares them. An
attempt is claimed, as a failure, under the database's write lock *before* its password
is checked (``claim``): twenty simultaneous attempts after three failures get the one
check the count allows, not one each. A success gives its claim back (``succeeded``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.storage import schema

FREE_ATTEMPTS = 3  # failed logins per user and address before the backoff starts
ADDRESS_ATTEMPTS = 20  # failed logins from one address, whatever the names, before its own
MAX_BACKOFF_SECONDS = 15 * 60
FORGET_FAILURES_AFTER = timedelta(hours=24)

_failures = schema.login_failures


def name_key(name: str, client: str) -> str:
    """The counter of ``name`` from the address ``client``."""
    return hashlib.sha256(f"{contract.fold(name)}|{client}".encode()).hexdigest()


def address_key(client: str) -> str:
    """The counter of the address ``client``, whatever the names."""
    # No "|": an address's own key can never equal a (name, address) key.
    return hashlib.sha256(f"address:{client}".encode()).hexdigest()


def backoff_seconds(failures: int, free: int = FREE_ATTEMPTS) -> int:
    """How long to wait after ``failures`` failed attempts in a row, of which ``free`` cost
    nothing: with 3, 0, 0, 2, 4, 8 … 900."""
    if failures < free:
        return 0
    return min(2 ** (failures - free + 1), MAX_BACKOFF_SECONDS)


def limits(name: str, client: str) -> dict[str, int]:
    """The counters an attempt at ``name`` from ``client`` counts against: key → free attempts."""
    return {name_key(name, client): FREE_ATTEMPTS, address_key(client): ADDRESS_ATTEMPTS}


def claim(conn: Connection, counters: dict[str, int], now: datetime) -> tuple[int, int]:
    """Count an attempt against every counter (key: its free attempts) unless one of them
    still makes it wait. Returns (seconds still to wait, 0 when claimed; the wait that a
    failure of the claimed attempt leaves). ``conn`` must hold the write lock."""
    rows = {
        row.key: row
        for row in conn.execute(sa.select(_failures).where(_failures.c.key.in_(list(counters))))
    }
    counts, held = {}, 0
    for key, free in counters.items():
        row = rows.get(key)
        counts[key] = 0
        if row is None or now - row.last_failure >= FORGET_FAILURES_AFTER:
            continue
        counts[key] = row.failures
        ready_at = row.last_failure + timedelta(seconds=backoff_seconds(row.failures, free))
        if now < ready_at:
            held = max(held, max(1, int((ready_at - now).total_seconds() + 0.999)))
    if held:
        return held, 0
    for key, failures in counts.items():
        values = {"failures": failures + 1, "last_failure": now}
        if key in rows:
            conn.execute(_failures.update().where(_failures.c.key == key).values(values))
        else:
            conn.execute(_failures.insert().values(key=key, **values))
    return 0, max(backoff_seconds(counts[key] + 1, free) for key, free in counters.items())


def succeeded(conn: Connection, name: str, client: str) -> None:
    """A login of ``name`` from ``client`` succeeded: forget that pair's failures, and give
    the address back only this attempt's claim, not its count (else logging in to one's
    own account would wipe out the guesses made at others' names)."""
    conn.execute(_failures.delete().where(_failures.c.key == name_key(name, client)))
    conn.execute(
        _failures.update()
        .where(_failures.c.key == address_key(client), _failures.c.failures > 0)
        .values(failures=_failures.c.failures - 1)
    )
