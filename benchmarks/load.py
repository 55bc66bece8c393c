"""Load test: ``python -m benchmarks.load [--seconds N] [--screens N] [--analysts N]``.

Starts ``gunicorn app:server`` (the repository's gunicorn.conf.py) on loopback and
plays, for a bounded time, wall screens and analysts against it, each a thread with
its own session (cookies, CSRF header), as the browser would send:

- a wall screen loads ``/vaggskarm`` (the router callback), then asks every
  ``--poll`` seconds whether the data version changed (the screen's poll callback)
  and reloads its page every ``--reload`` seconds (a screen restarting overnight,
  compressed in time);
- an analyst changes a filter every ``--think`` seconds: the filter bar's callback
  (values → URL), then the router renders the page for the new URL, rotating over
  the overview, /trender, /omrade/<område> and /loften with areas, parties and periods.

Only loopback is ever addressed. Prints requests, errors and latency per kind and
writes ``benchmarks/results/load-<scale>.json``. Exit status 1 if any request failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from pathlib import Path

from benchmarks.common import (
    DEFAULT_WORK,
    REPO,
    SCALES,
    Client,
    DashApi,
    Server,
    data_version,
    ensure_scale,
    percentile,
)
from benchmarks.page_views import kommun_choices

RESULTS = REPO / "benchmarks" / "results"


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {}
        self.errors: list[str] = []

    def add(self, kind: str, status: int, elapsed: float, ok=(200, 204)) -> None:
        with self.lock:
            self.times.setdefault(kind, []).append(elapsed)
            if status not in ok:
                self.errors.append(f"{kind}: HTTP {status}")

    def fail(self, kind: str, error: Exception) -> None:
        with self.lock:
            self.errors.append(f"{kind}: {type(error).__name__}: {error}")


def wall_screen(port, api_deps, stop, rec, args, rng, version):
    client = Client(port)
    api = _api(client, api_deps)
    next_reload = 0.0
    while not stop.is_set():
        try:
            now = time.monotonic()
            if now >= next_reload:
                status, _, elapsed = client.request("GET", "/vaggskarm")
                rec.add("wall: page html", status, elapsed)
                status, _, elapsed = client.request(
                    "POST", "/_dash-update-component", api.route("/vaggskarm", "")
                )
                rec.add("wall: render", status, elapsed)
                next_reload = now + args.reload * rng.uniform(0.8, 1.2)
            poll = api.wall_poll(version)
            if poll is not None:
                status, _, elapsed = client.request("POST", "/_dash-update-component", poll)
                rec.add("wall: data-version poll", status, elapsed)
        except Exception as error:  # noqa: BLE001 - counted, the test goes on
            rec.fail("wall", error)
        stop.wait(args.poll * rng.uniform(0.8, 1.2))
    client.close()


def analyst(port, api_deps, stop, rec, args, rng, choices):
    client = Client(port)
    api = _api(client, api_deps)
    client.request("GET", "/")
    months = [f"{y}-{m:02d}" for y in range(2013, 2023) for m in range(1, 13)]
    while not stop.is_set():
        kommun, areas = rng.choice(choices)
        own = "" if kommun == "Skara" else f"kommun={kommun}"
        area = rng.choice(areas)
        path = rng.choice(["/", "/trender", f"/omrade/{area}", "/loften"])
        start = rng.randrange(0, len(months) - 24)
        change = rng.choice(
            [
                f"omrade={area}",
                "part=Polisen",
                f"fran={months[start]}&till={months[start + 23]}",
                "",
            ]
        )
        search = "&".join(p for p in (own, change) if p)
        search = "?" + search if search else ""
        try:
            body = api.filters(search, [area], "Polisen", [start, start + 23], months)
            status, _, elapsed = client.request("POST", "/_dash-update-component", body)
            rec.add("analyst: filter → URL", status, elapsed)
            status, _, elapsed = client.request(
                "POST", "/_dash-update-component", api.route(path, search)
            )
            rec.add("analyst: render", status, elapsed)
        except Exception as error:  # noqa: BLE001 - counted, the test goes on
            rec.fail("analyst", error)
        stop.wait(args.think * rng.uniform(0.5, 1.5))
    client.close()


def _api(client: Client, deps: list) -> DashApi:
    api = DashApi.__new__(DashApi)
    api.deps = deps
    client.request("GET", "/")  # session and CSRF cookies
    return api


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__)
    parser.add_argument("--scale", choices=SCALES, default="skara")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--database-url")
    parser.add_argument("--port", type=int, default=8066)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--screens", type=int, default=50)
    parser.add_argument("--analysts", type=int, default=5)
    parser.add_argument("--poll", type=float, default=10.0, help="wall poll interval, s")
    parser.add_argument("--reload", type=float, default=60.0, help="wall page reload, s")
    parser.add_argument("--think", type=float, default=3.0, help="analyst think time, s")
    parser.add_argument("--workers", type=int, help="override gunicorn's workers")
    parser.add_argument("--threads", type=int, help="override gunicorn's threads")
    args = parser.parse_args(argv)
    if args.seconds > 600:
        parser.error("--seconds: at most 600 (a bounded test)")

    url = ensure_scale(args.work, args.scale, args.database_url, log=print)
    env = {}
    if args.workers:
        env["WEB_CONCURRENCY"] = str(args.workers)
    if args.threads:
        env["GUNICORN_THREADS"] = str(args.threads)
    choices = kommun_choices(url)
    with Server(url, args.port, env=env) as server:
        probe = Client(args.port)
        probe.request("GET", "/")
        deps = DashApi(probe).deps
        version = data_version(url)
        probe.close()
        rec, stop = Recorder(), threading.Event()
        threads = [
            threading.Thread(
                target=wall_screen,
                args=(args.port, deps, stop, rec, args, random.Random(i), version),
                daemon=True,
            )
            for i in range(args.screens)
        ] + [
            threading.Thread(
                target=analyst,
                args=(args.port, deps, stop, rec, args, random.Random(1000 + i), choices),
                daemon=True,
            )
            for i in range(args.analysts)
        ]
        started = time.monotonic()
        for i, thread in enumerate(threads):
            thread.start()
            time.sleep(min(0.05, args.poll / max(len(threads), 1)) if i < args.screens else 0)
        stop.wait(args.seconds)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        elapsed = time.monotonic() - started
        memory = server.memory()
        processes = len(server.pids())
    total = sum(len(v) for v in rec.times.values())
    result = {
        "scale": args.scale,
        "seconds": round(elapsed, 1),
        "screens": args.screens,
        "analysts": args.analysts,
        "gunicorn": {"processes": processes, **env},
        "requests": total,
        "requests_per_s": round(total / elapsed, 1),
        "errors": len(rec.errors),
        "error_samples": rec.errors[:10],
        "memory": memory,
        "kinds": {
            kind: {
                "n": len(v),
                "p50_ms": round(percentile(v, 50) * 1000, 1),
                "p95_ms": round(percentile(v, 95) * 1000, 1),
                "max_ms": round(max(v) * 1000, 1),
            }
            for kind, v in sorted(rec.times.items())
        },
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"load-{args.scale}.json").write_text(json.dumps(result, indent=1))
    print(
        f"## Load test: {args.scale}, {args.screens} wall screens + {args.analysts} analysts, "
        f"{result['seconds']} s, gunicorn {processes} processes {env or ''}\n"
    )
    print("| requests | kind | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for kind, s in result["kinds"].items():
        print(f"| {s['n']} | {kind} | {s['p50_ms']} | {s['p95_ms']} | {s['max_ms']} |")
    print(
        f"\n{total} requests ({result['requests_per_s']}/s), {len(rec.errors)} errors; "
        f"server peak RSS {memory['peak_rss_mb']} MB."
    )
    for error in rec.errors[:10]:
        print("  ", error, file=sys.stderr)
    return 1 if rec.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
