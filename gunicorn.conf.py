"""Production serving: ``gunicorn app:server`` reads this file from the working directory.

Every setting can be overridden on the command line or through the environment
variables named below (see the README, "Production serving").
"""

from __future__ import annotations

import os

_cores = os.cpu_count() or 1

# Where to listen. Behind a reverse proxy (nginx, Apache) on the same machine keep the
# loopback address and let the proxy speak TLS to the world.
bind = os.environ.get("GUNICORN_BIND") or (
    f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8050')}"
)

# Callbacks are CPU-bound Python. One process per core plus one keeps every core busy
# while one process waits on the database; a few threads each absorb the wall screens'
# tiny data-version polls without a process apiece (measured: benchmarks/README.md).
workers = int(os.environ.get("WEB_CONCURRENCY", _cores + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A page is rendered in well under a second; an import of a 20 MB file in a few. A
# worker silent for longer than ``timeout`` is killed and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5  # seconds an idle keep-alive connection (from the proxy) stays open

# Load the app once in the master, then fork: workers start at once and share the
# imported code's memory.
preload_app = True

# Recycle a worker now and then so that a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10

# Behind a proxy. gunicorn believes the scheme header (X-Forwarded-Proto, so
# wsgi.url_scheme) only from these addresses; it does NOT take the client's address from
# X-Forwarded-For: REMOTE_ADDR stays the proxy's. The app does that itself, for
# TRUSTED_PROXIES proxies in front (web/proxies.py, Werkzeug's ProxyFix), and the login
# backoff and the logs see the visitor's address. proxy_allow_ips is for the PROXY
# protocol (not used by the nginx site in deploy/).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proxy_allow_ips = forwarded_allow_ips

# Logs: JSON lines on stderr (web/gunicorn_logging.py), the app's events, gunicorn's own
# messages and the access log alike; GUNICORN_ACCESSLOG=/path writes the access log to a
# file instead, an empty value turns it off.
logger_class = "web.gunicorn_logging.JsonLogger"
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")


def on_starting(server):
    """Migrate the database and load the demo data into an empty one, once, in the master
    before any worker serves (importing the app touches no database)."""
    from dashboard.startup import prepare_database
    from web.logs import log_start

    prepare_database()
    log_start("gunicorn", bind=server.cfg.bind, workers=server.cfg.workers)


def pre_fork(server, worker):
    """Close the master's database connections: a forked worker must open its own. And
    keep what the workers inherit out of the garbage collector's sight: a worker's first
    full collection would otherwise walk (and so write to, copying on write) every
    object of the master, ~200 ms of its first request after an import, and the memory
    would no longer be shared (Python's remedy for pre-forking servers, gc.freeze)."""
    import gc

    from dashboard.storage import database

    database.dispose_all()
    gc.collect()
    gc.freeze()


def post_fork(server, worker):
    """Collect less often in the workers: building a page makes tens of thousands of
    short-lived objects (components, dicts), and with Python's default thresholds the
    collector ran several times per page, walking the cached data each time. Measured on
    the national data (38 first views after an import, in one process): ~10 % less time,
    and fewer outliers."""
    import gc

    gc.set_threshold(20_000, 20, 20)


#: Views rendered once in the master before the workers fork: every worker starts with
#: them (and the data they need) cached, with the validation layout that the first
#: request builds (app.py), and with every page's first-use set-up done (imported
#: modules, pyarrow's string kernels).
WARM_PATHS = ("/vaggskarm", "/", "/trender", "/omrade", "/loften", "/rapport")


def when_ready(server):
    """Warm the caches with the default views (``GUNICORN_WARM=0`` skips it)."""
    if os.environ.get("GUNICORN_WARM", "1") == "0" or not preload_app:
        return
    import json
    import time

    from web import page_cache

    started = time.perf_counter()
    client = server.app.wsgi().test_client()
    client.get("/")  # the session and CSRF cookies a browser gets
    token = client.get_cookie("_csrf_token")
    headers = {"X-CSRFToken": token.value if token else ""}
    for path in WARM_PATHS:
        body = page_cache.router_request(path)
        response = client.post(
            "/_dash-update-component",
            data=json.dumps(body),
            headers=headers,
            content_type="application/json",
        )
        server.log.info("warm %s: HTTP %s", path, response.status_code)
    server.log.info("caches warm in %.1f s", time.perf_counter() - started)
