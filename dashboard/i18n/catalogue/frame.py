"""The product's name, the page frame and navigation, the filters and empty states."""

ENTRIES: dict[str, dict[str, str]] = {
    "app.title": {"sv": "Medborgarlöfte", "en": "Citizen promise"},
    "app.demo_badge": {
        "sv": "Exempeldata – fiktiva siffror",
        "en": "Example data – fictitious figures",
    },
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
    "filter.area": {"sv": "Område", "en": "Area"},
    "filter.kommun": {"sv": "Kommun", "en": "Municipality"},
    "filter.part": {"sv": "Part eller samverkanspart", "en": "Party or partner"},
    "filter.all_parts": {"sv": "Alla parter", "en": "All parties"},
    "filter.period": {"sv": "Period", "en": "Period"},
    "filter.period_text": {"sv": "{start} – {end}", "en": "{start} – {end}"},
    "empty.no_match_hint": {
        "sv": "Välj ett annat område, en annan part eller en längre period.",
        "en": "Choose another area, another party or a longer period.",
    },
}
