"""The area page: crime figures, survey results, activities and area types."""

ENTRIES: dict[str, dict[str, str]] = {
    "area.title": {"sv": "Område", "en": "Area"},
    "area.list_title": {"sv": "Områden", "en": "Areas"},
    "area.list_intro": {
        "sv": "Välj ett område för att se det mot hela kommunen: brott, trygghetsenkäten, "
        "aktiviteter och löften.",
        "en": "Choose an area to see it against the whole municipality: crimes, the safety "
        "survey, activities and commitments.",
    },
    "area.col_area": {"sv": "Område", "en": "Area"},
    "area.col_type": {"sv": "Typ", "en": "Type"},
    "area.col_population": {"sv": "Invånare", "en": "Inhabitants"},
    "area.col_last12": {"sv": "{cat}, 12 mån. t.o.m. {end}", "en": "{cat}, 12 months to {end}"},
    "area.in_parent": {"sv": "{kind} i {parent}", "en": "{kind} in {parent}"},
    "area.no_population": {"sv": "inga invånare", "en": "no inhabitants"},
    "area.not_found": {
        "sv": "Det finns inget område som heter ”{slug}”.",
        "en": 'There is no area called "{slug}".',
    },
    "area.not_found_hint": {
        "sv": "Välj ett av områdena nedan.",
        "en": "Choose one of the areas below.",
    },
    "area.subtitle_pop": {
        "sv": "{kind} · {population} invånare · jämfört med hela kommunen",
        "en": "{kind} · {population} inhabitants · against the whole municipality",
    },
    "area.subtitle_place": {
        "sv": "{kind} · inga invånare, så brotten visas som antal (inte per 1 000 invånare)",
        "en": "{kind} · no inhabitants, so crimes are shown as counts (not per 1,000)",
    },
    "area.jump": {"sv": "Gå till område", "en": "Go to area"},
    "area.trend_link": {"sv": "Trender för {name}", "en": "Trends for {name}"},
    "area.crimes_title": {
        "sv": "Anmälda brott – senaste 12 månaderna mot de 12 före",
        "en": "Reported crimes – the last 12 months against the 12 before",
    },
    "area.fig_last": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "area.fig_prev": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "area.axis_rate": {
        "sv": "Anmälda brott per 1 000 invånare, 12 månader",
        "en": "Reported crimes per 1,000 inhabitants, 12 months",
    },
    "area.axis_count": {"sv": "Anmälda brott, 12 månader", "en": "Reported crimes, 12 months"},
    "area.col_window": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "area.col_rate": {"sv": "Per 1 000 inv.", "en": "Per 1,000"},
    "area.no_crimes": {
        "sv": "Inga anmälda brott att visa för perioden.",
        "en": "No reported crimes to show for the period.",
    },
    "area.note_rates": {
        "sv": "Per 1 000 invånare gör {name} och hela kommunen jämförbara: fylld punkt är "
        "de senaste 12 månaderna, ring de 12 före.",
        "en": "Per 1,000 inhabitants makes {name} and the whole municipality comparable: the "
        "filled dot is the last 12 months, the ring the 12 before.",
    },
    "area.note_counts": {
        "sv": "{name} har inga invånare, så diagrammet visar antal: fylld punkt är de senaste "
        "12 månaderna, ring de 12 före. Hela kommunen står i tabellen (den är många gånger "
        "större och skulle platta till diagrammet).",
        "en": "{name} has no inhabitants, so the chart shows counts: the filled dot is the "
        "last 12 months, the ring the 12 before. The whole municipality is in the table (it "
        "is many times larger and would flatten the chart).",
    },
    "area.survey_title": {"sv": "Trygghetsenkäten", "en": "The safety survey"},
    "area.survey_col_indicator": {"sv": "Fråga", "en": "Question"},
    "area.survey_col_year": {"sv": "År", "en": "Year"},
    "area.survey_few": {
        "sv": "färre än 30 svar (n = {n}) – visas inte",
        "en": "fewer than 30 answers (n = {n}) – not shown",
    },
    "area.survey_none": {
        "sv": "Inga enkätresultat för området.",
        "en": "No survey results for the area.",
    },
    "area.note_survey": {
        "sv": "Senaste året med ett slumpmässigt urval för området, mot hela kommunen samma "
        "år. Inom parentes: 95 % konfidensintervall (Wilson), bara för slumpmässiga urval.",
        "en": "The latest year with a random sample for the area, against the whole "
        "municipality the same year. In brackets: 95 % confidence interval (Wilson), only "
        "for random samples.",
    },
    "area.activities_title": {"sv": "Aktiviteter i området", "en": "Activities in the area"},
    "area.activities_summary": {
        "sv": "{n} aktivitetsrapporter {start} – {end}, senaste först.",
        "en": "{n} activity reports {start} – {end}, latest first.",
    },
    "area.activities_more": {"sv": "Visa {n} äldre", "en": "Show {n} older"},
    "area.act_date": {"sv": "Datum", "en": "Date"},
    "area.act_commitment": {"sv": "Löfte", "en": "Commitment"},
    "area.act_count": {"sv": "Antal", "en": "Count"},
    "area.act_by": {"sv": "Utfört av", "en": "Performed by"},
    "area.act_comment": {"sv": "Kommentar", "en": "Comment"},
    "area.no_activities": {
        "sv": "Inga aktivitetsrapporter från området för de valda filtren.",
        "en": "No activity reports from the area for the chosen filters.",
    },
    "area.commitments_title": {
        "sv": "Löften som nämner området",
        "en": "Commitments that name the area",
    },
    "area.no_commitments": {
        "sv": "Inga löften nämner området (för de valda filtren).",
        "en": "No commitments name the area (for the chosen filters).",
    },
    "areatype.centrum": {"sv": "Centrum", "en": "Town centre"},
    "areatype.plats": {"sv": "Plats", "en": "Place"},
    "areatype.bostadsområde": {"sv": "Bostadsområde", "en": "Residential area"},
    "areatype.tätort": {"sv": "Tätort", "en": "Locality"},
    "areatype.landsbygd": {"sv": "Landsbygd", "en": "Countryside"},
}
