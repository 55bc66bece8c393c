"""Every visible string, in Swedish (default) and English, and locale-aware formatting.

``t("key", lang, **params)`` looks a string up and fills ``{params}``. Add new
strings to ``CATALOGUE``; a missing English text falls back to Swedish, and a
missing key raises, so typos are caught by the tests.
"""

from __future__ import annotations

import math
from datetime import date

LANGS = ("sv", "en")
DEFAULT_LANG = "sv"

MONTHS = {
    "sv": [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
}  # fmt: skip
MONTHS_SHORT = {
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

CATALOGUE: dict[str, dict[str, str]] = {
    # --- product -----------------------------------------------------------
    "app.title": {"sv": "Medborgarlöfte", "en": "Citizen promise"},
    "app.demo_badge": {
        "sv": "Exempeldata – fiktiva siffror",
        "en": "Example data – fictitious figures",
    },
    # --- frame and navigation ---------------------------------------------
    "frame.no_data": {"sv": "Ingen data importerad ännu.", "en": "No data imported yet."},
    "frame.data_until": {"sv": "Data t.o.m. {month}", "en": "Data up to {month}"},
    "frame.last_import": {"sv": "senast importerad {date}", "en": "last imported {date}"},
    "frame.other_language": {"sv": "English", "en": "Svenska"},
    "nav.overview": {"sv": "Översikt", "en": "Overview"},
    "nav.trends": {"sv": "Trender", "en": "Trends"},
    "nav.area": {"sv": "Område", "en": "Area"},
    "nav.commitments": {"sv": "Löften", "en": "Commitments"},
    "nav.import": {"sv": "Import", "en": "Import"},
    "nav.wall": {"sv": "Väggskärm", "en": "Wall screen"},
    "nav.report": {"sv": "Rapport", "en": "Report"},
    "page.not_found": {"sv": "Sidan finns inte", "en": "Page not found"},
    "page.not_found_hint": {
        "sv": "Adressen leder inte till någon sida. Gå till översikten.",
        "en": "The address leads to no page. Go to the overview.",
    },
    # --- filters -------------------------------------------------------------
    "filter.area": {"sv": "Område", "en": "Area"},
    "filter.part": {"sv": "Part eller samverkanspart", "en": "Party or partner"},
    "filter.all_parts": {"sv": "Alla parter", "en": "All parties"},
    "filter.period": {"sv": "Period", "en": "Period"},
    "filter.period_text": {"sv": "{start} – {end}", "en": "{start} – {end}"},
    "empty.no_match": {
        "sv": "Inget att visa för de valda filtren.",
        "en": "Nothing to show for the chosen filters.",
    },
    "empty.no_match_hint": {
        "sv": "Välj ett annat område, en annan part eller en längre period.",
        "en": "Choose another area, another party or a longer period.",
    },
    # --- overview ----------------------------------------------------------------
    "overview.title": {"sv": "Översikt", "en": "Overview"},
    "overview.intro": {
        "sv": "Medborgarlöfte {year} – {kommun} kommun och lokalpolisområdet. Läget {date}.",
        "en": "Citizen promise {year} – {kommun} municipality and the local police area. "
        "Status on {date}.",
    },
    "overview.headlines": {"sv": "Läget i siffror", "en": "Headline figures"},
    "overview.no_commitments": {
        "sv": "Inga löften matchar filtren.",
        "en": "No commitments match the filters.",
    },
    "gauge.achieved": {
        "sv": "{achieved} av {target} {unit}",
        "en": "{achieved} of {target} {unit}",
    },
    "gauge.expected": {
        "sv": "Väntat i dag enligt takten: {expected}",
        "en": "Expected today at an even pace: {expected}",
    },
    "gauge.milestone_done": {"sv": "Genomfört", "en": "Done"},
    "gauge.milestone_open": {"sv": "Inte genomfört ännu", "en": "Not done yet"},
    "gauge.computed": {"sv": "Beräknat", "en": "Computed"},
    "gauge.assessed": {"sv": "Styrgruppen {date}", "en": "Steering group {date}"},
    "gauge.no_checkin": {"sv": "Ingen uppföljning ännu", "en": "No check-in yet"},
    "gauge.period_ended": {"sv": "Perioden slut {date}", "en": "Period ended {date}"},
    "gauge.rule_antal": {
        "sv": "Regel: genomfört ÷ (mål × andel av perioden som gått); "
        "≥ 1 i fas, ≥ 0,75 något efter, annars efter. Efter periodens slut: genomfört ÷ mål.",
        "en": "Rule: achieved ÷ (target × share of the period elapsed); "
        "≥ 1 on track, ≥ 0.75 slightly behind, else behind. After the period: achieved ÷ target.",
    },
    "gauge.rule_milstolpe": {
        "sv": "Regel: genomfört = i fas; inte genomfört = något efter fram till slutdatum, "
        "därefter efter.",
        "en": "Rule: done = on track; not done = slightly behind until the end date, "
        "behind after it.",
    },
    "rule.antal_running": {
        "sv": "Takt: genomfört {achieved} ÷ väntat hittills {expected} = {ratio} "
        "(≥ 1 i fas, ≥ 0,75 något efter, annars efter)",
        "en": "Pace: achieved {achieved} ÷ expected so far {expected} = {ratio} "
        "(≥ 1 on track, ≥ 0.75 slightly behind, else behind)",
    },
    "rule.antal_ended": {
        "sv": "Perioden är slut: genomfört {achieved} ÷ mål {target} = {ratio} "
        "(≥ 1 i fas, ≥ 0,75 något efter, annars efter)",
        "en": "The period has ended: achieved {achieved} ÷ target {target} = {ratio} "
        "(≥ 1 on track, ≥ 0.75 slightly behind, else behind)",
    },
    "rule.antal_not_started": {
        "sv": "Perioden börjar {date}; takten bedöms från start.",
        "en": "The period starts {date}; the pace is judged from then.",
    },
    "rule.milstolpe_done": {
        "sv": "Milstolpe: genomförd.",
        "en": "Milestone: done.",
    },
    "rule.milstolpe_open": {
        "sv": "Milstolpe: inte genomförd; räknas som något efter fram till {date}, därefter efter.",
        "en": "Milestone: not done; counts as slightly behind until {date}, behind after.",
    },
    "rule.milstolpe_late": {
        "sv": "Milstolpe: inte genomförd och slutdatum {date} har passerat.",
        "en": "Milestone: not done and the end date {date} has passed.",
    },
    "headline.theft": {"sv": "Anmälda stölder", "en": "Reported thefts"},
    "headline.narcotics": {"sv": "Anmälda narkotikabrott", "en": "Reported narcotics cases"},
    "headline.unsafe": {
        "sv": "Känner sig otrygga ute sent en kväll",
        "en": "Feel unsafe out late in the evening",
    },
    "headline.last12": {
        "sv": "Senaste 12 mån. ({start}–{end}) mot 12 mån. före: {before}",
        "en": "Last 12 months ({start}–{end}) against the 12 before: {before}",
    },
    "headline.wave": {
        "sv": "Enkät {year} (n = {n}) mot {prev}: {before}",
        "en": "Survey {year} (n = {n}) against {prev}: {before}",
    },
    "headline.no_clear_change": {
        "sv": "ingen säker förändring (intervallen överlappar)",
        "en": "no clear change (the intervals overlap)",
    },
    "headline.clear_change": {
        "sv": "en säker förändring (intervallen överlappar inte)",
        "en": "a clear change (the intervals do not overlap)",
    },
    "headline.neutral_note": {
        "sv": "Utfallen visas neutralt, utan trafikljus: många faktorer påverkar dem.",
        "en": "Outcomes are shown neutrally, without traffic lights: many things move them.",
    },
    # --- trends ------------------------------------------------------------------
    # --- area --------------------------------------------------------------------
    # --- commitments page --------------------------------------------------------
    # --- wall screen and report -------------------------------------------------
    # --- import page and accounts -----------------------------------------------
    # --- import: outcomes ---------------------------------------------------
    "import.ok": {
        "sv": "{file}: {kind}, {rows} importerade ({added} nya, {replaced} ersatta, "
        "{unchanged} oförändrade).",
        "en": "{file}: {kind}, {rows} imported ({added} new, {replaced} replaced, "
        "{unchanged} unchanged).",
    },
    "import.unchanged": {
        "sv": "{file}: {kind}, {rows} – inget ändrades (samma data fanns redan).",
        "en": "{file}: {kind}, {rows} – nothing changed (the same data was already there).",
    },
    "import.not_written": {
        "sv": "{file}: {kind}, felfri men inte sparad eftersom en annan fil avvisades.",
        "en": "{file}: {kind}, valid but not saved because another file was rejected.",
    },
    "word.row": {"sv": "{n} rad", "en": "{n} row"},
    "word.rows": {"sv": "{n} rader", "en": "{n} rows"},
    "import.dry_run": {
        "sv": "Provkörning: inget har sparats.",
        "en": "Dry run: nothing was saved.",
    },
    "import.rejected": {
        "sv": "{file}: filen avvisades, inget har sparats. {count} fel:",
        "en": "{file}: the file was rejected, nothing was saved. {count} errors:",
    },
    "import.error_line": {
        "sv": "rad {line}, kolumn {column}, värde {value}: {reason}",
        "en": "line {line}, column {column}, value {value}: {reason}",
    },
    "import.error_file": {"sv": "{reason}", "en": "{reason}"},
    "import.warning": {"sv": "Varning: {reason}", "en": "Warning: {reason}"},
    # --- import: reasons ----------------------------------------------------
    "err.empty_file": {"sv": "filen är tom", "en": "the file is empty"},
    "err.binary_file": {
        "sv": "filen är inte en textfil (CSV) – är den sparad som Excel-arbetsbok? "
        "Spara som CSV och försök igen",
        "en": "the file is not a text (CSV) file – was it saved as an Excel workbook? "
        "Save it as CSV and try again",
    },
    "err.unreadable": {
        "sv": "filen kan inte läsas: {detail}",
        "en": "cannot read the file: {detail}",
    },
    "err.bad_quoting": {
        "sv": 'citattecknen går inte ihop (ett " saknas eller står fel) från rad {line}',
        "en": 'the quotes do not match (a " is missing or misplaced) from line {line}',
    },
    "err.unknown_kind": {
        "sv": "känner inte igen filens sort av rubrikraden ({header}); ange --kind",
        "en": "cannot tell the kind of file from its header ({header}); give --kind",
    },
    "err.ambiguous_kind": {
        "sv": "rubrikraden passar flera sorter ({kinds}); ange --kind",
        "en": "the header fits several kinds ({kinds}); give --kind",
    },
    "err.missing_column": {
        "sv": "kolumnen {column} saknas (krävs för {kind})",
        "en": "column {column} is missing (required for {kind})",
    },
    "err.missing_one_of": {
        "sv": "en av kolumnerna {columns} krävs",
        "en": "one of the columns {columns} is required",
    },
    "err.duplicate_column": {
        "sv": "kolumnen {column} förekommer två gånger",
        "en": "column {column} appears twice",
    },
    "err.unknown_column": {
        "sv": "kolumnen {column} är okänd och lästes inte",
        "en": "column {column} is unknown and was not read",
    },
    "err.personal_column": {
        "sv": "kolumnen {column} ser ut att vara avsedd för namn eller identiteter – "
        "personuppgifter får inte importeras",
        "en": "column {column} looks meant for names or identities – "
        "personal data must not be imported",
    },
    "err.personnummer": {
        "sv": "värdet ser ut som ett personnummer – personuppgifter får inte importeras",
        "en": "the value looks like a Swedish personal identity number – "
        "personal data must not be imported",
    },
    "err.wrong_field_count": {
        "sv": "raden har {found} fält men rubriken {expected}",
        "en": "the line has {found} fields but the header {expected}",
    },
    "err.required": {"sv": "värde saknas", "en": "value missing"},
    "err.not_number": {"sv": "är inte ett tal", "en": "is not a number"},
    "err.not_integer": {"sv": "är inte ett heltal", "en": "is not a whole number"},
    "err.negative": {"sv": "får inte vara negativt", "en": "must not be negative"},
    "err.not_positive": {
        "sv": "måste vara större än 0",
        "en": "must be greater than 0",
    },
    "err.not_month": {
        "sv": "är inte en månad (skriv t.ex. 2022-03, 202203 eller mars 2022)",
        "en": "is not a month (write e.g. 2022-03, 202203 or mars 2022)",
    },
    "err.month_range": {
        "sv": "månaden {month} finns inte (1–12)",
        "en": "month {month} does not exist (1–12)",
    },
    "err.not_date": {
        "sv": "är inte ett datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-03-14)",
        "en": "is not a date (write YYYY-MM-DD, e.g. 2022-03-14)",
    },
    "err.not_year": {"sv": "är inte ett årtal", "en": "is not a year"},
    "err.unknown_category": {
        "sv": "okänd brottstyp; tillåtna är {allowed}",
        "en": "unknown crime category; allowed are {allowed}",
    },
    "err.unknown_party": {
        "sv": "okänd part; tillåtna är {allowed}",
        "en": "unknown party; allowed are {allowed}",
    },
    "err.unknown_rule": {
        "sv": "okänd målregel; tillåtna är antal och milstolpe",
        "en": "unknown target rule; allowed are antal and milstolpe",
    },
    "err.unknown_status": {
        "sv": "okänd status; tillåtna är grön, gul och röd",
        "en": "unknown status; allowed are green, amber and red",
    },
    "err.unknown_scale": {
        "sv": "okänd skala; tillåtna är andel och index",
        "en": "unknown scale; allowed are andel and index",
    },
    "err.unknown_sampling": {
        "sv": "okänt urval; tillåtna är slumpmässigt och självselekterat",
        "en": "unknown sampling; allowed are slumpmässigt and självselekterat",
    },
    "err.share_range": {
        "sv": "en andel ska ligga mellan 0 och 100",
        "en": "a share must lie between 0 and 100",
    },
    "err.unknown_area": {
        "sv": "okänt område{hint}",
        "en": "unknown area{hint}",
    },
    "err.unknown_commitment": {
        "sv": "okänt löfte_id för {year}{hint}",
        "en": "unknown commitment_id for {year}{hint}",
    },
    "err.did_you_mean": {"sv": " – menade du {name}?", "en": " – did you mean {name}?"},
    "err.no_areas_yet": {
        "sv": " – importera områden först",
        "en": " – import the areas first",
    },
    "err.duplicate_key": {
        "sv": "finns redan på rad {line}",
        "en": "already given on line {line}",
    },
    "err.end_before_start": {
        "sv": "slut ligger före start",
        "en": "end lies before start",
    },
    "err.date_outside": {
        "sv": "datumet ligger utanför löftets period {start}–{end}",
        "en": "the date lies outside the commitment's period {start}–{end}",
    },
    "err.no_rows": {
        "sv": "filen har inga datarader",
        "en": "the file has no data rows",
    },
    "err.unknown_kind_name": {
        "sv": "okänd sort {kind}; tillåtna är {allowed}",
        "en": "unknown kind {kind}; allowed are {allowed}",
    },
    # --- kinds ----------------------------------------------------------------
    "kind.omraden": {"sv": "områden", "en": "areas"},
    "kind.loften": {"sv": "löften", "en": "commitments"},
    "kind.aktiviteter": {"sv": "aktiviteter", "en": "activities"},
    "kind.uppfoljning": {"sv": "uppföljningar", "en": "check-ins"},
    "kind.brott": {"sv": "anmälda brott", "en": "reported crimes"},
    "kind.enkat": {"sv": "enkätresultat", "en": "survey results"},
    # --- vocabularies -----------------------------------------------------------
    "party.Kommunen": {"sv": "Kommunen lovar", "en": "The municipality promises"},
    "party.Polisen": {"sv": "Polisen lovar", "en": "The police promise"},
    "party.Tillsammans": {"sv": "Tillsammans lovar vi", "en": "Together we promise"},
    "party_short.Kommunen": {"sv": "Kommunen", "en": "Municipality"},
    "party_short.Polisen": {"sv": "Polisen", "en": "Police"},
    "party_short.Tillsammans": {"sv": "Tillsammans", "en": "Together"},
    "status.green": {"sv": "I fas", "en": "On track"},
    "status.amber": {"sv": "Något efter", "en": "Slightly behind"},
    "status.red": {"sv": "Efter", "en": "Behind"},
    "status.not_started": {"sv": "Ej påbörjad", "en": "Not started"},
    "status.none": {"sv": "Ingen uppföljning", "en": "No check-in"},
    "checkin.green": {"sv": "Grön", "en": "Green"},
    "checkin.amber": {"sv": "Gul", "en": "Amber"},
    "checkin.red": {"sv": "Röd", "en": "Red"},
    "cat.stöld": {"sv": "Stöld", "en": "Theft"},
    "cat.narkotika": {"sv": "Narkotika", "en": "Narcotics"},
    "cat.våld": {"sv": "Våld", "en": "Violence"},
    "cat.skadegörelse": {"sv": "Skadegörelse", "en": "Criminal damage"},
    "cat.inbrott": {"sv": "Inbrott", "en": "Burglary"},
    "cat.bedrägeri": {"sv": "Bedrägeri", "en": "Fraud"},
    "cat.övrigt": {"sv": "Övrigt", "en": "Other"},
    "ind.otrygg_kvall": {
        "sv": "Känner sig otrygg ute sent en kväll",
        "en": "Feel unsafe out late in the evening",
    },
    "ind.oro_stold": {"sv": "Oroar sig för stöld", "en": "Worried about theft"},
    "ind.oro_vald": {"sv": "Oroar sig för våld", "en": "Worried about violence"},
    "ind.narkotika_problem": {
        "sv": "Ser narkotika som ett problem",
        "en": "See narcotics as a problem",
    },
    "ind.problemindex": {"sv": "Problemindex (0–6)", "en": "Problem index (0–6)"},
    "sampling.slumpmässigt": {"sv": "slumpmässigt urval", "en": "random sample"},
    "sampling.självselekterat": {
        "sv": "självselekterat (öppen webbenkät)",
        "en": "self-selected (open web survey)",
    },
    "area.whole": {"sv": "Hela kommunen", "en": "Whole municipality"},
    "small.count": {"sv": "1–4", "en": "1–4"},
    "small.hidden": {"sv": "..", "en": ".."},
}


def lang_of(value: str | None) -> str:
    """The interface language for a ``lang`` query value: ``en`` or the default ``sv``."""
    return "en" if (value or "").strip().lower().startswith("en") else DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """Look up ``key`` in the catalogue and fill in ``params``."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    """True if the catalogue has ``key`` (for optional labels such as indicators)."""
    return key in CATALOGUE


def label(prefix: str, code: str, lang: str = DEFAULT_LANG) -> str:
    """The label of a vocabulary code (``cat``, ``ind``, ``status``…), or the code itself."""
    key = f"{prefix}.{code}"
    return t(key, lang) if key in CATALOGUE else code


def fmt_number(value: float | int | None, decimals: int = 0, lang: str = DEFAULT_LANG) -> str:
    """Format a number: Swedish ``2 537,5`` (no-break space, decimal comma), English ``2,537.5``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "−")
    return text


def fmt_percent(value: float | None, decimals: int = 0, lang: str = DEFAULT_LANG) -> str:
    """Format a percentage (value in percent): ``23,5 %`` / ``23.5%``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sep = "\u00a0" if lang == "sv" else ""
    return f"{fmt_number(value, decimals, lang)}{sep}%"


def fmt_signed_percent(value: float | None, decimals: int = 0, lang: str = DEFAULT_LANG) -> str:
    """A change in percent with its sign: ``+12 %``, ``−8 %``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "+" if value > 0 else ""
    return sign + fmt_percent(value, decimals, lang)


def fmt_month(year: int, month: int, lang: str = DEFAULT_LANG) -> str:
    """``mars 2022`` / ``March 2022``."""
    return f"{MONTHS[lang][month - 1]} {year}"


def fmt_date(day: date | None, lang: str = DEFAULT_LANG) -> str:
    """``14 mars 2022`` / ``14 March 2022``."""
    if day is None:
        return "–"
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
