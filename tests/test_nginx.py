"""Behind a real nginx on loopback, configured from deploy/nginx-medborgarlofte.conf.

gunicorn runs as the systemd unit runs it (``gunicorn app:server``, TRUSTED_PROXIES=1);
nginx runs in the foreground from a temporary directory with the deploy site minus TLS
(its https server listening on a free loopback port instead). Clients come from
different loopback addresses (127.0.0.2, 127.0.0.3: Linux routes all of 127/8 to the
loopback interface), so nginx sees, and forwards, different client addresses.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from browser_support import free_port
from server_support import EDITOR, PASSWORD, ROOT, get, log_in, start_gunicorn

NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
)
SITE = ROOT / "deploy" / "nginx-medborgarlofte.conf"
GUESSER, OWNER = "127.0.0.2", "127.0.0.3"

pytestmark = pytest.mark.skipif(
    NGINX is None, reason="nginx is not installed (apt-get install nginx; .ci/run does)"
)


def site_without_tls(site: str, port: int, app_port: int, cache: Path) -> str:
    """The deploy site as it is, but: no http→https server, the https server on
    127.0.0.1:``port`` without TLS, gunicorn at ``app_port``, the cache in ``cache``."""
    site, redirects = re.subn(r"\nserver \{\n    listen 80;.*?\n\}\n", "\n", site, flags=re.S)
    assert redirects == 1, "the deploy site's http → https server has moved"
    site = site.replace("    listen 443 ssl http2;\n", f"    listen 127.0.0.1:{port};\n")
    site = site.replace("    listen [::]:443 ssl http2;\n", "")
    site = re.sub(r"\n    ssl_[^\n]*", "", site)
    site = site.replace("server 127.0.0.1:8050;", f"server 127.0.0.1:{app_port};")
    site = site.replace("/var/cache/nginx/medborgarlofte", str(cache))
    assert "ssl" not in site.replace("# ", "") and str(cache) in site and f":{port};" in site
    return site


def nginx_conf(folder: Path, site: str) -> str:
    """A whole nginx.conf around ``site``: foreground, everything inside ``folder``."""
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must reach the folder
    mime = "/etc/nginx/mime.types"
    types = f"    include {mime};\n" if Path(mime).exists() else ""
    return (
        f"{user}daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'} warn;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        f"{types}    default_type application/octet-stream;\n"
        f"    access_log {folder / 'access.log'};\n{temp}\n{site}\n}}\n"
    )


@pytest.fixture(scope="module")
def behind_nginx(tmp_path_factory):
    """(nginx's port, gunicorn) with both running; both stopped after the module."""
    folder = tmp_path_factory.mktemp("nginx")
    app = start_gunicorn(folder, TRUSTED_PROXIES="1")
    port = free_port()
    conf = folder / "nginx.conf"
    site = site_without_tls(SITE.read_text(encoding="utf-8"), port, app.port, folder / "cache")
    conf.write_text(nginx_conf(folder, site), encoding="utf-8")
    command = [NGINX, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    nginx = subprocess.Popen(command, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if get(port, "/halsa").status == 200:
                    break
            except OSError:
                if nginx.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield port, app
    finally:
        nginx.send_signal(signal.SIGQUIT)  # graceful: finish what is under way
        try:
            nginx.wait(timeout=20)
        except subprocess.TimeoutExpired:
            nginx.kill()
            nginx.wait()
        app.stop()


def test_guesses_from_one_address_do_not_lock_out_the_user_at_another(behind_nginx):
    port, app = behind_nginx
    # The guesser even claims to be the owner: nginx appends the address it saw, and the
    # app believes only that one (TRUSTED_PROXIES=1).
    forged = {"X-Forwarded-For": OWNER}
    texts = [
        log_in(port, EDITOR, "fel-losenord-123", source=GUESSER, headers=forged).text
        for _ in range(5)
    ]
    assert "Fel användarnamn" in texts[0] and "Vänta" in texts[-1]
    assert log_in(port, EDITOR, PASSWORD, source=GUESSER).status == 200  # still waiting
    answer = log_in(port, EDITOR, PASSWORD, source=OWNER)
    assert answer.status == 303 and answer.headers["Location"].endswith("/import")
    lines = app.lines_once(
        lambda lines: any(
            line.get("client") == OWNER and line.get("method") == "POST" for line in lines
        )
    )
    failed = [line for line in lines if line.get("event") == "login_failed"]
    held = [line for line in lines if line.get("event") == "login_held_back"]
    ok = [line for line in lines if line.get("event") == "login_ok"]
    # The address the app sees is the client's, as nginx forwarded it.
    assert failed and {line["client"] for line in failed} == {GUESSER}
    assert held and {line["client"] for line in held} == {GUESSER}
    assert ok[-1]["client"] == OWNER
    posts = [line for line in lines if line.get("event") == "request" and line["method"] == "POST"]
    assert {line["client"] for line in posts} == {GUESSER, OWNER}
    assert {line["proxy"] for line in posts} == {"127.0.0.1"}  # nginx itself


def test_answers_are_gzipped_and_static_files_cached(behind_nginx):
    port, _ = behind_nginx
    page = get(port, "/", headers={"Accept-Encoding": "gzip"})
    assert page.status == 200 and page.headers["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(page.body)
    scripts = re.findall(
        r'src="(/_dash-component-suites/[^"]+)"', gzip.decompress(page.body).decode()
    )
    assert scripts, "the page names Dash's scripts"
    first = get(port, scripts[0], headers={"Accept-Encoding": "gzip"})
    assert first.status == 200 and first.headers["Content-Encoding"] == "gzip"
    second = get(port, scripts[0], headers={"Accept-Encoding": "gzip"})
    assert second.headers["X-Cache-Status"] == "HIT" and second.body == first.body
    plain = get(port, scripts[0])  # a client that takes no gzip gets the script as it is
    assert "Content-Encoding" not in plain.headers and gzip.decompress(first.body) == plain.body


def test_health_through_nginx_sets_no_cookie(behind_nginx):
    port, _ = behind_nginx
    answer = get(port, "/halsa", source=GUESSER)
    assert answer.status == 200 and answer.headers.get_all("Set-Cookie") is None
    assert b'"database_reachable": true' in answer.body.replace(b'":true', b'": true')
    # nginx's request id reaches the app and comes back.
    assert re.fullmatch(r"[0-9a-f]{32}", answer.headers["X-Request-Id"])
