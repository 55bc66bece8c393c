"""The steering group's meeting (/uppfoljning) and activity reports from the field (/rapportera)."""

ENTRIES: dict[str, dict[str, str]] = {
    # The ``publik`` column of uppfoljning files (dashboard/ingest/parsers.py).
    "err.bad_public": {
        "sv": "okänt värde för publik; skriv ja eller nej (eller lämna tomt: nej)",
        "en": "unknown value for public; write yes or no (or leave it empty: no)",
    },
    # --- /uppfoljning: the meeting -------------------------------------------------
    "fu.title": {"sv": "Styrgruppens möte", "en": "Steering-group meeting"},
    "fu.intro": {
        "sv": "Medborgarlöftet {year} i {kommun}: gå igenom varje löfte, välj styrgruppens "
        "bedömning och spara alla på en gång. Löften som inte rörs sparas inte.",
        "en": "The {year} citizen promise in {kommun}: go through each commitment, choose the "
        "steering group's assessment and save them all at once. Commitments left untouched "
        "are not saved.",
    },
    "fu.login_needed": {
        "sv": "Logga in som redaktör för att föra in styrgruppens bedömningar. Genomgången av "
        "alla löften finns under Löften.",
        "en": "Log in as an editor to record the steering group's assessments. The "
        "walk-through of every commitment is under Commitments.",
    },
    "fu.read_only": {
        "sv": "Du kan följa mötet här. Bara redaktörer kan spara styrgruppens bedömningar.",
        "en": "You can follow the meeting here. Only editors can save the steering group's "
        "assessments.",
    },
    "fu.years": {"sv": "Löftets år:", "en": "Promise year:"},
    "fu.date": {"sv": "Mötets datum", "en": "Date of the meeting"},
    "fu.since": {"sv": "Sedan senaste uppföljningen:", "en": "Since the last check-in:"},
    "fu.moved": {
        "sv": "{reports} rapporter med {count} {unit} sedan {date}; utfört då {then}, nu {now}.",
        "en": "{reports} reports with {count} {unit} since {date}; achieved then {then}, "
        "now {now}.",
    },
    "fu.moved_one": {
        "sv": "1 rapport med {count} {unit} sedan {date}; utfört då {then}, nu {now}.",
        "en": "1 report with {count} {unit} since {date}; achieved then {then}, now {now}.",
    },
    "fu.moved_nothing": {
        "sv": "inga nya rapporter sedan {date}; utfört {now}.",
        "en": "no new reports since {date}; achieved {now}.",
    },
    "fu.moved_none": {
        "sv": "ingen tidigare uppföljning att jämföra med.",
        "en": "no earlier check-in to compare with.",
    },
    "fu.status_moved": {
        "sv": "Beräknad status då: {then}, nu: {now}.",
        "en": "Computed status then: {then}, now: {now}.",
    },
    "fu.status_legend": {
        "sv": "Styrgruppens bedömning av {code}",
        "en": "The steering group's assessment of {code}",
    },
    "fu.comment": {"sv": "Kommentar till {code}", "en": "Comment on {code}"},
    "fu.public": {
        "sv": "Kommentaren får visas för invånarna",
        "en": "The comment may be shown to the public",
    },
    "fu.save": {"sv": "Spara mötets bedömningar", "en": "Save the meeting's assessments"},
    "fu.save_hint": {
        "sv": "Sparas som en import i importloggen med ditt namn och kan ångras under Import.",
        "en": "Saved as an import in the import log under your name; it can be undone "
        "under Import.",
    },
    "fu.saved": {
        "sv": "{n} bedömningar sparade för mötet {date} (import nr {id}).",
        "en": "{n} assessments saved for the meeting of {date} (import no. {id}).",
    },
    "fu.saved_one": {
        "sv": "1 bedömning sparad för mötet {date} (import nr {id}).",
        "en": "1 assessment saved for the meeting of {date} (import no. {id}).",
    },
    "fu.unchanged": {
        "sv": "Inget att spara: bedömningarna var redan sparade så.",
        "en": "Nothing to save: the assessments were already stored as they are.",
    },
    "fu.not_saved": {"sv": "Inget sparades. Rätta:", "en": "Nothing was saved. Please fix:"},
    "fu.err_no_status": {
        "sv": "välj grön, gul eller röd (eller töm kommentaren)",
        "en": "choose green, amber or red (or clear the comment)",
    },
    "fu.err_nothing": {
        "sv": "välj en bedömning för minst ett löfte",
        "en": "choose an assessment for at least one commitment",
    },
    "fu.err_date": {"sv": "Ange mötets datum.", "en": "Enter the date of the meeting."},
    "fu.err_other_year": {
        "sv": "mötets datum hör till ett annat löftesår än {year}; välj ett datum i {year} "
        "eller senare, före nästa års löfte",
        "en": "the meeting's date belongs to another promise year than {year}; choose a date "
        "in {year} or later, before the next year's promise",
    },
    "fu.refused": {
        "sv": "Bara inloggade redaktörer kan spara bedömningar. Inget sparades.",
        "en": "Only logged-in editors can save assessments. Nothing was saved.",
    },
    # --- /rapportera: the field ----------------------------------------------------
    "rep.title": {"sv": "Rapportera en aktivitet", "en": "Report an activity"},
    "rep.intro": {
        "sv": "Rapportera det du har gjort för ett av löftena. Rapporten räknas in direkt.",
        "en": "Report what you have done for one of the commitments. It counts at once.",
    },
    "rep.login_needed": {
        "sv": "Logga in som rapportör eller redaktör för att rapportera.",
        "en": "Log in as a reporter or editor to report.",
    },
    "rep.not_reporter": {
        "sv": "Ditt konto kan bara läsa. Att rapportera kräver rollen rapportör.",
        "en": "Your account can only read. Reporting needs the role reporter.",
    },
    "rep.date": {"sv": "Datum", "en": "Date"},
    "rep.commitment": {"sv": "Löfte", "en": "Commitment"},
    "rep.commitment_legend": {"sv": "Löfte ({year})", "en": "Commitment ({year})"},
    "rep.count": {"sv": "Antal", "en": "Count"},
    "rep.area": {"sv": "Område", "en": "Area"},
    "rep.area_none": {"sv": "Inget särskilt område", "en": "No particular area"},
    "rep.comment": {"sv": "Kommentar", "en": "Comment"},
    "rep.comment_hint": {
        "sv": "Skriv inga namn eller personnummer.",
        "en": "Write no names or identity numbers.",
    },
    "rep.save": {"sv": "Spara rapporten", "en": "Save the report"},
    "rep.receipt": {
        "sv": "Sparat: {count} för {code} den {date}{where} (import nr {id}).",
        "en": "Saved: {count} for {code} on {date}{where} (import no. {id}).",
    },
    "rep.saved": {"sv": "Sparat.", "en": "Saved."},
    "rep.not_saved": {"sv": "Inget sparades. Rätta:", "en": "Nothing was saved. Please fix:"},
    "rep.err_commitment": {"sv": "Välj ett löfte.", "en": "Choose a commitment."},
    "rep.err_date": {"sv": "Ange ett datum.", "en": "Enter a date."},
    "rep.err_outside": {
        "sv": "Datumet ligger utanför {code}s period ({start}–{end}): rapporten skulle inte "
        "räknas. Välj ett datum inom perioden.",
        "en": "The date is outside {code}'s period ({start}–{end}): the report would not "
        "count. Choose a date within the period.",
    },
    "rep.err_count": {
        "sv": "Antal ska vara ett heltal från 1 till 1 000.",
        "en": "The count must be a whole number from 1 to 1,000.",
    },
    "rep.refused": {
        "sv": "Bara inloggade rapportörer och redaktörer kan rapportera. Inget sparades.",
        "en": "Only logged-in reporters and editors can report. Nothing was saved.",
    },
    "rep.own": {
        "sv": "Dina rapporter de senaste {days} dagarna",
        "en": "Your reports of the last {days} days",
    },
    "rep.own_none": {"sv": "Inga rapporter ännu.", "en": "No reports yet."},
    "rep.own_line": {
        "sv": "{date}: {code}, {count}{where}",
        "en": "{date}: {code}, {count}{where}",
    },
    "rep.undo": {"sv": "Ångra", "en": "Undo"},
    "rep.undo_which": {
        "sv": "rapporten för {code} (import nr {id})",
        "en": "the report for {code} (import no. {id})",
    },
    "rep.undone": {"sv": "Ångrad", "en": "Undone"},
    "rep.undo_done": {
        "sv": "Rapporten (import nr {id}) är ångrad.",
        "en": "The report (import no. {id}) is undone.",
    },
    "rep.undo_not_yours": {
        "sv": "Du kan bara ångra dina egna rapporter härifrån.",
        "en": "You can only undo your own reports here.",
    },
    "rep.undo_not_today": {
        "sv": "En rapport kan bara ångras samma dag. Be en redaktör ångra den under Import.",
        "en": "A report can only be undone on the day it was made. Ask an editor to undo it "
        "under Import.",
    },
}
