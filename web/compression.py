"""Compression of everything served: Brotli or gzip, as the browser asks (Flask-Compress).

Flask only. Why this and not the alternatives (measured on plotly.min.js, 4.8 MB, the
largest file a first visit of ``/trender`` fetches, on this project's machine):

- Dash's own ``compress=True`` wraps the same Flask-Compress but offers gzip only
  (1.47 MB, 340 ms per answer) and compresses every static file anew on every request,
  also to answer a revalidation with 304.
- Brotli at quality 5 makes 1.29 MB in 190 ms; quality 11 would make 1.11 MB but takes
  40 s, too slow to do while a visitor waits, and pre-compressed files on disk would
  have to be rebuilt with every upgrade of Dash or Plotly (their files live in the
  installed packages). So: quality 5, done once per server process and file.

Static files (Dash's component suites, ``assets/``) are compressed once per process and
encoding and kept in memory (a few MB: the files are few and fixed), keyed by the file,
not the URL, so arbitrary fingerprints or queries cannot fill the memory. Everything
else (the first HTML, Dash's layout and callback answers, the Flask pages) is compressed
per answer; the page cache's router answers arrive gzipped already and pass unchanged.

The login page is not compressed: it carries the form's CSRF token beside the ``next``
the visitor sent, the pattern the BREACH attack reads secrets from. It is 3 kB.
"""

from __future__ import annotations

import threading

from flask import Flask, Response, g, request
from flask_compress import Compress

from web.headers import is_static, without_fingerprint

#: Brotli first: at quality 5 it beats gzip by 12 % on the bundles at half the time.
ALGORITHMS = ["br", "gzip"]
BROTLI_QUALITY = 5
GZIP_LEVEL = 6
#: What is worth compressing here (fonts and pictures are compressed already).
MIMETYPES = [
    "text/html", "text/css", "text/javascript", "application/javascript", "application/json",
    "text/plain", "text/csv", "application/xml", "image/svg+xml", "image/x-icon",
    "image/vnd.microsoft.icon",
]  # fmt: skip
NEVER_COMPRESSED = {"login"}  # endpoints; see the module's docstring
STATIC_CACHE_BYTES = 48 * 2**20  # per process; all static files compressed take ~4 MB


def static_key(path: str, etag: str | None) -> str:
    """The file behind a static URL: the path without Dash's fingerprint, and its ETag."""
    return f"{without_fingerprint(path)[0]}|{etag or ''}"


class StaticCache:
    """Compressed static files by file and encoding, bounded by ``STATIC_CACHE_BYTES``.

    Flask-Compress's cache protocol (``get``, ``set``); keys of answers that are not
    static files (marked by ``NOT_CACHED``) are neither kept nor found.
    """

    NOT_CACHED = "-"

    def __init__(self, limit: int = STATIC_CACHE_BYTES) -> None:
        self.entries: dict[str, bytes] = {}
        self.size, self.limit = 0, limit
        self.lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        return None if key.endswith(";" + self.NOT_CACHED) else self.entries.get(key)

    def set(self, key: str, value: bytes) -> None:
        if key.endswith(";" + self.NOT_CACHED):
            return
        with self.lock:
            if key in self.entries or self.size + len(value) > self.limit:
                return
            self.entries[key] = value
            self.size += len(value)


def _cache_key(req) -> str:
    """Flask-Compress's key for an answer: the file for static ones (see ``static_key``)."""
    if not is_static(req.path, req.endpoint):
        return StaticCache.NOT_CACHED
    return static_key(req.path, g.get("static_etag"))


def install(server: Flask) -> Compress:
    """Compress every answer after all other hooks have made it (register this first)."""
    server.config.update(
        COMPRESS_REGISTER=False,  # called from the hook below, which picks what to compress
        COMPRESS_MIMETYPES=MIMETYPES,
        COMPRESS_ALGORITHM=ALGORITHMS,
        COMPRESS_BR_LEVEL=BROTLI_QUALITY,
        COMPRESS_LEVEL=GZIP_LEVEL,
        COMPRESS_CACHE_KEY=_cache_key,
        COMPRESS_CACHE_BACKEND=StaticCache,
    )
    compress = Compress(server)

    @server.after_request
    def _compress(response: Response) -> Response:
        if request.endpoint in NEVER_COMPRESSED:
            return response
        if is_static(request.path, request.endpoint) and response.status_code == 200:
            # Read the file into memory (Flask streams it otherwise): compressed once,
            # kept, and the ETag names the file's version in the cache key.
            response.direct_passthrough = False
            response.get_data()
            g.static_etag = response.get_etag()[0]
        return compress.after_request(response)

    return compress
