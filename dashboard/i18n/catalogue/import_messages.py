"""Import outcomes and the reasons a file or a cell is rejected."""

ENTRIES: dict[str, dict[str, str]] = {
    "import.ok": {
        "sv": "{file}: {kind}, {rows} importerade: {new} nya, {changed} ändrade, "
        "{unchanged} oförändrade, {removed} borttagna.",
        "en": "{file}: {kind}, {rows} imported: {new} new, {changed} changed, "
        "{unchanged} unchanged, {removed} removed.",
    },
    "import.id": {
        "sv": "Import nr {id} (ångra: python -m dashboard undo {id})",
        "en": "Import no. {id} (undo: python -m dashboard undo {id})",
    },
    "import.unchanged": {
        "sv": "{file}: {kind}, {rows} – inget ändrades (samma data fanns redan).",
        "en": "{file}: {kind}, {rows} – nothing changed (the same data was already there).",
    },
    "import.would": {
        "sv": "{file}: {kind}, {rows} felfria: skulle ge {new} nya, {changed} ändrade, "
        "{unchanged} oförändrade, {removed} borttagna.",
        "en": "{file}: {kind}, {rows} valid: would give {new} new, {changed} changed, "
        "{unchanged} unchanged, {removed} removed.",
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
    "import.warning": {"sv": "Varning: {reason}", "en": "Warning: {reason}"},
    "err.bad_utf8": {
        "sv": "filen är märkt som UTF-8 men har ogiltiga tecken på rad {line} – "
        "spara den igen som CSV (UTF-8)",
        "en": "the file is marked as UTF-8 but has invalid characters on line {line} – "
        "save it again as CSV (UTF-8)",
    },
    "err.empty_file": {"sv": "filen är tom", "en": "the file is empty"},
    "err.too_wide": {
        "sv": "filen har {columns} kolumner; högst {largest} går att läsa – är det rätt fil?",
        "en": "the file has {columns} columns; at most {largest} can be read – is it the "
        "right file?",
    },
    "err.too_long": {
        "sv": "rad {line} har en cell med mer än {largest} tecken – är det rätt fil?",
        "en": "line {line} has a cell of more than {largest} characters – is it the right file?",
    },
    "err.too_slow": {
        "sv": "filen tog mer än {seconds} sekunder att läsa och avbröts; dela upp den",
        "en": "the file took more than {seconds} seconds to read and was stopped; split it",
    },
    "err.implausible_period": {
        "sv": "ligger utanför den rimliga perioden {first} – {last}; stämmer datumet, "
        "bekräfta det (--allow-period, eller rutan i förhandsvisningen)",
        "en": "lies outside the plausible period {first} – {last}; if the date is right, "
        "confirm it (--allow-period, or the box in the preview)",
    },
    "err.implausible_year": {
        "sv": "ligger utanför de rimliga åren {first}–{last}; stämmer året, bekräfta det "
        "(--allow-period, eller rutan i förhandsvisningen)",
        "en": "lies outside the plausible years {first}–{last}; if the year is right, "
        "confirm it (--allow-period, or the box in the preview)",
    },
    "err.kommun_not_allowed": {
        "sv": "filen ändrar siffror för {kommun}, som ditt konto inte får ändra; inget sparades",
        "en": "the file changes figures of {kommun}, which your account may not change; "
        "nothing was saved",
    },
    "summary.expected": {"sv": "väntat", "en": "expected"},
    "history.undone_by": {"sv": "ångrad av {id}", "en": "undone by {id}"},
    "history.outcome.imported": {"sv": "importerad", "en": "imported"},
    "history.outcome.unchanged": {"sv": "oförändrad", "en": "unchanged"},
    "history.outcome.rejected": {"sv": "avvisad", "en": "rejected"},
    "history.outcome.not_written": {"sv": "ej sparad", "en": "not saved"},
    "history.outcome.error": {"sv": "fel", "en": "error"},
    "history.outcome.undo": {"sv": "ångring", "en": "undo"},
    "undo.kommun_not_allowed": {
        "sv": "import {id} ändrade siffror för {kommun}, som ditt konto inte får ändra",
        "en": "import {id} changed figures of {kommun}, which your account may not change",
    },
    "undo.pruned": {
        "sv": "ändringarna i import {id} är rensade ur historiken; den kan inte ångras",
        "en": "the changes of import {id} have been pruned from the history; it cannot be undone",
    },
    "history.pruned": {
        "sv": "{rows} sparade ändringar från före {day} rensade.",
        "en": "{rows} kept changes from before {day} pruned.",
    },
    "undo.not_written": {
        "sv": "import {id} skrev inget som kan ångras",
        "en": "import {id} wrote nothing that could be undone",
    },
    "undo.already": {
        "sv": "import {id} är redan ångrad (av import {by})",
        "en": "import {id} has already been undone (by import {by})",
    },
    "undo.later": {
        "sv": "import {later} ({file}) ändrade senare samma siffror: ångra den först",
        "en": "import {later} ({file}) later changed the same figures: undo that one first",
    },
    "undo.changed_since": {
        "sv": "{count} av siffrorna har ändrats på annat sätt sedan import {id}; ångra går inte",
        "en": "{count} of the figures have changed in another way since import {id}; "
        "it cannot be undone",
    },
    "undo.in_use": {
        "sv": "import {id} lade till något som andra siffror nu hänvisar till; ångra dem först",
        "en": "import {id} added something that other figures now refer to; undo those first",
    },
    "undo.unknown": {
        "sv": "det finns ingen import med nummer {id} (se python -m dashboard history)",
        "en": "there is no import number {id} (see python -m dashboard history)",
    },
    "undo.done": {
        "sv": "Import {id} ({file}) är ångrad: {new} återställda, {changed} tillbaka som de "
        "var, {removed} borttagna. Ångringen är import {undo}.",
        "en": "Import {id} ({file}) is undone: {new} restored, {changed} back as they were, "
        "{removed} removed. The undo is import {undo}.",
    },
    "undo.would": {
        "sv": "Att ångra import {id} ({file}) skulle ge {new} återställda, {changed} "
        "tillbaka som de var, {removed} borttagna.",
        "en": "Undoing import {id} ({file}) would give {new} restored, {changed} back as "
        "they were, {removed} removed.",
    },
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
        "sv": "innehåller ett personnummer (visas maskerat) – personuppgifter får inte importeras",
        "en": "holds a Swedish personal identity number (shown masked) – "
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
    "err.too_large": {
        "sv": "är för stort (högst {largest})",
        "en": "is too large (at most {largest})",
    },
    "err.sum_too_large": {
        "sv": "{area}, {category}, {month}: raderna blir tillsammans 1 000 000 000 eller fler "
        "– är det rätt fil?",
        "en": "{area}, {category}, {month}: the rows add up to 1 000 000 000 or more "
        "– is it the right file?",
    },
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
    "err.no_rows": {
        "sv": "filen har inga datarader",
        "en": "the file has no data rows",
    },
    "err.unknown_kind_name": {
        "sv": "okänd sort {kind}; tillåtna är {allowed}",
        "en": "unknown kind {kind}; allowed are {allowed}",
    },
    # --- official statistics per kommun (kind kommunstatistik: ingest/official.py) --------
    "ks.err.no_year": {
        "sv": "Filen säger inte vilket år siffrorna gäller. Ange året med --ar ÅR "
        "(t.ex. --ar 2024), skriv det i filens namn (anmalda_brott_2024.csv) eller välj det "
        "i förhandsgranskningen.",
        "en": "The file does not say which year its figures are for. Give the year "
        "with --ar YEAR (e.g. --ar 2024), put it in the file's name (anmalda_brott_2024.csv) "
        "or choose it in the preview.",
    },
    "ks.err.no_category": {
        "sv": "Filen säger inte vilken brottstyp siffrorna gäller. Ange den med "
        "--brottstyp (samtliga för alla brott, eller stöld, narkotika, våld, skadegörelse, "
        "inbrott, bedrägeri, övrigt), skriv den i filens namn (anmalda_brott_2024_stold.csv) "
        "eller välj den i förhandsgranskningen.",
        "en": "The file does not say which crime category its figures are for. Give "
        "it with --brottstyp (samtliga for all crimes, or stöld, narkotika, våld, "
        "skadegörelse, inbrott, bedrägeri, övrigt), put it in the file's name "
        "(anmalda_brott_2024_stold.csv) or choose it in the preview.",
    },
    "ks.err.unknown_kommun": {
        "sv": "okänd kommun – närmast är {nearest}",
        "en": "unknown municipality – the nearest is {nearest}",
    },
    "ks.err.code_mismatch": {
        "sv": "kommunkoden hör inte till {name}",
        "en": "the municipality code does not belong to {name}",
    },
    "ks.districts_set_aside": {
        "sv": "rader för stadsdelar lades åt sidan – de är delar av en kommun, inte kommuner "
        "({count}): {names}",
        "en": "rows of city districts were set aside – they are parts of a municipality, not "
        "municipalities ({count}): {names}",
    },
    "ks.notes_set_aside": {
        "sv": "rader utan siffror lästes som anteckningar och lades åt sidan ({count}): {names}",
        "en": "rows without figures were read as notes and set aside ({count}): {names}",
    },
    "ks.box_hint": {
        "sv": "Officiell statistik per kommun: filen säger inte vilket år eller vilken brottstyp "
        "siffrorna gäller. Välj dem här, så granskas filen igen. Ett tomt fält tas från filens "
        "namn.",
        "en": "Official statistics per municipality: the file does not say which year or crime "
        "category its figures are for. Choose them here and the file is checked again. An "
        "empty field is taken from the file's name.",
    },
    "ks.year_label": {"sv": "År som siffrorna gäller", "en": "Year of the figures"},
    "ks.category_label": {"sv": "Brottstyp", "en": "Crime category"},
    "ks.category_from_name": {"sv": "Ur filens namn", "en": "From the file's name"},
    "ks.all_crimes": {"sv": "Samtliga brott", "en": "All crimes"},
    "ks.titles": {
        "sv": "rubrikrader ovanför kolumnnamnen lades åt sidan: {titles}",
        "en": "title lines above the column names were set aside: {titles}",
    },
}
