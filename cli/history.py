"""``python -m dashboard history [--json]`` and ``undo IMPORT_ID`` (part of the command line).

history: every import, newest first (id, when, who, file, sha256, kind, rows, outcome,
undone); ``--prune-before DAY`` forgets older imports' changes (they cannot be undone
then). undo: puts back what that import changed, as a new logged import; exit 1 when
refused (a later import changed the same figures: its id is named), 2 for an unknown id.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, time

from cli import parser as types
from cli.data import limits
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.ingest import history
from dashboard.ingest.pipeline import current_user
from dashboard.ingest.undo import undo_import
from dashboard.storage import database


def add_parsers(sub, common, lang: str) -> None:
    """Add ``history`` and ``undo`` to the main parser's subcommands."""
    hist = sub.add_parser(
        "history",
        parents=[common],
        help=t("cli.cmd_history", lang),
        description=t("cli.about_history", lang),
    )
    hist.add_argument("--json", action="store_true", help=t("cli.opt_json", lang))
    hist.add_argument(
        "--limit", type=types.count(lang, minimum=1), metavar="N", help=t("cli.opt_limit", lang)
    )
    hist.add_argument(
        "--prune-before",
        type=types.day(lang),
        metavar="YYYY-MM-DD",
        help=t("cli.opt_prune_before", lang),
    )
    undo = sub.add_parser(
        "undo",
        parents=[common],
        help=t("cli.cmd_undo", lang),
        description=t("cli.about_undo", lang),
    )
    undo.add_argument(
        "import_id",
        type=types.count(lang, minimum=1),
        metavar="IMPORT_ID",
        help=t("cli.opt_import_id", lang),
    )
    undo.add_argument("--dry-run", action="store_true", help=t("cli.opt_undo_dry_run", lang))
    undo.add_argument("--user", metavar=t("cli.meta_name", lang), help=t("cli.opt_user_log", lang))


def cmd_history(args, lang: str) -> int:
    engine = database.get_engine(settings().database_url)
    if args.prune_before:
        before = datetime.combine(args.prune_before, time.min)
        with database.write_transaction(engine) as conn:
            pruned = history.prune(conn, before)
        print(t("history.pruned", lang, rows=pruned, day=args.prune_before.isoformat()))
        return 0
    with database.read_snapshot(engine) as conn:
        entries = history.entries(conn, args.limit)
    if args.json:
        json.dump([e.as_json() for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for entry in entries:
        undone = t("history.undone_by", lang, id=entry.undone_by) if entry.undone_by else ""
        print(
            f"{entry.id:>6}  {entry.at:%Y-%m-%d %H:%M}  {entry.user:<12} "
            f"{t(f'history.outcome.{entry.outcome}', lang):<12} {entry.kind or '–':<12} "
            f"{entry.rows:>8}  {entry.filename}  {entry.sha256[:12]}  {undone}".rstrip()
        )
    return 0


def cmd_undo(args, lang: str) -> int:
    engine = database.get_engine(settings().database_url)
    user = args.user or current_user()
    try:
        result = undo_import(
            engine,
            args.import_id,
            user=user,
            kommuner=limits(engine, args.user),
            dry_run=args.dry_run,
        )
    except LookupError:
        print(t("undo.unknown", lang, id=args.import_id), file=sys.stderr)
        return 2
    print(result.message(lang), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
