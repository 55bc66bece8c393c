"""Steps 2–3 of ``benchmarks.run``: every page's server time and bytes per view through the
real HTTP endpoint of ``gunicorn app:server``, against the bare aggregation query."""

from __future__ import annotations

import time
from datetime import date

from benchmarks.common import (
    Client,
    DashApi,
    Server,
    bump_data_version,
    data_version,
    percentile,
)
from benchmarks.page_views import kommun_choices, views_for


def bench_server(url: str, port: int, rounds: int, log) -> tuple[dict, dict, Server]:
    """Replay each view ``rounds`` times through the router callback; the filter bar's and the
    wall screen's poll too. Returns (per page stats, per view details, the running server)."""
    # As in production: workers forked from a warmed-up master (gunicorn.conf.py). Then
    # the data version changes, as an import changes it, so every first view below is
    # a real first render of that URL on the new data (no cache of the old one counts).
    server = Server(url, port).start()
    bump_data_version(url)
    client = Client(port)
    client.request("GET", "/")  # session and CSRF cookies, as a browser gets them
    api = DashApi(client)
    views = [v for kommun, areas in kommun_choices(url) for v in views_for(kommun, areas)]
    timings: dict[str, list[float]] = {}
    cold: dict[str, list[float]] = {}
    warm: dict[str, list[float]] = {}
    details = {}
    for round_no in range(rounds):
        for page, path, search in views:
            status, body, elapsed = client.request(
                "POST", "/_dash-update-component", api.route(path, search)
            )
            if status != 200:
                raise RuntimeError(f"{path}{search}: HTTP {status} {body[:300]!r}")
            timings.setdefault(page, []).append(elapsed)
            if round_no == 0:
                cold.setdefault(page, []).append(elapsed)
                details[path + search] = {
                    "page": page,
                    "bytes": len(body),
                    "wire_bytes": client.wire_bytes,
                    "cold_ms": round(elapsed * 1000, 1),
                }
            else:
                warm.setdefault(page, []).append(elapsed)
    # The filter bar's own callback (filter values → URL) and the wall screen's poll.
    months = [f"{y}-{m:02d}" for y in range(2013, 2023) for m in range(1, 13)]
    extra = {
        "filter bar → URL": api.filters("", ["centrum"], "Polisen", [0, len(months) - 1], months),
    }
    poll = api.wall_poll(data_version(url))
    if poll:
        extra["wall poll"] = poll
    for name, body in extra.items():
        for _ in range(rounds * 5):
            status, payload, elapsed = client.request("POST", "/_dash-update-component", body)
            if status not in (200, 204):
                raise RuntimeError(f"{name}: HTTP {status} {payload[:300]!r}")
            timings.setdefault(name, []).append(elapsed)
    stats = {
        page: {
            "n": len(values),
            "p50_ms": round(percentile(values, 50) * 1000, 1),
            "p95_ms": round(percentile(values, 95) * 1000, 1),
        }
        for page, values in timings.items()
    }
    for page in stats:
        if page in cold:  # a view's first render: what a new filter choice costs
            stats[page]["new_view_p95_ms"] = round(percentile(cold[page], 95) * 1000, 1)
            stats[page]["repeat_p95_ms"] = round(percentile(warm.get(page, []), 95) * 1000, 1)
        sizes = [d for d in details.values() if d["page"] == page]
        if sizes:
            stats[page]["max_kb"] = round(max(d["bytes"] for d in sizes) / 1024, 1)
            stats[page]["max_wire_kb"] = round(max(d["wire_bytes"] for d in sizes) / 1024, 1)
    client.close()
    return stats, details, server


def bench_bare(url: str, rounds: int) -> dict:
    """``queries.monthly_crimes`` for each view's kommun, areas and period (all categories),
    on a fresh connection, no cache: the aggregation a page's figures stand on."""
    from dashboard.storage import database, queries
    from dashboard.urls import parse_search

    engine = database.make_engine(url)
    views = [v for kommun, areas in kommun_choices(url) for v in views_for(kommun, areas)]
    with engine.connect() as conn:
        ids = {
            (k, slug): i
            for i, k, slug in conn.exec_driver_sql("SELECT id, kommun, slug FROM areas").all()
        }
    timings: dict[str, list[float]] = {}
    for _ in range(rounds):
        for page, path, search in views:
            q = parse_search(search)
            kommun = q.kommun or "Skara"
            slugs = q.areas or ((path.rsplit("/", 1)[1],) if page == "area" else ())
            area_ids = tuple(ids[(kommun, s)] for s in slugs if (kommun, s) in ids) or None
            started = time.perf_counter()
            with engine.connect() as conn:
                queries.monthly_crimes(
                    conn,
                    kommun,
                    area_ids=area_ids,
                    start=q.start_date,
                    end=q.end_date or date(2022, 12, 31),
                )
            timings.setdefault(page, []).append(time.perf_counter() - started)
    engine.dispose()
    return {
        page: {
            "p50_ms": round(percentile(v, 50) * 1000, 2),
            "p95_ms": round(percentile(v, 95) * 1000, 2),
        }
        for page, v in timings.items()
    }
