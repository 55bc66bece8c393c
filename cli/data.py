"""``import``, ``export`` and ``summary`` (part of the command line).

import: CSV files, all or nothing (exit 1 when any row is refused, nothing written);
export: one kind as canonical CSV; summary: progress per commitment, as text or JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from cli import parser as types
from dashboard import accounts, contract
from dashboard.analysis.commitments import Filters, load_commitments
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.ingest.export import export_kind
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.values import CellError, parse_month
from dashboard.storage import database


def kind_type(lang: str):
    """A kind by its name or English alias (``crimes`` is ``brott``)."""
    return types.vocabulary(
        lang, contract.KIND_ALIASES, contract.fold, "err.unknown_kind_name", placeholder="kind"
    )


def add_parsers(sub, common, lang: str) -> None:
    """Add ``import``, ``export`` and ``summary`` to the main parser's sub-commands."""
    imp = sub.add_parser(
        "import",
        parents=[common],
        help=t("cli.cmd_import", lang),
        description=t("cli.about_import", lang),
    )
    imp.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=t("cli.meta_file", lang),
        help=t("cli.opt_files", lang),
    )
    imp.add_argument(
        "--kind",
        type=kind_type(lang),
        metavar=t("cli.meta_kind", lang),
        help=t("cli.opt_kind", lang),
    )
    imp.add_argument("--dry-run", action="store_true", help=t("cli.opt_dry_run", lang))
    imp.add_argument("--user", metavar=t("cli.meta_name", lang), help=t("cli.opt_user", lang))
    imp.add_argument("--allow-period", action="store_true", help=t("cli.opt_allow_period", lang))
    imp.add_argument(
        "--ar",
        type=types.year(lang),
        metavar=t("cli.meta_year", lang),
        help=t("cli.opt_ar_stats", lang),
    )
    imp.add_argument(
        "--brottstyp",
        type=types.vocabulary(
            lang, contract.STATS_CATEGORY_ALIASES, contract.fold, "cli.bad_category"
        ),
        metavar=t("cli.meta_category", lang),
        help=t("cli.opt_brottstyp", lang),
    )

    exp = sub.add_parser(
        "export",
        parents=[common],
        help=t("cli.cmd_export", lang),
        description=t("cli.about_export", lang),
    )
    exp.add_argument(
        "kind",
        type=kind_type(lang),
        metavar=t("cli.meta_kind", lang),
        help=t("cli.opt_export_kind", lang),
    )
    exp.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=t("cli.meta_file", lang),
        help=t("cli.opt_output_csv", lang),
    )

    summ = sub.add_parser(
        "summary",
        parents=[common],
        help=t("cli.cmd_summary", lang),
        description=t("cli.about_summary", lang),
    )
    summ.add_argument(
        "--omrade",
        action="append",
        default=[],
        metavar=t("cli.meta_area", lang),
        help=t("cli.opt_omrade", lang),
    )
    summ.add_argument("--part", metavar=t("cli.meta_part", lang), help=t("cli.opt_part", lang))
    summ.add_argument(
        "--ar", type=types.year(lang), metavar=t("cli.meta_year", lang), help=t("cli.opt_ar", lang)
    )
    summ.add_argument(
        "--per",
        type=as_of_type(lang),
        metavar=t("cli.meta_date", lang),
        help=t("cli.opt_per", lang),
    )
    summ.add_argument("--kommun", help=t("cli.opt_kommun", lang))
    summ.add_argument("--json", action="store_true", help=t("cli.opt_json", lang))


def as_of_type(lang: str):
    """A day (YYYY-MM-DD), or a month (YYYY-MM, ``juni 2022``) meaning its last day."""

    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
        try:
            year, month = parse_month(text)
        except CellError:
            raise argparse.ArgumentTypeError(t("cli.bad_per", lang, value=text)) from None
        next_month = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(next_month.toordinal() - 1)

    return parse


def limits(engine, name: str | None) -> frozenset[str] | None:
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
        kind=args.kind,
        dry_run=args.dry_run,
        user=args.user,
        kommuner=limits(engine, args.user),
        allow_period=args.allow_period,
        year=args.ar,
        category=args.brottstyp,
    )
    stream = sys.stdout if result.ok else sys.stderr
    for line in result.messages(lang):
        print(line, file=stream)
    return result.exit_code


def cmd_export(args, lang: str) -> int:
    engine = database.get_engine(settings().database_url)
    with database.read_snapshot(engine) as conn:
        text = export_kind(conn, args.kind)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8", newline="")
        except OSError as err:
            detail = f"{args.output}: {err.strerror}"
            print(t("cli.cannot_write", lang, detail=detail), file=sys.stderr)
            return 2
        print(t("cli.exported", lang, kind=t(f"kind.{args.kind}", lang), path=str(args.output)),
              file=sys.stderr)  # fmt: skip
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
        as_of=args.per,
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
    if not items:
        print(t("cli.summary_none", lang), file=sys.stderr)
    for item in items:
        print(summary_line(item.summary(), lang))
    return 0


def summary_line(s: dict, lang: str) -> str:
    """One commitment's progress in words, e.g. ``P1  Polisen  165 / 150  110 % …``."""
    party = t(f"party_short.{s['part']}", lang) if s["part"] in contract.PARTIES else s["part"]
    status = t(f"status.{s['status']}", lang)
    expected = t("summary.expected", lang)
    return (
        f"{s['id']:<6} {party:<12} {s['achieved']:>7g} / {s['target']:<7g} "
        f"{100 * s['progress']:5.0f} % ({expected} {100 * s['expected']:3.0f} %)  {status}"
    )
