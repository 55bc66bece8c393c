"""``python -m dashboard.demo``: Skara kommun's 2022 citizen promise with fictitious figures.

Without options it regenerates ``data/demo`` (one canonical CSV file per kind, their
Swedish Excel variants and a README) and the import templates in ``data/templates``;
``--scale region|nation OUT_DIR [--load]`` writes, and imports, a larger data set (as
``python -m dashboard demo --scale …`` does, with messages in the interface language).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from dashboard.demo import import_templates, scale_files, skara_files
from dashboard.demo.scales import municipalities

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "data" / "demo"
DEFAULT_TEMPLATES = REPO / "data" / "templates"


class InsideRepository(ValueError):
    """A large scale's files must not be written into the repository."""


def generate_scale(out_dir: Path | None, scale: str, *, seed: int = 2022) -> int:
    """Write ``scale``'s files into ``out_dir`` (outside the repository); its kommuner."""
    if out_dir is None or out_dir.resolve().is_relative_to(REPO):
        raise InsideRepository(out_dir)
    scale_files.generate_big(out_dir, scale, seed=seed)
    return len(municipalities(scale))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: regenerate the demo data (and, by default, the templates)."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.demo", description=__doc__)
    parser.add_argument("out_dir", nargs="?", type=Path, help=f"default {DEFAULT_OUT}")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument(
        "--scale",
        choices=("skara", "region", "nation"),
        default="skara",
        help="region: 49 kommuner, nation: 290 (incident-level crimes 2013–2022; "
        "OUT_DIR required, outside the repository)",
    )
    parser.add_argument(
        "--load", action="store_true", help="also import the files into DATABASE_URL"
    )
    parser.add_argument(
        "--templates",
        type=Path,
        help=f"also write import templates here (default {DEFAULT_TEMPLATES} "
        "when OUT_DIR is omitted)",
    )
    args = parser.parse_args(argv)
    if args.scale != "skara":
        try:
            kommuner = generate_scale(args.out_dir, args.scale, seed=args.seed)
        except InsideRepository:
            parser.error("--scale region/nation needs an OUT_DIR outside the repository")
        print(f"{args.scale}: {kommuner} kommuner in {args.out_dir}")
        if args.load:
            from dashboard.storage.database import default_engine

            scale_files.load(args.out_dir, default_engine())
        return 0
    out_dir = args.out_dir or DEFAULT_OUT
    templates = args.templates or (None if args.out_dir else DEFAULT_TEMPLATES)

    paths = skara_files.generate(out_dir, seed=args.seed)
    skara_files.write_excel_variants(out_dir, out_dir / "excel-sv")
    (out_dir / "README.md").write_text(skara_files.README, encoding="utf-8")
    if templates:
        import_templates.write_templates(out_dir, templates)
    for kind, path in paths.items():
        print(f"{kind:12} {path}")
    return 0
