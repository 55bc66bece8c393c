"""The command line: ``python -m dashboard import|export|history|undo|summary|demo|
report|user|token``.

Exit status: 0 done, 1 the data was rejected or the change refused (nothing written),
2 usage, an unknown id or an unreadable file. ``--lang sv|en`` before or after the command.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from cli import history as history_commands
from cli.accounts import COMMANDS as ACCOUNT_COMMANDS
from cli.accounts import add_parsers as add_account_parsers
from cli.report_pdf import add_parser as add_report_parser
from cli.report_pdf import cmd_report
from dashboard import accounts, contract
from dashboard.analysis.commitments import Filters, load_commitments
from dashboard.config import DEMO_DIR, settings
from dashboard.i18n import lang_of, t
from dashboard.ingest.export import export_kind
from dashboard.ingest.pipeline import current_user, import_files
from dashboard.ingest.values import CellError, parse_month
from dashboard.storage import database


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--lang", default=None, help="sv (default) or en")
    # The same option after the command: it wins over one before.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", default=argparse.SUPPRESS, help="sv (default) or en")
    sub = parser.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", parents=[common], help="import CSV files (all or nothing)")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--kind", help="kind of file where the header is ambiguous")
    imp.add_argument("--dry-run", action="store_true", help="validate and preview only")
    imp.add_argument(
        "--user", help="name recorded in the import log; an account's kommun limits apply"
    )
    imp.add_argument(
        "--allow-period",
        action="store_true",
        help="accept dates outside the plausible period (20 years back to this month)",
    )
    history_commands.add_parsers(sub, common)

    exp = sub.add_parser("export", parents=[common], help="write one kind as canonical CSV")
    exp.add_argument("kind")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")

    summ = sub.add_parser("summary", parents=[common], help="progress per commitment")
    summ.add_argument("--omrade", action="append", default=[], help="area (repeatable)")
    summ.add_argument("--part", help="party or partner")
    summ.add_argument("--ar", type=int, help="year of the promise")
    summ.add_argument("--per", help="judge as of this date (YYYY-MM-DD or YYYY-MM)")
    summ.add_argument("--kommun", help="municipality (default: the configured one)")
    summ.add_argument("--json", action="store_true", help="print JSON")

    demo = sub.add_parser("demo", parents=[common], help="(re)load the bundled demo data")
    demo.add_argument("--dir", type=Path, default=DEMO_DIR, help=argparse.SUPPRESS)
    add_account_parsers(sub)  # user add|list|remove, token create|list|revoke
    add_report_parser(sub)  # report -o FILE.pdf [filters]
    return parser


def _kind(name: str | None, lang: str) -> str | None:
    if name is None:
        return None
    kind = contract.KIND_ALIASES.get(contract.fold(name))
    if kind is None:
        allowed = ", ".join(contract.KINDS)
        print(t("err.unknown_kind_name", lang, kind=name, allowed=allowed), file=sys.stderr)
        raise SystemExit(2)
    return kind


def _as_of(text: str | None) -> date | None:
    """A date, or the last day of a month given as YYYY-MM."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        year, month = parse_month(text)
    except CellError:
        raise SystemExit(2) from None
    next_month = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(next_month.toordinal() - 1)


def _limits(engine, name: str | None) -> frozenset[str] | None:
    """The kommuner the account ``name`` may change (None: all, or no such account:
    then the name is only recorded in the log, as before accounts)."""
    if not name:
        return None
    found = next((u for u in accounts.list_users(engine) if u["name"] == name), None)
    return found["kommuner"] if found else None


def cmd_import(args, lang: str) -> int:
    files = []
    for path in args.files:
        try:
            files.append((path.name, path.read_bytes()))
        except OSError as err:
            print(t("err.unreadable", lang, detail=f"{path}: {err.strerror}"), file=sys.stderr)
            return 2
    engine = database.get_engine(settings().database_url)
    result = import_files(
        engine,
        files,
        kind=_kind(args.kind, lang),
        dry_run=args.dry_run,
        user=args.user,
        kommuner=_limits(engine, args.user),
        allow_period=args.allow_period,
    )
    stream = sys.stdout if result.ok else sys.stderr
    for line in result.messages(lang):
        print(line, file=stream)
    return result.exit_code


def cmd_export(args, lang: str) -> int:
    kind = _kind(args.kind, lang)
    engine = database.get_engine(settings().database_url)
    with database.read_snapshot(engine) as conn:
        text = export_kind(conn, kind)
    if args.output:
        args.output.write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return 0


def cmd_summary(args, lang: str) -> int:
    engine = database.get_engine(settings().database_url)
    filters = Filters(
        kommun=args.kommun or settings().kommun,
        areas=tuple(contract.slug(a) for a in args.omrade),
        part=args.part,
        year=args.ar,
        as_of=_as_of(args.per),
    )
    with database.read_snapshot(engine) as conn:
        items = load_commitments(conn, filters)
    as_of = filters.as_of or date.today()
    if args.json:
        payload = {
            "filters": filters.as_dict() | {"as_of": as_of.isoformat()},
            "commitments": [item.summary() for item in items],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for item in items:
        s = item.summary()
        status = t(f"status.{s['status']}", lang)
        expected = t("summary.expected", lang)
        print(
            f"{s['id']:<6} {s['part']:<12} {s['achieved']:>7g} / {s['target']:<7g} "
            f"{100 * s['progress']:5.0f} % ({expected} {100 * s['expected']:3.0f} %)  {status}"
        )
    return 0


def cmd_demo(args, lang: str) -> int:
    engine = database.get_engine(settings().database_url)
    files = [(p.name, p.read_bytes()) for p in sorted(args.dir.glob("*.csv"))]
    result = import_files(engine, files, user="demo")
    for line in result.messages(lang):
        print(line)
    return result.exit_code


def cmd_undo(args, lang: str) -> int:
    engine = database.get_engine(settings().database_url)
    user = args.user or current_user()
    return history_commands.cmd_undo(args, lang, user, _limits(engine, args.user))


COMMANDS = {
    "import": cmd_import,
    "export": cmd_export,
    "history": history_commands.cmd_history,
    "undo": cmd_undo,
    "summary": cmd_summary,
    "demo": cmd_demo,
}
COMMANDS.update(ACCOUNT_COMMANDS)
COMMANDS["report"] = cmd_report


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    lang = lang_of(args.lang)
    return COMMANDS[args.command](args, lang)
