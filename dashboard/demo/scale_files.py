"""A larger scale's files: Skara's promise localised to every kommun, one row per crime.

``generate_big`` writes them; ``load`` imports them in bounded batches.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

from dashboard.contract import CATEGORIES
from dashboard.demo.activities import aktiviteter_rows
from dashboard.demo.canonical import HEADERS, rng, write_csv
from dashboard.demo.checkins import uppfoljning_rows
from dashboard.demo.commitments import COMMITMENTS, Commitment, loften_rows
from dashboard.demo.crimes import brott_counts, months
from dashboard.demo.places import CENTRE, Municipality, omraden_rows, skara
from dashboard.demo.scales import BIG_YEARS, municipalities
from dashboard.demo.survey import enkat_rows

BIG_HEADERS = {
    "brott": ("datum", "område", "brottstyp", "kommun"),
    **{kind: (*HEADERS[kind], "kommun") for kind in ("loften", "aktiviteter", "uppfoljning")},
    "enkat": (*HEADERS["enkat"], "kommun"),
}
_SKARA_AREAS = tuple(a.name for a in skara().areas)


def localised(muni: Municipality) -> tuple[Commitment, ...]:
    """Skara's commitments as another kommun's: its name and its areas in place of Skara's."""
    if muni.name == "Skara":
        return COMMITMENTS
    names = {a.name for a in muni.areas}
    residential = [a.name for a in muni.areas if a.typ == "bostadsområde"] or ["Centrum"]

    def area(name: str) -> str:
        if not name or name in names:
            return name
        if name in CENTRE:
            return "Resecentrum"
        return residential[_SKARA_AREAS.index(name) % len(residential)]

    def text(value: str) -> str:
        return value.replace("Skara", muni.name)

    return tuple(
        replace(
            c,
            text=text(c.text),
            indicator=text(c.indicator),
            areas=tuple(area(a) for a in c.areas),
            target_areas=tuple(dict.fromkeys(area(a) for a in c.target_areas)),
            partners=tuple(text(p) for p in c.partners),
            performers=tuple(text(p) for p in c.performers),
            comments=tuple(text(x) for x in c.comments),
            notes=tuple((m, area(a), text(by), text(x)) for m, a, by, x in c.notes),
        )
        for c in COMMITMENTS
    )


def write_brott_incidents(
    munis: Sequence[Municipality], out_dir: Path, seed: int = 2022, years=BIG_YEARS
) -> list[Path]:
    """``brott/<year>.csv``: one row per reported crime, by date, as police exports come.

    Monthly counts come from ``brott_counts`` (so the stories hold); each crime gets a
    day of its month at random. Vectorised with numpy, one year's file at a time.
    """
    month_list = months(years)
    n_months = len(month_list)
    days_in = np.array([calendar.monthrange(int(m[:4]), int(m[5:]))[1] for m in month_list])
    month_start = np.concatenate([[0], np.cumsum(days_in)[:-1]])
    day_text = np.array(
        [
            date(int(m[:4]), int(m[5:]), d + 1).isoformat()
            for t, m in enumerate(month_list)
            for d in range(days_in[t])
        ],
        dtype=object,
    )
    suffixes: list[str] = []  # ",område,brottstyp,kommun" per (area, category) of every muni
    per_year: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {y: [] for y in years}
    for i, muni in enumerate(munis):
        counts = brott_counts(muni, rng(seed, i, "brott"), years)  # (area, category, month)
        base = len(suffixes)
        suffixes += [f",{a.name},{c},{muni.name}" for a in muni.areas for c in CATEGORIES]
        cell = np.repeat(np.arange(counts.size), counts.ravel())
        area_category, month = np.divmod(cell, n_months)
        day_rng = np.random.default_rng([seed, i, 100])
        day = month_start[month] + (day_rng.random(len(month)) * days_in[month]).astype(np.int64)
        year = month // 12
        for yi, y in enumerate(years):
            mask = year == yi
            per_year[y].append((day[mask].astype(np.int32), (base + area_category[mask])))
    suffix_text = np.array(suffixes, dtype=object)
    paths = []
    (out_dir / "brott").mkdir(parents=True, exist_ok=True)
    for y in years:
        day = np.concatenate([d for d, _ in per_year[y]])
        what = np.concatenate([w for _, w in per_year[y]])
        order = np.lexsort((what, day))
        lines = day_text[day[order]] + suffix_text[what[order]]
        path = out_dir / "brott" / f"{y}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write(",".join(BIG_HEADERS["brott"]) + "\n")
            f.write("\n".join(lines.tolist()))
            f.write("\n")
        paths.append(path)
    return paths


def generate_big(out_dir: Path, scale: str, seed: int = 2022, limit: int | None = None) -> dict:
    """Write a big scale's files into ``out_dir`` (kind → path or list of paths).

    ``omraden.csv``, ``loften.csv``, ``aktiviteter/NN.csv`` (40 kommuner per file),
    ``uppfoljning.csv``, ``enkat.csv`` (waves 2019–2022) and ``brott/<year>.csv``
    (2013–2022, one row per crime). ``limit`` keeps the first N kommuner (tests).
    """
    out_dir = Path(out_dir)
    munis = municipalities(scale)[:limit]
    paths: dict[str, object] = {}
    paths["omraden"] = write_csv(
        out_dir / "omraden.csv", HEADERS["omraden"], (r for m in munis for r in omraden_rows(m))
    )
    loften, uppfoljning, chunks = [], [], []
    for i, muni in enumerate(munis):
        commitments = localised(muni)
        loften += [[*r, muni.name] for r in loften_rows(commitments)]
        local = {c.id: c for c in commitments}
        uppfoljning += [
            [*r[:3], r[3].replace("Skara", muni.name), *r[4:], muni.name]
            for r in uppfoljning_rows()
            if r[1] in local
        ]
        rows = aktiviteter_rows(rng(seed, i, "aktiviteter"), commitments)
        if i % 40 == 0:
            chunks.append([])
        chunks[-1] += [[*r, muni.name] for r in rows]
    paths["loften"] = write_csv(out_dir / "loften.csv", BIG_HEADERS["loften"], loften)
    paths["aktiviteter"] = [
        write_csv(out_dir / "aktiviteter" / f"{n:02d}.csv", BIG_HEADERS["aktiviteter"], rows)
        for n, rows in enumerate(chunks, start=1)
    ]
    paths["uppfoljning"] = write_csv(
        out_dir / "uppfoljning.csv", BIG_HEADERS["uppfoljning"], uppfoljning
    )
    paths["enkat"] = write_csv(
        out_dir / "enkat.csv",
        BIG_HEADERS["enkat"],
        ([*r, m.name] for i, m in enumerate(munis) for r in enkat_rows(m, rng(seed, i, "enkat"))),
    )
    paths["brott"] = write_brott_incidents(munis, out_dir, seed)
    (out_dir / "README.md").write_text(BIG_README.format(scale=scale), encoding="utf-8")
    return paths


def import_batches(out_dir: Path) -> list[list[Path]]:
    """The files of a generated scale in the order to import them, one batch per list:
    everything but crimes together, then each year of crimes on its own (bounded memory)."""
    out_dir = Path(out_dir)
    first = [out_dir / "omraden.csv", out_dir / "loften.csv"]
    first += sorted((out_dir / "aktiviteter").glob("*.csv"))
    first += [out_dir / "uppfoljning.csv", out_dir / "enkat.csv"]
    if not (out_dir / "brott").is_dir():  # the Skara scale: six files
        return [sorted(out_dir.glob("*.csv"))]
    return [first, *([p] for p in sorted((out_dir / "brott").glob("*.csv")))]


def load(out_dir: Path, engine, user: str = "demo", progress=print) -> None:
    """Import a generated scale into ``engine`` (see ``import_batches``)."""
    from dashboard.ingest.pipeline import import_files  # the importer only when loading

    for batch in import_batches(out_dir):
        result = import_files(engine, [(p.name, p.read_bytes()) for p in batch], user=user)
        if not result.ok:
            raise RuntimeError("\n".join(result.messages("en")[:20]))
        progress(f"imported {', '.join(p.name for p in batch)[:70]}")


BIG_README = """\
# Exempeldata i stor skala ({scale})

Fiktiva siffror från `python -m dashboard.demo --scale {scale}`: inte verklig statistik.
Brott: en rad per anmält brott (datum, område, brottstyp, kommun), en fil per år.

Fictitious figures from `python -m dashboard.demo --scale {scale}`, not real statistics.
Load them with `python -m dashboard.demo --scale {scale} --load OUT_DIR` (into DATABASE_URL).
"""
