"""The command line's help, messages and refusals."""

ENTRIES: dict[str, dict[str, str]] = {
    # --- the help's frame -------------------------------------------------------------
    "cli.about": {
        "sv": "Medborgarlöftets kommandorad: importera och exportera data, se och ångra "
        "importer, följa upp löftena, skriva rapporten som PDF och hantera konton.",
        "en": "The citizen promise's command line: import and export data, list and undo "
        "imports, follow up the commitments, print the report as a PDF and manage accounts.",
    },
    "cli.usage": {"sv": "användning:", "en": "usage:"},
    "cli.positionals": {"sv": "argument", "en": "arguments"},
    "cli.options": {"sv": "flaggor", "en": "options"},
    "cli.common_options": {"sv": "för alla kommandon", "en": "for every command"},
    "cli.commands": {"sv": "kommandon", "en": "commands"},
    "cli.opt_help": {"sv": "visa den här hjälpen och avsluta", "en": "show this help and exit"},
    "cli.opt_lang": {
        "sv": "språk för meddelanden och hjälp (och rapporten): sv (standard) eller en; "
        "före eller efter kommandot",
        "en": "language of the messages and help (and the report): sv (default) or en; "
        "before or after the command",
    },
    "cli.kinds": {
        "sv": "Slag av CSV-fil (känns igen på rubrikraden; --kind där den är tvetydig), "
        "med obligatoriska kolumner:",
        "en": "Kinds of CSV file (recognised by the header; --kind where it is ambiguous), "
        "with their required columns:",
    },
    "cli.exit_codes": {
        "sv": "Slutstatus: 0 klart; 1 data avvisades eller ändringen vägrades (inget "
        "skrevs); 2 användningsfel, okänt id eller oläslig fil. Alltid med ett meddelande "
        "på stderr. DATABASE_URL väljer databasen.",
        "en": "Exit status: 0 done; 1 the data was rejected or the change refused (nothing "
        "written); 2 usage, an unknown id or an unreadable file. Always with a message on "
        "stderr. DATABASE_URL selects the database.",
    },
    "cli.more_help": {
        "sv": "Ett kommandos egna flaggor: {prog} KOMMANDO --help",
        "en": "A command's own options: {prog} COMMAND --help",
    },
    "cli.meta_command": {"sv": "KOMMANDO", "en": "COMMAND"},
    "cli.meta_action": {"sv": "ÅTGÄRD", "en": "ACTION"},
    "cli.meta_file": {"sv": "FIL", "en": "FILE"},
    "cli.meta_kind": {"sv": "SLAG", "en": "KIND"},
    "cli.meta_name": {"sv": "NAMN", "en": "NAME"},
    "cli.meta_label": {"sv": "BESKRIVNING", "en": "LABEL"},
    "cli.meta_area": {"sv": "OMRÅDE", "en": "AREA"},
    "cli.meta_part": {"sv": "PART", "en": "PARTY"},
    "cli.meta_year": {"sv": "ÅR", "en": "YEAR"},
    "cli.meta_date": {"sv": "DATUM", "en": "DATE"},
    "cli.meta_category": {"sv": "BROTTSTYP", "en": "CATEGORY"},
    # --- one line per command (the main help) and what each does (its own help) --------
    "cli.cmd_import": {
        "sv": "importera CSV-filer (allt eller inget)",
        "en": "import CSV files (all or nothing)",
    },
    "cli.about_import": {
        "sv": "Importera CSV-filer tillsammans: alla sparas, eller ingen. En fil ersätter "
        "exakt de siffror den täcker; samma fil två gånger ändrar inget. Varje import får "
        "ett nummer som kan ångras (undo).",
        "en": "Import CSV files together: all are saved, or none. A file replaces exactly "
        "the figures it covers; the same file twice changes nothing. Every import gets a "
        "number that can be undone (undo).",
    },
    "cli.cmd_export": {
        "sv": "skriv ut ett slag som kanonisk CSV",
        "en": "write one kind as canonical CSV",
    },
    "cli.about_export": {
        "sv": "Skriv alla lagrade siffror av ett slag som kanonisk CSV (UTF-8, komma, "
        "svenska rubriker): administratörens säkerhetskopia och flyttväg.",
        "en": "Write every stored figure of one kind as canonical CSV (UTF-8, comma, "
        "Swedish headers): the administrator's backup and migration path.",
    },
    "cli.cmd_history": {
        "sv": "alla importer, nyaste först, med sina nummer",
        "en": "every import, newest first, with its number",
    },
    "cli.about_history": {
        "sv": "Alla importer, nyaste först: nummer, när, vem, fil, sha256, slag, rader, "
        "utfall och om den är ångrad.",
        "en": "Every import, newest first: number, when, who, file, sha256, kind, rows, "
        "outcome and whether it was undone.",
    },
    "cli.cmd_undo": {
        "sv": "lägg tillbaka det en import ändrade",
        "en": "put back what an import changed",
    },
    "cli.about_undo": {
        "sv": "Lägg tillbaka exakt det importen ersatte, lade till eller tog bort, som en "
        "ny loggad import. Vägras (status 1) när en senare import ändrat samma siffror.",
        "en": "Put back exactly what the import replaced, added or removed, as a new "
        "logged import. Refused (status 1) when a later import changed the same figures.",
    },
    "cli.cmd_summary": {
        "sv": "hur långt varje löfte har kommit",
        "en": "how far each commitment has come",
    },
    "cli.about_summary": {
        "sv": "Per löfte: genomfört mot målet, väntat enligt takten och beräknad status; "
        "--json ger id, part, mål, genomfört, andel, väntat, status och filtren.",
        "en": "Per commitment: achieved against the target, expected at an even pace and "
        "the computed status; --json gives id, party, target, achieved, progress, "
        "expected, status and the filters.",
    },
    "cli.cmd_report": {
        "sv": "styrgruppsrapporten som PDF (A4 liggande, med Chromium)",
        "en": "the steering-group report as a PDF (A4 landscape, with Chromium)",
    },
    "cli.about_report": {
        "sv": "Skriv styrgruppsrapporten (/rapport) som PDF i A4 liggande. Behöver "
        "Chromium (apt-get install chromium, eller CHROMIUM med sökvägen); status 2 utan.",
        "en": "Write the steering-group report (/rapport) as an A4 landscape PDF. Needs "
        "Chromium (apt-get install chromium, or CHROMIUM naming its path); status 2 without.",
    },
    "cli.cmd_demo": {
        "sv": "läs in exempeldata (eller skapa större: --scale)",
        "en": "load the demo data (or make a larger set: --scale)",
    },
    "cli.about_demo": {
        "sv": "Utan flaggor: läs in (igen) de medföljande exempeldata för Skara. Med "
        "--scale region|nation OUT_DIR: skriv en större fiktiv datamängd (49 eller 290 "
        "kommuner, tio år, en rad per brott) i OUT_DIR, och med --load läs in den.",
        "en": "Without options: (re)load the bundled demo data for Skara. With --scale "
        "region|nation OUT_DIR: write a larger fictitious data set (49 or 290 kommuner, "
        "ten years, one row per crime) into OUT_DIR, and with --load import it.",
    },
    "cli.cmd_copy_db": {
        "sv": "kopiera hela databasen till en tom (t.ex. SQLite till PostgreSQL)",
        "en": "copy the whole database into an empty one (e.g. SQLite to PostgreSQL)",
    },
    "cli.about_copy_db": {
        "sv": "Kopiera varje tabell med sina id:n till en tom databas i en transaktion och "
        "jämför antalet rader. Vägras (status 1) om målet redan har data.",
        "en": "Copy every table with its ids into an empty database in one transaction "
        "and compare the row counts. Refused (status 1) when the target holds data.",
    },
    "cli.about_user": {
        "sv": "konton: lägg till, ändra, lista, ta bort",
        "en": "accounts: add, change, list, remove",
    },
    "cli.about_user_add": {
        "sv": "lägg till ett konto (lösenordet frågas, eller läses från stdin)",
        "en": "add an account (the password is asked, or read from stdin)",
    },
    "cli.about_user_change": {
        "sv": "ändra ett konto; varje ändring (även ingen) avslutar dess inloggningar",
        "en": "change an account; every change (even none) ends its sessions",
    },
    "cli.about_user_list": {"sv": "lista kontona", "en": "list the accounts"},
    "cli.about_user_remove": {"sv": "ta bort ett konto", "en": "remove an account"},
    "cli.about_token": {
        "sv": "länkar med läsrätt för väggskärmar",
        "en": "read-only link tokens for wall screens",
    },
    "cli.about_token_create": {
        "sv": "skapa en länk (visas en gång)",
        "en": "create a token (shown once)",
    },
    "cli.about_token_list": {"sv": "lista länkarna", "en": "list the tokens"},
    "cli.about_token_revoke": {
        "sv": "återkalla en länk med sitt id",
        "en": "revoke a token by its id",
    },
    # --- options --------------------------------------------------------------------------
    "cli.opt_files": {
        "sv": "CSV-filerna (komma, semikolon eller tabb; UTF-8 eller Windows-1252)",
        "en": "the CSV files (comma, semicolon or tab; UTF-8 or Windows-1252)",
    },
    "cli.opt_export_kind": {
        "sv": "slaget att skriva (se listan i --help)",
        "en": "the kind to write (see the list in --help)",
    },
    "cli.opt_import_id": {
        "sv": "importens nummer (se history)",
        "en": "the import's number (see history)",
    },
    "cli.opt_account": {"sv": "kontots namn", "en": "the account's name"},
    "cli.opt_token_id": {
        "sv": "länkens id (se token list)",
        "en": "the token's id (see token list)",
    },
    "cli.opt_kind": {
        "sv": "filernas slag där rubrikraden är tvetydig (se listan i --help)",
        "en": "the files' kind where the header is ambiguous (see the list in --help)",
    },
    "cli.opt_dry_run": {
        "sv": "kontrollera och förhandsgranska bara, spara inget",
        "en": "check and preview only, save nothing",
    },
    "cli.opt_user": {
        "sv": "namn i importloggen; är det ett konto gäller dess kommungränser",
        "en": "name recorded in the import log; an account's kommun limits apply",
    },
    "cli.opt_user_log": {"sv": "namn i importloggen", "en": "name recorded in the import log"},
    "cli.opt_allow_period": {
        "sv": "godta datum utanför den rimliga perioden (20 år bakåt till denna månad)",
        "en": "accept dates outside the plausible period (20 years back to this month)",
    },
    "cli.opt_ar_stats": {
        "sv": "kommunstatistik: året, där filen inte anger det",
        "en": "kommunstatistik: the year, where the file does not give it",
    },
    "cli.opt_brottstyp": {
        "sv": "kommunstatistik: brottstypen (eller samtliga), där filen inte anger den",
        "en": "kommunstatistik: the crime category (or samtliga), where the file does not give it",
    },
    "cli.opt_output_csv": {
        "sv": "filen att skriva (standard: stdout)",
        "en": "file to write (default: stdout)",
    },
    "cli.opt_omrade": {"sv": "område (kan upprepas)", "en": "area (repeatable)"},
    "cli.opt_part": {"sv": "part eller samverkanspart", "en": "party or partner"},
    "cli.opt_ar": {"sv": "löftets år", "en": "the promise's year"},
    "cli.opt_per": {
        "sv": "bedöm per detta datum (ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM: månadens sista dag)",
        "en": "judge as of this date (YYYY-MM-DD, or YYYY-MM: the month's last day)",
    },
    "cli.opt_kommun": {
        "sv": "kommunen (standard: den inställda)",
        "en": "the municipality (default: the configured one)",
    },
    "cli.opt_json": {"sv": "skriv JSON", "en": "print JSON"},
    "cli.opt_limit": {"sv": "bara de N senaste", "en": "only the newest N"},
    "cli.opt_prune_before": {
        "sv": "glöm ändringarna i importer före den dagen (de kan då inte ångras)",
        "en": "forget the changes of imports before that day (they can no longer be undone)",
    },
    "cli.opt_undo_dry_run": {
        "sv": "säg bara vad undo skulle göra",
        "en": "only say what undo would do",
    },
    "cli.opt_scale": {
        "sv": "region: 49 kommuner, nation: 290 (kräver OUT_DIR utanför projektet)",
        "en": "region: 49 kommuner, nation: 290 (needs an OUT_DIR outside the project)",
    },
    "cli.opt_out_dir": {
        "sv": "katalogen för --scale:s filer",
        "en": "the directory for --scale's files",
    },
    "cli.opt_load": {
        "sv": "läs också in filerna i DATABASE_URL",
        "en": "also import the files into DATABASE_URL",
    },
    "cli.opt_from": {
        "sv": "databasen att kopiera (standard: DATABASE_URL)",
        "en": "the database to copy (default: DATABASE_URL)",
    },
    "cli.opt_to": {
        "sv": "den tomma databasen att kopiera till, t.ex. postgresql+psycopg://…",
        "en": "the empty database to copy into, e.g. postgresql+psycopg://…",
    },
    "cli.opt_pdf": {"sv": "PDF-filen att skriva", "en": "the PDF file to write"},
    "cli.opt_till": {
        "sv": "status vid slutet av den här månaden (ÅÅÅÅ-MM)",
        "en": "status as of the end of this month (YYYY-MM)",
    },
    "cli.opt_role": {"sv": "kontots roll", "en": "the account's role"},
    "cli.opt_acct_kommun": {
        "sv": "de kommuner kontot får ändra, kommaseparerade (standard: alla)",
        "en": "the kommuner the account may change, comma-separated (default: all)",
    },
    "cli.opt_all_kommuner": {"sv": "får ändra alla kommuner", "en": "may change every kommun"},
    "cli.opt_password": {
        "sv": "sätt ett nytt lösenord (som vid add)",
        "en": "set a new password (as add)",
    },
    "cli.opt_label": {
        "sv": "vad länken är till, t.ex. 'Väggskärm entré'",
        "en": "what the token is for, e.g. 'Väggskärm entré'",
    },
    "cli.opt_creator": {"sv": "namn som anges som skapare", "en": "name recorded as its creator"},
    # --- refusals ---------------------------------------------------------------------------
    "cli.error": {"sv": "fel", "en": "error"},
    "cli.see_help": {"sv": "Se {prog} --help.", "en": "See {prog} --help."},
    "cli.bad_lang": {
        "sv": "--lang »{value}«: välj sv eller en / choose sv or en",
        "en": "--lang “{value}”: välj sv eller en / choose sv or en",
    },
    "cli.err_argument": {"sv": "{arg}: {message}", "en": "{arg}: {message}"},
    "cli.err_required": {
        "sv": "det här saknas: {args}",
        "en": "the following are required: {args}",
    },
    "cli.err_unrecognized": {
        "sv": "okända argument: {args}",
        "en": "unrecognised arguments: {args}",
    },
    "cli.err_one_of": {
        "sv": "ett av argumenten {args} krävs",
        "en": "one of the arguments {args} is required",
    },
    "cli.err_ambiguous": {
        "sv": "{option} är tvetydig: kan vara {args}",
        "en": "{option} is ambiguous: it could be {args}",
    },
    "cli.err_choice": {
        "sv": "ogiltigt val {value} (välj bland {args})",
        "en": "invalid choice {value} (choose from {args})",
    },
    "cli.err_value": {"sv": "ogiltigt värde {value}", "en": "invalid value {value}"},
    "cli.err_expected": {"sv": "ett värde saknas", "en": "a value is missing"},
    "cli.err_exclusive": {
        "sv": "går inte ihop med {args}",
        "en": "not allowed together with {args}",
    },
    "cli.err_ignored": {
        "sv": "tar inget värde (fick {value})",
        "en": "takes no value (got {value})",
    },
    "cli.bad_year": {
        "sv": "»{value}« är inget år (skriv t.ex. 2022)",
        "en": "“{value}” is not a year (write e.g. 2022)",
    },
    "cli.bad_number": {
        "sv": "»{value}« är inget heltal från {min} och uppåt",
        "en": "“{value}” is not a whole number of at least {min}",
    },
    "cli.bad_day": {
        "sv": "»{value}« är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2022-06-30)",
        "en": "“{value}” is not a date (write YYYY-MM-DD, e.g. 2022-06-30)",
    },
    "cli.bad_per": {
        "sv": "»{value}« är varken ett datum eller en månad (skriv t.ex. 2022-06-30 eller 2022-06)",
        "en": "“{value}” is neither a date nor a month (write e.g. 2022-06-30 or 2022-06)",
    },
    "cli.bad_category": {
        "sv": "okänd brottstyp »{value}«; känt är: {allowed}",
        "en": "unknown crime category “{value}”; known: {allowed}",
    },
    "cli.cannot_write": {
        "sv": "Kan inte skriva: {detail}",
        "en": "Cannot write: {detail}",
    },
    "cli.database_error": {
        "sv": "Databasen (DATABASE_URL) kan inte öppnas: {detail}",
        "en": "The database (DATABASE_URL) cannot be opened: {detail}",
    },
    # --- what the commands say --------------------------------------------------------------
    "cli.exported": {"sv": "{kind} skrevs till {path}", "en": "{kind} written to {path}"},
    "cli.summary_none": {
        "sv": "Inga löften matchar (finns data? prova demo eller import).",
        "en": "No commitments match (is there data? try demo or import).",
    },
    "cli.demo_needs_scale": {
        "sv": "OUT_DIR och --load hör till --scale region|nation.",
        "en": "OUT_DIR and --load go with --scale region|nation.",
    },
    "cli.demo_out_dir": {
        "sv": "--scale behöver en OUT_DIR utanför projektets katalog.",
        "en": "--scale needs an OUT_DIR outside the project's directory.",
    },
    "cli.demo_written": {
        "sv": "{scale}: {n} kommuner i {path}",
        "en": "{scale}: {n} kommuner in {path}",
    },
    "cli.demo_loaded": {"sv": "inläst: {files}", "en": "imported: {files}"},
    "cli.copy_same": {
        "sv": "--from och --to är samma databas.",
        "en": "--from and --to name the same database.",
    },
    "cli.copy_cannot_open": {
        "sv": "Databasen i {option} kan inte öppnas: {detail}",
        "en": "The database in {option} cannot be opened: {detail}",
    },
    "cli.copy_not_empty": {
        "sv": "Måldatabasen har redan data ({tables}); inget kopierades.",
        "en": "The target already holds data ({tables}); nothing was copied.",
    },
    "cli.copy_done": {
        "sv": "Klart: {rows} rader i {tables} tabeller kopierade och räknade.",
        "en": "Done: {rows} rows in {tables} tables copied and counted.",
    },
    "cli.report_starting": {"sv": "Startar appen …", "en": "Starting the app …"},
    "cli.report_rendering": {
        "sv": "Ritar rapporten i Chromium …",
        "en": "Rendering the report in Chromium …",
    },
    "cli.report_writing": {
        "sv": "Skriver {path} ({pages} sidor)",
        "en": "Writing {path} ({pages} pages)",
    },
    "cli.no_chromium_at": {
        "sv": "Chromium saknas: CHROMIUM anger {path}, som inte finns eller inte är ett "
        "program. Installera chromium (t.ex. apt-get install chromium) eller rätta "
        "sökvägen.",
        "en": "Chromium is missing: CHROMIUM names {path}, which does not exist or is not "
        "a program. Install chromium (e.g. apt-get install chromium) or correct the path.",
    },
    "cli.report_timeout": {
        "sv": "Rapportens diagram ritades inte klart inom {seconds} s; ingen PDF skrevs.",
        "en": "The report's figures were not drawn within {seconds} s; no PDF was written.",
    },
    "cli.report_server_error": {
        "sv": "Appen kunde inte visa rapporten ({detail}); ingen PDF skrevs.",
        "en": "The app could not show the report ({detail}); no PDF was written.",
    },
}
