"""Skara's 2022 promise (``loften``): the eleven commitments and how each one's year unfolds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.demo.canonical import PROMISE_YEAR
from dashboard.demo.places import CENTRE


@dataclass(frozen=True)
class Commitment:
    """One commitment and how its activity reports unfold over the year.

    ``plan`` is the number counted per month (Jan..Dec); fixing it keeps the story
    (ahead, near, behind; early or late) independent of the seed, which only picks
    days, areas, performers and comments. ``aggregate`` bundles events into one
    report row per week or month and area, as a patrol or a comms team would report.
    """

    id: str
    part: str
    text: str
    indicator: str
    target: int
    unit: str
    rule: str
    plan: tuple[int, ...]
    areas: tuple[str, ...]  # for activity rows; "" = no area
    performers: tuple[str, ...]
    comments: tuple[str, ...]
    start: str = f"{PROMISE_YEAR}-01-01"
    end: str = f"{PROMISE_YEAR}-12-31"
    target_areas: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    aggregate: str = ""  # "", "week" or "month"
    weekdays_only: bool = True
    days: tuple[int, int] = (1, 31)
    # Reports that count nothing (antal 0) but document progress: (month, area, by, text).
    notes: tuple[tuple[int, str, str, str], ...] = ()


COMMITMENTS: tuple[Commitment, ...] = (
    Commitment(
        "K1", "Kommunen",
        "Utveckla det långsiktiga arbetet med frågor som berör ungdomars livsvillkor, som "
        "trygghet, psykisk hälsa, droganvändande och kriminalitet.",
        "Antal genomförda aktiviteter för unga om trygghet, psykisk hälsa, droger och "
        "kriminalitet", 12, "aktiviteter för unga", "antal",
        plan=(1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1),
        areas=("Centrum", "Brogården", "Vinbäcken", "Malmgården", "Sörskogen", ""),
        performers=("Kommunen", "Kommunen", "Fritidsgården"),
        comments=(
            "Föräldraträff om droger och psykisk hälsa på fritidsgården.",
            "Temakväll om psykisk hälsa för högstadieelever.",
            "Nattvandring med föräldrar och fältsekreterare.",
            "Workshop om trygghet för elever i åk 8.",
            "Öppen idrottshall på fredagskvällen.",
        ),
        partners=("Fritidsgården", "Skolan"),
    ),
    Commitment(
        "K2", "Kommunen",
        "Arbeta för att öka tryggheten och attraktiviteten i Skara Centrum genom "
        "samverkansprojektet Purple Flag.",
        "Skara centrum certifierat enligt Purple Flag", 1, "Purple Flag-certifiering",
        "milstolpe",
        plan=(0,) * 12,
        areas=CENTRE, performers=("Kommunen",), comments=(),
        target_areas=CENTRE, partners=("Skara Handel", "Fastighetsägare"),
        notes=(
            (2, "Centrum", "Kommunen",
             "Uppstartsmöte för Purple Flag med Skara Handel och fastighetsägarna."),
            (4, "Centrum", "Skara Handel",
             "Kvällsinventering av centrum enligt Purple Flag-kriterierna."),
            (6, "Hötorget", "Fastighetsägare", "Handlingsplan för belysning på Hötorget."),
            (9, "Centrum", "Kommunen",
             "Ansökan om certifiering försenad, underlag om kvällsekonomin saknas."),
            (11, "Centrum", "Kommunen", "Beslut att skjuta certifieringen till 2023."),
        ),
    ),
    Commitment(
        "K3", "Kommunen",
        "Genomföra en trygghetsvandring i kommunen för att identifiera otrygga platser i "
        "syfte att få fram underlag för förbättringsåtgärder.",
        "Trygghetsvandring genomförd och åtgärdslista framtagen", 1,
        "genomförd trygghetsvandring", "milstolpe",
        plan=(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0),
        areas=("Centrum",), performers=("Kommunen",),
        comments=(
            "Trygghetsvandring i centrum och Brogården med boende, fastighetsägare och "
            "polis. Åtgärdslista lämnad till samhällsbyggnad.",
        ),
        partners=("Fastighetsägare",),
        days=(5, 16),  # done before the September steering-group meeting
        notes=((5, "", "Kommunen", "Planering av trygghetsvandringen med fastighetsägarna."),),
    ),
    Commitment(
        "P1", "Polisen",
        "Fortsätta med trygghetsskapande fotpatrullering i områden som framkommer från våra "
        "egna och gemensamma lägesbilder i arbetet med EST (Effektiv Samordning för "
        "Trygghet) och skapa dialog med allmänheten.",
        "Antal fotpatrullpass i områden utpekade i EST", 150, "fotpatrullpass", "antal",
        plan=(0, 0, 10, 16, 18, 20, 20, 16, 18, 17, 16, 14),
        areas=("Busstationen", "Busstationen", "Busstationen", "Hötorget", "Hötorget",
               "Centrum"),
        performers=("Polisen",),
        comments=(
            "Fotpatrull kvällstid, samtal med ungdomar vid busstationen.",
            "Lugnt, dialog med allmänheten.",
            "Dialog med butikspersonal om snatterier.",
            "Kontroll av cykelparkeringen och information om stöldskydd.",
            "Fotpatrull under helgkvällar.",
            "",
        ),
        start=f"{PROMISE_YEAR}-03-01", target_areas=("Busstationen", "Hötorget", "Centrum"),
        aggregate="week", weekdays_only=False,
    ),
    Commitment(
        "P2", "Polisen",
        "Arbeta med riktade insatser mot narkotika samt med relationsskapande och uppsökande "
        "verksamhet i skolor och på fritidsgårdar.",
        "Antal riktade insatser mot narkotika och uppsökande besök i skolor och på "
        "fritidsgårdar", 40, "riktade insatser", "antal",
        plan=(5, 5, 5, 4, 4, 2, 1, 1, 2, 1, 2, 1),
        areas=("Centrum", "Busstationen", "Hötorget", "Brogården", "Vinbäcken"),
        performers=("Polisen",),
        comments=(
            "Riktad insats mot narkotikaförsäljning i centrum.",
            "Uppsökande besök på fritidsgården.",
            "Relationsskapande besök på skolgården under lunchrasten.",
            "Insats mot langning inför helgen.",
            "Insats efter tips i EST-lägesbilden.",
        ),
        target_areas=CENTRE, partners=("Skolan", "Fritidsgården"),
    ),
    Commitment(
        "P3", "Polisen",
        "Besöka alla elever i årskurs 7 och informera om bland annat narkotikabrott, brott "
        "över sociala medier och straffbarhetsåldern.",
        "Antal besökta klasser i årskurs 7", 9, "besökta klasser i åk 7", "antal",
        plan=(0, 0, 1, 1, 0, 0, 0, 0, 2, 3, 2, 0),
        areas=("", "", "Centrum", "Vinbäcken"), performers=("Polisen",),
        comments=(
            "Klassbesök i åk 7: narkotika, brott över sociala medier och straffbarhetsålder.",
            "Klassbesök i åk 7 tillsammans med skolkuratorn.",
            "",
        ),
        partners=("Skolan",),
    ),
    Commitment(
        "G1", "Tillsammans", "Utveckla arbetet med Grannsamverkan.",
        "Antal nya grannsamverkansområden", 10, "nya grannsamverkansområden", "antal",
        plan=(0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0),
        areas=("Malmgården", "Sörskogen", "Vinbäcken", "Axvall", "Varnhem", "Ardala",
               "Landsbygd"),
        performers=("Polisen", "Kommunen", "Samverkan mot brott"),
        comments=(
            "Nytt grannsamverkansområde startat.",
            "Uppstartsmöte för grannsamverkan, skyltar uppsatta.",
            "Informationsmöte och uppstart med kontaktombud.",
        ),
        partners=("Samverkan mot brott",),
    ),
    Commitment(
        "G2", "Tillsammans",
        "Samverka med näringslivet och föra dialog med föreningar för att minska brott och "
        "öka tryggheten.",
        "Antal dialogmöten med näringsliv och föreningar", 8, "dialogmöten", "antal",
        plan=(0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1),
        areas=("Centrum", "Centrum", ""), performers=("Kommunen", "Polisen", "Skara Handel"),
        comments=(
            "Dialogmöte med Skara Handel om stölder i butik.",
            "Möte med idrottsföreningarna om trygghet vid kvällsträningar.",
            "Dialog med fastighetsägare om belysning och klotter.",
            "Företagarfrukost om brottsförebyggande arbete.",
        ),
        partners=("Skara Handel", "Föreningslivet"),
    ),
    Commitment(
        "G3", "Tillsammans",
        "Fortsätta samverka kring det drogförebyggande arbetet i kommunen.",
        "Antal gemensamma drogförebyggande aktiviteter", 6, "drogförebyggande aktiviteter",
        "antal",
        plan=(0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0),
        areas=("", "Centrum", "Brogården"), performers=("Kommunen", "Polisen"),
        comments=(
            "Gemensam tillsyn av tobaks- och alkoholförsäljning.",
            "Föräldramöte om narkotika med skola och polis.",
            "Utbildning om drogtecken för personal på fritidsgården.",
        ),
        partners=("Skolan", "Fritidsgården"),
    ),
    Commitment(
        "G4", "Tillsammans",
        "Fortsätta arbeta med kontinuerlig kommunikation kring kommunens och polisens "
        "brottsförebyggande arbete.",
        "Antal kommunikationsinsatser om det brottsförebyggande arbetet", 24,
        "kommunikationsinsatser", "antal",
        plan=(2, 2, 3, 2, 2, 2, 1, 2, 3, 2, 3, 2),
        areas=("",), performers=("Kommunen", "Polisen"),
        comments=(
            "Inlägg i sociala medier och artikel i kommunens nyhetsbrev.",
            "Pressmeddelande om fotpatrulleringen.",
            "Polisens lägesbild publicerad på webben.",
            "",
        ),
        aggregate="month",
    ),
    Commitment(
        "G5", "Tillsammans", "Gemensamt informera om och förebygga brott som berör äldre.",
        "Antal informationsträffar om brott mot äldre", 10, "informationsträffar", "antal",
        plan=(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1),
        areas=("Centrum", "Axvall", "Varnhem", ""), performers=("Polisen", "Kommunen", "PRO"),
        comments=(
            "Informationsträff om telefonbedrägerier hos PRO.",
            "Träff för seniorer om bedrägerier och inbrottsskydd.",
            "Information till hemtjänstens personal om bedrägerier mot äldre.",
        ),
        partners=("PRO", "SPF Seniorerna"),
    ),
)  # fmt: skip


def loften_rows(commitments: Iterable[Commitment] = COMMITMENTS) -> list[list[str]]:
    """One row per commitment."""
    return [
        [c.id, str(PROMISE_YEAR), c.part, c.text, c.indicator, str(c.target), c.unit,
         c.rule, c.start, c.end, "|".join(c.target_areas), "|".join(c.partners)]
        for c in commitments
    ]  # fmt: skip
