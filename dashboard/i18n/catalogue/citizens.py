"""The page for the citizens (/for-invanare) and the open data behind it."""

ENTRIES: dict[str, dict[str, str]] = {
    # --- the page ---------------------------------------------------------------------
    "cit.page_name": {"sv": "För invånare", "en": "For residents"},
    "cit.title_ended": {
        "sv": "Så uppfyllde vi medborgarlöftet {year}",
        "en": "How we kept the citizen promise {year}",
    },
    "cit.title_running": {
        "sv": "Så går det med medborgarlöftet {year}",
        "en": "How the citizen promise {year} is going",
    },
    "cit.intro": {
        "sv": "{kommun} kommun och polisen lovade {count} saker för {year}. Här ser du vad vi "
        "lovade, vad som har gjorts och hur det går, med siffrorna som de ser ut {today}.",
        "en": "{kommun} municipality and the police made {count} promises for {year}. Here you "
        "can see what we promised, what has been done and how it is going, with the figures "
        "as they stand on {today}.",
    },
    "cit.no_commitments": {
        "sv": "Det finns inga medborgarlöften för {kommun} ännu.",
        "en": "There are no citizen promises for {kommun} yet.",
    },
    "cit.tally_heading": {"sv": "Läget i korthet", "en": "At a glance"},
    "cit.problem_heading": {"sv": "Varför just de här löftena?", "en": "Why these promises?"},
    "cit.problem_intro": {
        "sv": "Medborgarlöftet är ett löfte från {kommun} kommun och polisen till alla som bor "
        "i eller besöker kommunen. Det bygger på en lokal problembild: vad invånarna har "
        "berättat i enkäter och medborgardialoger, kommunens och polisens gemensamma "
        "lägesbild och polisens egna erfarenheter.",
        "en": "The citizen promise is a promise from {kommun} municipality and the police to "
        "everyone who lives in or visits the municipality. It rests on a local problem "
        "picture: what residents have said in surveys and dialogues, the shared picture of "
        "the municipality and the police, and the police's own experience.",
    },
    "cit.problem_places": {
        "sv": "Löftena för {year} pekar särskilt ut {places}.",
        "en": "The promises for {year} single out {places}.",
    },
    "cit.problem_survey": {
        "sv": "Trygghetsmätningen {year}, före löftet: {items}.",
        "en": "The safety survey {year}, before the promise: {items}.",
    },
    "cit.problem_crimes": {
        "sv": "Året före löftet, {year}: {items} i hela kommunen.",
        "en": "The year before the promise, {year}: {items} in the whole municipality.",
    },
    "cit.promises_heading": {
        "sv": "Vad vi lovade och vad som har gjorts",
        "en": "What we promised and what has been done",
    },
    "cit.comment_label": {"sv": "Styrgruppen skriver", "en": "The steering group writes"},
    "cit.comment_quoted": {
        "sv": "Styrgruppen skriver: ”{comment}”",
        "en": "The steering group writes: “{comment}”",
    },
    "cit.trends_heading": {
        "sv": "Brott och trygghet i hela kommunen",
        "en": "Crime and safety in the whole municipality",
    },
    "cit.trends_intro": {
        "sv": "Många saker påverkar brotten och tryggheten, inte bara löftena. Siffrorna gäller "
        "hela kommunen.",
        "en": "Many things move crime and safety, not only the promises. The figures are for "
        "the whole municipality.",
    },
    "cit.crime_table_caption": {
        "sv": "Anmälda brott i hela {kommun} kommun, de senaste tolv månaderna mot tolv "
        "månader före",
        "en": "Reported crimes in the whole of {kommun} municipality, the last twelve months "
        "against the twelve before",
    },
    "cit.col_what": {"sv": "Brott", "en": "Crime"},
    "cit.col_last12": {"sv": "Senaste 12 månaderna", "en": "Last 12 months"},
    "cit.col_prev12": {"sv": "12 månader före", "en": "12 months before"},
    "cit.col_change": {"sv": "Förändring", "en": "Change"},
    "cit.surveys_heading": {
        "sv": "Hur trygga känner sig invånarna?",
        "en": "How safe do people feel?",
    },
    "cit.no_surveys": {
        "sv": "Det finns ingen trygghetsmätning för hela kommunen att visa.",
        "en": "There is no safety survey for the whole municipality to show.",
    },
    "cit.copy_heading": {
        "sv": "Text till kommunens webbplats",
        "en": "Text for the municipality's website",
    },
    "cit.copy_intro": {
        "sv": "Samma innehåll som på sidan, som text att klistra in på kommunens webbplats. Den "
        "skapas från siffrorna och följer dem när de ändras.",
        "en": "The same content as on this page, as text to paste into the municipality's "
        "website. It is made from the figures and follows them when they change.",
    },
    "cit.copy_label": {"sv": "Texten att kopiera", "en": "The text to copy"},
    "cit.copy_button": {"sv": "Kopiera texten", "en": "Copy the text"},
    "cit.copied": {"sv": "Texten är kopierad.", "en": "The text has been copied."},
    "cit.copy_failed": {
        "sv": "Texten kunde inte kopieras. Markera den och kopiera den själv.",
        "en": "The text could not be copied. Select it and copy it yourself.",
    },
    "cit.download_txt": {"sv": "Ladda ner som text (.txt)", "en": "Download as text (.txt)"},
    "cit.download_html": {"sv": "Ladda ner som HTML (.html)", "en": "Download as HTML (.html)"},
    "cit.print": {"sv": "Skriv ut sidan", "en": "Print the page"},
    "cit.other_years": {"sv": "Andra år:", "en": "Other years:"},
    "cit.open_data_heading": {"sv": "Öppna data", "en": "Open data"},
    "cit.open_data_intro": {
        "sv": "Siffrorna bakom sidan går att ladda ner och använda fritt, som CSV (för "
        "kalkylprogram) eller JSON. Bara siffror för hela kommunen, och bara kommentarer som "
        "styrgruppen har markerat som offentliga.",
        "en": "The figures behind this page can be downloaded and used freely, as CSV (for "
        "spreadsheets) or JSON. Only figures for the whole municipality, and only comments the "
        "steering group has marked as public.",
    },
    "cit.data_loften": {
        "sv": "Löftena: vad som lovades, vad som har gjorts och hur det går",
        "en": "The promises: what was promised, what has been done and how it stands",
    },
    "cit.data_brott": {
        "sv": "Anmälda brott per månad i hela kommunen",
        "en": "Reported crimes per month in the whole municipality",
    },
    "cit.data_enkat": {
        "sv": "Trygghetsmätningen för hela kommunen",
        "en": "The safety survey for the whole municipality",
    },
    "cit.licence": {"sv": "Licens: {licence}", "en": "Licence: {licence}"},
    "cit.source": {
        "sv": "Källa: uppföljningen av medborgarlöftet, {kommun} kommun och polisen, {date}. {url}",
        "en": "Source: the follow-up of the citizen promise, {kommun} municipality and the "
        "police, {date}. {url}",
    },
    "cit.open_data_line": {
        "sv": "Siffrorna som öppna data: {url}",
        "en": "The figures as open data: {url}",
    },
    "cit.data_source": {
        "sv": "Uppföljningen av medborgarlöftet i {kommun} kommun (kommunen och polisen)",
        "en": "The follow-up of the citizen promise in {kommun} municipality (the municipality "
        "and the police)",
    },
    "cit.a11y_report": {
        "sv": "Fungerar något på sidan inte för dig, eller behöver du innehållet i en annan "
        "form? Kontakta {contact}.",
        "en": "Does something on this page not work for you, or do you need the content in "
        "another form? Contact {contact}.",
    },
    # --- the sentences (dashboard/analysis/citizens.py) ---------------------------------
    "cit.who_kommunen": {"sv": "Kommunen", "en": "The municipality"},
    "cit.who_polisen": {"sv": "Polisen", "en": "The police"},
    "cit.who_both": {"sv": "Kommunen och polisen", "en": "The municipality and the police"},
    "cit.period": {"sv": "{start}–{end}", "en": "{start} to {end}"},
    "cit.promised_count": {
        "sv": "Lovat: {target} {unit}, {period}.",
        "en": "Promised: {target} {unit}, {period}.",
    },
    "cit.promised_milestone": {
        "sv": "Lovat: {indicator}, {period}.",
        "en": "Promised: {indicator}, {period}.",
    },
    "cit.count_ended": {
        "sv": "{who} har gjort {achieved} {unit}; {target} var utlovade ({share} av målet).",
        "en": "{who} have done {achieved} {unit}; {target} were promised ({share} of the target).",
    },
    "cit.count_running": {
        "sv": "{who} har hittills gjort {achieved} {unit}; {target} är utlovade till {end} "
        "({share} av målet). I jämn takt hade det varit {expected} i dag.",
        "en": "{who} have so far done {achieved} {unit}; {target} are promised by {end} "
        "({share} of the target). At an even pace it would be {expected} today.",
    },
    "cit.count_not_started": {"sv": "Arbetet börjar {start}.", "en": "The work starts on {start}."},
    "cit.milestone_done": {"sv": "Klart: {indicator}.", "en": "Done: {indicator}."},
    "cit.milestone_open": {
        "sv": "Inte klart än: {indicator}. Planerat senast {end}.",
        "en": "Not done yet: {indicator}. Planned by {end}.",
    },
    "cit.milestone_late": {
        "sv": "Blev inte klart till {end}: {indicator}.",
        "en": "Not done by {end}: {indicator}.",
    },
    "cit.by_checkin": {
        "sv": "Styrgruppens bedömning {date}",
        "en": "The steering group's assessment, {date}",
    },
    "cit.by_figures": {
        "sv": "Beräknat från siffrorna (styrgruppen har inte bedömt löftet än)",
        "en": "Computed from the figures (the steering group has not assessed it yet)",
    },
    "cit.running_green": {"sv": "Går enligt plan", "en": "On track"},
    "cit.running_amber": {"sv": "Något efter plan", "en": "Slightly behind plan"},
    "cit.running_red": {"sv": "Efter plan", "en": "Behind plan"},
    "cit.running_not_started": {"sv": "Inte påbörjat än", "en": "Not started yet"},
    "cit.ended_green": {"sv": "Uppfyllt", "en": "Kept"},
    "cit.ended_amber": {"sv": "Nästan uppfyllt", "en": "Nearly kept"},
    "cit.ended_red": {"sv": "Inte uppfyllt", "en": "Not kept"},
    "cit.crimes_stöld": {"sv": "anmälda stölder", "en": "reported thefts"},
    "cit.crimes_narkotika": {"sv": "anmälda narkotikabrott", "en": "reported narcotics offences"},
    "cit.crime_fewer": {
        "sv": "{kommun}: {count} {what} under {months}, {share} färre än de tolv månaderna "
        "före ({before}).",
        "en": "{kommun}: {count} {what} in {months}, {share} fewer than in the twelve months "
        "before ({before}).",
    },
    "cit.crime_more": {
        "sv": "{kommun}: {count} {what} under {months}, {share} fler än de tolv månaderna "
        "före ({before}).",
        "en": "{kommun}: {count} {what} in {months}, {share} more than in the twelve months "
        "before ({before}).",
    },
    "cit.crime_same": {
        "sv": "{kommun}: {count} {what} under {months}, ungefär lika många som de tolv "
        "månaderna före ({before}).",
        "en": "{kommun}: {count} {what} in {months}, about as many as in the twelve months "
        "before ({before}).",
    },
    "cit.crime_no_before": {
        "sv": "{kommun}: {count} {what} under {months}.",
        "en": "{kommun}: {count} {what} in {months}.",
    },
    "cit.narcotics_note": {
        "sv": "Narkotikabrott hittas oftast av polisen själv: när polisen letar mer anmäls fler "
        "brott, även om narkotikan inte har blivit vanligare.",
        "en": "Narcotics offences are mostly found by the police themselves: when the police "
        "look harder, more offences are reported even if drugs have not become more common.",
    },
    "cit.survey_otrygg_kvall": {
        "sv": "känner sig otrygga ute sent en kväll",
        "en": "feel unsafe out late in the evening",
    },
    "cit.survey_oro_stold": {"sv": "oroar sig för stöld", "en": "worry about theft"},
    "cit.survey_oro_vald": {"sv": "oroar sig för våld", "en": "worry about violence"},
    "cit.survey_narkotika_problem": {
        "sv": "ser narkotika som ett problem",
        "en": "see narcotics as a problem",
    },
    "cit.survey_wave": {
        "sv": "{share} {what} (trygghetsmätningen {year}: {n} svar, {sampling}).",
        "en": "{share} {what} (safety survey {year}: {n} answers, {sampling}).",
    },
    "cit.n_unknown": {"sv": "okänt antal", "en": "number unknown"},
    "cit.sampling_unknown": {"sv": "urvalet ej angivet", "en": "sampling not given"},
    "cit.survey_interval": {
        "sv": "Med 95 % säkerhet ligger den verkliga andelen mellan {low} och {high}.",
        "en": "With 95% confidence the true share lies between {low} and {high}.",
    },
    "cit.survey_self_selected": {
        "sv": "Alla kunde svara, så svaren speglar inte säkert hela kommunen.",
        "en": "Anyone could answer, so the answers may not reflect the whole municipality.",
    },
    "cit.survey_before": {
        "sv": "Mätningen {year}: {share}. {verdict}",
        "en": "Survey {year}: {share}. {verdict}",
    },
    "cit.survey_changed": {
        "sv": "Skillnaden är större än slumpen brukar ge.",
        "en": "The difference is larger than chance usually gives.",
    },
    "cit.survey_no_change": {
        "sv": "Skillnaden är så liten att den kan bero på slumpen.",
        "en": "The difference is small enough to be chance.",
    },
    "cit.survey_change_unknown": {
        "sv": "Om skillnaden är verklig går inte att säga.",
        "en": "Whether the difference is real cannot be told.",
    },
    "cit.and": {"sv": "{first} och {last}", "en": "{first} and {last}"},
}
