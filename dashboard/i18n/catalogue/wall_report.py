"""The wall screen, the printable report, their figures and download columns."""

ENTRIES: dict[str, dict[str, str]] = {
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
    # The name of the focus area's table of changes, for screen readers (components/wide_table.py).
    "report.area_changes": {
        "sv": "Anmälda brott i {area}: senaste 12 månaderna mot 12 månader före",
        "en": "Reported crimes in {area}: the last 12 months against the 12 before",
    },
    "report.area_done": {
        "sv": "Gjort här inom löftet",
        "en": "Done here within the promise",
    },
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
}
