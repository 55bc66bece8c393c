"""The import page: upload, review, import log and view links."""

ENTRIES: dict[str, dict[str, str]] = {
    "imp.title": {"sv": "Importera data", "en": "Import data"},
    "imp.intro": {
        "sv": "Ladda upp CSV-filer som de kommer från Excel. Inget sparas förrän du har sett "
        "granskningen och bekräftat.",
        "en": "Upload CSV files as they come from Excel. Nothing is saved until you have seen "
        "the check and confirmed.",
    },
    "imp.not_logged_in": {"sv": "Du är inte inloggad.", "en": "You are not logged in."},
    "imp.login_needed": {
        "sv": "Logga in som redaktör för att importera filer. Mallarna nedan kan alla hämta.",
        "en": "Log in as an editor to import files. Anyone can download the templates below.",
    },
    "imp.viewer_only": {
        "sv": "Ditt konto får titta men inte importera. Be en redaktör om hjälp.",
        "en": "Your account may look but not import. Ask an editor for help.",
    },
    "imp.step_choose": {"sv": "1. Välj filer", "en": "1. Choose files"},
    "imp.step_check": {"sv": "2. Granska och spara", "en": "2. Check and save"},
    "imp.drop": {
        "sv": "Dra CSV-filer hit eller klicka för att välja",
        "en": "Drag CSV files here or click to choose",
    },
    "imp.drop_hint": {
        "sv": "Välj alla filer som hör ihop på en gång – ett nytt val ersätter det förra. "
        "Sorten känns igen på rubrikraden. Högst {mb} MB och {files} filer åt gången.",
        "en": "Choose all files that belong together at once – a new choice replaces the last. "
        "The kind is recognised from the header. At most {mb} MB and {files} files at a time.",
    },
    "imp.preview_empty": {"sv": "Inga filer valda ännu.", "en": "No files chosen yet."},
    "imp.confirm": {"sv": "Spara i databasen", "en": "Save to the database"},
    "imp.confirm_hint": {
        "sv": "Allt eller inget: filerna sparas tillsammans i en enda transaktion.",
        "en": "All or nothing: the files are saved together in one transaction.",
    },
    "imp.kind_unknown": {"sv": "okänd sort", "en": "unknown kind"},
    "imp.file_meta": {"sv": "{kind} · {rows} rader", "en": "{kind} · {rows} rows"},
    "imp.file_rejected": {"sv": "Filen avvisas.", "en": "The file is rejected."},
    "imp.fix_and_retry": {
        "sv": "{n} fel – rätta raderna nedan i filen och ladda upp den igen.",
        "en": "{n} errors – fix the lines below in the file and upload it again.",
    },
    "imp.fix_and_retry_one": {
        "sv": "1 fel – rätta raden nedan i filen och ladda upp den igen.",
        "en": "1 error – fix the line below in the file and upload it again.",
    },
    "imp.file_ok": {"sv": "Felfri – ändras enligt nedan.", "en": "No errors – changes below."},
    "imp.file_same": {
        "sv": "Felfri, samma data finns redan – inget ändras.",
        "en": "No errors, the same data is already there – nothing changes.",
    },
    "imp.added": {"sv": "{n} nya", "en": "{n} new"},
    "imp.replaced": {"sv": "{n} ändras", "en": "{n} changed"},
    "imp.unchanged_rows": {"sv": "{n} oförändrade", "en": "{n} unchanged"},
    "imp.removed": {"sv": "{n} tas bort", "en": "{n} removed"},
    "imp.rows_summed": {
        "sv": "Filens {rows} rader blir {figures} siffror: rader för samma område, månad och "
        "brottstyp läggs ihop.",
        "en": "The file's {rows} rows make {figures} figures: rows for the same area, month "
        "and category are added together.",
    },
    "imp.removed_hint": {
        "sv": "Det som tas bort finns i databasen inom det filen omfattar (samma områden, ämnen "
        "och period) men inte i filen.",
        "en": "What is removed is stored within what the file covers (the same areas, subjects "
        "and period) but is not in the file.",
    },
    "imp.scope_summary": {
        "sv": "Ändringen per område, ämne och period ({n})",
        "en": "The change per area, subject and period ({n})",
    },
    "imp.col_line": {"sv": "Rad", "en": "Line"},
    "imp.col_column": {"sv": "Kolumn", "en": "Column"},
    "imp.col_value": {"sv": "Värde", "en": "Value"},
    "imp.col_reason": {"sv": "Vad som är fel", "en": "What is wrong"},
    "imp.col_area": {"sv": "Område", "en": "Area"},
    "imp.col_period": {"sv": "Period", "en": "Period"},
    "imp.col_subject": {"sv": "Ämne", "en": "Subject"},
    "imp.col_added": {"sv": "Nya", "en": "New"},
    "imp.col_replaced": {"sv": "Ändras", "en": "Changed"},
    "imp.col_removed": {"sv": "Tas bort", "en": "Removed"},
    "imp.col_undo_new": {"sv": "Läggs tillbaka", "en": "Put back"},
    "imp.col_undo_changed": {"sv": "Ändras tillbaka", "en": "Changed back"},
    "imp.col_examples": {"sv": "Till exempel (före → efter)", "en": "For example (before → after)"},
    "imp.more_issues": {"sv": "… och {n} fel till.", "en": "… and {n} more errors."},
    "imp.batch_rejected": {
        "sv": "{bad} av {total} filer har fel. Inget sparas förrän alla är felfria.",
        "en": "{bad} of {total} files have errors. Nothing is saved until all are correct.",
    },
    "imp.batch_same": {
        "sv": "Filerna är felfria men ändrar ingenting – samma data finns redan.",
        "en": "The files are correct but change nothing – the same data is already there.",
    },
    "imp.batch_ok": {
        "sv": "Allt är felfritt. Granska ändringen och spara.",
        "en": "Everything is correct. Check the change and save.",
    },
    "imp.saved": {
        "sv": "Sparat. Alla sidor visar nu de nya siffrorna (dataversion {version}).",
        "en": "Saved. Every page now shows the new figures (data version {version}).",
    },
    "imp.nothing_saved": {"sv": "Inget sparades.", "en": "Nothing was saved."},
    "imp.nothing_saved_same": {
        "sv": "Inget ändrades – samma data fanns redan.",
        "en": "Nothing changed – the same data was already there.",
    },
    "imp.preview_first": {
        "sv": "Filerna har ändrats sedan granskningen. Granska dem igen innan du sparar.",
        "en": "The files changed since the check. Check them again before saving.",
    },
    "imp.period_hint": {
        "sv": "Filen har datum långt bakåt i tiden eller i framtiden. Sådana är oftast "
        "skrivfel – rätta i så fall filen. Stämmer datumen, kryssa i rutan så granskas filen "
        "igen med dem.",
        "en": "The file has dates far back in time or in the future. Those are usually typing "
        "errors – then correct the file. If the dates are right, tick the box and the file is "
        "checked again with them.",
    },
    "imp.allow_period_one": {"sv": "Ja, {dates} stämmer", "en": "Yes, {dates} is right"},
    "imp.allow_period_many": {"sv": "Ja, {dates} stämmer", "en": "Yes, {dates} are right"},
    "imp.dates_and": {"sv": "{dates} och {last}", "en": "{dates} and {last}"},
    "imp.dates_more": {"sv": "{dates} och {n} till", "en": "{dates} and {n} more"},
    "imp.refused": {
        "sv": "Bara en inloggad redaktör får importera. Logga in igen.",
        "en": "Only a logged-in editor may import. Log in again.",
    },
    "imp.too_big": {
        "sv": "Filerna är för stora ({size} MB). Högst {mb} MB åt gången – dela upp dem.",
        "en": "The files are too large ({size} MB). At most {mb} MB at a time – split them.",
    },
    "imp.too_many": {
        "sv": "För många filer. Högst {n} åt gången.",
        "en": "Too many files. At most {n} at a time.",
    },
    "imp.bad_upload": {
        "sv": "Uppladdningen gick inte att läsa. Försök igen.",
        "en": "The upload could not be read. Try again.",
    },
    "imp.templates": {"sv": "Mallar", "en": "Templates"},
    "imp.templates_intro": {
        "sv": "En mall per sort: rubrikraden och två exempelrader.",
        "en": "One template per kind: the header and two example rows.",
    },
    "imp.log": {"sv": "Importlogg", "en": "Import log"},
    "imp.log_empty": {"sv": "Inga importer ännu.", "en": "No imports yet."},
    "imp.log_at": {"sv": "När", "en": "When"},
    "imp.log_user": {"sv": "Vem", "en": "Who"},
    "imp.log_file": {"sv": "Fil", "en": "File"},
    "imp.log_kind": {"sv": "Sort", "en": "Kind"},
    "imp.log_rows": {"sv": "Rader", "en": "Rows"},
    "imp.log_outcome": {"sv": "Utfall", "en": "Outcome"},
    "imp.log_sha": {"sv": "SHA-256", "en": "SHA-256"},
    "imp.log_id": {"sv": "Nr", "en": "No."},
    "imp.log_action": {"sv": "Ångra", "en": "Undo"},
    "imp.log_utc": {"sv": "Tider i svensk tid.", "en": "Times in Swedish time."},
    "imp.see_overview": {"sv": "Visa översikten", "en": "Show the overview"},
    "imp.saved_counts": {
        "sv": "{new} nya, {changed} ändrade, {unchanged} oförändrade, {removed} borttagna",
        "en": "{new} new, {changed} changed, {unchanged} unchanged, {removed} removed",
    },
    "imp.outcome_imported": {"sv": "importerad", "en": "imported"},
    "imp.outcome_unchanged": {"sv": "oförändrad", "en": "unchanged"},
    "imp.outcome_rejected": {"sv": "avvisad", "en": "rejected"},
    "imp.outcome_not_written": {"sv": "inte sparad", "en": "not saved"},
    "imp.outcome_error": {"sv": "avbruten av fel", "en": "stopped by an error"},
    "imp.outcome_undo": {"sv": "ångring", "en": "undo"},
    "imp.undo_of": {"sv": "ångring av {id}", "en": "undo of {id}"},
    "imp.undone_by": {"sv": "ångrad av {id}", "en": "undone by {id}"},
    "imp.import_number": {"sv": "import nr {id}", "en": "import no. {id}"},
    "imp.log_undo_intro": {
        "sv": "En import som ändrade siffror kan ångras: Ångra visar först vad som läggs tillbaka.",
        "en": "An import that changed figures can be undone: Undo first shows what is put back.",
    },
    "imp.undo": {"sv": "Ångra", "en": "Undo"},
    "imp.undo_which": {"sv": "import {id}", "en": "import {id}"},
    "imp.undo_title": {"sv": "Ångra import {id} ({file})?", "en": "Undo import {id} ({file})?"},
    "imp.undo_hint": {
        "sv": "Ångringen sparas som en egen import i loggen och kan själv ångras.",
        "en": "The undo is saved as an import of its own in the log and can itself be undone.",
    },
    "imp.undo_cancel": {"sv": "Avbryt", "en": "Cancel"},
    "imp.undo_confirm": {"sv": "Ångra importen", "en": "Undo the import"},
    "imp.tokens": {"sv": "Länkar för väggskärmar", "en": "Links for wall screens"},
    "imp.tokens_intro": {
        "sv": "En länk låter en skärm visa sidorna utan inloggning, bara för att titta. "
        "Återkalla den om den kommer på avvägar.",
        "en": "A link lets a screen show the pages without a login, for viewing only. "
        "Revoke it if it goes astray.",
    },
    "imp.tokens_none": {"sv": "Inga aktiva länkar.", "en": "No active links."},
    "imp.token_label_placeholder": {
        "sv": "Vad länken är till för, t.ex. Väggskärm entrén",
        "en": "What the link is for, e.g. Wall screen entrance",
    },
    "imp.token_create": {"sv": "Skapa länk", "en": "Create link"},
    "imp.token_created": {
        "sv": "Kopiera länken nu – den visas bara en gång:",
        "en": "Copy the link now – it is shown only once:",
    },
    "imp.token_revoked": {"sv": "Länken är återkallad.", "en": "The link is revoked."},
    "imp.token_revoke": {"sv": "Återkalla", "en": "Revoke"},
    "imp.tokcol_label": {"sv": "Till för", "en": "For"},
    "imp.tokcol_by": {"sv": "Skapad av", "en": "Created by"},
    "imp.tokcol_created": {"sv": "Skapad", "en": "Created"},
    "imp.tokcol_used": {"sv": "Senast använd", "en": "Last used"},
    "imp.tokcol_action": {"sv": "", "en": ""},
}
