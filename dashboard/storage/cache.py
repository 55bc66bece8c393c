"""A small in-process cache keyed by the data version.

Every import that changes data bumps the version, so a cached answer is never
stale: the next request after an import asks with a new key.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

_MAX_ENTRIES = 512
_entries: OrderedDict[Hashable, Any] = OrderedDict()
_lock = threading.Lock()


def cached(version: int, key: Hashable, compute: Callable[[], Any]) -> Any:
    """The value for ``(version, key)``, computing and keeping it on a miss."""
    full_key = (version, key)
    with _lock:
        if full_key in _entries:
            _entries.move_to_end(full_key)
            return _entries[full_key]
    value = compute()
    with _lock:
        _entries[full_key] = value
        while len(_entries) > _MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


_clear_hooks: list[Callable[[], None]] = []  # other caches by data version (page_cache)


def on_clear(hook: Callable[[], None]) -> None:
    """Have ``clear()`` call ``hook`` too."""
    _clear_hooks.append(hook)


def clear() -> None:
    """Forget everything (tests)."""
    with _lock:
        _entries.clear()
    for hook in _clear_hooks:
        hook()
