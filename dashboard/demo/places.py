"""The municipalities the demo describes: their areas and the stories their data tell.

``skara()`` is the bundled example; ``scales`` makes the larger ones.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Skara's centre and the two places within it.
CENTRE = ("Centrum", "Busstationen", "Hötorget")


@dataclass(frozen=True)
class Area:
    """A neighbourhood, locality or place within a municipality.

    ``crime_weight`` is the area's exposure to crime in inhabitant-equivalents (places
    have no inhabitants but plenty of crime); ``unsafety`` is its survey offset from
    the municipality, in units scaled per indicator (0 = average).
    """

    name: str
    typ: str
    population: int | None
    crime_weight: float
    unsafety: float
    parent: str = ""


@dataclass(frozen=True)
class Effect:
    """A change in one crime category in some areas from a month on (a story)."""

    areas: tuple[str, ...]
    category: str
    start: str  # YYYY-MM
    factor: float


@dataclass(frozen=True)
class Municipality:
    """A municipality: its areas, crime level and the stories its data must tell."""

    name: str
    areas: tuple[Area, ...]
    crimes_per_year: int
    effects: tuple[Effect, ...] = ()
    # (area, first year, change in unsafety) for survey trends at single areas.
    survey_shifts: tuple[tuple[str, int, float], ...] = ()
    # Share of inhabitants answering the survey, per wave.
    response_rate: float = 0.042

    @property
    def population(self) -> int:
        return sum(a.population or 0 for a in self.areas)


def skara() -> Municipality:
    """Skara kommun, about 19 000 inhabitants, as ten disjoint areas."""
    return Municipality(
        name="Skara",
        areas=(
            Area("Centrum", "centrum", 2600, 2600 * 1.3, 1.0),
            Area("Busstationen", "plats", None, 1400, 3.0, parent="Centrum"),
            Area("Hötorget", "plats", None, 800, 2.5, parent="Centrum"),
            Area("Brogården", "bostadsområde", 2400, 2400 * 1.3, 1.3),
            Area("Vinbäcken", "bostadsområde", 3100, 3100 * 0.9, 0.2),
            Area("Malmgården", "bostadsområde", 2200, 2200 * 1.0, 0.5),
            Area("Sörskogen", "bostadsområde", 2700, 2700 * 0.8, -0.6),
            Area("Axvall", "tätort", 1300, 1300, -1.5),
            Area("Varnhem", "tätort", 900, 900, -1.8),
            Area("Ardala", "tätort", 700, 700, -1.7),
            Area("Landsbygd", "landsbygd", 3100, 3100, -1.2),
        ),
        crimes_per_year=2600,
        effects=(
            # Foot patrols (P1) began in March 2022: fewer thefts at the bus station.
            Effect(("Busstationen",), "stöld", "2022-03", 0.70),
            # Targeted narcotics work (P2) finds more cases: an "upptäcktsbrott".
            Effect(CENTRE, "narkotika", "2022-01", 1.7),
        ),
        survey_shifts=(("Busstationen", 2022, -0.7),),
    )


def omraden_rows(muni: Municipality) -> list[list[str]]:
    """One row per area."""
    return [
        [a.name, muni.name, a.typ, a.parent, "" if a.population is None else str(a.population)]
        for a in muni.areas
    ]
