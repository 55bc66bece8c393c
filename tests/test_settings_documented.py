"""Every environment variable the code reads is in a settings table: the app's in the
README's Configuration table, the tests' in tests/README.md.

Reads are found in the source's syntax tree: ``os.environ.get("X")``,
``os.environ["X"]``, ``os.getenv("X")``, ``environ.setdefault("X", …)`` and
``dashboard.config``'s ``_flag("X", …)``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_CODE = ["dashboard", "web", "cli", "layouts", "components", "callbacks"]
APP_FILES = ["app.py", "gunicorn.conf.py"]
ENV_METHODS = {"get", "setdefault", "pop"}
READERS = {"getenv", "_flag"}  # functions whose first argument names a variable


def _is_environ(node: ast.AST, imported: bool) -> bool:
    """``os.environ``, or a bare ``environ`` where ``from os import environ`` made it so
    (a WSGI ``environ`` is a request's, not the process's)."""
    if isinstance(node, ast.Attribute):
        return node.attr == "environ" and isinstance(node.value, ast.Name) and node.value.id == "os"
    return imported and isinstance(node, ast.Name) and node.id == "environ"


def _name(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def variables_read(path: Path) -> set[str]:
    """The environment variables ``path`` reads (writes such as ``environ[X] = …`` aside)."""
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    imported = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "os"
        and any(alias.name == "environ" for alias in node.names)
        for node in ast.walk(tree)
    )
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in ENV_METHODS:
                if _is_environ(func.value, imported):
                    name = _name(node.args[0])
            elif isinstance(func, ast.Attribute | ast.Name):
                called = func.attr if isinstance(func, ast.Attribute) else func.id
                if called in READERS:
                    name = _name(node.args[0])
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Load)
            and _is_environ(node.value, imported)
        ):
            name = _name(node.slice)
        if name:
            found.add(name)
    return found


def read_in(paths: list[Path]) -> dict[str, list[str]]:
    """Variable → the files that read it."""
    where: dict[str, list[str]] = {}
    for path in paths:
        for name in variables_read(path):
            where.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return where


def table_variables(markdown: Path, heading: str | None = None) -> set[str]:
    """The variables in the first cells of the table(s) under ``heading`` (or anywhere)."""
    text = markdown.read_text(encoding="utf-8")
    if heading is not None:
        start = text.index(f"\n{heading}\n")
        end = text.find("\n## ", start + len(heading) + 2)
        text = text[start : end if end != -1 else None]
    names = set()
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            first_cell = line.split("|")[1]
            names.update(re.findall(r"`([A-Z][A-Z0-9_]*)`", first_cell))
    return names


def app_sources() -> list[Path]:
    files = [ROOT / name for name in APP_FILES]
    for folder in APP_CODE:
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def test_the_scan_finds_every_kind_of_read(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom os import environ\n"
        "a = os.environ.get('A')\nb = os.environ['B']\nc = os.getenv('C', '1')\n"
        "d = environ.setdefault('D', '')\ne = _flag('E', True)\n"
        "os.environ['WRITTEN'] = '1'\nf = {}.get('NOT_ENV')\n",
        encoding="utf-8",
    )
    assert variables_read(sample) == {"A", "B", "C", "D", "E"}
    wsgi = tmp_path / "wsgi.py"
    wsgi.write_text("def app(environ):\n    return environ.get('PATH_INFO')\n", encoding="utf-8")
    assert variables_read(wsgi) == set()


def test_every_setting_the_app_reads_is_in_the_readme_table():
    read = read_in(app_sources())
    assert {"DATABASE_URL", "TRUSTED_PROXIES", "GUNICORN_ACCESSLOG", "OPEN_VIEWING"} <= set(read)
    documented = table_variables(ROOT / "README.md", "## Configuration")
    missing = {name: files for name, files in read.items() if name not in documented}
    assert not missing, f"add these to the README's Configuration table: {missing}"


def test_every_variable_the_tests_read_is_in_the_tests_readme():
    read = read_in(sorted((ROOT / "tests").glob("*.py")))
    assert "PG_TEST_DATABASE_URL" in read
    documented = table_variables(ROOT / "tests" / "README.md")
    missing = {
        name: files
        for name, files in read.items()
        # The app's own settings, which the tests set or read back, are in the README.
        if name not in documented and name not in table_variables(ROOT / "README.md")
    }
    assert not missing, f"add these to the table in tests/README.md: {missing}"


@pytest.mark.parametrize("name", ["TEST_DATABASE_URL"])
def test_no_stale_names_in_configuration_files(name):
    """The tests read PG_TEST_DATABASE_URL: nothing may name the variable without it."""
    for path in [ROOT / "pyproject.toml", ROOT / ".ci" / "run", ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(rf"(?<![A-Z_]){name}", text), f"{path.name} names {name}"
    assert (ROOT / "tests" / "README.md").exists()  # .ci/run cites it
