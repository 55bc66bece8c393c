"""Render every page's JSON on the demo data, to check that a change leaves pages as they were.

    python scripts/render_snapshot.py OUT_DIR          # one JSON file per URL
    diff -r BEFORE_DIR AFTER_DIR                       # identical: behaviour unchanged

Each URL is rendered as the browser asks for it (Dash Pages' router callback) through
the Flask test client, on a fresh SQLite database with the demo data loaded, in both
languages, with filters and the dark wall theme: the comparison a refactoring is
judged by.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

URLS = [
    ("/", ""),
    ("/", "?lang=en"),
    ("/", "?omrade=hotorget"),
    ("/", "?part=Polisen"),
    ("/", "?till=2022-06"),
    ("/", "?ar=2022&part=Kommunen&lang=en"),
    ("/trender", ""),
    ("/trender", "?lang=en"),
    ("/trender", "?omrade=hotorget,busstationen"),
    ("/trender", "?omrade=hotorget&fran=2021-01&till=2022-12"),
    ("/trender", "?matt=antal"),
    ("/trender", "?matt=per1000&omrade=brogarden"),
    ("/trender", "?enkat=problemindex"),
    ("/trender", "?enkat=oro_stold&lang=en"),
    ("/omrade", ""),
    ("/omrade", "?lang=en"),
    ("/omrade/hotorget", ""),
    ("/omrade/hotorget", "?lang=en"),
    ("/omrade/busstationen", ""),
    ("/omrade/brogarden", "?fran=2021-01&till=2022-06"),
    ("/omrade/finns-inte", ""),
    ("/loften", ""),
    ("/loften", "?lang=en"),
    ("/loften", "?part=Polisen"),
    ("/loften", "?fran=2022-06"),
    ("/loften", "?omrade=hotorget&till=2022-09"),
    ("/import", ""),
    ("/vaggskarm", ""),
    ("/vaggskarm", "?lang=en"),
    ("/vaggskarm", "?vyer=trender"),
    ("/vaggskarm", "?vyer=trender&tema=mork"),
    ("/vaggskarm", "?vyer=busstationen&tema=mork"),
    ("/vaggskarm", "?vyer=oversikt,omraden&sekunder=30"),
    ("/vaggskarm", "?part=Polisen&ar=2022"),
    ("/rapport", ""),
    ("/rapport", "?lang=en"),
    ("/rapport", "?omrade=hotorget"),
    ("/rapport", "?part=Tillsammans&till=2022-06"),
    ("/finns-inte", ""),
    ("/", "?till=2099-13"),
    ("/trender", "?fran=nonsense"),
]


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.mkdtemp()) / 'snapshot.sqlite'}"
    os.environ.setdefault("OPEN_VIEWING", "1")
    import app as app_module

    server = app_module.server
    prepare = getattr(app_module, "prepare", None)
    if prepare is not None:
        prepare()
    try:
        from web import page_cache
    except ImportError:  # before the architecture change
        from web import page_cache
    client = server.test_client()
    client.get("/")  # the session and CSRF cookies
    csrf = client.get_cookie("_csrf_token")
    headers = {"X-CSRFToken": csrf.value} if csrf else {}
    for number, (path, search) in enumerate(URLS):
        body = page_cache.router_request(path, search)
        response = client.post("/_dash-update-component", json=body, headers=headers)
        text = response.get_data(as_text=True)
        with contextlib.suppress(ValueError):
            text = json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False)
        name = f"{number:02d}{path.replace('/', '_')}{search.replace('?', '_')}.json"
        (out / name).write_text(f"{response.status_code}\n{text}\n", encoding="utf-8")
    print(f"{len(URLS)} URLs rendered into {out}")


if __name__ == "__main__":
    main()
