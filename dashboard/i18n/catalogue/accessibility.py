"""Accessibility: figures in words and as tables, the wall screen's pause, and the
accessibility statement (/tillganglighet)."""

ENTRIES: dict[str, dict[str, str]] = {
    # Figures in words (dashboard/figures/summaries.py) and as tables.
    "sum.crime": {
        "sv": "{subject}, {place}, {measure}: {figure} t.o.m. {month}{change}.",
        "en": "{subject}, {place}, {measure}: {figure} up to {month}{change}.",
    },
    "sum.lower": {
        "sv": "{change} lägre än ett år tidigare",
        "en": "{change} lower than a year earlier",
    },
    "sum.higher": {
        "sv": "{change} högre än ett år tidigare",
        "en": "{change} higher than a year earlier",
    },
    "sum.same": {"sv": "lika som ett år tidigare", "en": "the same as a year earlier"},
    "sum.survey": {
        "sv": "{indicator}, {place}: {value} år {year} (n = {n}, {sampling}).",
        "en": "{indicator}, {place}: {value} in {year} (n = {n}, {sampling}).",
    },
    "sum.col.change": {
        "sv": "förändring mot resten av kommunen",
        "en": "change against the rest of the municipality",
    },
    "figure.show_table": {"sv": "Visa som tabell", "en": "Show as table"},
    # The wall screen's controls (layouts/wall.py).
    "wall.controls": {"sv": "Visningen", "en": "The display"},
    "wall.pause": {"sv": "Pausa", "en": "Pause"},
    "wall.play": {"sv": "Spela", "en": "Play"},
    "wall.pause_hint": {
        "sv": "Pausa eller starta visningen (mellanslag); bläddra med piltangenterna",
        "en": "Pause or start the display (Space); step with the arrow keys",
    },
    "wall.previous": {"sv": "Föregående vy", "en": "Previous view"},
    "wall.next": {"sv": "Nästa vy", "en": "Next view"},
    "wall.leave": {"sv": "Till webbplatsen", "en": "To the website"},
    # The accessibility statement /tillganglighet (layouts/accessibility.py), after
    # DIGG's model statement.
    "a11y.link": {"sv": "Tillgänglighet", "en": "Accessibility"},
    "a11y.title": {"sv": "Tillgänglighetsredogörelse", "en": "Accessibility statement"},
    "a11y.intro": {
        "sv": "{kommun} kommun och lokalpolisområdet står bakom Medborgarlöfte. Vi vill att så "
        "många som möjligt ska kunna använda tjänsten. Här beskriver vi hur den uppfyller "
        "lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi "
        "känner till och hur du kan rapportera problem till oss, så att vi kan åtgärda dem.",
        "en": "{kommun} municipality and the local police area stand behind Citizen promise. We "
        "want as many people as possible to be able to use it. This statement describes how it "
        "meets the Swedish act on accessibility to digital public services (2018:1937), the "
        "shortcomings we know of, and how you can report problems to us so that we can fix them.",
    },
    "a11y.how_title": {"sv": "Hur tillgänglig är tjänsten?", "en": "How accessible is it?"},
    "a11y.how": {
        "sv": "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig "
        "service, på grund av de brister som beskrivs nedan. Du kan använda alla sidor med "
        "bara tangentbord, förstora dem till 200 % utan att behöva rulla i sidled och läsa "
        "varje diagram som text: i ord under diagrammet och som tabell (”Visa som tabell”).",
        "en": "It is partially compliant with the act on accessibility to digital public "
        "services, because of the shortcomings described below. You can use every page with a "
        "keyboard alone, zoom to 200 % without scrolling sideways, and read every chart as text: "
        "in words below the chart and as a table (“Show as table”).",
    },
    "a11y.other_form_title": {
        "sv": "Vad kan du göra om du inte kan använda delar av tjänsten?",
        "en": "What can you do if you cannot use parts of it?",
    },
    "a11y.other_form": {
        "sv": "Siffrorna bakom rapportens diagram kan laddas ned som CSV eller Excel. Behöver du "
        "innehållet i en annan form, till exempel uppläst eller på papper, kontakta oss: "
        "{contact}. Vi svarar inom två arbetsdagar.",
        "en": "The figures behind the report's charts can be downloaded as CSV or Excel. If you "
        "need the content in another form, read out or on paper for instance, contact us: "
        "{contact}. We answer within two working days.",
    },
    "a11y.contact_default": {
        "sv": "kommunens kontaktcenter",
        "en": "the municipality's contact centre",
    },
    "a11y.report_title": {
        "sv": "Rapportera brister i tjänstens tillgänglighet",
        "en": "Report accessibility problems",
    },
    "a11y.report": {
        "sv": "Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker "
        "problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, "
        "meddela oss: {contact}. Skriv gärna vilken sida det gäller och vad som hände.",
        "en": "We keep working to improve accessibility. If you find problems not described "
        "here, or think we do not meet the act's requirements, tell us: {contact}. Please say "
        "which page it was and what happened.",
    },
    "a11y.supervision_title": {"sv": "Tillsyn", "en": "Supervision"},
    "a11y.supervision": {
        "sv": "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen "
        "om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi "
        "hanterar dina synpunkter kan du anmäla det till Digg:",
        "en": "The Agency for Digital Government (Digg) supervises the act on accessibility to "
        "digital public services. If you are not satisfied with how we handle your report, you "
        "can tell Digg:",
    },
    "a11y.digg_link": {
        "sv": "Anmäl bristande tillgänglighet (digg.se)",
        "en": "Report inaccessibility (digg.se, in Swedish)",
    },
    "a11y.technical_title": {
        "sv": "Teknisk information om tjänstens tillgänglighet",
        "en": "Technical information about its accessibility",
    },
    "a11y.technical": {
        "sv": "Tjänsten är delvis förenlig med WCAG 2.1 nivå AA (EN 301 549), på grund av "
        "bristerna nedan.",
        "en": "It is partially compliant with WCAG 2.1 level AA (EN 301 549), because of the "
        "shortcomings below.",
    },
    "a11y.gaps_title": {
        "sv": "Innehåll som inte är tillgängligt",
        "en": "Content that is not accessible",
    },
    "a11y.gap_charts": {
        "sv": "Diagrammen går inte att utforska med tangentbord eller skärmläsare (verktygsfält, "
        "zoom och värden vid muspekaren). Det de visar står i ord under dem och som tabell.",
        "en": "The charts cannot be explored with a keyboard or a screen reader (toolbar, zoom "
        "and values under the pointer). What they show is written below them and as a table.",
    },
    "a11y.gap_wall": {
        "sv": "Väggskärmen är gjord för att läsas på avstånd. Den byter vy av sig själv men kan "
        "pausas (knapp eller mellanslag); dess diagram beskrivs i ord bara för skärmläsare.",
        "en": "The wall screen is made to be read from a distance. It changes view by itself but "
        "can be paused (button or Space); its charts are described in words to screen readers "
        "only.",
    },
    "a11y.gap_narrow": {
        "sv": "På mycket smala skärmar (320 px) kan breda tabeller, och rapportens tabeller, "
        "behöva rullas i sidled.",
        "en": "On very narrow screens (320 px), wide tables, and the report's tables, may need "
        "scrolling sideways.",
    },
    "a11y.gap_pdf": {
        "sv": "PDF-versionen av rapporten har inte granskats med skärmläsare. Samma innehåll "
        "finns på sidan Rapport.",
        "en": "The report's PDF version has not been checked with a screen reader. The same "
        "content is on the Report page.",
    },
    "a11y.gap_safari": {
        "sv": "I Safari nås listvalen (Område, Part) med tabb-tangenten först när "
        "”Tryck på tabb för att markera varje objekt” är påslaget.",
        "en": "In Safari the drop-down lists (Area, Party) are reached with Tab only when "
        "“Press Tab to highlight each item on a webpage” is turned on.",
    },
    "a11y.tested_title": {"sv": "Hur vi testat tjänsten", "en": "How we tested it"},
    "a11y.tested": {
        "sv": "Vi har själva granskat tjänsten: automatiskt med axe-core (WCAG 2.1 A och AA) på "
        "varje sida på svenska och engelska vid varje ändring, och för hand med tangentbord, "
        "skärmläsarnamn, zoom 200 % och reducerad rörelse. Redogörelsen uppdaterades senast "
        "{date}.",
        "en": "We checked it ourselves: automatically with axe-core (WCAG 2.1 A and AA) on every "
        "page in Swedish and English at every change, and by hand with a keyboard, screen-reader "
        "names, 200 % zoom and reduced motion. This statement was last updated on {date}.",
    },
}
