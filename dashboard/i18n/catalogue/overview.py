"""The overview page: headline figures, commitment gauges and their status rules."""

ENTRIES: dict[str, dict[str, str]] = {
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
    "gauge.meter_text": {
        "sv": "{achieved} av målet {target} {unit} ({share})",
        "en": "{achieved} of the target {target} {unit} ({share})",
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
}
