"""Deterministic demo data: Skara kommun's 2022 citizen promise with fictitious figures.

``generate(out_dir)`` writes the six canonical CSV files (see CONTRACT.md);
``write_excel_variants`` rewrites them as a Swedish Excel user would save them.
All randomness comes from ``numpy.random.default_rng`` seeded per
(seed, municipality, kind), never from global state or the clock, so two runs give
byte-identical files and adding municipalities later leaves Skara's rows unchanged.

Run ``python -m dashboard.demo [OUT_DIR]`` to regenerate ``data/demo``.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np

from dashboard.contract import CATEGORIES

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "demo"
DEFAULT_TEMPLATES = REPO / "data" / "templates"

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
    "uppfoljning": ("datum", "löfte_id", "status", "kommentar"),
}  # fmt: skip
# Fixed numbers so each kind draws from its own random stream.
_KIND_STREAM = {kind: i for i, kind in enumerate(HEADERS)}

YEARS = (2019, 2020, 2021, 2022)
PROMISE_YEAR = 2022

# --- areas and municipalities ---------------------------------------------------------


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
    centre = ("Centrum", "Busstationen", "Hötorget")
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
            Effect(centre, "narkotika", "2022-01", 1.7),
        ),
        survey_shifts=(("Busstationen", 2022, -0.7),),
    )


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


def _rng(seed: int, muni_index: int, kind: str) -> np.random.Generator:
    return np.random.default_rng([seed, muni_index, _KIND_STREAM[kind]])


# --- omraden ---------------------------------------------------------------------------


def omraden_rows(muni: Municipality) -> list[list[str]]:
    """One row per area."""
    return [
        [a.name, muni.name, a.typ, a.parent, "" if a.population is None else str(a.population)]
        for a in muni.areas
    ]


# --- brott -----------------------------------------------------------------------------

CATEGORY_SHARE = {
    "stöld": 0.30,
    "narkotika": 0.045,
    "våld": 0.10,
    "skadegörelse": 0.12,
    "inbrott": 0.04,
    "bedrägeri": 0.15,
    "övrigt": 0.245,
}
# (amplitude, peak month) of a yearly cosine: summer for theft and vandalism,
# the dark months for burglary.
SEASON = {
    "stöld": (0.15, 7),
    "narkotika": (0.05, 6),
    "våld": (0.10, 7),
    "skadegörelse": (0.25, 7),
    "inbrott": (0.25, 12),
    "bedrägeri": (0.0, 1),
    "övrigt": (0.05, 7),
}
# Yearly growth: fraud keeps rising, as it does nationally.
TREND = {"bedrägeri": 0.06}
# Relative crime level per area type and category. Fraud and burglary are counted
# where victims live, so squares and bus stations have almost none.
TYPE_PROFILE = {
    "centrum": {"stöld": 1.6, "narkotika": 1.8, "våld": 1.8, "skadegörelse": 1.3,
                "inbrott": 0.6, "bedrägeri": 0.9, "övrigt": 1.3},
    "plats": {"stöld": 2.0, "narkotika": 2.5, "våld": 2.0, "skadegörelse": 1.5,
              "inbrott": 0.05, "bedrägeri": 0.05, "övrigt": 1.0},
    "bostadsområde": dict.fromkeys(CATEGORY_SHARE, 1.0),
    "tätort": {"stöld": 0.6, "narkotika": 0.4, "våld": 0.5, "skadegörelse": 0.7,
               "inbrott": 1.2, "bedrägeri": 1.0, "övrigt": 0.7},
    "landsbygd": {"stöld": 0.7, "narkotika": 0.3, "våld": 0.4, "skadegörelse": 0.6,
                  "inbrott": 1.4, "bedrägeri": 1.0, "övrigt": 0.8},
}  # fmt: skip


def months(years: Sequence[int] = YEARS) -> list[str]:
    """All months of the given years as YYYY-MM."""
    return [f"{y}-{m:02d}" for y in years for m in range(1, 13)]


def brott_counts(
    muni: Municipality, rng: np.random.Generator, years: Sequence[int] = YEARS
) -> np.ndarray:
    """Monthly crime counts as an array (area, category, month) over ``months(years)``."""
    cats = list(CATEGORIES)
    years = tuple(years)
    month_list = months(years)
    month_no = np.array([int(m[5:]) for m in month_list])
    year_idx = np.array([years.index(int(m[:4])) for m in month_list])
    year = np.array(years)[year_idx]

    # Each area's share of each category.
    weight = np.array([[a.crime_weight * TYPE_PROFILE[a.typ][c] for c in cats] for a in muni.areas])
    share = weight / weight.sum(axis=0)

    # Year-to-year wobble per category, shared by all areas, so totals move plausibly.
    wobble = rng.normal(1.0, 0.03, size=(len(cats), len(years)))
    per_cat_month = np.empty((len(cats), len(month_list)))
    for i, c in enumerate(cats):
        amp, peak = SEASON[c]
        season = 1 + amp * np.cos(2 * np.pi * (month_no - peak) / 12)
        trend = (1 + TREND.get(c, 0.0)) ** (year - (years[0] + years[-1]) / 2)
        per_cat_month[i] = (
            muni.crimes_per_year * CATEGORY_SHARE[c] / 12 * season * trend * wobble[i, year_idx]
        )
    lam = share[:, :, None] * per_cat_month[None, :, :]

    names = [a.name for a in muni.areas]
    for eff in muni.effects:
        from_t = month_list.index(eff.start)
        for area in eff.areas:
            lam[names.index(area), cats.index(eff.category), from_t:] *= eff.factor
    return rng.poisson(lam)


def brott_rows(muni: Municipality, rng: np.random.Generator) -> list[list[str]]:
    """Every month × area × category, zeros included, so the file is complete."""
    counts = brott_counts(muni, rng)
    return [
        [month, area.name, cat, str(counts[a, c, t]), muni.name]
        for t, month in enumerate(months())
        for a, area in enumerate(muni.areas)
        for c, cat in enumerate(CATEGORIES)
    ]


# --- enkat -----------------------------------------------------------------------------

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


# --- the promise: loften, aktiviteter, uppfoljning ------------------------------------


@dataclass(frozen=True)
class Commitment:
    """One commitment and how its activity reports unfold over the year.

    ``plan`` is the number counted per month (Jan..Dec); fixing it keeps the story
    (ahead, near, behind; early or late) independent of the seed, which only picks
    days, areas, performers and comments. ``aggregate`` bundles events into one
    report row per week or month and area, as a patrol or a comms team would report.
    """

    id: str
    part: str
    text: str
    indicator: str
    target: int
    unit: str
    rule: str
    plan: tuple[int, ...]
    areas: tuple[str, ...]  # for activity rows; "" = no area
    performers: tuple[str, ...]
    comments: tuple[str, ...]
    start: str = f"{PROMISE_YEAR}-01-01"
    end: str = f"{PROMISE_YEAR}-12-31"
    target_areas: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    aggregate: str = ""  # "", "week" or "month"
    weekdays_only: bool = True
    days: tuple[int, int] = (1, 31)
    # Reports that count nothing (antal 0) but document progress: (month, area, by, text).
    notes: tuple[tuple[int, str, str, str], ...] = ()


CENTRE = ("Centrum", "Busstationen", "Hötorget")

COMMITMENTS: tuple[Commitment, ...] = (
    Commitment(
        "K1", "Kommunen",
        "Utveckla det långsiktiga arbetet med frågor som berör ungdomars livsvillkor, som "
        "trygghet, psykisk hälsa, droganvändande och kriminalitet.",
        "Antal genomförda aktiviteter för unga om trygghet, psykisk hälsa, droger och "
        "kriminalitet", 12, "aktiviteter för unga", "antal",
        plan=(1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1),
        areas=("Centrum", "Brogården", "Vinbäcken", "Malmgården", "Sörskogen", ""),
        performers=("Kommunen", "Kommunen", "Fritidsgården"),
        comments=(
            "Föräldraträff om droger och psykisk hälsa på fritidsgården.",
            "Temakväll om psykisk hälsa för högstadieelever.",
            "Nattvandring med föräldrar och fältsekreterare.",
            "Workshop om trygghet för elever i åk 8.",
            "Öppen idrottshall på fredagskvällen.",
        ),
        partners=("Fritidsgården", "Skolan"),
    ),
    Commitment(
        "K2", "Kommunen",
        "Arbeta för att öka tryggheten och attraktiviteten i Skara Centrum genom "
        "samverkansprojektet Purple Flag.",
        "Skara centrum certifierat enligt Purple Flag", 1, "Purple Flag-certifiering",
        "milstolpe",
        plan=(0,) * 12,
        areas=CENTRE, performers=("Kommunen",), comments=(),
        target_areas=CENTRE, partners=("Skara Handel", "Fastighetsägare"),
        notes=(
            (2, "Centrum", "Kommunen",
             "Uppstartsmöte för Purple Flag med Skara Handel och fastighetsägarna."),
            (4, "Centrum", "Skara Handel",
             "Kvällsinventering av centrum enligt Purple Flag-kriterierna."),
            (6, "Hötorget", "Fastighetsägare", "Handlingsplan för belysning på Hötorget."),
            (9, "Centrum", "Kommunen",
             "Ansökan om certifiering försenad, underlag om kvällsekonomin saknas."),
            (11, "Centrum", "Kommunen", "Beslut att skjuta certifieringen till 2023."),
        ),
    ),
    Commitment(
        "K3", "Kommunen",
        "Genomföra en trygghetsvandring i kommunen för att identifiera otrygga platser i "
        "syfte att få fram underlag för förbättringsåtgärder.",
        "Trygghetsvandring genomförd och åtgärdslista framtagen", 1,
        "genomförd trygghetsvandring", "milstolpe",
        plan=(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0),
        areas=("Centrum",), performers=("Kommunen",),
        comments=(
            "Trygghetsvandring i centrum och Brogården med boende, fastighetsägare och "
            "polis. Åtgärdslista lämnad till samhällsbyggnad.",
        ),
        partners=("Fastighetsägare",),
        days=(5, 16),  # done before the September steering-group meeting
        notes=((5, "", "Kommunen", "Planering av trygghetsvandringen med fastighetsägarna."),),
    ),
    Commitment(
        "P1", "Polisen",
        "Fortsätta med trygghetsskapande fotpatrullering i områden som framkommer från våra "
        "egna och gemensamma lägesbilder i arbetet med EST (Effektiv Samordning för "
        "Trygghet) och skapa dialog med allmänheten.",
        "Antal fotpatrullpass i områden utpekade i EST", 150, "fotpatrullpass", "antal",
        plan=(0, 0, 10, 16, 18, 20, 20, 16, 18, 17, 16, 14),
        areas=("Busstationen", "Busstationen", "Busstationen", "Hötorget", "Hötorget",
               "Centrum"),
        performers=("Polisen",),
        comments=(
            "Fotpatrull kvällstid, samtal med ungdomar vid busstationen.",
            "Lugnt, dialog med allmänheten.",
            "Dialog med butikspersonal om snatterier.",
            "Kontroll av cykelparkeringen och information om stöldskydd.",
            "Fotpatrull under helgkvällar.",
            "",
        ),
        start=f"{PROMISE_YEAR}-03-01", target_areas=("Busstationen", "Hötorget", "Centrum"),
        aggregate="week", weekdays_only=False,
    ),
    Commitment(
        "P2", "Polisen",
        "Arbeta med riktade insatser mot narkotika samt med relationsskapande och uppsökande "
        "verksamhet i skolor och på fritidsgårdar.",
        "Antal riktade insatser mot narkotika och uppsökande besök i skolor och på "
        "fritidsgårdar", 40, "riktade insatser", "antal",
        plan=(5, 5, 5, 4, 4, 2, 1, 1, 2, 1, 2, 1),
        areas=("Centrum", "Busstationen", "Hötorget", "Brogården", "Vinbäcken"),
        performers=("Polisen",),
        comments=(
            "Riktad insats mot narkotikaförsäljning i centrum.",
            "Uppsökande besök på fritidsgården.",
            "Relationsskapande besök på skolgården under lunchrasten.",
            "Insats mot langning inför helgen.",
            "Insats efter tips i EST-lägesbilden.",
        ),
        target_areas=CENTRE, partners=("Skolan", "Fritidsgården"),
    ),
    Commitment(
        "P3", "Polisen",
        "Besöka alla elever i årskurs 7 och informera om bland annat narkotikabrott, brott "
        "över sociala medier och straffbarhetsåldern.",
        "Antal besökta klasser i årskurs 7", 9, "besökta klasser i åk 7", "antal",
        plan=(0, 0, 1, 1, 0, 0, 0, 0, 2, 3, 2, 0),
        areas=("", "", "Centrum", "Vinbäcken"), performers=("Polisen",),
        comments=(
            "Klassbesök i åk 7: narkotika, brott över sociala medier och straffbarhetsålder.",
            "Klassbesök i åk 7 tillsammans med skolkuratorn.",
            "",
        ),
        partners=("Skolan",),
    ),
    Commitment(
        "G1", "Tillsammans", "Utveckla arbetet med Grannsamverkan.",
        "Antal nya grannsamverkansområden", 10, "nya grannsamverkansområden", "antal",
        plan=(0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0),
        areas=("Malmgården", "Sörskogen", "Vinbäcken", "Axvall", "Varnhem", "Ardala",
               "Landsbygd"),
        performers=("Polisen", "Kommunen", "Samverkan mot brott"),
        comments=(
            "Nytt grannsamverkansområde startat.",
            "Uppstartsmöte för grannsamverkan, skyltar uppsatta.",
            "Informationsmöte och uppstart med kontaktombud.",
        ),
        partners=("Samverkan mot brott",),
    ),
    Commitment(
        "G2", "Tillsammans",
        "Samverka med näringslivet och föra dialog med föreningar för att minska brott och "
        "öka tryggheten.",
        "Antal dialogmöten med näringsliv och föreningar", 8, "dialogmöten", "antal",
        plan=(0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1),
        areas=("Centrum", "Centrum", ""), performers=("Kommunen", "Polisen", "Skara Handel"),
        comments=(
            "Dialogmöte med Skara Handel om stölder i butik.",
            "Möte med idrottsföreningarna om trygghet vid kvällsträningar.",
            "Dialog med fastighetsägare om belysning och klotter.",
            "Företagarfrukost om brottsförebyggande arbete.",
        ),
        partners=("Skara Handel", "Föreningslivet"),
    ),
    Commitment(
        "G3", "Tillsammans",
        "Fortsätta samverka kring det drogförebyggande arbetet i kommunen.",
        "Antal gemensamma drogförebyggande aktiviteter", 6, "drogförebyggande aktiviteter",
        "antal",
        plan=(0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0),
        areas=("", "Centrum", "Brogården"), performers=("Kommunen", "Polisen"),
        comments=(
            "Gemensam tillsyn av tobaks- och alkoholförsäljning.",
            "Föräldramöte om narkotika med skola och polis.",
            "Utbildning om drogtecken för personal på fritidsgården.",
        ),
        partners=("Skolan", "Fritidsgården"),
    ),
    Commitment(
        "G4", "Tillsammans",
        "Fortsätta arbeta med kontinuerlig kommunikation kring kommunens och polisens "
        "brottsförebyggande arbete.",
        "Antal kommunikationsinsatser om det brottsförebyggande arbetet", 24,
        "kommunikationsinsatser", "antal",
        plan=(2, 2, 3, 2, 2, 2, 1, 2, 3, 2, 3, 2),
        areas=("",), performers=("Kommunen", "Polisen"),
        comments=(
            "Inlägg i sociala medier och artikel i kommunens nyhetsbrev.",
            "Pressmeddelande om fotpatrulleringen.",
            "Polisens lägesbild publicerad på webben.",
            "",
        ),
        aggregate="month",
    ),
    Commitment(
        "G5", "Tillsammans", "Gemensamt informera om och förebygga brott som berör äldre.",
        "Antal informationsträffar om brott mot äldre", 10, "informationsträffar", "antal",
        plan=(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1),
        areas=("Centrum", "Axvall", "Varnhem", ""), performers=("Polisen", "Kommunen", "PRO"),
        comments=(
            "Informationsträff om telefonbedrägerier hos PRO.",
            "Träff för seniorer om bedrägerier och inbrottsskydd.",
            "Information till hemtjänstens personal om bedrägerier mot äldre.",
        ),
        partners=("PRO", "SPF Seniorerna"),
    ),
)  # fmt: skip

# Steering-group check-ins: (status, comment) per meeting. Written by hand to match the
# plans above: mostly the pace, but the group's judgement differs where it knows more
# (P3's visits are booked for the autumn, K3's date was already set in March).
MEETINGS = ("2022-03-15", "2022-06-14", "2022-09-20", "2022-12-13")
CHECKINS: dict[str, tuple[tuple[str, str], ...]] = {
    "K1": (
        ("grön", "Aktiviteterna har kommit igång, årets plan är klar."),
        ("gul", "Något efter plan, sommarlovsaktiviteterna ska ta igen det."),
        ("gul", "Färre aktiviteter än planerat under sommaren, höstens program är fullt."),
        ("gul", "Nästan alla aktiviteter genomförda, resten flyttas till våren."),
    ),
    "K2": (
        ("gul", "Uppstart med Skara Handel och fastighetsägarna, inventering i april."),
        ("gul", "Kvällsinventeringen är gjord, handlingsplan för belysning tas fram."),
        ("gul", "Ansökan försenad, underlag om kvällsekonomin saknas."),
        ("röd", "Certifieringen hinns inte med i år, arbetet fortsätter 2023."),
    ),
    "K3": (
        ("grön", "Datum för trygghetsvandringen är satt, inbjudan skickad till boende."),
        ("gul", "Planering pågår med fastighetsägarna."),
        ("grön", "Trygghetsvandringen genomförd, åtgärdslista lämnad till samhällsbyggnad."),
        ("grön", "Flera åtgärder från vandringen gjorda, bland annat belysning."),
    ),
    "P1": (
        ("grön", "Fotpatrulleringen startade 1 mars vid busstationen och Hötorget."),
        ("grön", "Enligt plan, många samtal med ungdomar kvällstid."),
        ("grön", "Före plan. Färre anmälda stölder vid busstationen sedan i våras."),
        ("grön", "Målet nått, fotpatrulleringen fortsätter 2023."),
    ),
    "P2": (
        ("grön", "Flera riktade insatser under vintern, fler narkotikabrott upptäckta."),
        ("grön", "Före plan. Fler narkotikabrott i centrum är en följd av insatserna."),
        ("gul", "Färre insatser under sommaren på grund av semesterbemanning."),
        ("gul", "Något under målet, resurser har gått till andra ärenden i höst."),
    ),
    "P3": (
        ("grön", "Besöken samordnade med skolan, de flesta klasser besöks i höst."),
        ("gul", "Två klasser besökta, resten bokade till hösten."),
        ("gul", "Höstens klassbesök har börjat."),
        ("grön", "Alla klasser i åk 7 besökta."),
    ),
    "G1": (
        ("gul", "Intresse från flera bostadsområden, uppstartsmöten planeras."),
        ("röd", "Svårt att hitta kontaktombud, färre nya områden än planerat."),
        ("röd", "Fortsatt efter plan, ny informationsinsats i tätorterna i höst."),
        ("röd", "Hälften av målet nått, arbetssättet ses över inför 2023."),
    ),
    "G2": (
        ("gul", "Första dialogmötet hållet med Skara Handel."),
        ("gul", "Mötena med föreningarna skjutna till hösten."),
        ("gul", "Arbetet har kommit igång igen efter sommaren."),
        ("grön", "Dialogmötena genomförda enligt plan, uppskattade av näringslivet."),
    ),
    "G3": (
        ("grön", "Gemensam tillsyn av tobaksförsäljning genomförd."),
        ("gul", "En aktivitet flyttad på grund av sjukdom."),
        ("röd", "Efter plan, höstens föräldramöten ska ta igen en del."),
        ("gul", "Nära målet, det drogförebyggande nätverket fortsätter 2023."),
    ),
    "G4": (
        ("grön", "Regelbundna inlägg i sociala medier och nyhetsbrev."),
        ("grön", "Enligt plan."),
        ("grön", "Bra genomslag för informationen om fotpatrullerna."),
        ("grön", "Målet nått."),
    ),
    "G5": (
        ("gul", "Planering med PRO och SPF Seniorerna pågår."),
        ("röd", "Inga träffar ännu, start efter sommaren."),
        ("röd", "Träffar bokade under hösten med PRO och SPF Seniorerna."),
        ("röd", "Långt från målet, fler träffar planeras tidigt 2023."),
    ),
}


def loften_rows(commitments: Iterable[Commitment] = COMMITMENTS) -> list[list[str]]:
    """One row per commitment."""
    return [
        [c.id, str(PROMISE_YEAR), c.part, c.text, c.indicator, str(c.target), c.unit,
         c.rule, c.start, c.end, "|".join(c.target_areas), "|".join(c.partners)]
        for c in commitments
    ]  # fmt: skip


def _days(c: Commitment, month: int) -> list[date]:
    """Candidate days in a month for a commitment's events, within its period."""
    first, last = date.fromisoformat(c.start), date.fromisoformat(c.end)
    n_days = calendar.monthrange(PROMISE_YEAR, month)[1]
    lo, hi = c.days[0], min(c.days[1], n_days)
    days = [date(PROMISE_YEAR, month, d) for d in range(lo, hi + 1)]
    return [d for d in days if first <= d <= last and (not c.weekdays_only or d.weekday() < 5)]


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


def aktiviteter_rows(
    rng: np.random.Generator, commitments: Iterable[Commitment] = COMMITMENTS
) -> list[list[str]]:
    """Activity reports for the promise year, sorted by date and commitment."""
    order = {c.id: i for i, c in enumerate(COMMITMENTS)}
    rows: list[tuple[date, str, int, str, str, str]] = []
    for c in commitments:
        events: list[tuple[date, str]] = []
        for month, count in enumerate(c.plan, start=1):
            days = _days(c, month)
            for _ in range(count):
                events.append((days[int(rng.integers(len(days)))], _pick(rng, c.areas)))
        if c.aggregate:
            groups: dict[tuple, list[date]] = {}
            for day, area in events:
                period = day.isocalendar()[:2] if c.aggregate == "week" else (day.month,)
                groups.setdefault((period, area), []).append(day)
            bundled = sorted((max(days), area, len(days)) for (_, area), days in groups.items())
        else:
            bundled = sorted((day, area, 1) for day, area in events)
        for day, area, n in bundled:
            rows.append((day, c.id, n, area, _pick(rng, c.performers), _comment(rng, c)))
        for month, area, by, text in c.notes:
            days = _days(c, month)
            rows.append((days[int(rng.integers(len(days)))], c.id, 0, area, by, text))
    rows.sort(key=lambda r: (r[0], order[r[1]], r[3]))
    return [[d.isoformat(), cid, str(n), area, by, text] for d, cid, n, area, by, text in rows]


def _comment(rng: np.random.Generator, c: Commitment) -> str:
    # About one report in five comes without a comment, as in real follow-up files.
    if not c.comments or rng.random() < 0.2:
        return ""
    return _pick(rng, c.comments)


def uppfoljning_rows() -> list[list[str]]:
    """Every commitment at each of the year's four steering-group meetings."""
    return [
        [meeting, c.id, *CHECKINS[c.id][i]]
        for i, meeting in enumerate(MEETINGS)
        for c in COMMITMENTS
    ]


# --- the big scales: a police region and the nation ------------------------------------

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
        counts = brott_counts(muni, _rng(seed, i, "brott"), years)  # (area, category, month)
        base = len(suffixes)
        suffixes += [f",{a.name},{c},{muni.name}" for a in muni.areas for c in CATEGORIES]
        cell = np.repeat(np.arange(counts.size), counts.ravel())
        area_category, month = np.divmod(cell, n_months)
        rng = np.random.default_rng([seed, i, 100])
        day = month_start[month] + (rng.random(len(month)) * days_in[month]).astype(np.int64)
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
            [*r[:3], r[3].replace("Skara", muni.name), muni.name]
            for r in uppfoljning_rows()
            if r[1] in local
        ]
        rows = aktiviteter_rows(_rng(seed, i, "aktiviteter"), commitments)
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
        ([*r, m.name] for i, m in enumerate(munis) for r in enkat_rows(m, _rng(seed, i, "enkat"))),
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
    from dashboard.ingest.importer import import_files

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


# --- writing ---------------------------------------------------------------------------


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Write a canonical CSV: UTF-8 without BOM, comma, LF, minimal quoting."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def generate(out_dir: Path, seed: int = 2022, scale: str = "skara") -> dict[str, Path]:
    """Write the six demo CSV files into ``out_dir``; return kind → path."""
    out_dir = Path(out_dir)
    munis = municipalities(scale)
    # The promise and its follow-up belong to the first municipality (stream index 0).
    rows: dict[str, list[list[str]]] = {
        "omraden": [r for m in munis for r in omraden_rows(m)],
        "loften": loften_rows(),
        "aktiviteter": aktiviteter_rows(_rng(seed, 0, "aktiviteter")),
        "brott": [r for i, m in enumerate(munis) for r in brott_rows(m, _rng(seed, i, "brott"))],
        "enkat": [r for i, m in enumerate(munis) for r in enkat_rows(m, _rng(seed, i, "enkat"))],
        "uppfoljning": uppfoljning_rows(),
    }
    return {kind: write_csv(out_dir / f"{kind}.csv", HEADERS[kind], rows[kind]) for kind in HEADERS}


def write_excel_variants(src_dir: Path, out_dir: Path) -> dict[str, Path]:
    """Rewrite each canonical file as Swedish Excel saves it.

    Separator ``;``, Windows-1252, CRLF, upper-case headers and decimal comma in
    ``värde``: the importer must accept all of this without being told.
    """
    src_dir, out_dir = Path(src_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for kind in HEADERS:
        with (src_dir / f"{kind}.csv").open(encoding="utf-8", newline="") as f:
            header, *rows = list(csv.reader(f))
        if "värde" in header:
            i = header.index("värde")
            for row in rows:
                row[i] = row[i].replace(".", ",")
        path = out_dir / f"{kind}.csv"
        # errors="strict": a character cp1252 cannot hold should fail here, not in a user's Excel.
        with path.open("w", encoding="cp1252", errors="strict", newline="") as f:
            writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
            writer.writerow([h.upper() for h in header])
            writer.writerows(rows)
        paths[kind] = path
    return paths


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
        {"datum": "2022-06-14", "löfte_id": "P1"},
        {"datum": "2022-06-14", "löfte_id": "G1"},
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


README = """\
# Exempeldata

Exempeldata — fiktiva siffror, genererade av `dashboard/demo.py`. Det är inte verklig
statistik: brott, enkätsvar och aktiviteter är påhittade för att visa hur verktyget fungerar.
Medborgarlöftets texter kommer från Skara kommuns och polisens löfte för 2022.

Example data — fictitious figures, generated by `dashboard/demo.py`. These are not real
statistics: crimes, survey answers and activities are made up to show how the tool works.
The commitments' texts come from Skara's and the police's 2022 citizen promise.

`excel-sv/` holds the same files as Swedish Excel saves them (`;`, Windows-1252, CRLF,
decimal comma). Regenerate with `python -m dashboard.demo`.
"""


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
        if args.out_dir is None or args.out_dir.resolve().is_relative_to(REPO):
            parser.error("--scale region/nation needs an OUT_DIR outside the repository")
        paths = generate_big(args.out_dir, args.scale, seed=args.seed)
        print(f"{args.scale}: {len(municipalities(args.scale))} kommuner in {args.out_dir}")
        if args.load:
            from dashboard.storage.database import default_engine

            load(args.out_dir, default_engine())
        return 0
    out_dir = args.out_dir or DEFAULT_OUT
    templates = args.templates or (None if args.out_dir else DEFAULT_TEMPLATES)

    paths = generate(out_dir, seed=args.seed)
    write_excel_variants(out_dir, out_dir / "excel-sv")
    (out_dir / "README.md").write_text(README, encoding="utf-8")
    if templates:
        write_templates(out_dir, templates)
    for kind, path in paths.items():
        print(f"{kind:12} {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
