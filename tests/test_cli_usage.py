"""The command line as a user meets it: help, ``--lang`` anywhere, refusals explained on
stderr with the contract's exit status, the installed command, copy-db and demo --scale."""

from __future__ import annotations

import argparse
import importlib
import json
import re
import tomllib
from pathlib import Path

import pytest

from cli import commands, parser
from cli.commands import main
from dashboard import contract
from dashboard.demo import skara_files
from dashboard.storage import database

ROOT = Path(__file__).resolve().parent.parent
# The contract's command line (CONTRACT.md) and its kinds of file.
CONTRACT_COMMANDS = ("import", "export", "history", "undo", "summary", "report", "demo", "user")
CONTRACT_KINDS = (
    "omraden",
    "loften",
    "aktiviteter",
    "brott",
    "enkat",
    "uppfoljning",
    "kommunstatistik",
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one command line (usage errors included)."""
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


# --- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_help_lists_every_command_and_kind_with_a_line_each(capsys, lang):
    code, out, err = run(capsys, "--help", "--lang", lang)
    assert code == 0 and err == ""
    lines = out.splitlines()
    for command in (*commands.COMMANDS, *CONTRACT_COMMANDS):
        line = next((x for x in lines if re.match(rf"^\s+{re.escape(command)}\s+\S", x)), None)
        assert line, f"{command} has no line of its own in --help"
    for kind in (*contract.KINDS, *CONTRACT_KINDS):
        assert re.search(rf"^\s+{kind}\s+\S.*: ", out, re.M), f"kind {kind} not listed"
    assert re.search(r"^\s+brott\s.*månad\|datum, område, brottstyp", out, re.M)
    assert ("Slutstatus" if lang == "sv" else "Exit status") in out
    assert ("användning:" if lang == "sv" else "usage:") in out


def test_help_is_in_the_interface_language(capsys):
    _, swedish, _ = run(capsys, "--help")
    _, english, _ = run(capsys, "--help", "--lang=en")
    assert "kommandon:" in swedish and "visa den här hjälpen" in swedish
    assert "commands:" in english and "show this help" in english
    assert "usage:" not in swedish and "användning" not in english


def sub_commands(parent: argparse.ArgumentParser, path=()):
    """Every command and sub-command of the parser, as argument lists."""
    for action in parent._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*path, name), child
                yield from sub_commands(child, (*path, name))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_command_has_its_own_help(capsys, lang):
    found = list(sub_commands(commands.build_parser(lang)))
    assert {p[0] for p, _ in found} == set(commands.COMMANDS)
    for path, child in found:
        code, out, err = run(capsys, *path, "--help", "--lang", lang)
        assert code == 0 and err == "", path
        assert out.startswith("användning:" if lang == "sv" else "usage:"), path
        assert child.description and child.description.split()[0] in out, path
        for action in child._actions:  # every option and argument explained
            if action.help != argparse.SUPPRESS and action.dest not in ("command", "action"):
                assert action.help, (path, action.dest)


def test_installed_command_and_module_share_the_entry_point(capsys, monkeypatch):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["build-system"]["build-backend"]
    target = project["project"]["scripts"]["medborgarlofte"]
    module, _, name = target.partition(":")
    entry = getattr(importlib.import_module(module), name)
    monkeypatch.setattr("sys.argv", ["medborgarlofte", "--help"])
    with pytest.raises(SystemExit) as done:
        entry()
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("användning: medborgarlofte ")
    monkeypatch.setattr("sys.argv", ["/usr/lib/python3/dashboard/__main__.py", "frob"])
    with pytest.raises(SystemExit):
        main()
    assert "Se python -m dashboard --help." in capsys.readouterr().err


# --- --lang -------------------------------------------------------------------------------


def test_split_lang_takes_the_option_from_anywhere():
    assert parser.split_lang(["summary", "--lang", "en", "--json"]) == ("en", ["summary", "--json"])
    assert parser.split_lang(["--lang=EN", "history"]) == ("en", ["history"])
    assert parser.split_lang(["--lang", "en", "x", "--lang", "sv"]) == ("sv", ["x"])
    assert parser.split_lang(["import", "--", "--lang"]) == (None, ["import", "--", "--lang"])
    for bad in (["--lang"], ["--lang", "de"], ["--lang="]):
        with pytest.raises(parser.LangError):
            parser.split_lang(bad)


def test_lang_before_or_after_every_command(cli_db, capsys):
    assert run(capsys, "demo")[0] == 0
    for argv in (
        ["summary", "--per", "2022-06"],
        ["history", "--limit", "2"],
        ["user", "list"],
        ["token", "list"],
        ["undo", "999"],
    ):
        before = run(capsys, "--lang", "en", *argv)
        after = run(capsys, *argv, "--lang", "en")
        assert before == after, argv
    code, out, _ = run(capsys, "summary", "--per", "2022-06", "--lang", "en")
    assert code == 0 and "expected" in out and "Municipality" in out and "Police" in out
    assert "väntat" not in out and "Kommunen" not in out and "Polisen" not in out
    assert re.search(r"On track|Behind|Slightly behind", out)
    code, out, _ = run(capsys, "summary", "--per", "2022-06")
    assert "väntat" in out and "Kommunen" in out


# --- refusals: a message on stderr, the contract's exit status ------------------------------

USAGE = [
    # argv, a part of the Swedish message, a part of the English one
    (["summary", "--per", "2022-13"], "»2022-13« är varken ett datum", "\u201c2022-13\u201d is neither"),
    (["summary", "--ar", "20x"], "»20x« är inget år", "\u201c20x\u201d is not a year"),
    (["undo", "abc"], "»abc« är inget heltal", "\u201cabc\u201d is not a whole number"),
    (["history", "--limit", "0"], "»0« är inget heltal från 1", "at least 1"),
    (["history", "--prune-before", "igår"], "»igår« är inget datum", "is not a date"),
    (["import", "--kind", "x", "a.csv"], "okänd sort x; tillåtna är omraden", "unknown kind x"),
    (["import", "--brottstyp", "x", "a.csv"], "okänd brottstyp »x«", "unknown crime category"),
    (["import"], "det här saknas: FIL", "the following are required: FILE"),
    (["export"], "det här saknas: SLAG", "the following are required: KIND"),
    (["frob"], "ogiltigt val 'frob'", "invalid choice 'frob'"),
    ([], "det här saknas: KOMMANDO", "the following are required: COMMAND"),
    (["summary", "--nonsense"], "okända argument: --nonsense", "unrecognised arguments"),
    (["user", "add", "bo"], "det här saknas: --role", "the following are required: --role"),
    (["user", "add", "bo", "--role", "boss"], "ogiltigt val 'boss'", "invalid choice 'boss'"),
    (["summary", "--omrade"], "ett värde saknas", "a value is missing"),
    (["user", "change", "bo", "--kommun", "Skara", "--all-kommuner"], "går inte ihop med", "not allowed together"),
    (["token", "revoke", "-1"], "inget heltal", "whole number"),
    (["demo", "some-dir"], "OUT_DIR och --load hör till --scale", "go with --scale"),
    (["demo", "--scale", "region"], "--scale behöver en OUT_DIR utanför", "needs an OUT_DIR"),
    (["report", "-o", "r.pdf", "--till", "juni"], "--till juni är inte en månad", "not a month"),
    (["import", "no-such-file.csv"], "no-such-file.csv", "no-such-file.csv"),
    (["--lang", "de", "summary"], "välj sv eller en", "choose sv or en"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "sv", "en"), USAGE, ids=lambda v: " ".join(v)[:40] if isinstance(v, list) else None
)
def test_usage_errors_say_why_and_exit_2(tmp_path, monkeypatch, capsys, argv, sv, en):
    # Refused before any database is opened: one on SQLite stands by all the same.
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'unused.sqlite'}")
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and sv in err, err
    if argv[:1] != ["--lang"]:
        code, out, err = run(capsys, *argv, "--lang", "en")
        assert code == 2 and out == "" and en in err, err


def test_argparse_messages_are_translated():
    assert parser.translate("unrecognized arguments: --x y", "sv") == "okända argument: --x y"
    assert (
        parser.translate("argument --ar: expected one argument", "sv") == "--ar: ett värde saknas"
    )
    assert parser.translate("argument KIND: invalid choice: 'x' (choose from 'a', 'b')", "sv") == (
        "KIND: ogiltigt val 'x' (välj bland 'a', 'b')"
    )
    assert parser.translate("one of the arguments --a --b is required", "en") == (
        "one of the arguments --a --b is required"
    )
    # A message argparse may add one day passes unchanged rather than vanish.
    assert parser.translate("something new", "sv") == "something new"
    assert parser.translate("argument --x: something new", "sv") == "--x: something new"


def test_refusals_of_the_data_or_the_database(cli_db, capsys, tmp_path, monkeypatch):
    assert run(capsys, "demo")[0] == 0
    code, _, err = run(capsys, "undo", "999")
    assert code == 2 and "999" in err
    code, _, err = run(capsys, "export", "brott", "-o", str(tmp_path / "no" / "dir" / "b.csv"))
    assert code == 2 and "Kan inte skriva" in err and "b.csv" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("månad,område,brottstyp,antal\n2022-13,Centrum,stöld,1\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad), "--lang", "en")
    assert code == 1 and out == "" and "line 2, column månad" in err
    monkeypatch.setenv("DATABASE_URL", "nonsense://")
    database.dispose_all()
    code, out, err = run(capsys, "summary", "--lang", "en")
    assert code == 2 and out == "" and "The database (DATABASE_URL) cannot be opened" in err


# --- the sub-commands this round added ------------------------------------------------------


def test_import_passes_year_and_category_of_official_statistics(cli_db, capsys, tmp_path):
    run(capsys, "demo")
    scb = tmp_path / "skara.csv"
    scb.write_text("Kommun;Antal;Per 100 000 inv.\nSkara;321;1650\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(scb), "--kind", "kommunstatistik", "--lang", "en")
    assert code == 1 and "--ar" in err and "--brottstyp" in err
    argv = ["import", str(scb), "--kind", "kommunstatistik", "--ar", "2021", "--brottstyp"]
    assert run(capsys, *argv, "Stöld- och tillgreppsbrott")[0] == 0
    code, out, _ = run(capsys, "export", "kommunstatistik")
    assert code == 0 and re.search(r"^Skara,\d*,2021,stöld,321,", out, re.M)


def test_copy_db(cli_db, capsys, tmp_path):
    run(capsys, "demo")
    target = f"sqlite:///{tmp_path / 'copy.sqlite'}"
    code, out, err = run(capsys, "copy-db", "--to", target)
    assert code == 0 and re.search(r"^crimes\s+\d+$", out, re.M) and "Klart:" in err
    code, out, err = run(capsys, "copy-db", "--to", target, "--lang", "en")
    assert code == 1 and out == "" and "already holds data" in err and "nothing was copied" in err
    url = cli_db.url.render_as_string(hide_password=False)
    code, _, err = run(capsys, "copy-db", "--from", url, "--to", url)
    assert code == 2 and "samma databas" in err


def test_copy_db_names_the_database_that_cannot_be_opened(cli_db, capsys, tmp_path):
    """Not "DATABASE_URL" for a target that cannot be reached: the side that fails."""
    url = cli_db.url.render_as_string(hide_password=False)
    bad = "postgresql+psycopg://nobody:wrong@127.0.0.1:1/none"
    code, out, err = run(capsys, "copy-db", "--to", bad, "--lang", "en")
    assert code == 2 and out == ""
    assert err.startswith("The database in --to cannot be opened: ") and "DATABASE_URL" not in err
    code, _, err = run(capsys, "copy-db", "--from", bad, "--to", f"sqlite:///{tmp_path / 'c.db'}")
    assert code == 2 and err.startswith("Databasen i --from kan inte öppnas: ")
    assert not (tmp_path / "c.db").exists()  # nothing was made before the refusal
    code, _, err = run(capsys, "copy-db", "--from", url, "--to", "nonsense://")
    assert code == 2 and err.startswith("Databasen i --to kan inte öppnas: ")


def test_output_cut_short_by_a_closed_pipe_ends_quietly(tmp_path):
    """``medborgarlofte summary | head -1``: no traceback when the reader goes away."""
    import subprocess
    import sys

    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite'}", "PATH": "/usr/bin:/bin"}
    done = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "summary", "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    done.stdout.close()  # before the interpreter has started: every write meets a closed pipe
    err = done.stderr.read().decode()
    assert done.wait(timeout=60) == commands.CLOSED_PIPE, err
    assert err == ""


def test_demo_scale_writes_and_loads(cli_db, capsys, tmp_path, monkeypatch):
    from dashboard.demo import command

    # The Skara files stand in for a region's (which take minutes): the same wiring.
    monkeypatch.setattr(
        command.scale_files, "generate_big", lambda out, scale, seed: skara_files.generate(out)
    )
    out_dir = tmp_path / "region"
    code, out, err = run(
        capsys, "demo", "--scale", "region", str(out_dir), "--load", "--lang", "en"
    )
    assert code == 0, err
    assert f"region: 49 kommuner in {out_dir}" in out and "imported: " in err
    code, out, _ = run(capsys, "summary", "--json", "--per", "2022-12")
    assert len(json.loads(out)["commitments"]) == 11
    inside = ROOT / "data" / "scratch"
    code, _, err = run(capsys, "demo", "--scale", "nation", str(inside))
    assert code == 2 and "utanför projektets katalog" in err and not inside.exists()


def test_old_entry_points_still_work(capsys):
    from dashboard.demo import command

    with pytest.raises(SystemExit) as done:
        command.main(["--help"])
    assert done.value.code == 0 and "--scale" in capsys.readouterr().out
