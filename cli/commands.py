"""The command line: ``medborgarlofte`` or ``python -m dashboard``, one sub-command per job.

Exit status: 0 done, 1 the data was rejected or the change refused (nothing written),
2 usage, an unknown id or an unreadable file, always with a message on stderr.
``--lang sv|en`` before or after the command sets the language of every message and
of the help (``parser``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import sqlalchemy.exc

from cli import accounts as account_commands
from cli import data, history, maintenance, parser, report_pdf
from dashboard import contract
from dashboard.i18n import DEFAULT_LANG, LANGS, t

COMMANDS = {
    "import": data.cmd_import,
    "export": data.cmd_export,
    "summary": data.cmd_summary,
    "history": history.cmd_history,
    "undo": history.cmd_undo,
    "report": report_pdf.cmd_report,
    **maintenance.COMMANDS,
    **account_commands.COMMANDS,
}
DEFAULT_PROG = "python -m dashboard"


def kinds_text(lang: str) -> str:
    """One line per kind of CSV file: its name, what it holds, its required columns."""
    lines = [t("cli.kinds", lang)]
    for kind in contract.KINDS:
        spec = contract.KIND_SPECS[kind]
        either = {name: "|".join(group) for group in spec.one_of for name in group}
        names = [either.get(c.name, c.name) for c in spec.columns if c.required or c.name in either]
        columns = ", ".join(dict.fromkeys(names))
        lines.append(f"  {kind:<16} {t(f'kind.{kind}', lang)}: {columns}")
    return "\n".join(lines)


def build_parser(lang: str = DEFAULT_LANG, prog: str = DEFAULT_PROG) -> argparse.ArgumentParser:
    """The whole command line in ``lang``: every command, its options and help."""
    main = parser.Parser(
        prog=prog,
        lang=lang,
        description=t("cli.about", lang),
        epilog="\n\n".join(
            (
                kinds_text(lang),
                t("cli.exit_codes", lang),
                t("cli.more_help", lang, prog=prog),
            )
        ),
    )
    main.add_argument("--lang", choices=LANGS, help=t("cli.opt_lang", lang))
    # Shown in every command's help; split_lang has taken the option out before parsing.
    common = parser.Parser(lang=lang, add_help=False)
    group = common.add_argument_group(t("cli.common_options", lang))
    group.add_argument("--lang", choices=LANGS, help=t("cli.opt_lang", lang))
    sub = main.add_subparsers(
        dest="command",
        required=True,
        metavar=t("cli.meta_command", lang),
        title=t("cli.commands", lang),
    )
    data.add_parsers(sub, common, lang)
    history.add_parsers(sub, common, lang)
    maintenance.add_parsers(sub, common, lang)
    report_pdf.add_parser(sub, common, lang)
    account_commands.add_parsers(sub, common, lang)
    return main


def _prog() -> str:
    """How the user called us: ``medborgarlofte`` (the installed command) or
    ``python -m dashboard``."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return DEFAULT_PROG if name in ("", "__main__.py", "-c") or name.endswith(".py") else name


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run the command line; returns the exit status (argparse's usage errors raise
    ``SystemExit(2)`` after their message, as argparse does)."""
    prog = prog or _prog()
    try:
        lang, rest = parser.split_lang(sys.argv[1:] if argv is None else argv)
    except parser.LangError as err:
        print(f"{prog}: {t('cli.bad_lang', DEFAULT_LANG, value=err.value or '')}", file=sys.stderr)
        raise SystemExit(2) from None
    lang = lang or DEFAULT_LANG
    args = build_parser(lang, prog).parse_args(rest)
    try:
        return COMMANDS[args.command](args, lang)
    except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.ArgumentError) as err:
        # A DATABASE_URL that cannot be parsed or reached: a usage problem, not the data's.
        detail = str(getattr(err, "orig", None) or err).strip().splitlines()[0][:200]
        print(t("cli.database_error", lang, detail=detail), file=sys.stderr)
        return 2


#: The status of a command whose reader went away (``… | head``): what the shell reports
#: for a tool stopped by SIGPIPE (128 + 13), so that 1 keeps meaning rejected data.
CLOSED_PIPE = 141


def run(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """``main`` as a process runs it: output cut short by a closed pipe (``summary | head``)
    ends quietly with ``CLOSED_PIPE``, not with a traceback."""
    try:
        try:
            return main(argv, prog)
        finally:
            sys.stdout.flush()  # a reader that left after the last line shows here
    except BrokenPipeError:
        # Python's advice (the signal module's documentation): point stdout at devnull so
        # that the interpreter's own flush at exit does not fail once more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return CLOSED_PIPE


def entry_point() -> int:
    """``medborgarlofte`` (``[project.scripts]`` in pyproject.toml)."""
    return run(prog="medborgarlofte")
