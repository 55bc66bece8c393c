"""Command line for accounts and wall-screen tokens (part of ``python -m dashboard``).

python -m dashboard user add NAME --role editor|reporter|viewer [--kommun K[,K…]]
python -m dashboard user change NAME [--role R] [--kommun K[,K…] | --all-kommuner] [--password]
python -m dashboard user list
python -m dashboard user remove NAME
python -m dashboard token create LABEL [--user NAME]     # prints the token once
python -m dashboard token list
python -m dashboard token revoke ID

Every change is logged as an event on stderr (a JSON line, ``dashboard.logs``), naming
the operating-system user who made it (``by``: ``cli:NAME``).
"""

from __future__ import annotations

import getpass
import logging
import sys

from cli import parser as types
from dashboard import accounts, logs
from dashboard.config import settings
from dashboard.i18n import fmt_date, t
from dashboard.storage import database

# Refusals that are usage errors (exit 2): a kommun the data does not know.
USAGE_ERRORS = ("acct.unknown_kommun", "acct.no_kommuner", "acct.kommun_missing")


def add_parsers(sub, common, lang: str) -> None:
    """Add the ``user`` and ``token`` commands to the main parser's subcommands."""

    def command(parent, name: str, key: str):
        about = t(key, lang)
        return parent.add_parser(name, parents=[common], help=about, description=about)

    name_meta = t("cli.meta_name", lang)
    kommun = {"metavar": "K[,K…]", "help": t("cli.opt_acct_kommun", lang)}
    user = command(sub, "user", "cli.about_user")
    user_sub = user.add_subparsers(dest="action", required=True, metavar=t("cli.meta_action", lang))
    add = command(user_sub, "add", "cli.about_user_add")
    add.add_argument("name", metavar=name_meta, help=t("cli.opt_account", lang))
    add.add_argument("--role", required=True, choices=accounts.ROLES, help=t("cli.opt_role", lang))
    add.add_argument("--kommun", **kommun)
    change = command(user_sub, "change", "cli.about_user_change")
    change.add_argument("name", metavar=name_meta, help=t("cli.opt_account", lang))
    change.add_argument("--role", choices=accounts.ROLES, help=t("cli.opt_role", lang))
    limits = change.add_mutually_exclusive_group()
    limits.add_argument("--kommun", **kommun)
    limits.add_argument("--all-kommuner", action="store_true", help=t("cli.opt_all_kommuner", lang))
    change.add_argument("--password", action="store_true", help=t("cli.opt_password", lang))
    command(user_sub, "list", "cli.about_user_list")
    remove = command(user_sub, "remove", "cli.about_user_remove")
    remove.add_argument("name", metavar=name_meta, help=t("cli.opt_account", lang))

    token = command(sub, "token", "cli.about_token")
    token_sub = token.add_subparsers(
        dest="action", required=True, metavar=t("cli.meta_action", lang)
    )
    create = command(token_sub, "create", "cli.about_token_create")
    create.add_argument("label", metavar=t("cli.meta_label", lang), help=t("cli.opt_label", lang))
    create.add_argument("--user", default=None, metavar=name_meta, help=t("cli.opt_creator", lang))
    command(token_sub, "list", "cli.about_token_list")
    revoke = command(token_sub, "revoke", "cli.about_token_revoke")
    revoke.add_argument(
        "id", type=types.count(lang, minimum=1), metavar="ID", help=t("cli.opt_token_id", lang)
    )


def read_password(lang: str) -> str:
    """The new password: asked twice on a terminal, else the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(t("acct.cli_password", lang))
        second = getpass.getpass(t("acct.cli_password_again", lang))
        if first != second:
            raise accounts.AccountError("acct.passwords_differ")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _engine():
    # The changes' events on stderr, as the server logs its own; unless this process has
    # set up its logging already (a test runner, a program calling ``main``).
    if not logging.getLogger().handlers:
        logs.configure(logging.WARNING)  # not every migration step, say
        logging.getLogger(accounts.__name__).setLevel(logging.INFO)
    return database.get_engine(settings().database_url)


def _operator() -> str:
    """Who is changing accounts: the operating-system user, for the log."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in some containers
        return "cli"


def _fail(err: accounts.AccountError, lang: str) -> int:
    print(t(err.key, lang, **err.params), file=sys.stderr)
    return 2 if err.key in USAGE_ERRORS else 1


def _kommuner(engine, text: str | None) -> frozenset[str] | None:
    """``--kommun``'s names as the data spells them (None: not given)."""
    if text is None:
        return None
    return accounts.check_kommuner(engine, [k.strip() for k in text.split(",") if k.strip()])


def _where(kommuner: frozenset[str] | None, lang: str) -> str:
    return t("acct.all_kommuner", lang) if kommuner is None else ", ".join(sorted(kommuner))


def _described(user: accounts.User, lang: str) -> str:
    """``role, kommuner`` in words, e.g. ``reporter, Skara``."""
    return f"{t(f'role.{user.role}', lang)}, {_where(user.kommuner, lang)}"


def cmd_user(args, lang: str) -> int:
    engine = _engine()
    try:
        if args.action == "add":
            accounts.clean_name(args.name)
            kommuner = _kommuner(engine, args.kommun)  # checked before the password is asked
            password = read_password(lang)
            user = accounts.add_user(
                engine, args.name, args.role, password, kommuner, by=_operator()
            )
            print(t("acct.cli_added", lang, name=user.name, role=_described(user, lang)))
            return 0
        if args.action == "change":
            return _change(engine, args, lang)
    except accounts.AccountError as err:
        return _fail(err, lang)
    if args.action == "list":
        for row in accounts.list_users(engine):
            last = fmt_date(row["last_login"].date(), lang) if row["last_login"] else "–"
            where = _where(row["kommuner"], lang)
            print(
                f"{row['name']:<24} {row['role']:<9} {where:<24} "
                f"{t('acct.cli_last_login', lang)} {last}"
            )
        return 0
    if accounts.remove_user(engine, args.name, by=_operator()):
        print(t("acct.cli_removed", lang, name=args.name))
        return 0
    print(t("acct.no_such_user", lang, name=args.name), file=sys.stderr)
    return 2  # an unknown name, like an unknown id: the contract's usage error


def _change(engine, args, lang: str) -> int:
    changes: dict = {"role": args.role}
    if args.all_kommuner:
        changes["kommuner"] = None
    elif args.kommun is not None:
        changes["kommuner"] = _kommuner(engine, args.kommun)
    if args.password:
        changes["password"] = read_password(lang)
    user = accounts.change_user(engine, args.name, **changes, by=_operator())
    if user is None:
        print(t("acct.no_such_user", lang, name=args.name), file=sys.stderr)
        return 2
    print(t("acct.cli_changed", lang, name=user.name, role=_described(user, lang)))
    return 0


def cmd_token(args, lang: str) -> int:
    engine = _engine()
    if args.action == "create":
        try:
            token_id, token = accounts.create_token(engine, args.label, args.user or _operator())
        except accounts.AccountError as err:
            return _fail(err, lang)
        print(t("acct.cli_token_created", lang, id=token_id))
        print(token)
        return 0
    if args.action == "list":
        for info in accounts.list_tokens(engine):
            state = (
                t("acct.token_revoked", lang, date=fmt_date(info.revoked_at.date(), lang))
                if info.revoked_at
                else t("acct.token_active", lang)
            )
            print(f"{info.id:>4}  {info.label:<32} {info.created_by:<16} {state}")
        return 0
    if accounts.revoke_token(engine, args.id, by=_operator()):
        print(t("acct.cli_token_revoked", lang, id=args.id))
        return 0
    print(t("acct.no_such_token", lang, id=args.id), file=sys.stderr)
    return 2


COMMANDS = {"user": cmd_user, "token": cmd_token}
