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
    "filter.kommun": {"sv": "Kommun", "en": "Municipality"},
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
    "gauge.milestone_due": {"sv": "Ska vara klart {date}", "en": "Due by {date}"},
    "gauge.milestone_done": {"sv": "Genomfört", "en": "Done"},
    "gauge.milestone_open": {"sv": "Inte genomfört ännu", "en": "Not done yet"},
    "gauge.computed": {"sv": "Beräknat", "en": "Computed"},
    "gauge.assessed": {"sv": "Styrgruppen {date}", "en": "Steering group {date}"},
    "gauge.assessed_short": {"sv": "Styrgruppen", "en": "Steering group"},
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
    # --- area --------------------------------------------------------------------
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
    # --- commitments page --------------------------------------------------------
    "loften.title": {"sv": "Löften", "en": "Commitments"},
    "loften.intro": {
        "sv": "Medborgarlöfte {year} – {kommun} kommun och lokalpolisområdet: {n} löften. "
        "Läget {date}.",
        "en": "Citizen promise {year} – {kommun} municipality and the local police area: "
        "{n} commitments. Status on {date}.",
    },
    "loften.since": {
        "sv": "Aktivitetslogg och uppföljningar visas från {month}.",
        "en": "Activity logs and check-ins are shown from {month}.",
    },
    "loften.none": {
        "sv": "Inga löften matchar filtren.",
        "en": "No commitments match the filters.",
    },
    "loften.toc": {"sv": "Innehåll", "en": "Contents"},
    "loften.toc_code": {"sv": "Löfte", "en": "Commitment"},
    "loften.toc_text": {"sv": "Vad", "en": "What"},
    "loften.toc_party": {"sv": "Part", "en": "Party"},
    "loften.toc_progress": {"sv": "Genomfört", "en": "Achieved"},
    "loften.toc_status": {"sv": "Beräknad status", "en": "Computed status"},
    "loften.toc_checkin": {"sv": "Styrgruppen", "en": "Steering group"},
    "loften.back_to_top": {"sv": "Till innehållet", "en": "Back to contents"},
    "loften.party": {"sv": "Part", "en": "Party"},
    "loften.partners": {"sv": "Samverkansparter", "en": "Partners"},
    "loften.no_partners": {"sv": "Inga angivna", "en": "None given"},
    "loften.areas": {"sv": "Fokusområden", "en": "Focus areas"},
    "loften.indicator": {"sv": "Indikator", "en": "Indicator"},
    "loften.target": {"sv": "Mål", "en": "Target"},
    "loften.target_value": {"sv": "{target} {unit}", "en": "{target} {unit}"},
    "loften.rule": {"sv": "Målregel", "en": "Target rule"},
    "loften.rule.antal": {
        "sv": "antal – ett antal att nå under perioden",
        "en": "count – a number to reach within the period",
    },
    "loften.rule.milstolpe": {
        "sv": "milstolpe – genomfört eller inte",
        "en": "milestone – done or not",
    },
    "loften.period": {"sv": "Period", "en": "Period"},
    "loften.period_value": {"sv": "{start} – {end}", "en": "{start} – {end}"},
    "loften.achieved": {"sv": "Genomfört", "en": "Achieved"},
    "loften.progress": {"sv": "Andel av målet", "en": "Share of the target"},
    "loften.expected": {"sv": "Väntat enligt jämn takt", "en": "Expected at an even pace"},
    "loften.expected_value": {
        "sv": "{expected} ({share} av perioden har gått)",
        "en": "{expected} ({share} of the period elapsed)",
    },
    "loften.status": {"sv": "Beräknad status", "en": "Computed status"},
    "loften.assessed": {"sv": "Styrgruppens bedömning", "en": "Steering group's assessment"},
    "loften.fig.achieved": {"sv": "Genomfört (ackumulerat)", "en": "Achieved (cumulative)"},
    "loften.fig.pace": {"sv": "Jämn takt mot målet", "en": "Even pace to the target"},
    "loften.fig.as_of": {"sv": "Läget {date}", "en": "As of {date}"},
    "loften.fig.done": {"sv": "Genomfört {date}", "en": "Done {date}"},
    "loften.fig.not_done": {"sv": "Inte genomfört", "en": "Not done"},
    "loften.fig.end": {"sv": "Slutdatum {date}", "en": "End date {date}"},
    "loften.fig.y": {"sv": "Antal {unit}", "en": "Number of {unit}"},
    "loften.fig.alt": {
        "sv": "Diagram: genomfört ackumulerat över tiden mot en jämn takt från start till mål.",
        "en": "Chart: cumulative achieved over time against an even pace from start to target.",
    },
    "loften.activities": {"sv": "Aktivitetslogg", "en": "Activity log"},
    "loften.activities_summary": {
        "sv": "Aktivitetslogg: {reports} rapporter, sammanlagt {total}",
        "en": "Activity log: {reports} reports, {total} in all",
    },
    "loften.activities_summary_one": {
        "sv": "Aktivitetslogg: 1 rapport, sammanlagt {total}",
        "en": "Activity log: 1 report, {total} in all",
    },
    "loften.reports": {
        "sv": "Aktivitetslogg: {reports} rapporter",
        "en": "Activity log: {reports} reports",
    },
    "loften.reports_one": {"sv": "Aktivitetslogg: 1 rapport", "en": "Activity log: 1 report"},
    "loften.show_older": {"sv": "Visa {n} äldre rapporter", "en": "Show {n} older reports"},
    "loften.no_activities": {
        "sv": "Inga rapporterade aktiviteter.",
        "en": "No activities reported.",
    },
    "loften.checkins": {"sv": "Styrgruppens uppföljningar", "en": "Steering group check-ins"},
    "loften.no_checkins": {"sv": "Inga uppföljningar.", "en": "No check-ins."},
    "loften.col.date": {"sv": "Datum", "en": "Date"},
    "loften.col.count": {"sv": "Antal", "en": "Count"},
    "loften.col.area": {"sv": "Område", "en": "Area"},
    "loften.col.by": {"sv": "Utförd av", "en": "Performed by"},
    "loften.col.comment": {"sv": "Kommentar", "en": "Comment"},
    "loften.col.status": {"sv": "Status", "en": "Status"},
    "ba.title": {"sv": "Före och efter", "en": "Before and after"},
    "ba.method": {
        "sv": "Förändringen i anmälda brott i löftets fokusområden mellan samma månader före och "
        "efter start, jämförd med förändringen i resten av {kommun} (skillnad i skillnader, "
        "95\u00a0% intervall). Många saker påverkar brottsutvecklingen: jämförelsen visar vad som "
        "sammanföll med arbetet, inte vad arbetet orsakade.",
        "en": "The change in reported crime in the commitment's focus areas between the same "
        "months before and after the start, compared with the change in the rest of {kommun} "
        "(a difference in differences, 95% interval). Many things move crime figures: the "
        "comparison shows what coincided with the work, not what the work caused.",
    },
    "ba.and": {"sv": "och", "en": "and"},
    "ba.where_place": {"sv": "vid {area}", "en": "at {area}"},
    "ba.where_area": {"sv": "i {area}", "en": "in {area}"},
    "ba.where_together": {
        "sv": "i fokusområdena {areas} tillsammans",
        "en": "in the focus areas {areas} together",
    },
    "ba.subject.stöld": {"sv": "Anmälda stölder", "en": "Reported thefts"},
    "ba.subject.narkotika": {"sv": "Anmälda narkotikabrott", "en": "Reported narcotics offences"},
    "ba.decrease": {
        "sv": "{subject} {where} minskade med {change} (95\u00a0% intervall {low} till {high}) "
        "mellan {before} och {after}, jämfört med resten av {kommun} under samma månader. "
        "Förändringen sammanföll med arbetet; den visar inte att arbetet orsakade den.",
        "en": "{subject} {where} fell by {change} (95% interval {low} to {high}) between "
        "{before} and {after}, compared with the rest of {kommun} over the same months. "
        "The change coincided with the work; it does not show that the work caused it.",
    },
    "ba.increase": {
        "sv": "{subject} {where} ökade med {change} (95\u00a0% intervall {low} till {high}) "
        "mellan {before} och {after}, jämfört med resten av {kommun} under samma månader. "
        "Förändringen sammanföll med arbetet; den visar inte att arbetet orsakade den.",
        "en": "{subject} {where} rose by {change} (95% interval {low} to {high}) between "
        "{before} and {after}, compared with the rest of {kommun} over the same months. "
        "The change coincided with the work; it does not show that the work caused it.",
    },
    "ba.unclear": {
        "sv": "{subject} {where}: ingen tydlig förändring mellan {before} och {after}, "
        "jämfört med resten av {kommun} under samma månader (skattning {estimate}; 95\u00a0% "
        "intervall {low} till {high}, som rymmer 0\u00a0%).",
        "en": "{subject} {where}: no clear change between {before} and {after}, compared "
        "with the rest of {kommun} over the same months (estimate {estimate}; 95% interval "
        "{low} to {high}, which includes 0%).",
    },
    "ba.fig.together": {"sv": "Alla tillsammans", "en": "All together"},
    "ba.fig.none": {"sv": "ingen skattning", "en": "no estimate"},
    "ba.fig.x": {
        "sv": "Förändring jämfört med resten av {kommun}",
        "en": "Change compared with the rest of {kommun}",
    },
    "ba.none": {
        "sv": "{subject} {where}: ingen skattning, eftersom {reason}.",
        "en": "{subject} {where}: no estimate, because {reason}.",
    },
    "ba.reason.not_started": {
        "sv": "arbetet börjar först {start}",
        "en": "the work only begins on {start}",
    },
    "ba.reason.no_data_after": {
        "sv": "det ännu inte finns brottsdata från {month}, då arbetet började",
        "en": "there are no crime figures yet from {month}, when the work began",
    },
    "ba.reason.too_short": {
        "sv": "perioden efter start bara omfattar {months} av minst {min_months} månader "
        "som behövs",
        "en": "the period since the start covers only {months} of the at least {min_months} "
        "months needed",
    },
    "ba.reason.no_data_before": {
        "sv": "brottsdata inte når tillbaka till {before_month}, så det saknas en "
        "jämförelseperiod året före",
        "en": "the crime figures do not reach back to {before_month}, so there is no "
        "comparison period a year earlier",
    },
    "ba.reason.unpublished": {
        "sv": "några månadssiffror under perioderna inte är publicerade (..)",
        "en": "some monthly figures in the windows are not published (..)",
    },
    "ba.reason.zero": {
        "sv": "det inte finns några anmälda brott under en av perioderna, i området eller i "
        "resten av kommunen, så kvoten går inte att beräkna",
        "en": "one of the windows has no reported crimes, in the area or in the rest of the "
        "municipality, so the ratio cannot be computed",
    },
    "ba.reason.few": {
        "sv": "det finns färre än {min_count} anmälda brott under en av perioderna – för få "
        "för en meningsfull skattning",
        "en": "one of the windows has fewer than {min_count} reported crimes – too few for a "
        "meaningful estimate",
    },
    "ba.caveat.narkotika": {
        "sv": "Narkotikabrott är upptäcktsbrott: de flesta anmäls när polisen själv hittar "
        "dem. Mer polisarbete hittar fler fall, så en ökning kan spegla arbetet snarare än "
        "mer narkotika.",
        "en": "Narcotics offences are found rather than reported (upptäcktsbrott): most are "
        "recorded when the police find them. More police work finds more cases, so a rise "
        "can reflect the work rather than more drugs.",
    },
    # --- wall screen and report -------------------------------------------------
    "report.title": {
        "sv": "Uppföljning av medborgarlöftet {year}",
        "en": "Follow-up of the citizen promise {year}",
    },
    "report.subtitle": {
        "sv": "{kommun} kommun och lokalpolisområdet – underlag till styrgruppen",
        "en": "{kommun} municipality and the local police area – for the steering group",
    },
    "report.print": {"sv": "Skriv ut eller spara som PDF", "en": "Print or save as PDF"},
    "report.print_hint": {
        "sv": "A4 liggande. Samma rapport som PDF: python -m dashboard report -o rapport.pdf",
        "en": "A4 landscape. The same report as a PDF: python -m dashboard report -o report.pdf",
    },
    "report.selection": {"sv": "Urval", "en": "Selection"},
    "report.year": {"sv": "Löftesår", "en": "Year of the promise"},
    "report.as_of": {"sv": "Läget per", "en": "Status as of"},
    "report.trend_period": {"sv": "Trendernas period", "en": "Period of the trends"},
    "report.period_value": {"sv": "{start} – {end}", "en": "{start} – {end}"},
    "report.at_a_glance": {"sv": "Läget i korthet", "en": "At a glance"},
    "report.glance_text": {
        "sv": "Beräknad status för de {n} löftena (genomfört mot takten):",
        "en": "Computed status of the {n} commitments (achieved against the pace):",
    },
    "report.contents": {"sv": "Innehåll", "en": "Contents"},
    "report.contents_summary": {"sv": "Alla löften i korthet", "en": "All commitments at a glance"},
    "report.contents_commitments": {
        "sv": "Löftena, ett avsnitt per löfte ({n})",
        "en": "The commitments, one section each ({n})",
    },
    "report.contents_trends": {
        "sv": "Trender: anmälda brott och upplevd trygghet",
        "en": "Trends: reported crime and perceived safety",
    },
    "report.contents_areas": {"sv": "Fokusområden: {areas}", "en": "Focus areas: {areas}"},
    "report.page_summary": {"sv": "Sammanfattning", "en": "Summary"},
    "report.summary_title": {"sv": "Alla löften i korthet", "en": "All commitments at a glance"},
    "report.col.code": {"sv": "Löfte", "en": "Commitment"},
    "report.col.commitment": {"sv": "Vad vi lovar", "en": "What we promise"},
    "report.col.achieved": {"sv": "Genomfört", "en": "Achieved"},
    "report.col.status": {"sv": "Beräknat", "en": "Computed"},
    "report.col.checkin": {"sv": "Styrgruppen", "en": "Steering group"},
    "report.col.date": {"sv": "Datum", "en": "Date"},
    "report.col.assessment": {"sv": "Bedömning", "en": "Assessment"},
    "report.col.comment": {"sv": "Kommentar", "en": "Comment"},
    "report.col.count": {"sv": "Antal", "en": "Count"},
    "report.col.area": {"sv": "Område", "en": "Area"},
    "report.col.done": {"sv": "Genomfört här", "en": "Done here"},
    "report.col.reports": {"sv": "Rapporter", "en": "Reports"},
    "report.col.latest_comment": {"sv": "Senaste kommentar", "en": "Latest comment"},
    "report.col.day": {"sv": "datum", "en": "date"},
    "report.col.cumulative": {"sv": "genomfört sammanlagt", "en": "achieved in all"},
    "report.progress_title": {
        "sv": "Genomfört över tid mot jämn takt",
        "en": "Achieved over time against an even pace",
    },
    "report.share_of_target": {"sv": "{share} av målet", "en": "{share} of the target"},
    "report.latest_checkin": {
        "sv": "Styrgruppens senaste bedömning, {date}:",
        "en": "The steering group's latest assessment, {date}:",
    },
    "report.earlier_checkins": {"sv": "Tidigare bedömningar", "en": "Earlier assessments"},
    "report.activities": {"sv": "Aktiviteter", "en": "Activities"},
    "report.no_activities": {
        "sv": "Inga aktiviteter rapporterade ännu.",
        "en": "No activities reported yet.",
    },
    "report.activities_summary": {
        "sv": "{reports} rapporter, sammanlagt {total}.",
        "en": "{reports} reports, {total} in all.",
    },
    "report.latest_reports": {"sv": "De {n} senaste rapporterna", "en": "The {n} latest reports"},
    "report.page_trends": {"sv": "Trender", "en": "Trends"},
    "report.trends_title": {
        "sv": "Anmälda brott och upplevd trygghet över tid",
        "en": "Reported crime and perceived safety over time",
    },
    "report.trends_intro": {
        "sv": "Samma figur som på sidan Trender: för varje månad summan av de 12 senaste "
        "månaderna, och enkätens andel som känner sig otrygg ute sent en kväll.",
        "en": "The same figure as on the Trends page: for each month the sum of the last "
        "12 months, and the survey's share feeling unsafe out late in the evening.",
    },
    "report.changes_title": {
        "sv": "Senaste 12 månaderna mot 12 månader före, och enkätens indikatorer",
        "en": "The last 12 months against the 12 before, and the survey's indicators",
    },
    "report.changes_note": {
        "sv": "Utfallen visas neutralt, utan trafikljus: många faktorer påverkar dem. "
        "Narkotikabrott ökar när polisen letar mer (upptäcktsbrott).",
        "en": "Outcomes are shown neutrally, without traffic lights: many things move them. "
        "Narcotics cases rise when the police look harder.",
    },
    "report.page_area": {"sv": "Fokusområde", "en": "Focus area"},
    "report.last12": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "report.prev12": {"sv": "12 mån. t.o.m. {end}", "en": "12 months to {end}"},
    "report.change": {"sv": "Förändring", "en": "Change"},
    "report.area_done": {
        "sv": "Gjort här inom löftet",
        "en": "Done here within the promise",
    },
    "report.download": {"sv": "Data:", "en": "Data:"},
    "report.fmt_csv": {"sv": "CSV", "en": "CSV"},
    "report.fmt_xlsx": {"sv": "Excel", "en": "Excel"},
    "report.more_done": {
        "sv": "… och {n} löften till.",
        "en": "… and {n} more commitments.",
    },
    "report.cli_written": {
        "sv": "Rapporten skrevs till {path}",
        "en": "The report was written to {path}",
    },
    "report.cli_no_chromium": {
        "sv": "Chromium saknas: installera chromium (t.ex. apt-get install chromium) "
        "eller ange programmets sökväg i miljövariabeln CHROMIUM.",
        "en": "Chromium is missing: install chromium (e.g. apt-get install chromium) "
        "or give the program's path in the environment variable CHROMIUM.",
    },
    "report.cli_failed": {
        "sv": "Rapporten kunde inte skrivas: {detail}",
        "en": "The report could not be written: {detail}",
    },
    "report.cli_bad_month": {
        "sv": "--till {value} är inte en månad (skriv t.ex. 2022-06)",
        "en": "--till {value} is not a month (write e.g. 2022-06)",
    },
    "wall.title": {
        "sv": "Medborgarlöfte {year} · {kommun}",
        "en": "Citizen promise {year} · {kommun}",
    },
    "wall.clock": {"sv": "Klockan", "en": "Time"},
    "wall.overview_title": {
        "sv": "Löftena – läget {date}",
        "en": "The commitments – status on {date}",
    },
    "wall.no_commitments": {
        "sv": "Inga löften matchar filtren.",
        "en": "No commitments match the filters.",
    },
    "wall.checkin": {"sv": "Styrgruppen:", "en": "Steering group:"},
    "wall.achieved": {"sv": "{achieved} av {target}", "en": "{achieved} of {target}"},
    "wall.latest_comment": {"sv": "Senast, {date}:", "en": "Latest, {date}:"},
    "wall.summary_title": {"sv": "{n} löften", "en": "{n} commitments"},
    "wall.expected_legend": {
        "sv": "Strecket: så långt takten borde ha kommit i dag",
        "en": "The mark: how far the pace should have come today",
    },
    "wall.trends_title": {
        "sv": "Anmälda brott och upplevd trygghet",
        "en": "Reported crime and perceived safety",
    },
    "wall.focus_area": {"sv": "fokusområde i löftet", "en": "focus area of the promise"},
    "wall.last12": {"sv": "senaste 12 mån.", "en": "last 12 months"},
    "wall.before": {"sv": "12 mån. före: {count}", "en": "12 months before: {count}"},
    "wall.before_change": {
        "sv": "12 mån. före: {count} ({change})",
        "en": "12 months before: {count} ({change})",
    },
    "wall.no_earlier": {
        "sv": "Inga jämförbara 12 mån. före",
        "en": "No comparable 12 months before",
    },
    "wall.narcotics_note": {
        "sv": "Narkotikabrott ökar när polisen letar mer (upptäcktsbrott).",
        "en": "Narcotics cases rise when the police look harder (found, not reported).",
    },
    "wall.survey_detail": {
        "sv": "enkät {year}, {sampling}, n = {n}",
        "en": "survey {year}, {sampling}, n = {n}",
    },
    "wall.survey_prev": {"sv": "{year}: {value}", "en": "{year}: {value}"},
    "wall.survey_whole": {"sv": "hela kommunen: {value}", "en": "whole municipality: {value}"},
    "wall.survey_hidden": {
        "sv": "Inga enkätsvar att visa (färre än 30 svar eller inget slumpmässigt urval).",
        "en": "No survey answers to show (fewer than 30 or no random sample).",
    },
    "wall.done_here": {"sv": "Gjort här {year}", "en": "Done here in {year}"},
    "wall.nothing_done": {
        "sv": "Inga aktiviteter rapporterade här ännu.",
        "en": "No activities reported here yet.",
    },
    "wfig.crime_title": {
        "sv": "Anmälda stölder och narkotikabrott",
        "en": "Reported thefts and narcotics cases",
    },
    "wfig.area_crime_title": {
        "sv": "Anmälda stölder och narkotikabrott",
        "en": "Reported thefts and narcotics cases",
    },
    "wfig.rolling_axis": {"sv": "Summa senaste 12 mån.", "en": "Sum of the last 12 months"},
    "wfig.promise_period": {"sv": "Löftet {year}", "en": "Promise {year}"},
    "wfig.rolling_note": {
        "sv": "Varje punkt är summan av de 12 månaderna till och med den månaden.",
        "en": "Each point is the sum of the 12 months up to and including that month.",
    },
    "wfig.small_note": {
        "sv": "Under kommunnivå visas 1–4 som ”1–4” och ritas inte ut.",
        "en": "Below municipality level, counts of 1–4 show as “1–4” and are not drawn.",
    },
    "wfig.survey_title": {"sv": "Upplevd trygghet (enkät)", "en": "Perceived safety (survey)"},
    "wfig.share": {"sv": "Andel av de svarande", "en": "Share of respondents"},
    "wfig.n_random": {
        "sv": "Slumpmässigt urval, n = {waves}.",
        "en": "Random sample, n = {waves}.",
    },
    "wfig.ci": {
        "sv": "Strecken visar 95 %-intervall.",
        "en": "The bars show 95 % intervals.",
    },
    "wfig.n_selfselected": {
        "sv": "Ofyllda romber: öppen webbenkät (självselekterat urval), utan intervall.",
        "en": "Open diamonds: open web survey (self-selected), no interval.",
    },
    "wfig.n_rule": {
        "sv": "Resultat med färre än {n} svar visas inte.",
        "en": "Results with fewer than {n} answers are not shown.",
    },
    "dl.col.month": {"sv": "månad", "en": "month"},
    "dl.col.category": {"sv": "brottstyp", "en": "category"},
    "dl.col.count": {"sv": "antal", "en": "count"},
    "dl.col.rolling12": {"sv": "summa senaste 12 mån.", "en": "sum of last 12 months"},
    "dl.col.year": {"sv": "år", "en": "year"},
    "dl.col.area": {"sv": "område", "en": "area"},
    "dl.col.indicator": {"sv": "indikator", "en": "indicator"},
    "dl.col.value": {"sv": "värde", "en": "value"},
    "dl.col.scale": {"sv": "skala", "en": "scale"},
    "dl.col.respondents": {"sv": "antal_svar", "en": "respondents"},
    "dl.col.sampling": {"sv": "urval", "en": "sampling"},
    "dl.col.ci_low": {"sv": "95 %-intervall, lägre", "en": "95 % interval, low"},
    "dl.col.ci_high": {"sv": "95 %-intervall, högre", "en": "95 % interval, high"},
    "dl.col.code": {"sv": "löfte_id", "en": "commitment_id"},
    "dl.col.party": {"sv": "part", "en": "party"},
    "dl.col.commitment": {"sv": "löfte", "en": "commitment"},
    "dl.col.target": {"sv": "mål", "en": "target"},
    "dl.col.unit": {"sv": "enhet", "en": "unit"},
    "dl.col.rule": {"sv": "målregel", "en": "target_rule"},
    "dl.col.start": {"sv": "start", "en": "start"},
    "dl.col.end": {"sv": "slut", "en": "end"},
    "dl.col.achieved": {"sv": "genomfört", "en": "achieved"},
    "dl.col.expected_now": {"sv": "väntat enligt takten", "en": "expected at an even pace"},
    "dl.col.progress": {"sv": "genomfört av målet (%)", "en": "share of target achieved (%)"},
    "dl.col.status": {"sv": "beräknad status", "en": "computed status"},
    "dl.col.checkin": {"sv": "styrgruppens status", "en": "steering group's status"},
    "dl.col.checkin_day": {"sv": "uppföljningsdatum", "en": "check-in date"},
    "dl.col.checkin_comment": {"sv": "kommentar", "en": "comment"},
    # --- import page and accounts -----------------------------------------------
    # accounts, login, tokens (dashboard/accounts.py, dashboard/auth.py, cli_accounts.py)
    "role.editor": {"sv": "redaktör", "en": "editor"},
    "role.viewer": {"sv": "läsare", "en": "viewer"},
    "acct.bad_name": {
        "sv": "ogiltigt användarnamn: 1–100 tecken, bokstäver, siffror och . @ _ -",
        "en": "invalid user name: 1–100 characters, letters, digits and . @ _ -",
    },
    "acct.bad_role": {
        "sv": "okänd roll; tillåtna är {allowed}",
        "en": "unknown role; allowed are {allowed}",
    },
    "acct.short_password": {
        "sv": "lösenordet måste ha minst {n} tecken",
        "en": "the password must have at least {n} characters",
    },
    "acct.long_password": {
        "sv": "lösenordet får ha högst {n} tecken",
        "en": "the password may have at most {n} characters",
    },
    "acct.exists": {
        "sv": "användaren {name} finns redan (ta bort den först för att byta lösenord)",
        "en": "user {name} already exists (remove it first to change the password)",
    },
    "acct.passwords_differ": {"sv": "lösenorden skiljer sig åt", "en": "the passwords differ"},
    "acct.no_such_user": {"sv": "användaren {name} finns inte", "en": "user {name} does not exist"},
    "acct.no_such_token": {
        "sv": "ingen aktiv länk med id {id}",
        "en": "no active link with id {id}",
    },
    "acct.token_label_missing": {
        "sv": "skriv vad länken är till för, t.ex. Väggskärm entrén",
        "en": "say what the link is for, e.g. Wall screen entrance",
    },
    "acct.cli_password": {"sv": "Lösenord: ", "en": "Password: "},
    "acct.cli_password_again": {"sv": "Lösenord igen: ", "en": "Password again: "},
    "acct.cli_added": {
        "sv": "Användaren {name} ({role}) är tillagd.",
        "en": "User {name} ({role}) added.",
    },
    "acct.cli_removed": {"sv": "Användaren {name} är borttagen.", "en": "User {name} removed."},
    "acct.cli_last_login": {"sv": "senast inloggad", "en": "last login"},
    "acct.cli_token_created": {
        "sv": "Länk {id} skapad. Lägg till ?token=<nedan> på adressen, t.ex. /vaggskarm?token=… "
        "Token visas bara nu:",
        "en": "Link {id} created. Add ?token=<below> to the address, e.g. /vaggskarm?token=… "
        "The token is shown only now:",
    },
    "acct.cli_token_revoked": {"sv": "Länk {id} är återkallad.", "en": "Link {id} revoked."},
    "acct.token_active": {"sv": "aktiv", "en": "active"},
    "acct.token_revoked": {"sv": "återkallad {date}", "en": "revoked {date}"},
    "acct.logged_in_as": {
        "sv": "Inloggad som {name} ({role})",
        "en": "Logged in as {name} ({role})",
    },
    "acct.login_title": {"sv": "Logga in", "en": "Log in"},
    "acct.login_intro": {
        "sv": "För redaktörer som importerar data.",
        "en": "For editors who import data.",
    },
    "acct.login_open": {
        "sv": "Att titta på sidorna kräver ingen inloggning.",
        "en": "Looking at the pages needs no login.",
    },
    "acct.login_closed": {
        "sv": "Logga in för att se sidorna.",
        "en": "Log in to see the pages.",
    },
    "acct.login_help": {
        "sv": "Inget konto? Systemförvaltaren lägger till det med "
        "python -m dashboard user add NAMN --role editor.",
        "en": "No account? The administrator adds one with "
        "python -m dashboard user add NAME --role editor.",
    },
    "acct.name": {"sv": "Användarnamn", "en": "User name"},
    "acct.password": {"sv": "Lösenord", "en": "Password"},
    "acct.login_button": {"sv": "Logga in", "en": "Log in"},
    "acct.logout": {"sv": "Logga ut", "en": "Log out"},
    "acct.bad_login": {
        "sv": "Fel användarnamn eller lösenord.",
        "en": "Wrong user name or password.",
    },
    "acct.too_many": {
        "sv": "För många misslyckade försök. Vänta {seconds} sekunder och försök igen.",
        "en": "Too many failed attempts. Wait {seconds} seconds and try again.",
    },
    "acct.form_expired": {
        "sv": "Formuläret hade gått ut. Försök igen.",
        "en": "The form had expired. Please try again.",
    },
    "sec.csrf": {
        "sv": "Begäran saknar giltig CSRF-token – ladda om sidan.",
        "en": "The request lacks a valid CSRF token – reload the page.",
    },
    "sec.login_required": {"sv": "Logga in för att se data.", "en": "Log in to see the data."},
    "sec.too_large": {
        "sv": "För stor begäran: filer får vara högst {mb} MB sammanlagt.",
        "en": "Request too large: files may be at most {mb} MB together.",
    },
    "err.bad_utf8": {
        "sv": "filen är märkt som UTF-8 men har ogiltiga tecken på rad {line} – "
        "spara den igen som CSV (UTF-8)",
        "en": "the file is marked as UTF-8 but has invalid characters on line {line} – "
        "save it again as CSV (UTF-8)",
    },
    # import page (layouts/import_page.py, components/import_report.py)
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
    "imp.file_ok": {"sv": "Felfri – ändras enligt nedan.", "en": "No errors – changes below."},
    "imp.file_same": {
        "sv": "Felfri, samma data finns redan – inget ändras.",
        "en": "No errors, the same data is already there – nothing changes.",
    },
    "imp.added": {"sv": "{n} nya rader", "en": "{n} new rows"},
    "imp.replaced": {"sv": "{n} ersätts", "en": "{n} replaced"},
    "imp.unchanged_rows": {"sv": "{n} oförändrade", "en": "{n} unchanged"},
    "imp.scope_summary": {
        "sv": "Ändringen per område och period ({n})",
        "en": "The change per area and period ({n})",
    },
    "imp.scope_same": {
        "sv": "Övriga {n} områden och år i filen är oförändrade.",
        "en": "The other {n} areas and years in the file are unchanged.",
    },
    "imp.col_line": {"sv": "Rad", "en": "Line"},
    "imp.col_column": {"sv": "Kolumn", "en": "Column"},
    "imp.col_value": {"sv": "Värde", "en": "Value"},
    "imp.col_reason": {"sv": "Vad som är fel", "en": "What is wrong"},
    "imp.col_area": {"sv": "Område", "en": "Area"},
    "imp.col_period": {"sv": "Period", "en": "Period"},
    "imp.col_added": {"sv": "Nya", "en": "New"},
    "imp.col_replaced": {"sv": "Ersätts", "en": "Replaced"},
    "imp.col_unchanged": {"sv": "Oförändrade", "en": "Unchanged"},
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
    "imp.log_utc": {"sv": "Tider i svensk tid.", "en": "Times in Swedish time."},
    "imp.see_overview": {"sv": "Visa översikten", "en": "Show the overview"},
    "imp.saved_counts": {
        "sv": "{added} nya, {replaced} ersatta, {unchanged} oförändrade",
        "en": "{added} new, {replaced} replaced, {unchanged} unchanged",
    },
    "imp.outcome_imported": {"sv": "importerad", "en": "imported"},
    "imp.outcome_unchanged": {"sv": "oförändrad", "en": "unchanged"},
    "imp.outcome_rejected": {"sv": "avvisad", "en": "rejected"},
    "imp.outcome_not_written": {"sv": "inte sparad", "en": "not saved"},
    "imp.outcome_error": {"sv": "avbruten av fel", "en": "stopped by an error"},
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
    "import.would": {
        "sv": "{file}: {kind}, {rows} felfria: skulle ge {added} nya, {replaced} ersatta, "
        "{unchanged} oförändrade.",
        "en": "{file}: {kind}, {rows} valid: would give {added} new, {replaced} replaced, "
        "{unchanged} unchanged.",
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
