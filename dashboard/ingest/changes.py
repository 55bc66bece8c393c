"""What an import changes, figure by figure: the unit of the preview, the history and undo.

A *figure* is one stored fact with a natural key inside its table: a crime count by
(area, month, category), a survey result by (kommun, area, year, indicator, sampling),
a check-in by (commitment, day). Comparing what is stored in a file's scope with what
the file says gives a ``ChangeSet``: figures new, changed (old → new), removed, and how
many stayed as they were. The writer applies exactly those changes, the history keeps
them, and undo applies them backwards. Pure: no database, no project imports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field

Key = tuple
Values = tuple


@dataclass(frozen=True)
class Change:
    """One figure: ``old`` None when it is new, ``new`` None when it is removed."""

    key: Key
    old: Values | None
    new: Values | None

    @property
    def kind(self) -> str:
        if self.old is None:
            return "new"
        return "removed" if self.new is None else "changed"


@dataclass
class ChangeSet:
    """The changes one file makes to one table, and how many figures it left as they were."""

    table: str
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)

    @property
    def new(self) -> int:
        return self.count("new")

    @property
    def changed(self) -> int:
        return self.count("changed")

    @property
    def removed(self) -> int:
        return self.count("removed")

    def __bool__(self) -> bool:
        return bool(self.changes)


def compare(
    table: str,
    stored: Mapping[Key, Values],
    incoming: Mapping[Key, Values],
    *,
    removes: bool,
) -> ChangeSet:
    """Keyed figures: ``stored`` is what the database holds in the file's scope.

    ``removes``: a stored figure the file does not give is removed (the file's scope is
    complete, as an incident-level crime file is); otherwise it is left as it is.
    """
    result = ChangeSet(table)
    for key, values in incoming.items():
        old = stored.get(key)
        if old is None and key not in stored:
            result.changes.append(Change(key, None, values))
        elif old == values:
            result.unchanged += 1
        else:
            result.changes.append(Change(key, old, values))
    if removes:
        result.changes += [
            Change(key, values, None) for key, values in stored.items() if key not in incoming
        ]
    return result


def compare_rows(
    table: str,
    stored: Iterable[tuple[Key, Values]],
    incoming: Iterable[tuple[Key, Values]],
) -> ChangeSet:
    """Rows that may repeat (activity reports): matched per key, equal rows first.

    Within one key, rows equal on both sides are unchanged; the rest are paired in
    order as changed; what is left over is new (from the file) or removed (stored).
    """
    stored_by_key: dict[Hashable, list[Values]] = defaultdict(list)
    incoming_by_key: dict[Hashable, list[Values]] = defaultdict(list)
    for key, values in stored:
        stored_by_key[key].append(values)
    for key, values in incoming:
        incoming_by_key[key].append(values)
    result = ChangeSet(table)
    for key in list(incoming_by_key) + [k for k in stored_by_key if k not in incoming_by_key]:
        olds, news = list(stored_by_key.get(key, [])), []
        for values in incoming_by_key.get(key, []):
            if values in olds:
                olds.remove(values)
                result.unchanged += 1
            else:
                news.append(values)
        for position in range(max(len(olds), len(news))):
            old = olds[position] if position < len(olds) else None
            new = news[position] if position < len(news) else None
            result.changes.append(Change(key, old, new))
    return result


def inverse(change: Change) -> Change:
    """The change that undoes ``change``."""
    return Change(change.key, change.new, change.old)


def summarise(
    changes: Iterable[Change], group_of: Callable[[Key], Hashable]
) -> dict[Hashable, dict[str, int]]:
    """Counts of new, changed and removed figures per group (an area, a category...)."""
    summary: dict[Hashable, dict[str, int]] = {}
    for change in changes:
        counts = summary.setdefault(group_of(change.key), {"new": 0, "changed": 0, "removed": 0})
        counts[change.kind] += 1
    return summary
