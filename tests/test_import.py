"""The import pipeline: every accepted variant, every rejection, idempotency, replace."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from conftest import snapshot, stored_crimes

from dashboard.ingest.header import detect_kind
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.reader import read_table
from dashboard.storage import database, schema


def run(engine, text: str | bytes, name: str = "fil.csv", **kw):
    data = text.encode() if isinstance(text, str) else text
    return import_files(engine, [(name, data)], **kw)


# --- accepted variants -------------------------------------------------------

CANONICAL_CRIMES = (
    "månad,område,brottstyp,antal\n2022-03,Hötorget,stöld,2537\n2022-04,Centrum,narkotika,3\n"
)
EXPECTED = {
    ("Hötorget", date(2022, 3, 1), "stöld"): 2537,
    ("Centrum", date(2022, 4, 1), "narkotika"): 3,
}

VARIANTS = {
    "semicolon_cp1252_crlf_upper": "MÅNAD;OMRÅDE;BROTTSTYP;ANTAL\r\n2022-03;Hötorget;Stöld;2 537\r\n"
    "2022-04;Centrum;Narkotika;3\r\n".encode("cp1252"),
    "tab_bom": "\ufeffmånad\tområde\tbrottstyp\tantal\n2022-03\tHötorget\tstöld\t2537\n"
    "2022-04\tCentrum\tnarkotika\t3\n".encode(),
    "no_accents_headers": "manad,omrade,brottstyp,antal\n202203,hotorget,STÖLD,2537\n"
    "202204,centrum,narkotikabrott,3\n",
    "english_aliases": 'Month,Area,Category,Count\nmars 2022,Hötorget,theft,"2537"\n'
    "april 2022,Centrum,narcotics,3\n",
    "long_names_nbsp_spaces": " månad ; område ; brottstyp ; antal \n"
    " 2022-03-01 ; Hötorget ; Stöld- och tillgreppsbrott ; 2\u00a0537 \n"
    "2022-04-01;Centrum;tillgrepp;0\n2022-04-01;Centrum;Narkotikabrott;3\n",
    "one_row_per_crime_by_date": "datum,område,brottstyp\n"
    + "2022-03-14,Hötorget,stöld\n" * 2537
    + "2022-04-02,Centrum,narkotika\n2022-04-03,Centrum,narkotika\n2022-04-30,Centrum,narkotika\n",
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_crime_variants_store_the_same(base, variant):
    result = run(base, VARIANTS[variant])
    assert result.ok, result.messages()
    stored = {k: v for k, v in stored_crimes(base).items() if v}
    assert stored == EXPECTED


def test_statistics_placeholders(base):
    result = run(
        base, "månad;område;brottstyp;antal\n2022-03;Centrum;stöld;..\n2022-03;Centrum;våld;-\n"
    )
    assert result.ok, result.messages()
    stored = stored_crimes(base)
    assert stored[("Centrum", date(2022, 3, 1), "stöld")] is None  # not published, never 0
    assert stored[("Centrum", date(2022, 3, 1), "våld")] == 0


def test_surveys_decimal_comma_and_whole_municipality(base):
    text = (
        "ÅR;OMRÅDE;INDIKATOR;VÄRDE;SKALA;ANTAL_SVAR;URVAL\r\n"
        "2022;Skara;otrygg_kvall;23,5;andel;812;slumpmässigt\r\n"
        "2022;Hötorget;Problemindex;2,75;index;..;Slumpmässigt\r\n"
        "2021;Busstationen;otrygg_kvall;41;;60;självselekterat\r\n"
    )
    result = run(base, text.encode("cp1252"))
    assert result.ok, result.messages()
    with base.connect() as conn:
        rows = conn.execute(
            sa.select(
                schema.surveys.c.area_id,
                schema.surveys.c.indicator,
                schema.surveys.c.value,
                schema.surveys.c.scale,
                schema.surveys.c.respondents,
                schema.surveys.c.sampling,
            ).order_by(schema.surveys.c.year, schema.surveys.c.indicator)
        ).all()
    assert rows[0][1:] == ("otrygg_kvall", 41.0, "andel", 60, "självselekterat")
    assert (None, "otrygg_kvall", 23.5, "andel", 812, "slumpmässigt") in rows
    assert any(r[1] == "problemindex" and r[2] == 2.75 and r[3] == "index" for r in rows)


def test_areas_commitments_activities_checkins(base):
    activities = (
        "date;commitment_id;count;area;performed_by;comment\n"
        "2022-03-14;P1;3;Busstationen;Polisen;Kvällspass\n"
        "2022-03-15;p1;2;;Polisen;\n"
    )
    checkins = (
        "datum,löfte_id,status,kommentar\n2022-06-14,P1,Gul,Något efter\n2022-06-14,K3,green,\n"
    )
    result = import_files(base, [("a.csv", activities.encode()), ("u.csv", checkins.encode())])
    assert result.ok, result.messages()
    with base.connect() as conn:
        assert conn.execute(sa.select(sa.func.sum(schema.activities.c.count))).scalar() == 5
        statuses = set(conn.execute(sa.select(schema.checkins.c.status)).scalars())
        assert statuses == {"amber", "green"}
        k3 = conn.execute(
            sa.select(schema.commitments).where(schema.commitments.c.code == "K3")
        ).one()
        assert (k3.start, k3.end, k3.rule) == (date(2022, 1, 1), date(2022, 12, 31), "milstolpe")


def test_activities_of_more_than_a_thousand_commitments(base):
    # One scope term per commitment: more than SQLite takes in one expression.
    n = 1_200
    commitments = "löfte_id,år,part,löfte,indikator,mål\n" + "".join(
        f"X{i},2022,Polisen,Löfte {i},Pass,10\n" for i in range(n)
    )
    activities = "datum,löfte_id,antal\n" + "".join(f"2022-03-01,X{i},1\n" for i in range(n))
    assert run(base, commitments, name="loften.csv").ok
    first = run(base, activities, name="aktiviteter.csv")
    assert first.ok, first.messages()
    assert run(base, activities, name="aktiviteter.csv").files[0].changed is False
    corrected = activities.replace("2022-03-01,X7,1", "2022-03-01,X7,4")
    assert run(base, corrected, name="aktiviteter.csv").ok
    with base.connect() as conn:
        assert conn.execute(sa.select(sa.func.sum(schema.activities.c.count))).scalar() == n + 3


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (["område", "invånare"], "omraden"),
        (["löfte_id", "år", "part", "löfte", "indikator", "mål"], "loften"),
        (["datum", "löfte_id", "antal"], "aktiviteter"),
        (["datum", "löfte_id", "status"], "uppfoljning"),
        (["månad", "område", "brottstyp"], "brott"),
        (["DATUM", "OMRÅDE", "BROTTSTYP", "ANTAL"], "brott"),
        (["år", "område", "indikator", "värde"], "enkat"),
    ],
)
def test_kind_is_recognised_from_header(header, kind):
    assert detect_kind(header) == (kind, [])


# --- rejections leave the database unchanged ----------------------------------

REJECTIONS = {
    "unknown_area": ("månad,område,brottstyp,antal\n2022-03,Hötorgett,stöld,2\n", "Hötorget"),
    "negative_count": ("månad,område,brottstyp,antal\n2022-03,Centrum,stöld,-2\n", "negativt"),
    "month_13": ("månad,område,brottstyp,antal\n2022-13,Centrum,stöld,2\n", "13"),
    "unknown_category": ("månad,område,brottstyp,antal\n2022-03,Centrum,mord,2\n", "brottstyp"),
    "unknown_commitment": ("datum,löfte_id,antal\n2022-03-01,P9,2\n", "P1"),
    "personnummer": (
        "datum,löfte_id,antal,kommentar\n2022-03-01,P1,2,19811218-9876\n",
        "personnummer",
    ),
    "personal_column": ("datum,löfte_id,antal,namn\n2022-03-01,P1,2,Anna\n", "namn"),
    "broken_quoting": ('månad,område,brottstyp,antal\n2022-03,"Centrum,stöld,2\n', "citattecknen"),
    "binary": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00binary\x00\x00", "Excel"),
    "empty": ("", "tom"),
    "header_only": ("månad,område,brottstyp,antal\n", "datarader"),
}


@pytest.mark.parametrize("case", sorted(REJECTIONS))
def test_rejections_write_nothing(base, case):
    run(base, "månad,område,brottstyp,antal\n2022-01,Centrum,stöld,7\n")
    before = snapshot(base)
    text, expected_word = REJECTIONS[case]
    result = run(base, text)
    assert not result.ok
    assert result.exit_code in (1, 2)
    assert snapshot(base) == before
    message = "\n".join(result.messages("sv"))
    assert expected_word in message


def test_error_names_line_column_value_and_reason_in_both_languages(base):
    text = "månad,område,brottstyp,antal\n2022-03,Centrum,stöld,2\n2022-13,Hötorgett,stöld,2\n"
    result = run(base, text, name="brott.csv")
    sv = "\n".join(result.messages("sv"))
    en = "\n".join(result.messages("en"))
    assert "rad 3, kolumn månad, värde »2022-13«: månaden 13 finns inte" in sv
    assert "rad 3, kolumn område, värde »Hötorgett«: okänt område – menade du Hötorget?" in sv
    assert "line 3, column område, value »Hötorgett«: unknown area – did you mean Hötorget?" in en


def test_personnummer_is_not_echoed(base):
    result = run(base, "datum,löfte_id,antal,kommentar\n2022-03-01,P1,2,811218-9876\n")
    text = "\n".join(result.messages("sv"))
    assert "811218-9876" not in text
    assert "******-****" in text


def test_one_bad_file_writes_no_file_of_the_batch(base):
    before = snapshot(base)
    good = (
        "bra.csv",
        b"datum,loefte_id,antal\n2022-03-01,P1,2\n".replace(b"loefte_id", "löfte_id".encode()),
    )
    bad = ("dalig.csv", b"manad,omrade,brottstyp,antal\n2022-03,Centrum,stold,x\n")
    result = import_files(base, [good, bad])
    assert not result.ok
    assert snapshot(base) == before
    assert "inte sparad" in "\n".join(result.messages("sv"))


def test_dry_run_writes_nothing_but_reports_diff(base):
    before = snapshot(base)
    result = run(base, CANONICAL_CRIMES, dry_run=True)
    assert result.ok and not result.written
    assert result.files[0].counts()["new"] == 2
    assert snapshot(base) == before


# --- idempotency and replacement ---------------------------------------------


def test_same_file_twice_changes_nothing(base):
    first = run(base, CANONICAL_CRIMES)
    state = snapshot(base)
    second = run(base, CANONICAL_CRIMES)
    assert snapshot(base) == state
    assert second.files[0].changed is False
    assert second.data_version == first.data_version


def test_a_corrected_file_replaces_only_the_figures_it_names(base):
    run(
        base,
        "månad,område,brottstyp,antal\n2022-01,Centrum,stöld,7\n2022-02,Centrum,stöld,5\n"
        "2022-02,Centrum,våld,4\n2022-01,Brogården,stöld,9\n",
    )
    result = run(
        base, "månad,område,brottstyp,antal\n2022-01,Centrum,stöld,8\n2022-02,Centrum,stöld,5\n"
    )
    assert result.ok
    stored = stored_crimes(base)
    assert stored[("Centrum", date(2022, 1, 1), "stöld")] == 8  # replaced, not added
    assert stored[("Centrum", date(2022, 2, 1), "våld")] == 4  # a category it does not name
    assert stored[("Brogården", date(2022, 1, 1), "stöld")] == 9  # another area: untouched
    assert result.files[0].counts() == {"new": 0, "changed": 1, "unchanged": 1, "removed": 0}


def test_a_kommun_spelt_otherwise_is_stored_as_its_areas_spell_it(base):
    crimes_file = "månad,område,brottstyp,antal,kommun\n2022-03,Hötorget,stöld,5,SKARA\n"
    surveys_file = (
        "år,område,indikator,värde,skala,antal_svar,urval,kommun\n"
        "2022,Hötorget,otrygg_kvall,40,andel,100,slumpmässigt,skara\n"
    )
    assert run(base, crimes_file).ok and run(base, surveys_file, name="enkat.csv").ok
    with base.connect() as conn:
        assert set(conn.execute(sa.select(schema.crimes.c.kommun)).scalars()) == {"Skara"}
        assert set(conn.execute(sa.select(schema.surveys.c.kommun)).scalars()) == {"Skara"}


def test_the_crime_span_kept_in_meta_is_always_the_datas(base):
    def spans():
        with base.connect() as conn:
            return database.crime_span(conn), database._scan_crime_span(conn)

    assert spans() == ((None, None), (None, None))
    files = [
        "månad,område,brottstyp,antal\n2022-03,Centrum,stöld,7\n2022-05,Centrum,våld,..\n",
        "månad,område,brottstyp,antal\n2021-11,Brogården,stöld,2\n",
        # Centrum again: its cells from March to May are replaced (a file's own first
        # and last month always keep a cell, so a write never narrows the span)
        "månad,område,brottstyp,antal\n2022-03,Centrum,våld,1\n2022-05,Centrum,stöld,2\n",
        # a later month for an area, and a broken file that writes nothing
        "månad,område,brottstyp,antal\n2023-02,Brogården,stöld,3\n",
        "månad,område,brottstyp,antal\n2024-01,Ingenstans,stöld,3\n",
    ]
    expected = [
        (date(2022, 3, 1), date(2022, 5, 1)),
        (date(2021, 11, 1), date(2022, 5, 1)),
        (date(2021, 11, 1), date(2022, 5, 1)),
        (date(2021, 11, 1), date(2023, 2, 1)),
        (date(2021, 11, 1), date(2023, 2, 1)),
    ]
    for text, want in zip(files, expected, strict=True):
        run(base, text)
        kept, scanned = spans()
        assert kept == scanned == want


def test_import_is_logged(base):
    run(base, CANONICAL_CRIMES, name="brott-2022.csv", user="anna")
    run(
        base, "månad,område,brottstyp,antal\n2022-13,Centrum,stöld,1\n", name="fel.csv", user="anna"
    )
    with base.connect() as conn:
        log = conn.execute(sa.select(schema.import_log).order_by(schema.import_log.c.id)).all()
    last_two = [(r.user, r.filename, r.kind, r.rows, r.outcome) for r in log[-2:]]
    assert last_two == [
        ("anna", "brott-2022.csv", "brott", 2, "imported"),
        ("anna", "fel.csv", "brott", 1, "rejected"),
    ]
    assert len(log[-1].sha256) == 64


def test_reader_keeps_line_numbers_across_blank_and_quoted_lines():
    table = read_table(b'a,b\n\n"x\ny",1\nz,2\n')
    assert [line for line, _ in table.rows] == [3, 5]
