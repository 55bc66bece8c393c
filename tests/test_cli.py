"""The command line of the contract: import, export, summary --json, demo; exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import snapshot

from cli.commands import main
from dashboard import contract
from dashboard.config import DEMO_DIR
from dashboard.storage import database, schema

DEMO_FILES = sorted(DEMO_DIR.glob("*.csv"))
EXCEL_DIR = DEMO_DIR / "excel-sv"


def test_demo_then_summary_json(cli_db, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["summary", "--json", "--per", "2022-06-30"]) == 0
    payload = json.loads(capsys.readouterr().out)
    items = {c["id"]: c for c in payload["commitments"]}
    assert len(items) == 11
    p1 = items["P1"]
    for key in ("id", "part", "target", "achieved", "progress", "expected", "status"):
        assert key in p1
    # P1 runs 2022-03-01..2022-12-31 (306 days); on 2022-06-30, 122 days have passed.
    assert p1["expected"] == pytest.approx(122 / 306, abs=1e-4)
    assert p1["progress"] == pytest.approx(p1["achieved"] / 150, abs=1e-4)
    assert payload["filters"]["as_of"] == "2022-06-30"
    assert {c["status"] for c in items.values()} <= {"green", "amber", "red", "not_started"}


def test_summary_filters(cli_db, capsys):
    main(["demo"])
    capsys.readouterr()
    main(["summary", "--json", "--part", "Polisen", "--ar", "2022"])
    payload = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in payload["commitments"]] == ["P1", "P2", "P3"]
    assert payload["filters"]["part"] == "Polisen" and payload["filters"]["year"] == 2022
    main(["summary", "--json", "--omrade", "Busstationen"])
    payload = json.loads(capsys.readouterr().out)
    assert "P1" in [c["id"] for c in payload["commitments"]]
    assert all("Busstationen" in c["areas"] for c in payload["commitments"])


def test_export_import_round_trip(cli_db, tmp_path, capsys):
    main(["demo"])
    before = snapshot(cli_db)
    exported = []
    for kind in contract.KINDS:
        out = tmp_path / f"{kind}.csv"
        assert main(["export", kind, "-o", str(out)]) == 0
        exported.append(out)
    # Into an empty database: the same content.
    schema.metadata.drop_all(cli_db)
    database.dispose_all()
    assert main(["import", *map(str, exported)]) == 0
    assert (
        snapshot(database.get_engine(str(cli_db.url.render_as_string(hide_password=False))))
        == before
    )


def test_excel_saved_demo_files_store_the_same_content(cli_db, tmp_path, capsys):
    assert main(["import", *map(str, DEMO_FILES)]) == 0
    canonical = snapshot(cli_db)
    schema.metadata.drop_all(cli_db)
    database.dispose_all()
    url = cli_db.url.render_as_string(hide_password=False)
    excel = sorted(EXCEL_DIR.glob("*.csv"))
    assert excel and excel[0].read_bytes().count(b"\r\n") > 0
    assert main(["import", *map(str, excel)]) == 0
    assert snapshot(database.get_engine(url)) == canonical


def test_exit_codes(cli_db, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("månad,område,brottstyp,antal\n2022-13,Centrum,stöld,1\n", encoding="utf-8")
    binary = tmp_path / "book.xlsx"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary\x00\x00")
    main(["demo"])
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "rad 2, kolumn månad, värde »2022-13«" in err
    assert main(["--lang", "en", "import", str(bad)]) == 1
    assert "line 2, column månad" in capsys.readouterr().err
    assert main(["import", str(binary)]) == 2
    assert main(["import", str(tmp_path / "missing.csv")]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["import"])
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as kind:
        main(["import", "--kind", "nonsense", str(bad)])
    assert kind.value.code == 2


def test_dry_run_writes_nothing(cli_db, capsys):
    before = snapshot(cli_db)
    assert main(["import", "--dry-run", *map(str, DEMO_FILES)]) == 0
    assert snapshot(cli_db) == before
    out = capsys.readouterr().out
    assert "Provkörning" in out
    assert "brott.csv: anmälda brott, 3696 rader felfria: skulle ge 3696 nya" in out
    assert "inte sparad" not in out


def test_demo_twice_changes_nothing(cli_db, capsys):
    main(["demo"])
    state = snapshot(cli_db)
    with database.read_snapshot(cli_db) as conn:
        version = database.data_version(conn)
    assert main(["demo"]) == 0
    assert snapshot(cli_db) == state
    with database.read_snapshot(cli_db) as conn:
        assert database.data_version(conn) == version
    assert "inget ändrades" in capsys.readouterr().out


def test_schema_version_is_recorded(cli_db):
    with database.read_snapshot(cli_db) as conn:
        assert database.schema_version(conn) == database.SCHEMA_VERSION


def test_module_entry_point_runs(tmp_path):
    import subprocess
    import sys

    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite'}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "summary", "--json"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["commitments"] == []
