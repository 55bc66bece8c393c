"""``/for-invanare``: the citizens' page, served as plain HTML from Flask (a Jinja template,
like the login page), with the text for the municipality's website as .txt and .html.

Flask only. Why not a Dash page: Dash renders a page by callbacks (``_dash-layout``,
``_dash-update-component``), which the guard refuses to anonymous visitors when viewing
is closed (``OPEN_VIEWING=0``); opening those for one path would mean judging every
callback request by the page it came from. Served as HTML the page needs no callback and
no script (the copy and print buttons are the only script, and optional), so it is
public without opening anything else, embeddable in the municipality's own site
(``EMBED_ORIGINS``: frame-ancestors for this path only, see ``frame_ancestors``),
printable, fast and readable by every browser. ``PUBLIC_PAGE=0`` answers 404.
"""

from __future__ import annotations

from urllib.parse import urlencode

import jinja2
from flask import Flask, Response, request

from dashboard.config import settings
from dashboard.i18n import fmt_date, t
from dashboard.pages.citizens import CitizensPage, citizens_page, website_text
from dashboard.pages.open_data import DATASETS, FORMATS, Licence
from dashboard.urls import Query, parse_search

PATH = "/for-invanare"
TEXT_PATH = PATH + "/lofte.txt"
HTML_PATH = PATH + "/lofte.html"
PATHS = (PATH, TEXT_PATH, HTML_PATH)
OPEN_DATA_PREFIX = "/oppna-data/"

DATASET_TEXTS = {"loften": "cit.data_loften", "brott": "cit.data_brott", "enkat": "cit.data_enkat"}
ICONS = {
    "green": "bi-check-circle-fill text-success",
    "amber": "bi-exclamation-triangle-fill text-warning-emphasis",
    "red": "bi-x-circle-fill text-danger",
    "not_started": "bi-hourglass-split text-body-secondary",
}

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("web", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def frame_ancestors(path: str) -> str | None:
    """The CSP frame-ancestors sources for ``path``: ``EMBED_ORIGINS`` on the public page
    (when it is on); None everywhere else, which stays unframeable."""
    config = settings()
    if path != PATH or not config.public_page or not config.embed_origins:
        return None
    return " ".join(config.embed_origins)


def not_found() -> Response:
    return Response("Not found", status=404, mimetype="text/plain")


def page_query() -> Query:
    """The page's own parameters (``ar``, ``kommun``, ``lang``); every other filter dropped."""
    q = parse_search(request.query_string.decode("utf-8", "replace"))
    return Query(year=q.year, kommun=q.kommun, lang=q.lang)


def link(path: str, q: Query, **changes) -> str:
    return path + q.search(**changes)


def open_data_links(q: Query, base: str = "") -> list[dict]:
    """Per dataset its description and one link per format (the kommun kept, if chosen)."""
    params = {"kommun": q.kommun} if q.kommun else {}
    json_params = params | ({"lang": q.lang} if q.lang != "sv" else {})
    links = []
    for name in DATASETS:
        formats = []
        for fmt in FORMATS:
            query = urlencode(json_params if fmt == "json" else params)
            href = f"{OPEN_DATA_PREFIX}{name}.{fmt}" + (f"?{query}" if query else "")
            # The whole address too, for the printout (a path alone says little on paper).
            formats.append({"label": fmt.upper(), "href": href, "url": base + href})
        links.append({"text": t(DATASET_TEXTS[name], q.lang), "formats": formats})
    return links


def _texts(page: CitizensPage) -> dict[str, str]:
    lang = page.lang
    keys = (
        "cit.page_name", "cit.tally_heading", "cit.problem_heading", "cit.promises_heading",
        "cit.comment_label", "cit.trends_heading", "cit.trends_intro", "cit.col_what",
        "cit.col_last12", "cit.col_prev12", "cit.col_change", "cit.surveys_heading",
        "cit.no_surveys", "cit.copy_heading", "cit.copy_intro", "cit.copy_label",
        "cit.copy_button", "cit.copied", "cit.copy_failed", "cit.download_txt",
        "cit.download_html", "cit.print", "cit.other_years", "cit.open_data_heading",
        "cit.open_data_intro", "app.demo_badge", "frame.other_language",
        "frame.skip",
    )  # fmt: skip
    text = {key.split(".", 1)[1]: t(key, lang) for key in keys}
    text["app"] = t("app.title", lang)
    text["crime_caption"] = t("cit.crime_table_caption", lang, kommun=page.kommun)
    text["data_until"] = (
        t("frame.data_until", lang, month=page.data_until) if page.data_until else ""
    )
    return text


def statement(q: Query) -> dict:
    """The footer's accessibility line: a link to the statement where viewing is open; where
    it is closed the statement (a Dash page) needs a login, so its way to report a problem."""
    config = settings()
    if config.open_viewing:
        return {
            "href": "/tillganglighet" + Query(lang=q.lang).search(),
            "text": t("a11y.link", q.lang),
        }
    contact = config.accessibility_contact or t("a11y.contact_default", q.lang)
    return {"href": None, "text": t("cit.a11y_report", q.lang, contact=contact)}


def render_page(page: CitizensPage, q: Query) -> str:
    licence = Licence.configured()
    other = "en" if q.lang == "sv" else "sv"
    base = request.url_root.rstrip("/")
    return _templates.get_template("citizens.html").render(
        lang=q.lang,
        page=page,
        text=_texts(page),
        icons=ICONS,
        switch=link(PATH, q, lang=other),
        years=[(year, link(PATH, q, year=year)) for year in page.years if year != page.year],
        text_href=link(TEXT_PATH, q),
        html_href=link(HTML_PATH, q),
        website=website_text(page, base + link(PATH, q), base + OPEN_DATA_PREFIX),
        datasets=open_data_links(q, base),
        licence=licence,
        licence_line=t("cit.licence", q.lang, licence=licence.name),
        statement=statement(q),
    )


def page_view() -> Response:
    if not settings().public_page:
        return not_found()
    q = page_query()
    body = render_page(citizens_page(q), q)
    return Response(body, mimetype="text/html")


def _download(kind: str) -> Response:
    if not settings().public_page:
        return not_found()
    q = page_query()
    page = citizens_page(q)
    base = request.url_root.rstrip("/")
    page_url, data_url = base + link(PATH, q), base + OPEN_DATA_PREFIX
    day = fmt_date(page.as_of, page.lang)
    if kind == "txt":
        body, mimetype = website_text(page, page_url, data_url), "text/plain"
    else:
        body = _templates.get_template("citizens_snippet.html").render(
            page=page,
            comment_label=t("cit.comment_label", page.lang),
            trends_heading=t("cit.trends_heading", page.lang),
            # The source line with the page's address as a link after it.
            source=t("cit.source", page.lang, kommun=page.kommun, date=day, url="").rstrip(),
            page_url=page_url,
            data_url=data_url,
            open_data=t("cit.open_data_heading", page.lang),
            demo=t("app.demo_badge", page.lang),
        )
        mimetype = "text/html"
    response = Response(body, mimetype=mimetype)
    name = f"medborgarlofte-{page.year or ''}-{page.lang}.{kind}".replace("--", "-")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def install(server: Flask) -> None:
    """Register the page and its two text downloads."""
    server.add_url_rule(PATH, "citizens", page_view, methods=["GET"])
    server.add_url_rule(TEXT_PATH, "citizens_txt", lambda: _download("txt"), methods=["GET"])
    server.add_url_rule(HTML_PATH, "citizens_html", lambda: _download("html"), methods=["GET"])
