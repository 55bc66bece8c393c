"""What every generated file shares: each kind's canonical header, the CSV writer, the
years the Skara files span, and one seeded random stream per (seed, municipality, kind).

All randomness comes from ``rng``, never from global state or the clock, so two runs
give byte-identical files and adding municipalities later leaves Skara's rows unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

# Canonical headers, in export order.
HEADERS: dict[str, tuple[str, ...]] = {
    "omraden": ("område", "kommun", "typ", "ingår_i", "invånare"),
    "loften": (
        "löfte_id", "år", "part", "löfte", "indikator", "mål", "enhet",
        "målregel", "start", "slut", "område", "samverkanspart",
    ),
    "aktiviteter": ("datum", "löfte_id", "antal", "område", "utförare", "kommentar"),
    "brott": ("månad", "område", "brottstyp", "antal", "kommun"),
    "enkat": ("år", "område", "indikator", "värde", "skala", "antal_svar", "urval"),
    "uppfoljning": ("datum", "löfte_id", "status", "kommentar", "publik"),
    "kommunstatistik": (
        "kommun", "kommunkod", "år", "brottstyp", "antal", "per_100000", "invånare",
    ),
}  # fmt: skip
# Fixed numbers so each kind draws from its own random stream.
_KIND_STREAM = {kind: i for i, kind in enumerate(HEADERS)}

YEARS = (2019, 2020, 2021, 2022)
PROMISE_YEAR = 2022


def rng(seed: int, muni_index: int, kind: str) -> np.random.Generator:
    """The random stream of one kind of file for one municipality."""
    return np.random.default_rng([seed, muni_index, _KIND_STREAM[kind]])


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Write a canonical CSV: UTF-8 without BOM, comma, LF, minimal quoting."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
    return path
