"""Official statistics per kommun: the kind kommunstatistik and the comparison page (/jamfor)."""

ENTRIES: dict[str, dict[str, str]] = {
    # --- the comparison page /jamfor and the context on /trender (cmp.) -------------------
    "nav.compare": {"sv": "Jämför", "en": "Compare"},
    "cmp.title": {
        "sv": "Jämför med riket, länet och andra kommuner",
        "en": "Compared with the nation, the county and other municipalities",
    },
    "cmp.intro": {
        "sv": "Officiell statistik över anmälda brott per 100 000 invånare och år: {kommun} mot "
        "riket, {county} och de kommuner du väljer.",
        "en": "Official statistics of reported crimes per 100,000 inhabitants and year: "
        "{kommun} against the nation, {county} and the municipalities you choose.",
    },
    "cmp.nation": {"sv": "Riket", "en": "Sweden"},
    "cmp.nation_lower": {"sv": "riket", "en": "Sweden"},
    "cmp.filter_label": {"sv": "Jämför med kommuner", "en": "Compare with municipalities"},
    "cmp.filter_placeholder": {"sv": "Välj kommuner", "en": "Choose municipalities"},
    "cmp.category_choice": {"sv": "Brottstyp", "en": "Category"},
    "cmp.category.samtliga": {"sv": "Alla brott", "en": "All crimes"},
    "cmp.category.stöld": {"sv": "Stöld och tillgrepp", "en": "Theft"},
    "cmp.category.narkotika": {"sv": "Narkotikabrott", "en": "Narcotics"},
    "cmp.category.våld": {"sv": "Våld", "en": "Violence"},
    "cmp.category.skadegörelse": {"sv": "Skadegörelse", "en": "Criminal damage"},
    "cmp.category.inbrott": {"sv": "Inbrott", "en": "Burglary"},
    "cmp.category.bedrägeri": {"sv": "Bedrägeri", "en": "Fraud"},
    "cmp.category.övrigt": {"sv": "Övriga brott", "en": "Other crimes"},
    "cmp.what.samtliga": {"sv": "anmälda brott", "en": "reported crimes"},
    "cmp.what.stöld": {
        "sv": "anmälda stöld- och tillgreppsbrott",
        "en": "reported thefts",
    },
    "cmp.what.narkotika": {"sv": "anmälda narkotikabrott", "en": "reported narcotics offences"},
    "cmp.what.våld": {"sv": "anmälda våldsbrott", "en": "reported violent crimes"},
    "cmp.what.skadegörelse": {
        "sv": "anmälda skadegörelsebrott",
        "en": "reported criminal damage offences",
    },
    "cmp.what.inbrott": {"sv": "anmälda inbrott", "en": "reported burglaries"},
    "cmp.what.bedrägeri": {"sv": "anmälda bedrägerier", "en": "reported frauds"},
    "cmp.what.övrigt": {"sv": "övriga anmälda brott", "en": "other reported crimes"},
    "cmp.axis": {"sv": "Per 100 000 invånare", "en": "Per 100,000 inhabitants"},
    "cmp.hover_rate": {"sv": "{rate} per 100 000 invånare", "en": "{rate} per 100,000 inhabitants"},
    "cmp.hover_count": {"sv": "{count} anmälda brott", "en": "{count} reported crimes"},
    "cmp.county_incomplete_short": {
        "sv": "ofullständig ({missing} av {size} kommuner saknas)",
        "en": "incomplete ({missing} of {size} municipalities missing)",
    },
    "cmp.no_figure": {"sv": "uppgift saknas", "en": "no figure"},
    "cmp.sentence": {
        "sv": "{kommun} hade {rate} {what} per 100 000 invånare {year}{others}.",
        "en": "{kommun} had {rate} {what} per 100,000 inhabitants in {year}{others}.",
    },
    "cmp.sentence_change": {
        "sv": "Från {first} till {last} gick {kommun} från {before} till {after} ({change}).",
        "en": "From {first} to {last}, {kommun} went from {before} to {after} ({change}).",
    },
    "cmp.figure_heading": {
        "sv": "{category} per 100 000 invånare",
        "en": "{category} per 100,000 inhabitants",
    },
    "cmp.table_rates": {
        "sv": "{category}: anmälda brott per 100 000 invånare",
        "en": "{category}: reported crimes per 100,000 inhabitants",
    },
    "cmp.table_counts": {
        "sv": "{category}: antal anmälda brott",
        "en": "{category}: number of reported crimes",
    },
    "cmp.col_region": {"sv": "Region", "en": "Region"},
    "cmp.col_year": {"sv": "År", "en": "Year"},
    "cmp.col_category": {"sv": "Brottstyp", "en": "Category"},
    "cmp.col_count": {"sv": "Antal", "en": "Count"},
    "cmp.col_population": {"sv": "Invånare", "en": "Inhabitants"},
    "cmp.col_rate": {"sv": "Per 100 000 invånare", "en": "Per 100,000 inhabitants"},
    "cmp.unknown": {
        "sv": "Adressen nämner en kommun som inte finns: {slugs}. Den visas inte.",
        "en": "The address names a municipality that does not exist: {slugs}. It is not shown.",
    },
    "cmp.note_county": {
        "sv": "{county}: summan av länets {size} kommuners anmälda brott delad med summan av "
        "deras invånare – bara för år då alla har uppgift.",
        "en": "{county}: the reported crimes of the county's {size} municipalities summed and "
        "divided by their inhabitants summed – only for years in which all have a figure.",
    },
    "cmp.note_incomplete": {
        "sv": "{county} saknar uppgift för en del kommuner {years}, så länets siffra visas inte "
        "de åren.",
        "en": "{county} lacks figures for some municipalities in {years}, so the county's "
        "figure is not shown for those years.",
    },
    "cmp.note_source": {
        "sv": "Källa: Brås officiella statistik över anmälda brott per kommun, importerad som "
        "kommunstatistik.",
        "en": "Source: Brå's official statistics of reported crimes per municipality, imported "
        "as kommunstatistik.",
    },
    "cmp.note_outcomes": {
        "sv": "Siffrorna visas neutralt: många saker påverkar dem, och narkotikabrott ökar när "
        "polisen letar mer (upptäcktsbrott).",
        "en": "The figures are shown neutrally: many things move them, and narcotics offences "
        "rise when the police look harder (offences found by the police).",
    },
    "cmp.empty": {
        "sv": "Ingen officiell statistik per kommun är importerad än.",
        "en": "No official statistics per municipality have been imported yet.",
    },
    "cmp.empty_kommun": {
        "sv": "Det finns ingen officiell statistik för {kommun} än.",
        "en": "There are no official statistics for {kommun} yet.",
    },
    "cmp.empty_hint": {
        "sv": "Importera Brås fil över anmälda brott per kommun som den laddas ner, på sidan "
        "Import eller med: python -m dashboard import FIL --kind kommunstatistik --ar ÅR "
        "--brottstyp samtliga",
        "en": "Import Brå's file of reported crimes per municipality as downloaded, on the Import "
        "page or with: python -m dashboard import FILE --kind kommunstatistik --ar YEAR "
        "--brottstyp samtliga",
    },
    "cmp.unknown_kommun": {
        "sv": "{kommun} finns inte i SCB:s lista över kommuner, så den går inte att jämföra.",
        "en": "{kommun} is not in Statistics Sweden's list of municipalities, so it cannot be "
        "compared.",
    },
    "cmp.check_title": {
        "sv": "Stämmer den egna månadsdatan med den officiella statistiken?",
        "en": "Does our own monthly data agree with the official statistics?",
    },
    "cmp.check_intro": {
        "sv": "Anmälda brott i {kommun} enligt den egna månadsdatan (alla områden, summerat per "
        "år) mot den officiella statistiken: för hela år och brottstyper som båda har.",
        "en": "Reported crimes in {kommun} according to our own monthly data (every area, summed "
        "per year) against the official statistics: for whole years and categories both have.",
    },
    "cmp.check_caption": {
        "sv": "Egen månadsdata mot officiell statistik",
        "en": "Own monthly data against the official statistics",
    },
    "cmp.col_official": {"sv": "Officiell statistik", "en": "Official statistics"},
    "cmp.col_local": {"sv": "Egen månadsdata", "en": "Own monthly data"},
    "cmp.col_difference": {"sv": "Skillnad", "en": "Difference"},
    "cmp.col_percent": {"sv": "Skillnad i procent", "en": "Difference in per cent"},
    "cmp.check_empty": {
        "sv": "Inget helt år med samma brottstyp finns både i den egna månadsdatan och i den "
        "officiella statistiken, så det finns inget att stämma av.",
        "en": "No whole year of the same category is in both our own monthly data and the "
        "official statistics, so there is nothing to check.",
    },
    "cmp.check_note": {
        "sv": "En liten skillnad är väntad: brott kan ha registrerats eller klassats om efter "
        "uttaget, och brott utan känd plats hamnar inte i något område. En stor skillnad tyder "
        "på att uttaget saknar något.",
        "en": "A small difference is expected: crimes may have been recorded or reclassified "
        "after the extract, and crimes without a known place fall in no area. A large "
        "difference suggests the extract lacks something.",
    },
    "cmp.trend_title": {
        "sv": "Mot riket enligt den officiella statistiken",
        "en": "Against the nation in the official statistics",
    },
    "cmp.trend_line": {
        "sv": "{category} per 100 000 invånare {year}: {kommun} {rate}, riket {nation}.",
        "en": "{category} per 100,000 inhabitants in {year}: {kommun} {rate}, Sweden {nation}.",
    },
    "cmp.trend_link": {
        "sv": "Jämför med länet och andra kommuner",
        "en": "Compare with the county and other municipalities",
    },
}
