"""The public data contract: kinds of file, their columns, aliases and vocabularies.

Every column name, alias and allowed value lives here and nowhere else
(see ``CONTRACT.md`` in the shared folder for the prose version).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

# Order in which kinds must be imported when several files arrive at once:
# areas before the commitments that name them, commitments before their reports.
KINDS: tuple[str, ...] = (
    "omraden",
    "loften",
    "aktiviteter",
    "uppfoljning",
    "brott",
    "enkat",
    "kommunstatistik",
)


@dataclass(frozen=True)
class Column:
    """One column of a CSV kind: canonical Swedish name and accepted aliases."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Kind:
    """A kind of CSV file and its columns, in canonical (export) order."""

    name: str
    columns: tuple[Column, ...]
    # Sets of columns of which at least one must be present (e.g. månad or datum).
    one_of: tuple[tuple[str, ...], ...] = field(default=())

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


KIND_SPECS: dict[str, Kind] = {
    "omraden": Kind(
        "omraden",
        (
            Column("område", ("area", "omrade_namn", "name_of_area"), required=True),
            Column("kommun", ("municipality",)),
            Column("typ", ("type",)),
            Column("ingår_i", ("parent", "ingar_i_omrade")),
            Column("invånare", ("population", "befolkning", "antal_invanare")),
        ),
    ),
    "loften": Kind(
        "loften",
        (
            Column("löfte_id", ("commitment_id", "id"), required=True),
            Column("år", ("year", "ar"), required=True),
            Column("part", ("party",), required=True),
            Column("löfte", ("text", "commitment", "lofte_text"), required=True),
            Column("indikator", ("indicator",), required=True),
            Column("mål", ("target", "malvarde"), required=True),
            Column("enhet", ("unit",)),
            Column("målregel", ("target_rule", "regel")),
            Column("start", ("startdatum", "start_date", "från")),
            Column("slut", ("end", "slutdatum", "end_date", "till")),
            Column("område", ("areas", "area", "omraden")),
            Column("samverkanspart", ("partners", "partner", "samverkansparter")),
            Column("kommun", ("municipality",)),
        ),
    ),
    "aktiviteter": Kind(
        "aktiviteter",
        (
            Column("datum", ("date",), required=True),
            Column("löfte_id", ("commitment_id",), required=True),
            Column("antal", ("count", "number"), required=True),
            Column("område", ("area",)),
            Column("utförare", ("performed_by", "utfort_av")),
            Column("kommentar", ("comment", "anteckning")),
            Column("kommun", ("municipality",)),
        ),
    ),
    "uppfoljning": Kind(
        "uppfoljning",
        (
            Column("datum", ("date",), required=True),
            Column("löfte_id", ("commitment_id",), required=True),
            Column("status", (), required=True),
            Column("kommentar", ("comment", "anteckning")),
            Column("publik", ("public",)),
            Column("kommun", ("municipality",)),
        ),
    ),
    "brott": Kind(
        "brott",
        (
            Column("månad", ("month", "period")),
            Column("datum", ("date", "anmalningsdatum")),
            Column("område", ("area",), required=True),
            Column("brottstyp", ("category", "brottskategori", "kategori"), required=True),
            Column("antal", ("count", "number", "antal_brott")),
            Column("kommun", ("municipality",)),
        ),
        one_of=(("månad", "datum"),),
    ),
    "enkat": Kind(
        "enkat",
        (
            Column("år", ("year", "ar", "period")),
            Column("område", ("area",), required=True),
            Column("indikator", ("indicator", "fraga", "question", "index"), required=True),
            Column("värde", ("value",), required=True),
            Column("skala", ("scale",)),
            Column("antal_svar", ("respondents", "n", "svarande")),
            Column("urval", ("sampling", "sample")),
            Column("kommun", ("municipality",)),
        ),
        one_of=(("år",),),
    ),
    # Official yearly figures per kommun (Brå's file). ``år`` and ``brottstyp`` are not in
    # the agency's rows (they are in its file name): the importer adds them (ingest.official).
    "kommunstatistik": Kind(
        "kommunstatistik",
        (
            Column("kommun", ("municipality", "region", "kommunnamn"), required=True),
            Column("kommunkod", ("municipality_code", "kod", "code", "region_code")),
            Column("år", ("year", "ar"), required=True),
            Column("brottstyp", ("category", "brottskategori", "kategori"), required=True),
            Column("antal", ("count", "number", "antal_brott"), required=True),
            Column(
                "per_100000",
                (
                    "per 100 000 inv.",
                    "per 100 000 invånare",
                    "per_100000_inv",
                    "per 100 000",
                    "rate",
                ),
            ),
            Column("invånare", ("population", "befolkning", "antal_invanare")),
        ),
    ),
}

# Kind names accepted on the command line, with English aliases.
KIND_ALIASES: dict[str, str] = {
    "areas": "omraden",
    "omraden": "omraden",
    "commitments": "loften",
    "loften": "loften",
    "activities": "aktiviteter",
    "aktiviteter": "aktiviteter",
    "crimes": "brott",
    "crime": "brott",
    "brott": "brott",
    "survey": "enkat",
    "enkat": "enkat",
    "checkins": "uppfoljning",
    "uppfoljning": "uppfoljning",
    "kommunstatistik": "kommunstatistik",
    "official": "kommunstatistik",
    "official_statistics": "kommunstatistik",
}

PARTIES: tuple[str, ...] = ("Kommunen", "Polisen", "Tillsammans")
PARTY_ALIASES: dict[str, str] = {
    "kommunen": "Kommunen",
    "kommun": "Kommunen",
    "municipality": "Kommunen",
    "polisen": "Polisen",
    "polis": "Polisen",
    "police": "Polisen",
    "tillsammans": "Tillsammans",
    "together": "Tillsammans",
    "joint": "Tillsammans",
    "gemensamt": "Tillsammans",
}

TARGET_RULES: dict[str, str] = {
    "antal": "antal",
    "count": "antal",
    "milstolpe": "milstolpe",
    "milestone": "milstolpe",
}

# Check-in statuses: stored as the internal codes used by the metrics module.
STATUS_ALIASES: dict[str, str] = {
    "gron": "green",
    "green": "green",
    "gul": "amber",
    "amber": "amber",
    "yellow": "amber",
    "rod": "red",
    "red": "red",
}
STATUS_EXPORT: dict[str, str] = {"green": "grön", "amber": "gul", "red": "röd"}

# Whether a check-in's comment may be shown to the citizens (``publik``; empty: no).
# Keys are folded (see ``fold``).
PUBLIC_VALUES: dict[str, bool] = {
    "ja": True,
    "yes": True,
    "true": True,
    "1": True,
    "x": True,
    "nej": False,
    "no": False,
    "false": False,
    "0": False,
}
PUBLIC_EXPORT: dict[bool, str] = {True: "ja", False: "nej"}

CATEGORIES: tuple[str, ...] = (
    "stöld",
    "narkotika",
    "våld",
    "skadegörelse",
    "inbrott",
    "bedrägeri",
    "övrigt",
)
# Keys are folded (see ``fold``); the usual long Swedish names and English ones.
CATEGORY_ALIASES: dict[str, str] = {
    "stold": "stöld",
    "stolder": "stöld",
    "stold- och tillgreppsbrott": "stöld",
    "stold och tillgreppsbrott": "stöld",
    "stold- och tillgreppsbrott m.m.": "stöld",
    "tillgrepp": "stöld",
    "tillgreppsbrott": "stöld",
    "theft": "stöld",
    "narkotika": "narkotika",
    "narkotikabrott": "narkotika",
    "brott mot narkotikastrafflagen": "narkotika",
    "narcotics": "narkotika",
    "drugs": "narkotika",
    "vald": "våld",
    "valdsbrott": "våld",
    "misshandel": "våld",
    "brott mot person": "våld",
    "violence": "våld",
    "skadegorelse": "skadegörelse",
    "skadegorelsebrott": "skadegörelse",
    "vandalism": "skadegörelse",
    "criminal damage": "skadegörelse",
    "inbrott": "inbrott",
    "bostadsinbrott": "inbrott",
    "burglary": "inbrott",
    "bedrageri": "bedrägeri",
    "bedragerier": "bedrägeri",
    "bedrageribrott": "bedrägeri",
    "fraud": "bedrägeri",
    "ovrigt": "övrigt",
    "ovriga brott": "övrigt",
    "other": "övrigt",
}

# Categories of the official statistics per kommun: the contract's, and all crimes.
ALL_CRIMES = "samtliga"
STATS_CATEGORIES: tuple[str, ...] = (*CATEGORIES, ALL_CRIMES)
STATS_CATEGORY_ALIASES: dict[str, str] = CATEGORY_ALIASES | {
    "samtliga": ALL_CRIMES,
    "samtliga brott": ALL_CRIMES,
    "alla brott": ALL_CRIMES,
    "alla": ALL_CRIMES,
    "totalt": ALL_CRIMES,
    "anmalda brott": ALL_CRIMES,
    "samtliga anmalda brott": ALL_CRIMES,
    "all": ALL_CRIMES,
    "all crimes": ALL_CRIMES,
    "total": ALL_CRIMES,
}

SCALES: dict[str, str] = {
    "andel": "andel",
    "share": "andel",
    "procent": "andel",
    "index": "index",
}
SAMPLINGS: dict[str, str] = {
    "slumpmassigt": "slumpmässigt",
    "slumpmassigt urval": "slumpmässigt",
    "random": "slumpmässigt",
    "sjalvselekterat": "självselekterat",
    "sjalvselekterad": "självselekterat",
    "self-selected": "självselekterat",
    "open": "självselekterat",
    "webbenkat": "självselekterat",
}

# Survey indicators the views know by name (free text is still accepted).
SURVEY_INDICATORS: tuple[str, ...] = (
    "otrygg_kvall",
    "oro_stold",
    "oro_vald",
    "narkotika_problem",
    "problemindex",
)

# Header names that suggest a column meant for people's names or identities.
PERSONAL_COLUMNS: tuple[str, ...] = (
    "namn",
    "name",
    "fornamn",
    "efternamn",
    "personnummer",
    "personnr",
    "pnr",
    "person_id",
    "samordningsnummer",
    "e-post",
    "epost",
    "email",
    "telefon",
    "phone",
    "adress",
    "address",
    "malsagande",
    "misstankt",
    "gärningsperson",
    "garningsperson",
    "suspect",
    "victim",
)

MIN_SURVEY_ANSWERS = 30  # survey results with fewer answers are hidden
SMALL_COUNT_MAX = 4  # counts 1..4 are shown as "1–4" below municipality level


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip and remove diacritics (å→a, ä→a, ö→o, é→e)."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def header_key(text: str) -> str:
    """Normalise a header cell for matching: folded, spaces and dashes as ``_``."""
    key = fold(text).replace("\ufeff", "")
    for ch in " -.":
        key = key.replace(ch, "_")
    while "__" in key:
        key = key.replace("__", "_")
    return key.strip("_")


def slug(name: str) -> str:
    """URL slug of an area name: lower case, å/ä→a, ö→o, spaces→``-``."""
    return "-".join(fold(name).split())


def column_lookup(kind: str) -> dict[str, str]:
    """Map every accepted header key of a kind to its canonical column name."""
    lookup: dict[str, str] = {}
    for col in KIND_SPECS[kind].columns:
        for alias in (col.name, *col.aliases):
            lookup.setdefault(header_key(alias), col.name)
    return lookup


def looks_personal(header: str) -> bool:
    """True for a header that looks meant for names or identities."""
    key = header_key(header)
    return any(
        key == header_key(p) or key.startswith(header_key(p) + "_") for p in PERSONAL_COLUMNS
    )
