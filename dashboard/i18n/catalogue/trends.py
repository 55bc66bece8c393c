"""The trends page and its figure: measures, notes, hover texts, panels and axes."""

ENTRIES: dict[str, dict[str, str]] = {
    "trend.title": {"sv": "Trender", "en": "Trends"},
    "selector.chosen": {"sv": "vald", "en": "chosen"},
    "trend.intro": {
        "sv": "Anmälda stölder och narkotikabrott över tid, mot hur trygga invånarna känner sig "
        "och när löftenas aktiviteter gjordes – {kommun} kommun.",
        "en": "Reported thefts and narcotics cases over time, against how safe residents feel "
        "and when the commitments' activities took place – {kommun} municipality.",
    },
    "trend.measure": {"sv": "Mått", "en": "Measure"},
    "trend.measure_rullande12": {"sv": "Rullande 12 mån.", "en": "Rolling 12 months"},
    "trend.measure_antal": {"sv": "Antal per månad", "en": "Count per month"},
    "trend.measure_per1000": {"sv": "Per 1 000 invånare", "en": "Per 1,000 inhabitants"},
    "trend.measure_short_rullande12": {
        "sv": "summa för 12 månader",
        "en": "sum over 12 months",
    },
    "trend.measure_short_antal": {"sv": "antal per månad", "en": "count per month"},
    "trend.measure_short_per1000": {
        "sv": "per 1 000 invånare och 12 månader",
        "en": "per 1,000 inhabitants and 12 months",
    },
    "trend.indicator": {"sv": "Enkätfråga", "en": "Survey question"},
    "trend.unknown_areas": {
        "sv": "Adressen nämner ett område som inte finns: {areas}. Det visas inte.",
        "en": "The address names an area that does not exist: {areas}. It is not shown.",
    },
    "trend.empty": {
        "sv": "Inga anmälda brott att visa för de valda filtren.",
        "en": "No reported crimes to show for the chosen filters.",
    },
    "trend.no_population": {
        "sv": "Utan invånare (platser), så brott per 1 000 invånare går inte att räkna – "
        "bara antal: {areas}.",
        "en": "No inhabitants (places), so crimes per 1,000 inhabitants cannot be computed – "
        "only counts: {areas}.",
    },
    "trend.show_counts": {
        "sv": "Visa antal (rullande 12 mån.)",
        "en": "Show counts (rolling 12 months)",
    },
    "trend.no_activities": {
        "sv": "Inga aktivitetsrapporter för de valda filtren under perioden.",
        "en": "No activity reports for the chosen filters in the period.",
    },
    "trend.change_title": {
        "sv": "Förändring mot samma period året före",
        "en": "Change against the same period a year earlier",
    },
    "trend.change_area": {"sv": "Område", "en": "Area"},
    "trend.change_category": {"sv": "Brott", "en": "Crime"},
    "trend.change_last": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "trend.change_prev": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "trend.change_pct": {"sv": "Förändring", "en": "Change"},
    "trend.change_rate": {
        "sv": "Per 1 000 inv., senaste 12 mån.",
        "en": "Per 1,000, last 12 months",
    },
    "trend.no_population_short": {"sv": "inga invånare", "en": "no inhabitants"},
    "trend.title_small": {
        "sv": "1–4: ett litet antal, det exakta värdet visas inte",
        "en": "1–4: a small count, the exact value is not shown",
    },
    "trend.title_hidden": {
        "sv": "..: dolt, så att små tal inte kan räknas fram ur summorna (eller ej publicerat)",
        "en": "..: hidden, so that small counts cannot be worked out from the totals "
        "(or not published)",
    },
    "trend.note_rullande12": {
        "sv": "Rullande 12 månader: varje punkt är summan av de 12 månaderna till och med den "
        "månaden. Det jämnar ut slump och säsong; den första summan finns 12 månader in i data.",
        "en": "Rolling 12 months: each point is the sum of the 12 months up to that month. "
        "This smooths out chance and season; the first sum comes 12 months into the data.",
    },
    "trend.note_antal": {
        "sv": "Antal per månad: anmälda brott den månaden. Små områden svänger mycket från "
        "månad till månad – rullande 12 månader visar trenden tydligare.",
        "en": "Count per month: crimes reported that month. Small areas swing a lot from month "
        "to month – rolling 12 months shows the trend more clearly.",
    },
    "trend.note_per1000": {
        "sv": "Per 1 000 invånare: anmälda brott under 12 månader delat med antalet invånare, "
        "så att områden av olika storlek och hela kommunen går att jämföra.",
        "en": "Per 1,000 inhabitants: crimes reported over 12 months divided by the number of "
        "inhabitants, so that areas of different size and the whole municipality compare.",
    },
    "trend.note_narcotics": {
        "sv": "Narkotikabrott är upptäcktsbrott: de anmäls när polisen letar, så fler fall "
        "betyder ofta fler insatser, inte mer narkotika.",
        "en": "Narcotics offences are found rather than reported (upptäcktsbrott): more "
        "police searching gives more cases, which often means more effort, not more drugs.",
    },
    "trend.note_small": {
        "sv": "Små tal skyddas under kommunnivå: 1–4 visas som ”1–4” (ring med streck över "
        "intervallet, aldrig det exakta värdet) och vissa andra tal döljs (..) så att inget "
        "kan räknas fram ur kommunens summor. Samma tal skyddas i alla vyer.",
        "en": 'Small counts are protected below municipality level: 1–4 is shown as "1–4" '
        "(a ring with a bar over the range, never the exact value) and some other counts are "
        "hidden (..) so that nothing can be worked out from the municipality's totals. The "
        "same counts are protected in every view.",
    },
    "trend.note_columns": {
        "sv": "Hela kommunen visas i en egen smal kolumn med egen skala: i antal är kommunen "
        "många gånger större än ett område. Välj per 1 000 invånare för att jämföra nivåer.",
        "en": "The whole municipality is shown in a narrow column on its own scale: in counts "
        "it is many times larger than an area. Choose per 1,000 inhabitants to compare levels.",
    },
    "trend.note_places": {
        "sv": "Platser utan invånare, där bara antal går att visa: {areas}.",
        "en": "Places without inhabitants, where only counts can be shown: {areas}.",
    },
    "trend.note_survey": {
        "sv": "Enkäten: en punkt per år, ritad mitt i året. Strecken är 95 % "
        "konfidensintervall (Wilson) för slumpmässiga urval; n står i hovringstexten.",
        "en": "The survey: one point per year, drawn in the middle of the year. The bars are "
        "95 % confidence intervals (Wilson) for random samples; n is in the hover text.",
    },
    "trend.note_self_selected": {
        "sv": "Ruter: självselekterad öppen webbenkät – de som svarar väljer själva, så "
        "resultatet kan inte jämföras med det slumpmässiga urvalet och får inget intervall.",
        "en": "Diamonds: a self-selected open web survey – respondents chose themselves, so "
        "the result cannot be compared with the random sample and has no interval.",
    },
    "trend.note_few": {
        "sv": "Färre än 30 svar, visas inte: {which}.",
        "en": "Fewer than 30 answers, not shown: {which}.",
    },
    "trend.note_index": {
        "sv": "Problemindex har en egen skala 0–6 (inga problem – stora problem); inget "
        "intervall, eftersom spridningen i svaren saknas.",
        "en": "The problem index has its own scale 0–6 (no problems – big problems); no "
        "interval, as the spread of the answers is not given.",
    },
    "trend.no_survey": {
        "sv": "Inga enkätresultat för frågan, områdena och perioden.",
        "en": "No survey results for the question, the areas and the period.",
    },
    "trend.note_part": {
        "sv": "Filtret part ({part}) gäller aktivitetsraden; brott och enkät gäller alla.",
        "en": "The party filter ({part}) applies to the activity row; crimes and the survey "
        "are everyone's.",
    },
    "trend.area_pages": {"sv": "Områdessidor:", "en": "Area pages:"},
    "trend.hover_rate_band": {"sv": "{low}–{high} per 1 000 inv.", "en": "{low}–{high} per 1,000"},
    "trend.hover_cases": {"sv": "anmälda", "en": "reported"},
    "trend.hover_rate": {
        "sv": "{rate} per 1 000 inv. ({count} anmälda)",
        "en": "{rate} per 1,000 ({count} reported)",
    },
    "trend.hover_change": {
        "sv": "Mot året före: {change}",
        "en": "Against a year earlier: {change}",
    },
    "trend.hover_prefix_antal": {"sv": "Anmälda", "en": "Reported in"},
    "trend.hover_prefix_rullande12": {"sv": "12 mån. t.o.m.", "en": "12 months to"},
    "trend.hover_prefix_per1000": {"sv": "12 mån. t.o.m.", "en": "12 months to"},
    "trend.legend_small": {"sv": "1–4 (litet antal)", "en": "1–4 (small count)"},
    "trend.survey_wave": {"sv": "Enkät {year}: {value}", "en": "Survey {year}: {value}"},
    "trend.survey_interval": {
        "sv": "95 % konfidensintervall {low}–{high} %",
        "en": "95 % confidence interval {low}–{high} %",
    },
    "trend.sampling_unknown": {"sv": "urval okänt", "en": "sampling unknown"},
    "trend.survey_n": {"sv": "n = {n} · {sampling}", "en": "n = {n} · {sampling}"},
    "trend.survey_index_note": {
        "sv": "Index 0–6, inget intervall",
        "en": "Index 0–6, no interval",
    },
    "trend.legend_self_selected": {
        "sv": "självselekterad, ej jämförbar",
        "en": "self-selected, not comparable",
    },
    "trend.activity_count": {"sv": "{count} {unit}", "en": "{count} {unit}"},
    "trend.legend_activity": {"sv": "Aktiviteter", "en": "Activities"},
    "trend.panel_stöld": {"sv": "Anmälda stölder", "en": "Reported thefts"},
    "trend.panel_narkotika": {
        "sv": "Anmälda narkotikabrott (upptäcktsbrott)",
        "en": "Reported narcotics offences (found by police)",
    },
    "trend.panel_whole": {
        "sv": "Hela kommunen (egen skala)",
        "en": "Whole municipality (own scale)",
    },
    "trend.panel_survey": {"sv": "Enkät: {indicator}", "en": "Survey: {indicator}"},
    "trend.panel_activities": {
        "sv": "Aktivitetsrapporter per löfte",
        "en": "Activity reports per commitment",
    },
    "trend.axis_antal": {"sv": "Antal", "en": "Count"},
    "trend.axis_rullande12": {"sv": "Antal, 12 mån.", "en": "Count, 12 months"},
    "trend.axis_per1000": {"sv": "Per 1 000 inv.", "en": "Per 1,000"},
    "trend.axis_index": {"sv": "Index 0–6", "en": "Index 0–6"},
    "trend.axis_share": {"sv": "Andel", "en": "Share"},
    "trend.monthly_withheld": {
        "sv": "Månadsantal visas bara för hela kommunen. För områden visas 12-månaderssummor: "
        "bredvid dem skulle månadsantalen kunna röja små tal (1–4).",
        "en": "Monthly counts are shown for the whole municipality only. Areas show 12-month "
        "sums: beside them, monthly counts could give away small numbers (1–4).",
    },
}
