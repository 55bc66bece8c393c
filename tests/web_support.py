"""Helpers for the tests that talk to the server over HTTP: accounts, CSRF, login."""

from __future__ import annotations

from web.csrf import CSRF_COOKIE, CSRF_FIELD

EDITOR, VIEWER, PASSWORD = "redaktor", "lasare", "ett-langt-losenord-7"


def csrf(client) -> str:
    return client.get_cookie(CSRF_COOKIE).value


def login(client, name: str, password: str, token: str | None = None):
    client.get("/login")
    return client.post(
        "/login",
        data={
            "name": name,
            "password": password,
            CSRF_FIELD: csrf(client) if token is None else token,
            "next": "/import",
        },
    )
