"""What the benchmark and the load test share: data per scale, the server, an HTTP client.

Data and databases live outside the repository (``--work``, default
``/tmp/medborgarlofte-bench``): a scale is generated and loaded once, and again only
when the generator changes.
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import math
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import brotli

REPO = Path(__file__).resolve().parents[1]
DEFAULT_WORK = Path(os.environ.get("BENCH_WORK", "/tmp/medborgarlofte-bench"))
SCALES = ("skara", "region", "nation")


# --------------------------------------------------------------------------
# Data


def fingerprint(scale: str) -> str:
    """Changes when the generator or the import changes: then the data is made anew."""
    digest = hashlib.sha256(scale.encode())
    for package in ("demo", "ingest", "storage"):
        for path in sorted((REPO / "dashboard" / package).rglob("*.py")):
            digest.update(path.read_bytes())
    if scale == "skara":
        for path in sorted((REPO / "data" / "demo").glob("*.csv")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def database_url(work: Path, scale: str) -> str:
    return f"sqlite:///{work / f'{scale}.sqlite'}"


def ensure_scale(work: Path, scale: str, url: str | None = None, log=print) -> str:
    """A database holding ``scale``'s demo data (generated and loaded when missing)."""
    from dashboard.demo import scale_files
    from dashboard.storage import database, schema

    work.mkdir(parents=True, exist_ok=True)
    url = url or database_url(work, scale)
    marker = work / f"{scale}.ready"
    stamp = f"{fingerprint(scale)} {url}"
    if marker.exists() and marker.read_text() == stamp:
        return url
    started = time.perf_counter()
    if url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    engine = database.make_engine(url)
    if engine.dialect.name == "postgresql":
        schema.metadata.drop_all(engine)
    database.migrate(engine)
    if scale == "skara":
        source = REPO / "data" / "demo"
    else:
        source = work / scale
        if (
            not (source / "brott").is_dir()
            or not (work / f"{scale}.generated").exists()
            or ((work / f"{scale}.generated").read_text() != fingerprint(scale))
        ):
            log(f"generating the {scale} scale into {source} ...")
            scale_files.generate_big(source, scale)
            (work / f"{scale}.generated").write_text(fingerprint(scale))
    log(f"loading {source} into {url} ...")
    scale_files.load(source, engine, progress=lambda _m: None)
    engine.dispose()
    marker.write_text(stamp)
    log(f"  {scale} ready in {time.perf_counter() - started:.0f} s")
    return url


def bump_data_version(url: str) -> None:
    """What an import does to the caches: a new data version (the data stay as they are)."""
    from dashboard.storage import database

    engine = database.make_engine(url)
    with database.write_transaction(engine) as conn:
        database.bump_data_version(conn)
    engine.dispose()


def data_version(url: str) -> int:
    """The database's data version (what the wall screens poll)."""
    from dashboard.storage import database

    engine = database.make_engine(url)
    with engine.connect() as conn:
        version = database.data_version(conn)
    engine.dispose()
    return version


def import_file(work: Path, rows: int = 1_000_000) -> Path:
    """A crime file of ``rows`` incident rows (the region's first ones, by date)."""
    path = work / f"brott-{rows}.csv"
    if path.exists() and (work / "region.generated").exists():
        return path
    source = work / "region"
    if not (source / "brott").is_dir():
        ensure_scale(work, "region")
    with path.open("w", encoding="utf-8", newline="") as out:
        left = rows
        header_written = False
        for year_file in sorted((source / "brott").glob("*.csv")):
            with year_file.open(encoding="utf-8", newline="") as f:
                header = f.readline()
                if not header_written:
                    out.write(header)
                    header_written = True
                for line in f:
                    out.write(line)
                    left -= 1
                    if not left:
                        return path
    return path


# --------------------------------------------------------------------------
# The server


@dataclass
class Server:
    """``gunicorn app:server`` with the repository's gunicorn.conf.py, on loopback."""

    url: str
    port: int
    env: dict = field(default_factory=dict)
    extra_args: tuple[str, ...] = ()
    app: str = "app:server"
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    def start(self, timeout: float = 60) -> Server:
        env = {
            **os.environ,
            "DATABASE_URL": self.url,
            "LOAD_DEMO": "0",
            "PYTHONPATH": str(REPO),
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            **self.env,
        }
        self.log_path = Path(f"/tmp/bench-gunicorn-{self.port}.log")
        log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", self.app, *self.extra_args],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_path.read_text()[-2000:]}")
            try:
                status, _, _ = Client(self.port).request("GET", "/halsa")
                if status == 200 and len(self.pids()) > 1:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer: {self.log_path.read_text()[-2000:]}")

    def pids(self) -> list[int]:
        """The master and its workers."""
        if self.proc is None:
            return []
        pids = [self.proc.pid]
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        if children.exists():
            pids += [int(p) for p in children.read_text().split()]
        return pids

    def memory(self) -> dict:
        """Resident memory now and at its peak (VmHWM), summed over master and workers, MB."""
        now = peak = 0
        for pid in self.pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    now += int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    peak += int(line.split()[1])
        return {"rss_mb": round(now / 1024, 1), "peak_rss_mb": round(peak / 1024, 1)}

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --------------------------------------------------------------------------
# HTTP and Dash


class Client:
    """One browser, as the server sees it: keep-alive, cookies, the CSRF header."""

    def __init__(self, port: int, host: str = "127.0.0.1", timeout: float = 60) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = http.client.HTTPConnection(host, port, timeout=timeout)
        self.cookies: dict[str, str] = {}
        self.wire_bytes = 0

    def request(self, method: str, path: str, body: dict | None = None):
        """(status, body bytes, seconds)."""
        headers = {"Accept-Encoding": "gzip, deflate, br"}  # as browsers ask
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
            headers["X-CSRFToken"] = self.cookies.get("_csrf_token", "")
        for attempt in (1, 2):
            started = time.perf_counter()
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
                if attempt == 2:
                    raise
        elapsed = time.perf_counter() - started
        self.wire_bytes = len(payload)  # as sent; the payload returned is unpacked
        encoding = response.headers.get("Content-Encoding")
        if encoding == "gzip":
            payload = gzip.decompress(payload)
        elif encoding == "br":  # web/compression.py prefers Brotli, as browsers accept it
            payload = brotli.decompress(payload)
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return response.status, payload, elapsed

    def close(self) -> None:
        self.conn.close()


class DashApi:
    """Request bodies for the app's callbacks, built from its ``/_dash-dependencies``."""

    def __init__(self, client: Client) -> None:
        status, body, _ = client.request("GET", "/_dash-dependencies")
        if status != 200:
            raise RuntimeError(f"/_dash-dependencies: HTTP {status}")
        self.deps = json.loads(body)

    def _find(self, test) -> dict:
        for dep in self.deps:
            if test(dep):
                return dep
        raise LookupError("callback not found")

    def route(self, pathname: str, search: str) -> dict:
        """Dash Pages' router: renders the page for a URL (every view and filter change)."""
        from web.page_cache import router_request

        return router_request(pathname, search)

    def filters(self, search: str, areas, part, period, months) -> dict:
        """The filter bar's callback: filter values → query string."""
        dep = self._find(
            lambda d: (
                d["output"].startswith("_pages_location.search")
                and d["inputs"][0]["id"] == "filter-omrade"
            )
        )
        return {
            "output": dep["output"],
            "outputs": {"id": "_pages_location", "property": dep["output"].split(".", 1)[1]},
            "inputs": [
                {"id": "filter-omrade", "property": "value", "value": areas},
                {"id": "filter-part", "property": "value", "value": part},
                {"id": "filter-period", "property": "value", "value": period},
            ],
            "state": [
                {"id": "_pages_location", "property": "search", "value": search},
                {"id": "filter-months", "property": "data", "value": months},
            ],
            "changedPropIds": ["filter-omrade.value"],
        }

    def wall_poll(self, version: int, params: dict | None = None) -> dict | None:
        """The wall screen's data-version poll (None if the app has no wall screen)."""
        try:
            dep = self._find(lambda d: "wall-version.data" in d["output"])
        except LookupError:
            return None
        outputs = [
            {"id": part.split(".")[0], "property": part.split(".")[1]}
            for part in dep["output"].strip(".").split("...")
        ]
        return {
            "output": dep["output"],
            "outputs": outputs,
            "inputs": [{"id": "wall-poll", "property": "n_intervals", "value": 1}],
            "state": [
                {"id": "wall-version", "property": "data", "value": version},
                {
                    "id": "wall-config",
                    "property": "data",
                    "value": {"seconds": 20, "lang": "sv", "params": params or {}},
                },
            ],
            "changedPropIds": ["wall-poll.n_intervals"],
        }


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank), 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]
