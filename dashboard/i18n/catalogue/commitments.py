"""The commitments page: facts, progress figure, reports and before/after estimates."""

ENTRIES: dict[str, dict[str, str]] = {
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
    "loften.fig.end": {"sv": "Slutdatum {date}", "en": "End date {date}"},
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
}
