"""The catalogue: both languages everywhere, matching placeholders, no dead and no missing keys."""

from __future__ import annotations

import ast
import re
import string
import types
from functools import cache
from pathlib import Path

import pytest

from components import import_report
from dashboard import accounts, contract
from dashboard.analysis import before_after, comparison, trend_options, trends
from dashboard.figures import theme
from dashboard.i18n import CATALOGUE, LANGS, catalogue, fmt_number, label, t
from dashboard.ingest import history
from dashboard.pages import downloads

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("dashboard", "web", "cli", "layouts", "components", "callbacks", "app.py")

# An empty header on purpose: the token table's last column holds the revoke buttons.
EMPTY_ON_PURPOSE = {"imp.tokcol_action"}

# Literals shaped like keys that are not keys: cache labels in layouts/commitments.py.
NOT_KEYS = {"loften.ba", "loften.logs"}
FILE_NAME = re.compile(r"\.(csv|pdf|xlsx|json|sqlite|txt)$")
KEY_SHAPE = re.compile(r"^[a-z_]+(\.\w+)+$")


def source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return [f for f in files if "i18n" not in f.relative_to(ROOT).parts]


@cache
def tree_of(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def literals(tree: ast.AST) -> set[str]:
    """String literals, without the fixed parts of f-strings (those are prefixes, not keys)."""
    nodes = list(ast.walk(tree))
    in_fstrings = {id(p) for n in nodes if isinstance(n, ast.JoinedStr) for p in n.values}
    strings = [n for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return {n.value for n in strings if id(n) not in in_fstrings}


@cache
def project_literals() -> frozenset[str]:
    return frozenset().union(*(literals(tree_of(f)) for f in source_files()))


def literals_in(relative: str) -> set[str]:
    """The literals of one file: for codes the code lists in a local tuple."""
    return literals(tree_of(ROOT / relative))


# Keys the code builds from a prefix and a code, found by reading it: t(f"status.{...}"),
# label("cat", code), status_badge(..., prefix="checkin") (components/gauge.py,
# components/wall_overview.py). prefix -> (the codes that can follow it, or None for free text;
# whether every code needs a key: True where t() is called, False for label() and has(),
# which fall back).
DYNAMIC: dict[str, tuple[set[str] | None, bool]] = {
    "cat.": (set(contract.CATEGORIES), False),
    "ind.": (set(contract.SURVEY_INDICATORS), False),
    "sampling.": (set(contract.SAMPLINGS.values()), False),
    "areatype.": (None, False),  # area types are free text in omraden.csv
    "party.": (set(contract.PARTIES), True),
    "party_short.": (set(contract.PARTIES), True),
    "kind.": (set(contract.KINDS), True),
    "role.": (set(accounts.ROLES), True),
    "status.": (set(theme.STATUS_ORDER), True),
    "checkin.": (set(contract.STATUS_ALIASES.values()), True),
    "gauge.rule_": (set(contract.TARGET_RULES.values()), True),
    "loften.rule.": (set(contract.TARGET_RULES.values()), True),
    "trend.measure_": (set(trend_options.MEASURES), True),
    "trend.measure_short_": (set(trend_options.MEASURES), True),
    "trend.note_": (set(trend_options.MEASURES), True),
    "trend.axis_": (set(trend_options.MEASURES), True),
    "trend.hover_prefix_": (set(trend_options.MEASURES), True),
    "trend.panel_": (set(trends.CATEGORIES), True),
    "ba.subject.": (set(before_after.CATEGORIES), True),
    "ba.caveat.": (set(before_after.CATEGORIES), False),
    "ba.reason.": (
        {
            before_after.NOT_STARTED,
            before_after.NO_DATA_AFTER,
            before_after.TOO_SHORT,
            before_after.NO_DATA_BEFORE,
            before_after.UNPUBLISHED,
            before_after.ZERO,
            before_after.FEW,
        },
        True,
    ),
    "dl.fmt.": (set(downloads.FORMATS), True),
    "imp.outcome_": (set(import_report.OUTCOME_ICONS), True),
    "history.outcome.": (set(history.OUTCOMES), True),
    # Column codes listed in a tuple inside the function that builds the header.
    "area.act_": (literals_in("layouts/area.py"), False),
    "imp.log_": (literals_in("components/import_report.py"), False),
    "imp.tokcol_": (literals_in("components/import_report.py"), False),
    # The comparison page (/jamfor): per official category, all crimes included.
    "cmp.category.": (set(comparison.CATEGORIES), True),
    "cmp.what.": (set(comparison.CATEGORIES), True),
}


def used_dynamically(key: str) -> bool:
    for prefix, (codes, _) in DYNAMIC.items():
        if key.startswith(prefix) and (codes is None or key.removeprefix(prefix) in codes):
            return True
    return False


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def fstring_heads() -> set[tuple[str, str]]:
    """(file, fixed start) of every f-string that starts like a catalogue key (``family.``)."""
    families = {key.split(".")[0] for key in CATALOGUE}
    heads = set()
    for path in source_files():
        starts = [
            node.values[0].value
            for node in ast.walk(tree_of(path))
            if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant)
        ]
        heads |= {
            (str(path.relative_to(ROOT)), head)
            for head in starts
            if "." in head and head.split(".")[0] in families
        }
    return heads


def call_keys(names: set[str]) -> set[tuple[str, str]]:
    """(file, literal) of the first argument of calls to ``names``, both branches of an if."""
    found = set()
    for path in source_files():
        firsts = [
            node.args[0]
            for node in ast.walk(tree_of(path))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in names
            and node.args
        ]
        options = [
            o for f in firsts for o in ([f.body, f.orelse] if isinstance(f, ast.IfExp) else [f])
        ]
        found |= {
            (str(path.relative_to(ROOT)), o.value)
            for o in options
            if isinstance(o, ast.Constant) and isinstance(o.value, str)
        }
    return found


# --- the entries ------------------------------------------------------------------------


def test_every_entry_has_both_languages():
    incomplete = [
        key
        for key, entry in CATALOGUE.items()
        if set(entry) != set(LANGS)
        or (key not in EMPTY_ON_PURPOSE and not all(entry[lang].strip() for lang in LANGS))
    ]
    assert not incomplete


def test_swedish_and_english_have_the_same_placeholders():
    differ = {
        key: (placeholders(entry["sv"]), placeholders(entry["en"]))
        for key, entry in CATALOGUE.items()
        if placeholders(entry["sv"]) != placeholders(entry["en"])
    }
    assert not differ


def test_a_key_defined_twice_is_refused():
    part = types.ModuleType("twice")
    part.ENTRIES = {"app.title": {"sv": "x", "en": "x"}}
    with pytest.raises(ValueError, match=r"app\.title"):
        catalogue.merge((*catalogue.PARTS, part))


def test_no_part_repeats_a_key_inside_its_own_dict():
    # A dict literal keeps the last of two equal keys silently; merge cannot see that.
    for part in catalogue.PARTS:
        tree = ast.parse(Path(part.__file__).read_text(encoding="utf-8"))
        keys = [
            k.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Dict)
            for k in node.keys
            if isinstance(k, ast.Constant) and "." in str(k.value)
        ]
        assert len(keys) == len(set(keys)), part.__name__


# --- the keys the code uses ---------------------------------------------------------------


def test_no_key_is_unused():
    unused = [
        key for key in CATALOGUE if key not in project_literals() and not used_dynamically(key)
    ]
    assert not unused, f"dead keys (delete them, or list their prefix in DYNAMIC): {unused}"


def test_every_literal_key_exists():
    families = {key.split(".")[0] for key in CATALOGUE}
    shaped = {text for text in project_literals() if KEY_SHAPE.match(text)}
    keys = {text for text in shaped if text.split(".")[0] in families}
    keys -= {text for text in keys if FILE_NAME.search(text)} | NOT_KEYS
    assert not keys - CATALOGUE.keys()
    called = {(file, key) for file, key in call_keys({"t", "has"}) if key not in CATALOGUE}
    assert not called


def test_every_built_key_exists():
    missing = [
        prefix + code
        for prefix, (codes, required) in DYNAMIC.items()
        if required and codes is not None
        for code in codes
        if prefix + code not in CATALOGUE
    ]
    assert not missing
    assert all(any(key.startswith(p) for key in CATALOGUE) for p in DYNAMIC)


def test_every_prefix_the_code_builds_keys_from_is_listed():
    unlisted = {(file, head) for file, head in fstring_heads() if head not in DYNAMIC}
    assert not unlisted, "read how the code fills it in and add it to DYNAMIC"
    labels = {(file, prefix + ".") for file, prefix in call_keys({"label"})}
    assert not {(file, p) for file, p in labels if p not in DYNAMIC}


# --- lookups and formats ----------------------------------------------------------------


def test_lookup_fills_placeholders_and_falls_back():
    assert t("frame.data_until", "en", month="May 2022") == "Data up to May 2022"
    assert label("cat", "stöld", "en") == "Theft"
    assert label("cat", "okänd", "en") == "okänd"
    with pytest.raises(KeyError):
        t("no.such_key")


def test_numbers_in_both_languages():
    assert fmt_number(2537.5, 1, "sv") == "2\u00a0537,5"
    assert fmt_number(2537.5, 1, "en") == "2,537.5"
    assert fmt_number(float("nan")) == "–"
