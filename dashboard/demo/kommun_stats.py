"""Example official statistics per kommun (``kommunstatistik``): fictitious yearly figures
for every kommun of Västra Götalands län (so the county's figure is whole) and the
nation, for all crimes, thefts and narcotics offences, 2019–2025.

Like the rest of the demo they are made up, in plausible ranges: about 14 500 reported
crimes per 100 000 inhabitants in the nation, 4 000–4 800 thefts and 850–1 000
narcotics offences; each kommun its own level around those (larger towns higher).
Populations are rounded orders of magnitude, not SCB's figures.

Skara's official figures for 2019–2022, the years its monthly demo data covers, are
the sum of its own monthly crimes (``brott``) over every area plus 1–3 %: the official
statistics count crimes by the kommun where they were committed, also those the local
extract could not place in an area, and crimes recorded after the extract was taken.
So the check on ``/jamfor`` (own monthly data against the official figure) shows a
small difference, as it would for a real extract, never a large one and never none.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from dashboard import regions
from dashboard.contract import ALL_CRIMES

YEARS = tuple(range(2019, 2026))
CATEGORIES = (ALL_CRIMES, "stöld", "narkotika")
HOME = "1495"  # Skara
COUNTY = "14"  # Västra Götalands län

# Inhabitants in 2019, rounded (example figures: the orders of magnitude are real).
POPULATION = {
    "Härryda": 38_000, "Partille": 39_000, "Öckerö": 12_900, "Stenungsund": 26_500,
    "Tjörn": 16_000, "Orust": 15_200, "Sotenäs": 9_000, "Munkedal": 10_500, "Tanum": 12_900,
    "Dals-Ed": 4_800, "Färgelanda": 6_600, "Ale": 31_400, "Lerum": 42_000, "Vårgårda": 11_900,
    "Bollebygd": 9_400, "Grästorp": 5_700, "Essunga": 5_600, "Karlsborg": 6_900,
    "Gullspång": 5_300, "Tranemo": 11_800, "Bengtsfors": 9_600, "Mellerud": 9_200,
    "Lilla Edet": 14_000, "Mark": 34_800, "Svenljunga": 10_800, "Herrljunga": 9_500,
    "Vara": 16_100, "Götene": 13_200, "Tibro": 11_200, "Töreboda": 9_300,
    "Göteborg": 580_000, "Mölndal": 67_000, "Kungälv": 46_000, "Lysekil": 14_500,
    "Uddevalla": 56_500, "Strömstad": 13_100, "Vänersborg": 39_700, "Trollhättan": 59_000,
    "Alingsås": 41_500, "Borås": 113_000, "Ulricehamn": 24_500, "Åmål": 12_600,
    "Mariestad": 24_300, "Lidköping": 39_700, "Skara": 18_900, "Skövde": 56_000,
    "Hjo": 9_100, "Tidaholm": 12_900, "Falköping": 33_400,
}  # fmt: skip
NATION_POPULATION = 10_327_000
GROWTH = 0.006  # a year
# The nation's reported crimes per 100 000 inhabitants, per category and year.
NATION_RATE = {
    ALL_CRIMES: (15_000, 15_100, 14_450, 13_800, 13_700, 13_600, 13_450),
    "stöld": (4_800, 4_450, 4_150, 4_050, 4_100, 4_000, 3_950),
    "narkotika": (950, 1_000, 960, 900, 880, 860, 870),
}
# Skara's official figure = its own monthly sum × (1 + this), 2019–2022 (see above).
OFFICIAL_EXCESS = (0.01, 0.03)


def _level(population: int, rng: np.random.Generator) -> dict[str, float]:
    """A kommun's rates relative to the nation's: larger towns report more per head."""
    size = float(np.clip(np.log10(population) - 4.3, -0.6, 1.5))
    overall = 0.72 + 0.2 * size + rng.normal(0, 0.06)
    return {
        ALL_CRIMES: overall,
        "stöld": overall * rng.uniform(0.85, 1.1),
        "narkotika": overall * rng.uniform(0.7, 1.3),
    }


def _row(name: str, code: str, year: int, category: str, count: int, population: int):
    rate = round(count * 100_000 / population)
    return [name, code, str(year), category, str(count), str(rate), str(population)]


def local_sums(brott_rows: list[list[str]]) -> dict[tuple[int, str], int]:
    """The demo's own monthly crimes summed per (year, category), every category into
    ``samtliga`` too (rows: month, area, category, count, kommun)."""
    sums: dict[tuple[int, str], int] = defaultdict(int)
    for month, _, category, count, _ in brott_rows:
        year = int(month[:4])
        sums[(year, category)] += int(count)
        sums[(year, ALL_CRIMES)] += int(count)
    return dict(sums)


def _home_level(local: dict[tuple[int, str], int], category: str) -> float | None:
    """Skara's rate relative to the nation's over the years its monthly data covers."""
    ratios = [
        local[(year, category)]
        * 100_000
        / (POPULATION["Skara"] * (1 + GROWTH) ** y)
        / NATION_RATE[category][y]
        for y, year in enumerate(YEARS)
        if (year, category) in local
    ]
    return sum(ratios) / len(ratios) * (1 + sum(OFFICIAL_EXCESS) / 2) if ratios else None


def kommunstatistik_rows(brott_rows: list[list[str]], rng: np.random.Generator) -> list[list[str]]:
    """Every (region, category, year): the nation, then the county's kommuner by code."""
    rows = []
    for category in CATEGORIES:
        for y, year in enumerate(YEARS):
            population = round(NATION_POPULATION * (1 + GROWTH) ** y)
            count = round(NATION_RATE[category][y] * population / 100_000)
            rows.append(_row("Hela landet", regions.NATION, year, category, count, population))
    local = local_sums(brott_rows)
    for kommun in regions.of_county(COUNTY):
        level = _level(POPULATION[kommun.name], rng)
        if kommun.code == HOME:  # later years go on from the level of its own data
            level = {c: _home_level(local, c) or level[c] for c in CATEGORIES}
        drift = rng.normal(0, 0.025, size=(len(CATEGORIES), len(YEARS)))
        for c, category in enumerate(CATEGORIES):
            for y, year in enumerate(YEARS):
                population = round(POPULATION[kommun.name] * (1 + GROWTH) ** y)
                rate = NATION_RATE[category][y] * level[category] * (1 + drift[c, y])
                count = round(rate * population / 100_000)
                if kommun.code == HOME and (year, category) in local:
                    excess = rng.uniform(*OFFICIAL_EXCESS)
                    count = round(local[(year, category)] * (1 + excess))
                rows.append(_row(kommun.name, kommun.code, year, category, count, population))
    return rows
