"""``history`` and ``undo`` on the command line: every import listed with its fields,
undo of the last import gives every export back as it was, undo refused (exit 1,
naming the later import) when a later import changed the same figures, exit 2 for an
unknown id, and undo of an undo redoes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from conftest import snapshot, stored_crimes
from import_support import counts_file, data_state, log_rows, run

from cli import main
from dashboard import contract
from dashboard.ingest.undo import undo_import

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {"id", "when", "who", "file", "sha256", "kind", "rows", "outcome", "undone"}

# One file of each kind that adds, changes and (crimes, surveys, activities) removes
# figures of the demo data.
EVERY_KIND = {
    "omraden.csv": "område,kommun,typ,ingår_i,invånare\n"
    "Norr,Skara,bostadsområde,,1200\nCentrum,Skara,centrum,,2650\n",
    "loften.csv": "löfte_id,år,part,löfte,indikator,mål,enhet,målregel,start,slut,område\n"
    "K8,2022,Kommunen,Vandra i Norr,vandringar,2,vandringar,antal,,,Norr\n"
    "P1,2022,Polisen,Fotpatrullering,fotpatrullpass,160,pass,antal,2022-03-01,2022-12-31,"
    "Busstationen|Hötorget\n",
    "aktiviteter.csv": "datum,löfte_id,antal,område,utförare,kommentar\n"
    "2022-03-01,K8,1,Norr,Kommunen,första\n2022-03-02,P1,3,Hötorget,Polisen,\n",
    "uppfoljning.csv": "datum,löfte_id,status,kommentar\n2022-03-15,K8,gul,på gång\n"
    "2022-03-15,P1,röd,ändrad\n",
    "brott.csv": "datum,område,brottstyp\n2022-02-03,Norr,stöld\n2022-03-04,Centrum,våld\n"
    "2022-05-06,Centrum,våld\n",
    "enkat.csv": "år,område,indikator,värde,skala,antal_svar,urval\n"
    "2022,Norr,otrygg_kvall,40,andel,100,slumpmässigt\n"
    "2022,Skara,otrygg_kvall,24.5,andel,,självselekterat\n",
    # Official statistics as Brå publishes them: year and category in the file's name.
    "anmalda_brott_2022_stold.csv": "Kommun;Antal;Per 100 000 inv.\r\n"
    "Skara kommun;731;3 800\r\nHela landet;..;..\r\n",
}


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def exports(capsys) -> dict[str, str]:
    """``export KIND`` of every kind."""
    found = {}
    for kind in contract.KINDS:
        code, out, _ = cli(capsys, "export", kind)
        assert code == 0
        found[kind] = out
    return found


def history(capsys) -> list[dict]:
    code, out, _ = cli(capsys, "history", "--json")
    assert code == 0
    return json.loads(out)


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def demo(cli_db, capsys):
    assert cli(capsys, "demo")[0] == 0
    return cli_db


def test_history_lists_every_import_newest_first_with_its_fields(demo, tmp_path, capsys):
    text = counts_file({("2022-01", "Centrum", "stöld"): 99})
    good = write(tmp_path, "rättelse.csv", text)
    bad = write(tmp_path, "fel.csv", counts_file({("2022-13", "Centrum", "stöld"): 1}))
    assert cli(capsys, "import", good, "--user", "anna")[0] == 0
    assert cli(capsys, "import", bad, "--user", "bo")[0] == 1
    listed = history(capsys)
    demo_imports = len(contract.KINDS)  # one per kind
    assert [e["id"] for e in listed] == list(range(demo_imports + 2, 0, -1))
    for item in listed:
        assert set(item) >= FIELDS, item
        datetime.fromisoformat(item["when"])
        assert len(item["sha256"]) == 64 and item["undone"] is False
    rejected, imported = listed[0], listed[1]
    assert (rejected["who"], rejected["file"], rejected["outcome"]) == ("bo", "fel.csv", "rejected")
    assert imported == imported | {
        "id": demo_imports + 1,
        "who": "anna",
        "file": "rättelse.csv",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "kind": "brott",
        "rows": 1,
        "outcome": "imported",
        "undone": False,
    }
    assert [e["kind"] for e in listed[2:]] == list(reversed(contract.KINDS))
    assert {e["who"] for e in listed[2:]} == {"demo"}
    code, out, _ = cli(capsys, "history", "--limit", "2")
    assert code == 0 and len(out.strip().splitlines()) == 2 and "rättelse.csv" in out
    # The module entry point answers the same, in a process of its own.
    env = dict(os.environ, DATABASE_URL=os.environ["DATABASE_URL"])
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "history", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == listed


def test_undo_of_the_last_import_gives_every_export_back(demo, tmp_path, capsys):
    before = exports(capsys)
    text = "datum,område,brottstyp\n2022-02-03,Centrum,stöld\n2022-05-06,Centrum,stöld\n"
    path = write(tmp_path, "enstaka.csv", text)
    code, out, _ = cli(capsys, "import", path)
    assert code == 0 and "2 borttagna" in out  # March and April: no crime in it
    (last,) = history(capsys)[:1]
    assert exports(capsys)["brott"] != before["brott"]
    code, out, err = cli(capsys, "undo", str(last["id"]), "--user", "anna")
    assert code == 0, err
    assert f"Import {last['id']} (enstaka.csv) är ångrad" in out
    assert exports(capsys) == before
    undo, target = history(capsys)[:2]
    assert undo | {"outcome": "undo", "who": "anna", "undo_of": last["id"]} == undo
    assert target["id"] == last["id"] and target["undone"] is True
    assert target["undone_by"] == undo["id"]


def test_imports_of_every_kind_undone_newest_first_give_every_export_back(demo, tmp_path, capsys):
    before, state = exports(capsys), data_state(demo)
    paths = [write(tmp_path, name, text) for name, text in EVERY_KIND.items()]
    code, out, err = cli(capsys, "import", *paths, "--user", "anna")
    assert code == 0, err
    assert out.count("importerade") == len(EVERY_KIND)
    imports = history(capsys)[: len(EVERY_KIND)]
    assert {e["kind"] for e in imports} == set(contract.KINDS)
    changed = exports(capsys)
    assert all(changed[kind] != before[kind] for kind in contract.KINDS)
    for entry in imports:  # newest first
        code, out, err = cli(capsys, "undo", str(entry["id"]))
        assert code == 0, (entry, err)
    assert exports(capsys) == before
    assert data_state(demo) == state


def test_undo_is_refused_while_a_later_import_changed_the_same_figures(demo, tmp_path, capsys):
    before = exports(capsys)
    first = write(tmp_path, "a.csv", counts_file({("2022-01", "Centrum", "stöld"): 50}))
    later = write(
        tmp_path,
        "b.csv",
        counts_file({("2022-01", "Centrum", "stöld"): 60, ("2022-01", "Centrum", "våld"): 9}),
    )
    other = write(tmp_path, "c.csv", counts_file({("2022-01", "Hötorget", "stöld"): 70}))
    for path in (first, later, other):
        assert cli(capsys, "import", path)[0] == 0
    a, b, c = (e["id"] for e in reversed(history(capsys)[:3]))
    state, logged = snapshot(demo), len(log_rows(demo))
    for lang, words in (("sv", "ångra den först"), ("en", "undo that one first")):
        code, out, err = cli(capsys, "undo", str(a), "--lang", lang)
        assert code == 1 and out == ""
        assert f"{b} (b.csv)" in err and words in err
    assert snapshot(demo) == state and len(log_rows(demo)) == logged
    # C changed other figures: it does not stand in the way. B undone, A can go.
    assert cli(capsys, "undo", str(b))[0] == 0
    assert cli(capsys, "undo", str(a))[0] == 0
    assert cli(capsys, "undo", str(c))[0] == 0
    assert exports(capsys) == before


def test_unknown_or_unwritten_ids_and_undoing_twice(demo, tmp_path, capsys):
    state = snapshot(demo)
    code, out, err = cli(capsys, "undo", "999")
    assert code == 2 and out == "" and "999" in err and "history" in err
    code, _, err = cli(capsys, "undo", "999", "--lang", "en")
    assert code == 2 and "there is no import number 999" in err
    with pytest.raises(SystemExit) as usage:
        main(["undo", "abc"])
    assert usage.value.code == 2
    bad = write(tmp_path, "fel.csv", counts_file({("2022-13", "Centrum", "stöld"): 1}))
    assert cli(capsys, "import", bad)[0] == 1
    rejected = history(capsys)[0]["id"]
    code, _, err = cli(capsys, "undo", str(rejected))
    assert code == 1 and "skrev inget" in err
    assert snapshot(demo) == state
    assert cli(capsys, "undo", "5")[0] == 0  # the demo's crimes
    code, _, err = cli(capsys, "undo", "5")
    assert code == 1 and "redan ångrad" in err


def test_undo_of_an_undo_redoes(demo, tmp_path, capsys):
    before = exports(capsys)
    path = write(tmp_path, "a.csv", counts_file({("2022-01", "Centrum", "stöld"): 50}))
    assert cli(capsys, "import", path)[0] == 0
    imported = history(capsys)[0]["id"]
    after = exports(capsys)
    assert cli(capsys, "undo", str(imported))[0] == 0
    undo = history(capsys)[0]["id"]
    assert exports(capsys) == before
    code, out, _ = cli(capsys, "undo", str(undo))
    assert code == 0 and f"Import {undo}" in out
    redo = history(capsys)[0]
    assert redo["undo_of"] == undo and exports(capsys) == after
    # The import counts as undone still (by the first undo): the redo is what to undo now.
    assert cli(capsys, "undo", str(imported))[0] == 1
    assert cli(capsys, "undo", str(redo["id"]))[0] == 0
    assert exports(capsys) == before


def test_a_dry_run_says_what_undo_would_do_and_writes_nothing(demo, capsys):
    state, logged = snapshot(demo), len(log_rows(demo))
    code, out, _ = cli(capsys, "undo", "6", "--dry-run")
    assert code == 0 and "skulle ge 0 återställda, 0 tillbaka som de var, 242 borttagna" in out
    assert snapshot(demo) == state and len(log_rows(demo)) == logged


def test_figures_of_a_removed_area_never_land_on_another_area(base):
    """The history names areas by id; ids are never given again (schema version 7), so
    redoing figures of an area that undo removed and added back is refused, never written
    to the area that came in between (SQLite used to give that one the old id)."""
    area = run(base, "område,kommun\nNorr,Skara\n").files[0].import_id
    crimes = run(base, counts_file({("2022-01", "Norr", "stöld"): 4})).files[0].import_id
    crimes_undone = undo_import(base, crimes, user="a")
    area_undone = undo_import(base, area, user="a")
    assert crimes_undone.ok and area_undone.ok
    assert run(base, "område,kommun\nSöder,Skara\n").written  # never Norr's old id
    assert undo_import(base, area_undone.import_id, user="a").ok  # Norr is back, a new id
    redo = undo_import(base, crimes_undone.import_id, user="a")
    assert not redo.ok and redo.refusal == "undo.in_use"
    assert stored_crimes(base) == {}
