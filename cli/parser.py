"""argparse in the interface language: ``--lang`` anywhere, translated help and errors.

``--lang sv|en`` is taken out of the arguments before parsing (``split_lang``), so it
may stand before or after the command and the parser is built in that language: help,
usage and our own refusals come from the catalogue. argparse's own error texts (Python's
English) are recognised and translated by ``translate``; an unknown one is shown as is.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import NoReturn

from dashboard.i18n import DEFAULT_LANG, LANGS, t

#: argparse's own messages (Python 3.11–3.13 wording) -> catalogue key.
ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^the following arguments are required: (?P<args>.+)$", "cli.err_required"),
        (r"^unrecognized arguments: (?P<args>.+)$", "cli.err_unrecognized"),
        (r"^one of the arguments (?P<args>.+) is required$", "cli.err_one_of"),
        (r"^ambiguous option: (?P<option>\S+) could match (?P<args>.+)$", "cli.err_ambiguous"),
        (r"^invalid choice: (?P<value>.+?) \(choose from (?P<args>.+)\)$", "cli.err_choice"),
        (r"^invalid \w+ value: (?P<value>.+)$", "cli.err_value"),
        (r"^expected (one|at least one) argument$", "cli.err_expected"),
        (r"^not allowed with argument (?P<args>.+)$", "cli.err_exclusive"),
        (r"^ignored explicit argument (?P<value>.+)$", "cli.err_ignored"),
    )
)
_ARGUMENT = re.compile(r"^argument (?P<arg>[^:]+): (?P<rest>.+)$", re.DOTALL)


class LangError(ValueError):
    """``--lang`` without a value, or with one we do not speak."""

    def __init__(self, value: str | None):
        super().__init__(value)
        self.value = value


def split_lang(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` or ``--lang=X`` taken out of ``argv`` wherever it stands (before
    ``--``); the last one counts. ``LangError`` for a value other than sv or en."""
    lang: str | None = None
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--lang" or item.startswith("--lang="):
            value = item.partition("=")[2] if "=" in item else next(items, None)
            if value is None or value.strip().lower() not in LANGS:
                raise LangError(value)
            lang = value.strip().lower()
            continue
        rest.append(item)
    return lang, rest


def translate(message: str, lang: str) -> str:
    """argparse's English error ``message`` in ``lang`` (unchanged where unknown)."""
    argument = None
    found = _ARGUMENT.match(message)
    if found:
        argument, message = found["arg"], found["rest"]
    for pattern, key in ARGPARSE_MESSAGES:
        match = pattern.match(message)
        if match:
            params = {"args": "", "value": "", "option": ""} | match.groupdict()
            message = t(key, lang, **params)
            break
    return t("cli.err_argument", lang, arg=argument, message=message) if argument else message


class Formatter(argparse.HelpFormatter):
    """Help layout with the ``usage:`` prefix in the interface language; descriptions
    wrapped by paragraph, with indented lines (the list of kinds) kept as they are."""

    def __init__(self, prog: str, *, lang: str = DEFAULT_LANG):
        super().__init__(prog, max_help_position=30)
        self.lang = lang

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:  # "" where argparse builds a sub-command's prog
            prefix = t("cli.usage", self.lang) + " "
        super().add_usage(usage, actions, groups, prefix)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out: list[str] = []
        prose: list[str] = []
        for line in [*text.splitlines(), ""]:
            if line.strip() and not line.startswith(" "):
                prose.append(line)
                continue
            if prose:
                wrap = {"initial_indent": indent, "subsequent_indent": indent}
                out.append(textwrap.fill(" ".join(prose), width, **wrap))
                prose = []
            out.append(indent + line if line.strip() else "")
        return "\n".join(out).rstrip("\n")


class Parser(argparse.ArgumentParser):
    """An ArgumentParser speaking ``lang``: its headings, ``-h`` and errors translated.

    Sub-commands' parsers are made by the same class in the same language."""

    def __init__(self, *args, lang: str = DEFAULT_LANG, **kwargs):
        kwargs.setdefault("formatter_class", partial(Formatter, lang=lang))
        with_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self.lang = lang
        self._positionals.title = t("cli.positionals", lang)
        self._optionals.title = t("cli.options", lang)
        if with_help:
            self.add_argument("-h", "--help", action="help", help=t("cli.opt_help", lang))

    def add_subparsers(self, **kwargs):
        # Sub-parsers speak the same language (argparse passes on only what add_parser gets).
        kwargs.setdefault("parser_class", partial(type(self), lang=self.lang))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """Usage, the translated error and where to find help on stderr; exit status 2."""
        self.print_usage(sys.stderr)
        text = translate(message, self.lang)
        hint = t("cli.see_help", self.lang, prog=self.prog)
        self.exit(2, f"{self.prog}: {t('cli.error', self.lang)}: {text}\n{hint}\n")


# --- argument types: refusals in the interface language -----------------------------------


def year(lang: str) -> Callable[[str], int]:
    """A year such as 2022."""

    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*\d{4}\s*", text):
            raise argparse.ArgumentTypeError(t("cli.bad_year", lang, value=text))
        return int(text)

    return parse


def count(lang: str, *, minimum: int = 0) -> Callable[[str], int]:
    """A whole number of at least ``minimum`` (an id, a limit)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = minimum - 1
        if value < minimum:
            raise argparse.ArgumentTypeError(t("cli.bad_number", lang, value=text, min=minimum))
        return value

    return parse


def day(lang: str) -> Callable[[str], date]:
    """A date written YYYY-MM-DD."""

    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(t("cli.bad_day", lang, value=text)) from None

    return parse


def vocabulary(
    lang: str, aliases: dict[str, str], fold, key: str, placeholder: str = "value"
) -> Callable[[str], str]:
    """A code from ``aliases`` (by its folded spelling); the refusal (``key``, the text
    as ``placeholder``) lists the codes."""

    def parse(text: str) -> str:
        code = aliases.get(fold(text))
        if code is None:
            allowed = ", ".join(dict.fromkeys(aliases.values()))
            params = {placeholder: text, "allowed": allowed}
            raise argparse.ArgumentTypeError(t(key, lang, **params))
        return code

    return parse
