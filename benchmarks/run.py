"""Speed at each scale: ``python -m benchmarks.run [--scale skara|region|nation] [--quick]``.

Prints a table and writes ``benchmarks/results/<scale>.json`` (see benchmarks/README.md):

1. import: a 1 M-row incident-level crime CSV through ``import_files`` (validated,
   summed, written, logged) against a bare ``pandas.read_csv(engine="pyarrow")``;
2. server time (p50, p95) of every page's callbacks for typical filter changes, through
   the real HTTP endpoint of ``gunicorn app:server`` on loopback, against the bare
   aggregation query (``queries.monthly_crimes``) on the same database;
3. bytes sent per view (the page's callback response; gzip as a proxy would send it);
4. time until the gauges are visible in headless Chromium against an empty Dash page
   with the same assets;
5. peak memory (RSS) of the server, master and workers together.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import math
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks import browser
from benchmarks.common import (
    DEFAULT_WORK,
    REPO,
    SCALES,
    Client,
    DashApi,
    Server,
    bump_data_version,
    data_version,
    ensure_scale,
    import_file,
    percentile,
)

RESULTS = REPO / "benchmarks" / "results"
TARGETS = {
    "p95_ms": 150,  # every interaction at national scale, server time at p95
    "vs_bare": 1.5,  # ... and at most 1.5x the bare query
    "view_kb": 300,
    "gauges_vs_empty": 1.5,
    "import_vs_bare": 1 / 3,  # import throughput at least a third of the bare parse's
}


# --------------------------------------------------------------------------
# 1. Import


def bench_import(work: Path, repeats: int, row_path: bool, log) -> dict:
    """Fresh databases holding the region's areas; the same file through both readers."""
    import pandas as pd

    from dashboard.ingest import columnar
    from dashboard.ingest.importer import import_files
    from dashboard.storage import database

    path = import_file(work)
    data = path.read_bytes()
    rows = data.count(b"\n") - 1
    areas = (work / "region" / "omraden.csv").read_bytes()

    scratch = tempfile.TemporaryDirectory(prefix="import-", dir=work)

    def fresh():
        db = Path(scratch.name) / "import.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        engine = database.make_engine(f"sqlite:///{db}")
        database.migrate(engine)
        assert import_files(engine, [("omraden.csv", areas)]).ok
        return engine

    def run_import(min_bytes: int) -> float:
        engine = fresh()
        old = columnar.MIN_BYTES
        columnar.MIN_BYTES = min_bytes
        try:
            started = time.perf_counter()
            result = import_files(engine, [(path.name, data)], user="bench")
            elapsed = time.perf_counter() - started
        finally:
            columnar.MIN_BYTES = old
            engine.dispose()
        if not result.ok:
            raise RuntimeError("\n".join(result.messages("en")[:10]))
        return elapsed

    def bare() -> float:
        started = time.perf_counter()
        pd.read_csv(io.BytesIO(data), engine="pyarrow")
        return time.perf_counter() - started

    bare_times, fast_times = [], []
    for _ in range(repeats):  # taking turns: a busy machine slows both alike
        bare_times.append(bare())
        fast_times.append(run_import(columnar.MIN_BYTES))
    with scratch:
        return _import_result(rows, data, bare_times, fast_times, row_path, run_import, log)


def _import_result(rows, data, bare_times, fast_times, row_path, run_import, log) -> dict:
    from dashboard.ingest import columnar

    result = {
        "rows": rows,
        "bytes": len(data),
        "bare_s": round(min(bare_times), 3),
        "import_s": round(min(fast_times), 3),
        "bare_rows_per_s": round(rows / min(bare_times)),
        "import_rows_per_s": round(rows / min(fast_times)),
        "pyarrow": columnar.pa is not None,
    }
    result["throughput_vs_bare"] = round(result["bare_s"] / result["import_s"], 3)
    if row_path:
        log("  row path (reference) ...")
        result["row_path_s"] = round(run_import(1 << 62), 3)
    if columnar.pa is not None:
        columnar.USE_PYARROW = False
        try:
            result["import_without_pyarrow_s"] = round(run_import(columnar.MIN_BYTES), 3)
        finally:
            columnar.USE_PYARROW = True
    return result


# --------------------------------------------------------------------------
# 2-3. Server time and bytes per view


def kommun_choices(url: str) -> list[tuple[str, list[str]]]:
    """The configured kommun and the most populous other one, each with two area slugs."""
    import sqlalchemy as sa

    from dashboard.storage import database, schema

    engine = database.make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(schema.areas.c.kommun, sa.func.sum(schema.areas.c.population))
            .group_by(schema.areas.c.kommun)
            .order_by(sa.func.sum(schema.areas.c.population).desc())
        ).all()
        chosen = ["Skara", *[k for k, _ in rows if k != "Skara"][:1]]
        out = []
        for kommun in chosen:
            slugs = conn.execute(
                sa.select(schema.areas.c.slug)
                .where(schema.areas.c.kommun == kommun, schema.areas.c.population.is_not(None))
                .order_by(schema.areas.c.population.desc())
            ).scalars()
            out.append((kommun, list(slugs)[:2]))
    engine.dispose()
    return out


def views_for(kommun: str, areas: list[str]) -> list[tuple[str, str, str]]:
    """(page, pathname, search): a first view and typical filter changes on every page."""
    a1, a2 = (areas + areas)[:2]
    own = "" if kommun == "Skara" else f"kommun={kommun}"

    def search(*parts: str) -> str:
        joined = "&".join(p for p in (own, *parts) if p)
        return "?" + joined if joined else ""

    pages = {
        "overview": ("/", ["", f"omrade={a1}", "part=Polisen", "till=2022-06",
                            f"omrade={a1},{a2}&fran=2021-01&till=2022-12"]),
        "trends": ("/trender", ["", f"omrade={a1}", "fran=2020-01&till=2022-12",
                                f"omrade={a1}&matt=per1000", "enkat=oro_stold"]),
        "area": (f"/omrade/{a1}", ["", "fran=2021-01&till=2022-12", "part=Polisen"]),
        "commitments": ("/loften", ["", "part=Polisen", f"omrade={a1}"]),
        "report": ("/rapport", ["", "part=Polisen"]),
        "wall": ("/vaggskarm", [""]),
    }  # fmt: skip
    return [
        (page, path, search(change))
        for page, (path, changes) in pages.items()
        for change in changes
    ]


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


# --------------------------------------------------------------------------
# 4. Browser


def bench_browser(port: int, empty_port: int, url: str, runs: int) -> dict:
    if not browser.available():
        return {"skipped": "no Chromium"}
    kommun = kommun_choices(url)[-1][0]
    search = "" if kommun == "Skara" else f"?kommun={kommun}"
    with Server(url, empty_port, app="benchmarks.empty_app:server"):
        return browser.compare(
            [
                ("gauges", f"http://127.0.0.1:{port}/{search}", '[id^="gauge-"] .gauge-ring'),
                ("empty page", f"http://127.0.0.1:{empty_port}/", "#empty-ready"),
            ],
            runs,
        )


# --------------------------------------------------------------------------
# The table


def crime_cells(url: str) -> int:
    from dashboard.storage import database

    engine = database.make_engine(url)
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM crimes").scalar()
    engine.dispose()
    return int(n)


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(result: dict) -> str:
    lines = [f"## Scale: {result['scale']} ({result['crime_cells']:,} stored crime cells)", ""]
    imp = result.get("import")
    if imp:
        lines += [
            "| import of a 1 M-row crime CSV | seconds | rows/s | vs bare parse | target ≥ 0.33 |",
            "|---|---|---|---|---|",
            f"| bare pandas.read_csv(engine=pyarrow) | {imp['bare_s']} | "
            f"{imp['bare_rows_per_s']:,} | 1 | |",
            f"| import_files (fast path) | {imp['import_s']} | {imp['import_rows_per_s']:,} | "
            f"{imp['throughput_vs_bare']} | {verdict(imp['throughput_vs_bare'] >= 1 / 3)} |",
        ]
        if "import_without_pyarrow_s" in imp:
            lines.append(
                f"| import_files without pyarrow | {imp['import_without_pyarrow_s']} | "
                f"{round(imp['rows'] / imp['import_without_pyarrow_s']):,} | "
                f"{round(imp['bare_s'] / imp['import_without_pyarrow_s'], 3)} | |"
            )
        if "row_path_s" in imp:
            lines.append(
                f"| import_files, row path | {imp['row_path_s']} | "
                f"{round(imp['rows'] / imp['row_path_s']):,} | "
                f"{round(imp['bare_s'] / imp['row_path_s'], 3)} | |"
            )
        lines.append("")
    lines += [
        "| callback | n | p50 ms | p95 ms | new view p95 | repeat p95 | bare p95 ms | p95 ×bare "
        "| kB sent (JSON) | p95 ≤150 ms | ≤1.5× bare | ≤300 kB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for page, s in result["server"].items():
        bare = result["bare"].get(page)
        ratio = round(s["p95_ms"] / bare["p95_ms"], 1) if bare and bare["p95_ms"] else None
        size = f"{s['max_wire_kb']} ({s['max_kb']})" if "max_kb" in s else "–"
        lines.append(
            f"| {page} | {s['n']} | {s['p50_ms']} | {s['p95_ms']} | "
            f"{s.get('new_view_p95_ms', '–')} | {s.get('repeat_p95_ms', '–')} | "
            f"{bare['p95_ms'] if bare else '–'} | {ratio or '–'} | {size} | "
            f"{verdict(s['p95_ms'] <= TARGETS['p95_ms'])} | "
            f"{verdict(ratio <= TARGETS['vs_bare']) if ratio else '–'} | "
            f"{verdict(s['max_wire_kb'] <= TARGETS['view_kb']) if 'max_kb' in s else '–'} |"
        )
    lines.append("")
    b = result.get("browser", {})
    if "gauges" in b:
        ratio = round(b["gauges"]["median_ms"] / b["empty page"]["median_ms"], 2)
        lines += [
            "| headless Chromium | first load ms | median ms (repeat visits) | target |",
            "|---|---|---|---|",
            f"| gauges visible | {b['gauges']['first_ms']} | {b['gauges']['median_ms']} | "
            f"≤ 1.5× empty: {ratio}× {verdict(ratio <= TARGETS['gauges_vs_empty'])} |",
            f"| empty Dash page, same assets | {b['empty page']['first_ms']} | "
            f"{b['empty page']['median_ms']} | |",
            "",
        ]
    elif b:
        lines += [f"Browser: {b.get('skipped')}", ""]
    m = result["memory"]
    lines += [
        f"Server: gunicorn, {m['processes']} processes; peak RSS {m['peak_rss_mb']} MB "
        f"(sum of master and workers), {m['rss_mb']} MB at the end.",
        "",
    ]
    if any("MISSED" in line for line in lines):
        lines += [
            "Why a target is missed, and by how much at national scale: README.md, "
            "section Performance.",
            "",
        ]
    return "\n".join(lines)


def scaling(results: dict[str, dict]) -> str:
    """How server time grows with the data (the target: 10× the data, at most 2× the time).

    Compared: each page's p95 of *new* views (first renders, which do the work that could
    grow with the data; repeat views come from the cache and cost ~2 ms at any scale)."""
    have = [s for s in SCALES if s in results]
    if len(have) < 2:
        return ""
    lines = [
        "## Scaling (p95 of new views, per page)",
        "",
        "| from → to | × data (crime cells) | × time, median page | × time, worst page "
        "| target ≤ 2× per 10× data |",
        "|---|---|---|---|---|",
    ]
    pages = ("overview", "trends", "area", "commitments", "report", "wall")
    for lo, hi in itertools.pairwise(have):
        a, b = results[lo]["server"], results[hi]["server"]
        data = results[hi]["crime_cells"] / max(results[lo]["crime_cells"], 1)
        ratios = sorted(
            b[p].get("new_view_p95_ms", b[p]["p95_ms"])
            / max(a[p].get("new_view_p95_ms", a[p]["p95_ms"]), 1.0)
            for p in pages
            if p in a and p in b
        )
        allowed = 2 ** math.log10(max(data, 1))  # 2× per decade of data
        median, worst = ratios[len(ratios) // 2], ratios[-1]
        lines.append(
            f"| {lo} → {hi} | {data:.0f} | {median:.2f} | {worst:.2f} | ≤ {allowed:.2f}: "
            f"{verdict(worst <= max(allowed, 1.0))} |"
        )
    return "\n".join([*lines, ""])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--scale", choices=SCALES, default="skara")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (~2 min)")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="data and databases")
    parser.add_argument("--database-url", help="use this database (e.g. PostgreSQL) instead")
    parser.add_argument("--port", type=int, default=8066)
    parser.add_argument("--skip", nargs="*", default=[], choices=("import", "browser"))
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    rounds = 3 if args.quick else 10
    url = ensure_scale(args.work, args.scale, args.database_url, log=log)
    result: dict = {"scale": args.scale, "quick": args.quick, "database": url.split(":")[0]}
    result["crime_cells"] = crime_cells(url)
    if "import" not in args.skip:
        log("import: 1 M rows ...")
        result["import"] = bench_import(args.work, 1 if args.quick else 3, not args.quick, log)
    log("bare aggregation queries ...")
    result["bare"] = bench_bare(url, rounds)
    log(f"server (gunicorn on 127.0.0.1:{args.port}) ...")
    stats, details, server = bench_server(url, args.port, rounds, log)
    try:
        result["server"], result["views"] = stats, details
        if "browser" not in args.skip:
            log("headless Chromium ...")
            visits = 7 if args.quick else 15
            result["browser"] = bench_browser(args.port, args.port + 1, url, visits)
        result["memory"] = {**server.memory(), "processes": len(server.pids())}
    finally:
        server.stop()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.scale}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(table(result))
    known = {
        s: json.loads((RESULTS / f"{s}.json").read_text())
        for s in SCALES
        if (RESULTS / f"{s}.json").exists()
    }
    print(scaling(known))
    log(f"written {RESULTS / f'{args.scale}.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
