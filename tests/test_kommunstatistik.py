"""The official statistics per kommun (kind ``kommunstatistik``): Brå's file as downloaded,
headerless years, year and category from options or the file's name, scope, undo, export."""

from __future__ import annotations

from contextvars import copy_context

import sqlalchemy as sa
from conftest import snapshot
from dash._callback_context import context_value
from dash._utils import AttributeDict
from import_support import run
from web_support import upload_data

from callbacks.import_page import confirm_import, show_preview
from dashboard.accounts import User
from dashboard.ingest import export, official
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.reader import read_table
from dashboard.ingest.undo import undo_import
from dashboard.storage import schema
from layouts.ids import import_page as ids
from web import auth

BOM = "\ufeff"
# As Brå publishes it: UTF-8 with BOM, ";", CRLF, the agency's header, thousands with a
# space, ".." not published, "-" zero, names in the genitive and with an en dash, the
# nation, and one of Stockholm's districts mixed in.
AGENCY = (
    BOM + "Kommun;Antal;Per 100 000 inv.\r\n"
    "Hela landet;1 502 123;14 320,5\r\n"
    "Ale kommun;2 537;8 912,3\r\n"
    "Arjeplogs kommun;..;..\r\n"
    "Malung–Sälens kommun;-;-\r\n"
    "Skara kommun;2 650;13 880,1\r\n"
    "Stockholm Norrmalm;12 000;40 000\r\n"
)
HEADERLESS = (
    "Hela landet;1 480 000;14 100\r\nSkara kommun;2 601;13 690,2\r\nGötene kommun;1 020;7 800\r\n"
)


def stats(engine) -> dict:
    """Stored figures by (region, year, category): (count, per_100000, population)."""
    ks = schema.kommun_stats
    with engine.connect() as conn:
        return {tuple(r[:3]): tuple(r[3:]) for r in conn.execute(sa.select(ks))}


def test_the_agency_file_imports_as_downloaded(engine):
    result = run(engine, AGENCY.encode(), name="anmalda_brott_kommuner_2024.csv")
    assert result.ok and result.written, result.messages()
    assert result.files[0].kind == "kommunstatistik"
    assert stats(engine) == {
        ("00", 2024, "samtliga"): (1502123, 14320.5, None),
        ("1440", 2024, "samtliga"): (2537, 8912.3, None),
        ("2506", 2024, "samtliga"): (None, None, None),  # ".." is missing, never 0
        ("2023", 2024, "samtliga"): (0, 0.0, None),  # "-" is zero
        ("1495", 2024, "samtliga"): (2650, 13880.1, None),
    }
    assert result.files[0].counts() == {"new": 5, "changed": 0, "unchanged": 0, "removed": 0}
    assert result.files[0].rows == 5  # the district's row is set aside, not imported
    # The district is set aside with a note, in both languages; it blocks nothing.
    notes = [w.render("sv") for w in result.files[0].warnings]
    assert any("Stockholm Norrmalm" in n and "stadsdelar" in n for n in notes), notes
    assert "city districts" in result.files[0].warnings[0].render("en")


def test_the_same_file_twice_changes_nothing(engine):
    data = AGENCY.encode()
    assert run(engine, data, name="anmalda_brott_2024.csv").written
    before = snapshot(engine)
    again = run(engine, data, name="anmalda_brott_2024.csv")
    assert again.ok and not again.written
    assert again.files[0].counts() == {"new": 0, "changed": 0, "unchanged": 5, "removed": 0}
    assert snapshot(engine) == before


def test_a_headerless_year_with_kind_year_and_category(engine):
    result = run(
        engine,
        HEADERLESS.encode("utf-8-sig"),
        name="kommuner.csv",
        kind="kommunstatistik",
        year=2023,
        category="samtliga",
    )
    assert result.ok, result.messages()
    assert stats(engine) == {
        ("00", 2023, "samtliga"): (1480000, 14100.0, None),
        ("1495", 2023, "samtliga"): (2601, 13690.2, None),
        ("1471", 2023, "samtliga"): (1020, 7800.0, None),
    }
    # The first line is data, not a header: three rows, the first on line 1.
    assert result.files[0].rows == 3


def test_a_headerless_file_is_recognised_without_kind(engine):
    result = run(engine, HEADERLESS.encode(), name="brott_2022_narkotika.csv")
    assert result.ok, result.messages()
    assert set(stats(engine)) == {
        ("00", 2022, "narkotika"),
        ("1495", 2022, "narkotika"),
        ("1471", 2022, "narkotika"),
    }


def test_without_year_or_category_a_clear_error_says_how_to_give_them(engine):
    result = run(engine, AGENCY.encode(), name="kommuner.csv")
    assert not result.ok and not result.written
    assert result.exit_code == 1
    sv = "\n".join(result.messages("sv"))
    en = "\n".join(result.messages("en"))
    assert "vilket år" in sv and "--ar" in sv and "förhandsgranskningen" in sv
    assert "vilken brottstyp" in sv and "--brottstyp" in sv and "samtliga" in sv
    assert "which year" in en and "--ar YEAR" in en and "--brottstyp" in en
    assert {i.key for i in result.files[0].issues} == {"ks.err.no_year", "ks.err.no_category"}
    assert stats(engine) == {}
    # With only the category missing, only that is asked for.
    only = run(engine, AGENCY.encode(), name="kommuner_2024.csv")
    assert [i.key for i in only.files[0].issues] == ["ks.err.no_category"]


def test_year_and_category_from_options_win_over_the_name(engine):
    result = run(
        engine, AGENCY.encode(), name="anmalda_brott_2024.csv", year=2021, category="Stöld"
    )
    assert result.ok, result.messages()
    assert {key[1:] for key in stats(engine)} == {(2021, "stöld")}


def test_year_and_category_from_the_file_name():
    assert official.from_name("anmalda_brott_2023_stold.csv") == (2023, "stöld")
    assert official.from_name("Anmälda brott 2024 – narkotikabrott.csv") == (2024, "narkotika")
    assert official.from_name("anmalda_brott_kommuner_2024.csv") == (2024, "samtliga")
    assert official.from_name("samtliga_2019.csv") == (2019, "samtliga")
    assert official.from_name("brott_2022_stold.csv") == (2022, "stöld")
    # Only a year: no category (the error asks for it); two years or two categories: none.
    assert official.from_name("kommuner_2024.csv") == (2024, None)
    assert official.from_name("brott_2019-2023.csv") == (None, None)
    assert official.from_name("stold_och_narkotika_2024.csv") == (2024, None)
    assert official.from_name("export20240112.csv") == (None, None)


def test_an_unknown_name_is_an_error_naming_the_nearest_kommun(engine):
    bad = AGENCY.replace("Skara kommun", "Skarra kommun")
    result = run(engine, bad.encode(), name="anmalda_brott_2024.csv")
    assert not result.ok and stats(engine) == {}
    [issue] = result.files[0].issues
    assert (issue.line, issue.column, issue.value) == (6, "kommun", "Skarra kommun")
    assert "närmast är Skara" in issue.render("sv")
    assert issue.render("en").startswith("Line 6") or "6" in issue.render("en")
    assert "the nearest is Skara" in issue.render("en")


def test_a_place_given_twice_is_an_error(engine):
    twice = AGENCY + "Skara;2 651;13 880\r\n"
    result = run(engine, twice.encode(), name="anmalda_brott_2024.csv")
    assert [i.key for i in result.files[0].issues] == ["err.duplicate_key"]
    assert result.files[0].issues[0].line == 8


def test_title_lines_and_notes_are_set_aside(engine):
    text = "Anmälda brott 2024, samtliga;;\r\n" + AGENCY.removeprefix(BOM) + "Källa: Brå;;\r\n"
    result = run(engine, text.encode("utf-8-sig"), name="export.csv")
    assert result.ok, result.messages()
    assert {key[1:] for key in stats(engine)} == {(2024, "samtliga")}
    keys = [w.key for w in result.files[0].warnings]
    assert keys == ["ks.titles", "ks.districts_set_aside", "ks.notes_set_aside"]
    assert "Källa: Brå" in result.files[0].warnings[2].render("sv")


def test_the_canonical_form_and_export_round_trip(engine):
    canonical = (
        "kommun,år,brottstyp,antal,per_100000,invånare\n"
        "Skara,2023,stöld,740,3 900,18 975\n"
        "1495,2022,stöld,..,..,\n"
        "Hela landet,2023,stöld,450 000,4 280,10 551 707\n"
        "Lidköping,2023,samtliga,5 100,12 600,40 500\n"
    )
    result = run(engine, canonical.encode())
    assert result.ok and result.files[0].kind == "kommunstatistik", result.messages()
    assert stats(engine)[("1495", 2023, "stöld")] == (740, 3900.0, 18975)
    assert stats(engine)[("1495", 2022, "stöld")] == (None, None, None)
    with engine.connect() as conn:
        text = export.export_kind(conn, "kommunstatistik")
    lines = text.splitlines()
    assert lines[0] == "kommun,kommunkod,år,brottstyp,antal,per_100000,invånare"
    assert lines[1] == "Hela landet,00,2023,stöld,450000,4280,10551707"
    assert "Skara,1495,2022,stöld,..,," in lines and "Skara,1495,2023,stöld,740,3900,18975" in lines
    assert [line.split(",")[0] for line in lines[1:]] == [
        "Hela landet",
        "Lidköping",
        "Skara",
        "Skara",
    ]
    before = snapshot(engine)
    again = run(engine, text.encode(), name="export.csv")
    assert again.ok and not again.written, again.messages()
    assert snapshot(engine) == before
    # A code that names another kommun than the name is an error.
    wrong = "kommun,kommunkod,år,brottstyp,antal\nSkara,1471,2023,stöld,1\n"
    refused = run(engine, wrong.encode())
    assert [i.key for i in refused.files[0].issues] == ["ks.err.code_mismatch"]


def test_a_file_replaces_only_its_kommuner_year_and_category(engine):
    assert run(engine, AGENCY.encode(), name="anmalda_brott_2024.csv").written
    assert run(engine, AGENCY.encode(), name="anmalda_brott_2024_stold.csv").written
    assert run(engine, AGENCY.encode(), name="anmalda_brott_2023.csv").written
    small = BOM + "Kommun;Antal;Per 100 000 inv.\r\nSkara kommun;2 700;14 100\r\n"
    result = run(engine, small.encode(), name="anmalda_brott_2024.csv")
    assert result.files[0].counts() == {"new": 0, "changed": 1, "unchanged": 0, "removed": 0}
    stored = stats(engine)
    assert stored[("1495", 2024, "samtliga")] == (2700, 14100.0, None)
    assert stored[("1495", 2024, "stöld")] == (2650, 13880.1, None)  # another category
    assert stored[("1495", 2023, "samtliga")] == (2650, 13880.1, None)  # another year
    assert stored[("1440", 2024, "samtliga")] == (2537, 8912.3, None)  # another kommun
    assert len(stored) == 15


def test_a_file_without_inhabitants_clears_the_stored_ones_its_rate_contradicts(engine):
    canonical = (
        "kommun,år,brottstyp,antal,per_100000,invånare\nSkara,2024,samtliga,2 600,13 500,19 260\n"
    )
    assert run(engine, canonical.encode()).written
    # Brå's file has no inhabitants column, but its count and rate imply them.
    result = run(engine, AGENCY.encode(), name="anmalda_brott_2024.csv")
    assert stats(engine)[("1495", 2024, "samtliga")] == (2650, 13880.1, None)
    assert result.files[0].counts()["changed"] == 1
    assert not run(engine, AGENCY.encode(), name="anmalda_brott_2024.csv").written
    # A file of counts alone says nothing of the rate or the inhabitants: both stay.
    counts = "kommun,år,brottstyp,antal\nSkara,2024,samtliga,2 700\n"
    assert run(engine, canonical.encode()).written
    assert run(engine, counts.encode()).written
    assert stats(engine)[("1495", 2024, "samtliga")] == (2700, 13500.0, 19260)


def test_undo_puts_back_exactly_what_an_import_changed(engine):
    first = run(engine, AGENCY.encode(), name="anmalda_brott_2024.csv")
    after_first = snapshot(engine)
    changed = AGENCY.replace("2 650;13 880,1", "2 700;14 100")
    second = run(engine, changed.encode(), name="anmalda_brott_2024.csv")
    assert second.files[0].counts()["changed"] == 1
    undone = undo_import(engine, second.files[0].import_id, user="test")
    assert undone.ok, undone.message()
    assert snapshot(engine)["kommun_stats"] == after_first["kommun_stats"]
    assert undo_import(engine, first.files[0].import_id, user="test").ok
    assert stats(engine) == {}


def test_rights_an_account_limited_to_some_kommuner(engine):
    # The agency's file holds the nation and other kommuner: refused, naming them.
    limited = frozenset({"Skara"})
    result = import_files(engine, [("anmalda_brott_2024.csv", AGENCY.encode())], kommuner=limited)
    assert [i.key for i in result.files[0].issues] == ["err.kommun_not_allowed"]
    message = result.files[0].issues[0].render("sv")
    assert "Hela landet" in message and "Ale" in message and "Skara," not in message
    # Its own kommun's figures it may import.
    own = "kommun,år,brottstyp,antal\nSkara,2024,stöld,700\n"
    assert import_files(engine, [("skara.csv", own.encode())], kommuner=limited).written
    # And undo of a national import is refused for it, allowed for an unlimited account.
    national = run(engine, AGENCY.encode(), name="anmalda_brott_2023.csv")
    refused = undo_import(engine, national.files[0].import_id, user="rut", kommuner=limited)
    assert refused.refusal == "undo.kommun_not_allowed"
    assert undo_import(engine, national.files[0].import_id, user="admin").ok


def test_the_reader_keeps_line_numbers_of_a_headerless_file():
    table = read_table(HEADERLESS.encode("utf-8-sig"))
    adapted, kind, issues, _ = official.adapt(table, "kommunstatistik", "x.csv", 2023, "samtliga")
    assert kind == "kommunstatistik" and not issues
    assert adapted.header == ["kommun", "antal", "per_100000", "år", "brottstyp"]
    assert [line for line, _ in adapted.rows] == [1, 2, 3]
    assert adapted.rows[0][1] == ["Hela landet", "1 480 000", "14 100", "2023", "samtliga"]


def test_other_kinds_with_kommun_and_antal_columns_stay_what_they_are(base):
    crimes = "månad,område,brottstyp,antal,kommun\n2022-01,Centrum,stöld,3,Skara\n"
    result = run(base, crimes.encode(), name="brott_2022_stold.csv")
    assert result.ok and result.files[0].kind == "brott", result.messages()
    assert stats(base) == {}


def _triggered(callback, component_id: str, prop: str, value, *args):
    """``callback(*args)`` as Dash calls it when ``component_id.prop`` became ``value``."""

    def run_it():
        inputs = [{"prop_id": f"{component_id}.{prop}", "value": value}]
        context_value.set(AttributeDict(triggered_inputs=inputs))
        return callback(*args)

    return copy_context().run(run_it)


def test_the_browser_asks_for_year_and_category_and_saves_with_them(
    engine, database_url, monkeypatch
):
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setattr(auth, "current_user", lambda: User(1, "redaktor", "editor"))
    upload = upload_data("kommuner.csv", AGENCY, encoding="utf-8-sig")
    # New files: the preview says what is missing, and the fields appear, empty.
    shown, pending, disabled, *_, hidden, year, category = _triggered(
        show_preview, ids.FILES, "data", upload, upload, False, ""
    )
    assert pending is None and disabled and hidden is False and (year, category) == (None, "namn")
    assert "vilket år" in str(shown) and "vilken brottstyp" in str(shown)
    # The year chosen: only the category is asked for still.
    shown, pending, *_, hidden, year, category = _triggered(
        show_preview, ids.STATS_YEAR, "value", 2024, upload, False, "", 2024, "namn"
    )
    assert pending is None and hidden is False and "vilket år" not in str(shown)
    # Both chosen: the preview counts the figures, and the confirm saves them.
    shown, pending, disabled, *_ = _triggered(
        show_preview, ids.STATS_CATEGORY, "value", "stöld", upload, False, "?lang=en", 2024, "stöld"
    )
    assert not disabled and pending[-2:] == ["year=2024", "category=stöld"]
    assert "city districts" in str(shown)
    # A confirm with another year than the preview's is refused; the same saves.
    refused, *_ = _triggered(
        confirm_import, ids.CONFIRM, "n_clicks", 1, 1, upload, pending, False, "", 2023, "stöld"
    )
    assert "Granska dem igen" in str(refused) and stats(engine) == {}
    _triggered(
        confirm_import, ids.CONFIRM, "n_clicks", 1, 1, upload, pending, False, "", 2024, "stöld"
    )
    assert set(stats(engine)) == {
        (code, 2024, "stöld") for code in ("00", "1440", "2506", "2023", "1495")
    }
