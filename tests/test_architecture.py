"""The architecture's rules that import-linter's contracts do not state: no import cycles,
no source file over 400 lines, a docstring atop every package."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (
    "dashboard", "web", "cli", "layouts", "components", "callbacks",
    "tests", "benchmarks", "scripts",
)  # fmt: skip
SOURCE_FILES = ("app.py", "gunicorn.conf.py")
MAX_LINES = 400


def root_packages() -> list[str]:
    """The packages import-linter checks (pyproject.toml), so both read the same graph."""
    with (ROOT / "pyproject.toml").open("rb") as config:
        return tomllib.load(config)["tool"]["importlinter"]["root_packages"]


def python_files() -> list[Path]:
    files = [ROOT / name for name in SOURCE_FILES]
    for directory in SOURCE_DIRS:
        files += (ROOT / directory).rglob("*.py")
    return sorted(path for path in files if "__pycache__" not in path.parts)


def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_import_cycles():
    """For every import A -> B, B does not lead back to A, not even inside a function."""
    graph = grimp.build_graph(*root_packages(), cache_dir=None)
    cycles = set()
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                cycle = (importer, *back)  # ends where it starts
                start = cycle.index(min(cycle[:-1]))  # each cycle once, whichever edge found it
                cycles.add(cycle[start:-1] + cycle[:start] + (cycle[start],))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in sorted(cycles))


def test_no_source_file_over_400_lines():
    lengths = {
        shown(path): len(path.read_text(encoding="utf-8").splitlines()) for path in python_files()
    }
    too_long = {path: n for path, n in lengths.items() if n > MAX_LINES}
    assert not too_long, f"over {MAX_LINES} lines: " + ", ".join(
        f"{path} ({n})" for path, n in sorted(too_long.items())
    )


def test_every_package_opens_with_a_docstring():
    """Each ``__init__.py`` says what its package does and what it may import."""
    packages = [path for path in python_files() if path.name == "__init__.py"]
    assert packages
    missing = [
        shown(path)
        for path in packages
        if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert not missing, "no docstring: " + ", ".join(missing)
