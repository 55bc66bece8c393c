"""Survey waves (``enkat``) per area and for the whole municipality, one open web survey."""

from __future__ import annotations

import math

import numpy as np

from dashboard.demo.canonical import YEARS
from dashboard.demo.places import Municipality

# Municipality-wide level per wave (2019..2022) and points per unit of area unsafety.
SURVEY = {
    "otrygg_kvall": ((27.0, 26.0, 27.0, 25.5), 6.0),
    "oro_stold": ((31.0, 30.0, 31.0, 29.0), 3.0),
    "oro_vald": ((22.0, 21.0, 23.0, 22.0), 4.0),
    "narkotika_problem": ((18.0, 19.0, 21.0, 23.0), 6.0),
    "problemindex": ((1.70, 1.70, 1.80, 1.70), 0.45),
}
RESPONSE_YEAR = (1.05, 0.95, 1.0, 1.0)  # response rates drift between waves
INDEX_SD = 1.1  # spread of individual answers on the 0–6 problem index
SELF_SELECTED = {"year": 2021, "indicator": "otrygg_kvall", "bias": 12.0}


def enkat_rows(muni: Municipality, rng: np.random.Generator) -> list[list[str]]:
    """Survey waves per area and for the whole municipality (område = kommun name).

    Places (typ ``plats``) are asked about by a sub-sample and do not enter the
    municipality figure; residents' areas are pooled into it, weighted by answers.
    """
    rows: list[list[str]] = []
    for yi, year in enumerate(YEARS):
        area_rows: list[list[str]] = []
        pooled = {ind: [0.0, 0] for ind in SURVEY}
        for area in muni.areas:
            if area.population is None:
                n = int(rng.integers(150, 211))
            else:
                expected = area.population * muni.response_rate * RESPONSE_YEAR[yi]
                n = int(np.clip(round(expected * rng.uniform(0.85, 1.15)), 25, 220))
            unsafety = area.unsafety + sum(
                d for name, y0, d in muni.survey_shifts if name == area.name and year >= y0
            )
            for ind, (base, sens) in SURVEY.items():
                truth = base[yi] + sens * unsafety
                value, total = _survey_value(ind, truth, n, rng)
                if area.population is not None:
                    pooled[ind][0] += total
                    pooled[ind][1] += n
                area_rows.append(_enkat_row(year, area.name, ind, value, n, "slumpmässigt"))
        for ind, (total, n) in pooled.items():
            rows.append(_enkat_row(year, muni.name, ind, total / n, n, "slumpmässigt"))
        rows.extend(area_rows)
        if year == SELF_SELECTED["year"]:
            # An open web survey: more answers from the worried, so biased upwards.
            ind = SELF_SELECTED["indicator"]
            base, sens = SURVEY[ind]
            for area in muni.areas:
                if area.typ != "plats":
                    continue
                n = int(rng.integers(52, 69))
                truth = base[yi] + sens * area.unsafety + SELF_SELECTED["bias"]
                value, _ = _survey_value(ind, truth, n, rng)
                rows.append(_enkat_row(year, area.name, ind, value, n, "självselekterat"))
    return rows


def _survey_value(ind: str, truth: float, n: int, rng: np.random.Generator):
    """An observed value and its sum over respondents (for pooling)."""
    if ind == "problemindex":
        value = float(np.clip(truth + rng.normal(0, INDEX_SD / math.sqrt(n)), 0, 6))
        return value, value * n
    yes = int(rng.binomial(n, min(max(truth, 0.0), 100.0) / 100))
    return 100 * yes / n, 100 * yes


def _enkat_row(year: int, area: str, ind: str, value: float, n: int, urval: str) -> list[str]:
    scale, fmt = ("index", "{:.2f}") if ind == "problemindex" else ("andel", "{:.1f}")
    return [str(year), area, ind, fmt.format(value), scale, str(n), urval]
