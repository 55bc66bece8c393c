"""Areas as the pages need them: name, slug, type, parent and inhabitants."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class AreaInfo:
    """An area as the pages need it (``population`` None for places without inhabitants)."""

    id: int
    name: str
    slug: str
    type: str | None = None
    parent: str | None = None
    population: int | None = None


def area_infos(areas: pd.DataFrame) -> list[AreaInfo]:
    """``queries.areas`` rows as ``AreaInfo``, in the frame's order."""
    out = []
    for row in areas.itertuples(index=False):
        population = None if pd.isna(row.population) else int(row.population)
        out.append(
            AreaInfo(
                id=int(row.id),
                name=row.name,
                slug=row.slug,
                type=None if pd.isna(row.type) else row.type,
                parent=None if pd.isna(row.parent) else row.parent,
                population=population or None,
            )
        )
    return out


def municipality_population(areas: list[AreaInfo]) -> int | None:
    """The municipality's inhabitants: the sum over its areas (None when none is known)."""
    total = sum(a.population or 0 for a in areas)
    return total or None
