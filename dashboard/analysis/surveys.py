"""Survey waves as points to draw: 95 % Wilson intervals for random samples, nothing
shown below the minimum number of answers. Pure.
"""

from __future__ import annotations

import pandas as pd

from dashboard import contract
from dashboard.analysis import metrics
from dashboard.analysis.protection import MUNICIPALITY

SURVEY_MONTH = 7  # a survey wave is drawn in the middle of its year


def survey_points(
    results: pd.DataFrame, indicator: str, area_ids: tuple[int, ...] = ()
) -> pd.DataFrame:
    """Survey waves of ``indicator`` for the municipality and ``area_ids``, ready to draw.

    Columns: area_id (``MUNICIPALITY`` for the whole municipality), year, x (the middle of
    the year), value, n (answers, None if not given), scale, sampling, random (a random
    sample), low/high (95 % Wilson interval: only random samples of a share with n),
    status: ``shown``, or ``few`` (fewer than 30 answers: not shown, and value/low/high
    are blanked so nothing downstream can show it). Pure.
    """
    columns = [
        "area_id", "year", "x", "value", "n", "scale", "sampling", "random",
        "low", "high", "status",
    ]  # fmt: skip
    rows = results[(results["indicator"] == indicator) & results["value"].notna()].copy()
    area = rows["area_id"]
    wanted = area.isna() | area.isin(area_ids)
    rows = rows[wanted]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    out = []
    for r in rows.itertuples(index=False):
        n = None if pd.isna(r.respondents) else int(r.respondents)
        random = r.sampling == "slumpmässigt"
        few = n is not None and n < contract.MIN_SURVEY_ANSWERS
        value = None if few else float(r.value)
        low = high = None
        if not few and random and n and r.scale == "andel":
            low, high = metrics.wilson_interval(min(max(value, 0.0), 100.0), n)
        out.append(
            {
                "area_id": MUNICIPALITY if pd.isna(r.area_id) else int(r.area_id),
                "year": int(r.year),
                "x": pd.Timestamp(int(r.year), SURVEY_MONTH, 1),
                "value": value,
                "n": n,
                "scale": r.scale,
                "sampling": r.sampling,
                "random": bool(random),
                "low": low,
                "high": high,
                "status": "few" if few else "shown",
            }
        )
    frame = pd.DataFrame(out, columns=columns)
    return frame.sort_values(["area_id", "sampling", "year"], na_position="last").reset_index(
        drop=True
    )
