"""Every cache between the database and the browser, in one place.

A page renders entirely from its URL and the data, and every import that changes the
data bumps the data version (``storage.database.bump_data_version``). Each cache is
keyed by that version, so none is ever stale and none needs invalidating by hand:

1. ``dashboard.storage.cache``: answers (DataFrames, dataclasses: a view's commitments,
   the protected crime cells, trend data, a report, a wall screen's focus areas, the
   commitments page's logs) per data version and key, in one process, the 512 most
   recently used. A new version is a new key: the next request after an import computes
   afresh. ``cache.clear()`` (tests) forgets everything, rendered pages too.
2. ``web.page_cache``: rendered pages, the Dash Pages router's JSON gzipped, per database,
   data version, day and URL (pathname and query string), within ``PAGE_CACHE_MB`` per
   process; a new version or a new day (pages are judged on today) is a new key. Pages
   that depend on who asks (``/import``, login) are never kept. Fifty wall screens on
   one view cost one render per process.
3. gunicorn's warm-up (``when_ready`` in gunicorn.conf.py): the master renders the
   default views once before it forks, so every worker starts with both caches filled.
   The first request after an import renders afresh, as in layer 2.

There is no other: a page's data and its rendering are functions of (data version,
URL), which these layers key on. A cache of its own in a page (``/loften`` kept its
rendered sections in one) repeats layer 2 under a key of its own, and a cache keyed by
anything else would have to be invalidated by hand, which is how stale pages happen.
Open wall screens ask for the data version every ten seconds (callbacks/wall.py) and
re-render only when it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from dashboard.storage import cache, database

T = TypeVar("T")


def view_cached(view: Any, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` for ``key`` in the view's kommun, cached by the view's data version."""
    return cache.cached(view.status.version, (view.kommun, key), compute)


def data_version() -> int:
    """The data version of the configured database (one tiny query)."""
    with database.read_snapshot(database.default_engine()) as conn:
        return database.data_version(conn)
