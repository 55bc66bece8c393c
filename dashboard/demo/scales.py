"""The larger scales: a police region's 49 kommuner and a nation of 290.

Skara keeps its areas and stories; the others get a made-up split into areas.
"""

from __future__ import annotations

import math
import zlib

import numpy as np

from dashboard.demo.places import Area, Municipality, skara

BIG_YEARS = tuple(range(2013, 2023))  # ten years of incident-level crime rows
CRIMES_PER_INHABITANT = 2600 / 18_900  # Skara's rate; cities run higher (see big_scale)

# Västra Götaland's 49 kommuner (Skara's police region), populations rounded.
REGION_POPULATIONS: dict[str, int] = {
    "Skara": 18_900, "Ale": 32_000, "Alingsås": 42_000, "Bengtsfors": 9_500,
    "Bollebygd": 9_800, "Borås": 114_000, "Dals-Ed": 4_700, "Essunga": 5_700,
    "Falköping": 33_500, "Färgelanda": 6_600, "Grästorp": 5_700, "Gullspång": 5_200,
    "Göteborg": 590_000, "Götene": 13_300, "Herrljunga": 9_500, "Hjo": 9_200,
    "Härryda": 39_000, "Karlsborg": 6_900, "Kungälv": 48_000, "Lerum": 43_000,
    "Lidköping": 40_000, "Lilla Edet": 14_200, "Lysekil": 14_500, "Mariestad": 24_500,
    "Mark": 35_000, "Mellerud": 9_200, "Munkedal": 10_500, "Mölndal": 70_000,
    "Orust": 15_300, "Partille": 40_000, "Skövde": 57_000, "Sotenäs": 9_000,
    "Stenungsund": 27_000, "Strömstad": 13_300, "Svenljunga": 10_700, "Tanum": 13_000,
    "Tibro": 11_300, "Tidaholm": 12_900, "Tjörn": 16_000, "Tranemo": 11_700,
    "Trollhättan": 59_000, "Töreboda": 9_300, "Uddevalla": 57_000, "Ulricehamn": 25_000,
    "Vara": 16_000, "Vårgårda": 12_000, "Vänersborg": 40_000, "Åmål": 12_500,
    "Öckerö": 13_000,
}  # fmt: skip
_PREFIXES = (
    "Ny", "Öster", "Väster", "Norr", "Söder", "Sunds", "Berg", "Lind", "Ek", "Ås", "Mal",
    "Hög", "Stor", "Lill", "Sjö", "Skog", "Fors", "Hed", "Dal", "Holm", "Björk", "Gran",
    "Sten", "Al", "Hammar", "Vik",
)  # fmt: skip
_SUFFIXES = (
    "by", "sala", "köping", "vik", "ås", "hamn", "berga", "torp", "fors", "dal", "holm",
    "lunda", "stad", "näs", "ryd", "hult", "sjö", "bro", "hed", "mo",
)  # fmt: skip
RESIDENTIAL = (
    "Norra staden", "Södra staden", "Östra staden", "Västra staden", "Nydala", "Solhem",
    "Ekbacken", "Björkhagen",
)  # fmt: skip


def _made_up_kommuner(n: int = 241, total: int = 8_750_000) -> dict[str, int]:
    """``n`` made-up kommuner (the nation less the region), a capital and a long tail."""
    rng = np.random.default_rng([2022, 290])
    names = sorted({p + s.lower() for p in _PREFIXES for s in _SUFFIXES} - set(REGION_POPULATIONS))
    chosen = [names[i] for i in rng.permutation(len(names))[:n]]
    capital = 980_000
    raw = rng.lognormal(0.0, 1.1, size=n - 1)
    rest = np.maximum(np.round(raw / raw.sum() * (total - capital), -2), 2_400).astype(int)
    return dict(zip(chosen, [capital, *rest.tolist()], strict=True))


def _big_areas(name: str, population: int) -> tuple[Area, ...]:
    """A made-up split of a kommun into a centre, a travel hub, housing areas and countryside."""
    rng = np.random.default_rng([2022, zlib.crc32(name.encode())])
    n_res = int(np.clip(population // 12_000, 1, len(RESIDENTIAL)))
    rural = round(population * 0.2) if population < 200_000 else 0
    centre = round(population * 0.1)
    rest = population - centre - rural
    res = np.floor(rng.dirichlet(np.full(n_res, 8.0)) * rest).astype(int)
    res[0] += rest - res.sum()
    areas = [
        Area("Centrum", "centrum", centre, centre * 1.3, 1.0),
        Area("Resecentrum", "plats", None, max(population * 0.05, 50.0), 2.8, parent="Centrum"),
    ]
    for area_name, people in zip(RESIDENTIAL, res.tolist(), strict=False):
        weight = people * float(rng.uniform(0.8, 1.3))
        areas.append(
            Area(area_name, "bostadsområde", people, weight, round(float(rng.normal(0, 0.8)), 2))
        )
    if rural:
        areas.append(Area("Landsbygd", "landsbygd", rural, rural, -1.2))
    return tuple(areas)


def big_scale(populations: dict[str, int]) -> list[Municipality]:
    """Skara (the promise's home, with its stories) first, then the others by name."""
    others = sorted(name for name in populations if name != "Skara")
    munis = [skara()]
    for name in others:
        pop = populations[name]
        urban = float(np.clip(1 + 0.25 * math.log10(pop / 20_000), 0.8, 1.5))
        munis.append(
            Municipality(
                name=name,
                areas=_big_areas(name, pop),
                crimes_per_year=round(pop * CRIMES_PER_INHABITANT * urban),
            )
        )
    return munis


def municipalities(scale: str = "skara") -> list[Municipality]:
    """The municipalities of a scale; the first one is the home of the promise.

    ``skara`` is the bundled demo; ``region`` the 49 kommuner of a police region
    (Västra Götaland's, with rounded real populations, ~1.75 M inhabitants);
    ``nation`` 290 kommuner (~10.5 M): the region's and 241 made-up ones.
    """
    scales = {
        "skara": lambda: [skara()],
        "region": lambda: big_scale(REGION_POPULATIONS),
        "nation": lambda: big_scale({**REGION_POPULATIONS, **_made_up_kommuner()}),
    }
    if scale not in scales:
        raise ValueError(f"unknown scale {scale!r}; known: {', '.join(scales)}")
    return scales[scale]()
