"""Speed at each scale: ``python -m benchmarks.run [--scale skara|region|nation] [--quick]``.

Prints a table (``tables``) and writes ``benchmarks/results/<scale>.json`` (see
benchmarks/README.md):

1. import (``import_speed``): a 1 M-row incident-level crime CSV through ``import_files``
   (validated, summed, written, logged) against a bare ``pandas.read_csv(engine="pyarrow")``;
2. server time (``server_time``; p50, p95) of every page's callbacks for typical filter
   changes (``page_views``), through the real HTTP endpoint of ``gunicorn app:server`` on
   loopback, against the bare aggregation query (``queries.monthly_crimes``);
3. bytes sent per view (the page's callback response; gzip as a proxy would send it);
4. time until the gauges are visible in headless Chromium against an empty Dash page
   with the same assets (``browser``);
5. peak memory (RSS) of the server, master and workers together;
6. bytes over the wire on a fresh browser's first visit of ``/`` and ``/trender``
   (``transfer``), against issue 15's budget.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.browser import bench_browser
from benchmarks.common import DEFAULT_WORK, REPO, SCALES, ensure_scale
from benchmarks.import_speed import bench_import
from benchmarks.server_time import bench_bare, bench_server
from benchmarks.tables import scaling, table
from benchmarks.transfer import bench_transfer

RESULTS = REPO / "benchmarks" / "results"


def crime_cells(url: str) -> int:
    from dashboard.storage import database

    engine = database.make_engine(url)
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM crimes").scalar()
    engine.dispose()
    return int(n)


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
            log("first visits, bytes over the wire ...")
            result["transfer"] = bench_transfer(args.port)
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
