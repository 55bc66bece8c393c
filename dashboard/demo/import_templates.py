"""The import templates (``data/templates``): each kind's header and two real demo rows."""

from __future__ import annotations

import csv
from pathlib import Path

from dashboard.demo.canonical import HEADERS, write_csv

# Which demo rows serve as the templates' two example rows: real rows, so the examples
# name areas and commitments that exist and agree with the demo figures. (A brott
# template still replaces the other categories of its area-months when imported.)
TEMPLATE_ROWS: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "omraden": ({"område": "Centrum"}, {"område": "Busstationen"}),
    "loften": ({"löfte_id": "K2"}, {"löfte_id": "P1"}),
    "aktiviteter": ({"löfte_id": "P1"}, {"löfte_id": "K3", "antal": "1"}),
    "brott": (
        {"månad": "2022-03", "område": "Busstationen", "brottstyp": "stöld"},
        {"månad": "2022-03", "område": "Hötorget", "brottstyp": "narkotika"},
    ),
    "enkat": (
        {"år": "2022", "område": "Skara", "indikator": "otrygg_kvall"},
        {"år": "2022", "område": "Busstationen", "indikator": "problemindex"},
    ),
    "uppfoljning": (
        {"datum": "2022-06-14", "löfte_id": "G1"},
        {"datum": "2022-12-13", "löfte_id": "P1"},  # a comment marked public
    ),
    "kommunstatistik": (
        {"kommun": "Skara", "år": "2022", "brottstyp": "samtliga"},
        {"kommun": "Hela landet", "år": "2022", "brottstyp": "samtliga"},
    ),
}


def write_templates(demo_dir: Path, out_dir: Path) -> dict[str, Path]:
    """Write ``<kind>.csv`` templates: the header and two example rows from the demo."""
    paths: dict[str, Path] = {}
    for kind, wanted in TEMPLATE_ROWS.items():
        with (Path(demo_dir) / f"{kind}.csv").open(encoding="utf-8", newline="") as f:
            records = list(csv.DictReader(f))
        examples = [
            next(r for r in records if all(r[k] == v for k, v in want.items())) for want in wanted
        ]
        rows = [[r[h] for h in HEADERS[kind]] for r in examples]
        paths[kind] = write_csv(Path(out_dir) / f"{kind}.csv", HEADERS[kind], rows)
    return paths
