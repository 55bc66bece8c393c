"""The steering group's check-ins (``uppfoljning``): every commitment at each meeting."""

from __future__ import annotations

from dashboard.demo.commitments import COMMITMENTS

# Steering-group check-ins: (status, comment) per meeting. Written by hand to match the
# commitments' plans: mostly the pace, but the group's judgement differs where it knows more
# (P3's visits are booked for the autumn, K3's date was already set in March).
MEETINGS = ("2022-03-15", "2022-06-14", "2022-09-20", "2022-12-13")
CHECKINS: dict[str, tuple[tuple[str, str], ...]] = {
    "K1": (
        ("grön", "Aktiviteterna har kommit igång, årets plan är klar."),
        ("gul", "Något efter plan, sommarlovsaktiviteterna ska ta igen det."),
        ("gul", "Färre aktiviteter än planerat under sommaren, höstens program är fullt."),
        ("gul", "Nästan alla aktiviteter genomförda, resten flyttas till våren."),
    ),
    "K2": (
        ("gul", "Uppstart med Skara Handel och fastighetsägarna, inventering i april."),
        ("gul", "Kvällsinventeringen är gjord, handlingsplan för belysning tas fram."),
        ("gul", "Ansökan försenad, underlag om kvällsekonomin saknas."),
        ("röd", "Certifieringen hinns inte med i år, arbetet fortsätter 2023."),
    ),
    "K3": (
        ("grön", "Datum för trygghetsvandringen är satt, inbjudan skickad till boende."),
        ("gul", "Planering pågår med fastighetsägarna."),
        ("grön", "Trygghetsvandringen genomförd, åtgärdslista lämnad till samhällsbyggnad."),
        ("grön", "Flera åtgärder från vandringen gjorda, bland annat belysning."),
    ),
    "P1": (
        ("grön", "Fotpatrulleringen startade 1 mars vid busstationen och Hötorget."),
        ("grön", "Enligt plan, många samtal med ungdomar kvällstid."),
        ("grön", "Före plan. Färre anmälda stölder vid busstationen sedan i våras."),
        ("grön", "Målet nått, fotpatrulleringen fortsätter 2023."),
    ),
    "P2": (
        ("grön", "Flera riktade insatser under vintern, fler narkotikabrott upptäckta."),
        ("grön", "Före plan. Fler narkotikabrott i centrum är en följd av insatserna."),
        ("gul", "Färre insatser under sommaren på grund av semesterbemanning."),
        ("gul", "Något under målet, resurser har gått till andra ärenden i höst."),
    ),
    "P3": (
        ("grön", "Besöken samordnade med skolan, de flesta klasser besöks i höst."),
        ("gul", "Två klasser besökta, resten bokade till hösten."),
        ("gul", "Höstens klassbesök har börjat."),
        ("grön", "Alla klasser i åk 7 besökta."),
    ),
    "G1": (
        ("gul", "Intresse från flera bostadsområden, uppstartsmöten planeras."),
        ("röd", "Svårt att hitta kontaktombud, färre nya områden än planerat."),
        ("röd", "Fortsatt efter plan, ny informationsinsats i tätorterna i höst."),
        ("röd", "Hälften av målet nått, arbetssättet ses över inför 2023."),
    ),
    "G2": (
        ("gul", "Första dialogmötet hållet med Skara Handel."),
        ("gul", "Mötena med föreningarna skjutna till hösten."),
        ("gul", "Arbetet har kommit igång igen efter sommaren."),
        ("grön", "Dialogmötena genomförda enligt plan, uppskattade av näringslivet."),
    ),
    "G3": (
        ("grön", "Gemensam tillsyn av tobaksförsäljning genomförd."),
        ("gul", "En aktivitet flyttad på grund av sjukdom."),
        ("röd", "Efter plan, höstens föräldramöten ska ta igen en del."),
        ("gul", "Nära målet, det drogförebyggande nätverket fortsätter 2023."),
    ),
    "G4": (
        ("grön", "Regelbundna inlägg i sociala medier och nyhetsbrev."),
        ("grön", "Enligt plan."),
        ("grön", "Bra genomslag för informationen om fotpatrullerna."),
        ("grön", "Målet nått."),
    ),
    "G5": (
        ("gul", "Planering med PRO och SPF Seniorerna pågår."),
        ("röd", "Inga träffar ännu, start efter sommaren."),
        ("röd", "Träffar bokade under hösten med PRO och SPF Seniorerna."),
        ("röd", "Långt från målet, fler träffar planeras tidigt 2023."),
    ),
}


# The comments of the year's last meeting may be shown to the citizens (``publik``):
# the group wrote them as its summing-up of the year; the others are its working notes.
PUBLIC_MEETINGS = (MEETINGS[-1],)


def uppfoljning_rows() -> list[list[str]]:
    """Every commitment at each of the year's four steering-group meetings."""
    return [
        [meeting, c.id, *CHECKINS[c.id][i], "ja" if meeting in PUBLIC_MEETINGS else "nej"]
        for i, meeting in enumerate(MEETINGS)
        for c in COMMITMENTS
    ]
