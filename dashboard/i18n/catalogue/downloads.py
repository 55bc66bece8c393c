"""Downloads of every table and figure's data (CSV, Excel): the links, the columns the
download tables add, and the workbook's "about the data" sheet."""

ENTRIES: dict[str, dict[str, str]] = {
    # The links beside each figure and table (components/downloads.py).
    "dl.fmt.csv": {"sv": "CSV", "en": "CSV"},
    "dl.fmt.xlsx": {"sv": "Excel", "en": "Excel"},
    "dl.link_name": {
        "sv": "Ladda ner som {format}: {title}",
        "en": "Download as {format}: {title}",
    },
    "dl.not_found": {
        "sv": "Det finns ingen sådan tabell att ladda ner.",
        "en": "There is no such table to download.",
    },
    "dl.group_name": {"sv": "Ladda ner data: {title}", "en": "Download the data: {title}"},
    # Columns (dashboard/pages/download_tables.py); the rest are the report's dl.col.*.
    "dl.col.window": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "dl.col.change_pct": {"sv": "förändring (%)", "en": "change (%)"},
    "dl.col.rate": {
        "sv": "per 1 000 inv., senaste 12 mån.",
        "en": "per 1,000 inhabitants, last 12 months",
    },
    "dl.col.place_window": {
        "sv": "{place}, 12 mån. t.o.m. {end}",
        "en": "{place}, 12 months to {end}",
    },
    "dl.col.place_change": {"sv": "{place}, förändring (%)", "en": "{place}, change (%)"},
    "dl.col.place_rate": {
        "sv": "{place}, per 1 000 inv., senaste 12 mån.",
        "en": "{place}, per 1,000 inhabitants, last 12 months",
    },
    "dl.col.date": {"sv": "datum", "en": "date"},
    "dl.col.count": {"sv": "antal", "en": "count"},
    "dl.col.performed_by": {"sv": "utförare", "en": "performed_by"},
    "dl.col.comment": {"sv": "kommentar", "en": "comment"},
    "dl.col.change_rest_pct": {
        "sv": "förändring mot resten av kommunen (%)",
        "en": "change against the rest of the municipality (%)",
    },
    "dl.col.ci_low_pct": {"sv": "95 %-intervall, lägre (%)", "en": "95 % interval, low (%)"},
    "dl.col.ci_high_pct": {"sv": "95 %-intervall, högre (%)", "en": "95 % interval, high (%)"},
    "dl.col.why_none": {"sv": "varför ingen skattning", "en": "why there is no estimate"},
    # Table titles (the link's name and the sheet's name).
    "dl.title.gauge": {"sv": "{code}: läget", "en": "{code}: status"},
    "dl.title.progress": {
        "sv": "{code}: genomfört mot jämn takt",
        "en": "{code}: achieved against an even pace",
    },
    "dl.title.before_after": {"sv": "{code}: före och efter", "en": "{code}: before and after"},
    "dl.title.activities": {"sv": "{code}: aktivitetslogg", "en": "{code}: activity log"},
    "dl.title.checkins": {
        "sv": "{code}: styrgruppens uppföljningar",
        "en": "{code}: steering group check-ins",
    },
    # The workbook's second sheet.
    "dl.note.sheet": {"sv": "Om datan", "en": "About the data"},
    "dl.note.table": {"sv": "Tabell", "en": "Table"},
    "dl.note.source": {"sv": "Källa", "en": "Source"},
    "dl.note.source_text": {
        "sv": (
            "Medborgarlöfte, {kommun}: anmälda brott, trygghetsenkäter och löftenas "
            "aktivitetsrapporter och uppföljningar, som de importerats."
        ),
        "en": (
            "Medborgarlöfte, {kommun}: reported crimes, safety surveys and the "
            "commitments' activity reports and check-ins, as imported."
        ),
    },
    "dl.note.page": {"sv": "Sida", "en": "Page"},
    "dl.note.filters": {"sv": "Urval", "en": "Filters"},
    "dl.note.data_until": {"sv": "Brottsdata t.o.m.", "en": "Crime data up to"},
    "dl.note.demo": {"sv": "Exempeldata", "en": "Example data"},
    "dl.note.demo_text": {
        "sv": "Siffrorna är påhittade (den medföljande exempeldatan).",
        "en": "The figures are fictitious (the bundled example data).",
    },
    "dl.note.small": {"sv": "Små tal", "en": "Small numbers"},
    "dl.note.small_text": {
        "sv": (
            "Under kommunnivå visas antal 1–4 som ”1–4” och vissa andra som ”..”, så att "
            "inget kan räknas fram ur de visade totalerna. Enkätresultat med färre än 30 "
            "svar visas inte."
        ),
        "en": (
            'Below municipality level, counts of 1–4 are shown as "1–4" and some others '
            'as "..", so that none can be worked out from the totals shown. Survey '
            "results with fewer than 30 answers are not shown."
        ),
    },
    "dl.note.formulas": {"sv": "Formler", "en": "Formulas"},
    "dl.note.formulas_text": {
        "sv": (
            "Text som ett kalkylprogram skulle köra som formel (som börjar med =, +, - "
            "eller @) har fått en apostrof (') först."
        ),
        "en": (
            "Text a spreadsheet would run as a formula (starting with =, +, - or @) has "
            "an apostrophe (') put first."
        ),
    },
    "dl.note.made": {"sv": "Skapad", "en": "Made"},
}
