"""``demo`` and ``copy-db`` (part of the command line): demo data, and moving databases.

demo: (re)load the bundled demo data; ``--scale region|nation OUT_DIR [--load]`` writes a
larger fictitious data set (49 or 290 kommuner) and imports it. copy-db: copy every
table into an empty database (SQLite to PostgreSQL), exit 1 when the target holds data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sqlalchemy.exc

from dashboard.config import DEMO_DIR, settings
from dashboard.demo import scale_files
from dashboard.demo.command import InsideRepository, generate_scale
from dashboard.i18n import t
from dashboard.ingest.pipeline import import_files
from dashboard.storage import copy, database

SCALES = ("region", "nation")


def add_parsers(sub, common, lang: str) -> None:
    """Add ``demo`` and ``copy-db`` to the main parser's sub-commands."""
    demo = sub.add_parser(
        "demo",
        parents=[common],
        help=t("cli.cmd_demo", lang),
        description=t("cli.about_demo", lang),
    )
    demo.add_argument("--scale", choices=SCALES, help=t("cli.opt_scale", lang))
    demo.add_argument(
        "out_dir", nargs="?", type=Path, metavar="OUT_DIR", help=t("cli.opt_out_dir", lang)
    )
    demo.add_argument("--load", action="store_true", help=t("cli.opt_load", lang))
    demo.add_argument("--seed", type=int, default=2022, help=argparse.SUPPRESS)
    demo.add_argument("--dir", type=Path, default=DEMO_DIR, help=argparse.SUPPRESS)

    copy_db = sub.add_parser(
        "copy-db",
        parents=[common],
        help=t("cli.cmd_copy_db", lang),
        description=t("cli.about_copy_db", lang),
    )
    copy_db.add_argument("--from", dest="source", metavar="URL", help=t("cli.opt_from", lang))
    copy_db.add_argument(
        "--to", dest="target", metavar="URL", required=True, help=t("cli.opt_to", lang)
    )


def _import(engine, paths: list[Path], lang: str, *, quiet: bool = False) -> int:
    """Import ``paths`` together as the user ``demo``; messages as ``import`` gives them."""
    result = import_files(engine, [(p.name, p.read_bytes()) for p in paths], user="demo")
    if not result.ok or not quiet:
        stream = sys.stdout if result.ok else sys.stderr
        for line in result.messages(lang):
            print(line, file=stream)
    return result.exit_code


def cmd_demo(args, lang: str) -> int:
    if args.scale is None:
        if args.out_dir or args.load:
            print(t("cli.demo_needs_scale", lang), file=sys.stderr)
            return 2
        engine = database.get_engine(settings().database_url)
        return _import(engine, sorted(args.dir.glob("*.csv")), lang)
    try:
        kommuner = generate_scale(args.out_dir, args.scale, seed=args.seed)
    except InsideRepository:
        print(t("cli.demo_out_dir", lang), file=sys.stderr)
        return 2
    except OSError as err:
        print(
            t("cli.cannot_write", lang, detail=f"{args.out_dir}: {err.strerror}"), file=sys.stderr
        )
        return 2
    print(t("cli.demo_written", lang, scale=args.scale, n=kommuner, path=str(args.out_dir)))
    if not args.load:
        return 0
    engine = database.get_engine(settings().database_url)
    for batch in scale_files.import_batches(args.out_dir):
        code = _import(engine, batch, lang, quiet=True)
        if code:
            return code
        names = ", ".join(p.name for p in batch)
        print(t("cli.demo_loaded", lang, files=names[:70]), file=sys.stderr)
    return 0


def cannot_open(url: str) -> str | None:
    """Why the database at ``url`` cannot be opened (its driver's first line), or None."""
    try:
        engine = database.make_engine(url)
        try:
            with engine.connect():
                pass
        finally:
            engine.dispose()
    except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.ArgumentError) as err:
        return str(getattr(err, "orig", None) or err).strip().splitlines()[0][:200]
    return None


def cmd_copy_db(args, lang: str) -> int:
    source = args.source or settings().database_url
    # Name the side that fails: the command line's own message would blame DATABASE_URL
    # for a --to that cannot be reached.
    sides = (("--from" if args.source else "DATABASE_URL", source), ("--to", args.target))
    for option, url in sides:
        detail = cannot_open(url)
        if detail:
            print(t("cli.copy_cannot_open", lang, option=option, detail=detail), file=sys.stderr)
            return 2
    try:
        copied = copy.copy_urls(source, args.target)
    except copy.SameDatabase:
        print(t("cli.copy_same", lang), file=sys.stderr)
        return 2
    except copy.TargetNotEmpty as err:
        print(t("cli.copy_not_empty", lang, tables=str(err)), file=sys.stderr)
        return 1
    for name, n in copied.items():
        print(f"{name:22} {n:>10}")
    print(t("cli.copy_done", lang, rows=sum(copied.values()), tables=len(copied)), file=sys.stderr)
    return 0


COMMANDS = {"demo": cmd_demo, "copy-db": cmd_copy_db}
