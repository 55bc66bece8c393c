"""The kommun list (SCB's codes, counties) and how names from files are matched to it."""

from __future__ import annotations

import pytest

from dashboard import regions


def test_the_list_has_every_kommun_once_with_its_county():
    kommuner = regions.kommuner()
    assert len(kommuner) == 290
    assert len({k.code for k in kommuner}) == 290
    assert len({k.slug for k in kommuner}) == 290
    assert all(k.code[:2] == k.county_code for k in kommuner)
    assert len(regions.counties()) == 21
    skara = regions.by_code("1495")
    assert skara == regions.Kommun("1495", "Skara", "14", "Västra Götalands län")
    assert skara.slug == "skara"
    assert regions.by_code("9999") is None


def test_county_and_slugs():
    vg = regions.of_county("14")
    assert len(vg) == 49
    names = {k.name for k in vg}
    assert {"Skara", "Lidköping", "Götene", "Skövde", "Falköping", "Vara"} <= names
    assert regions.by_slug("lidkoping").name == "Lidköping"
    assert regions.by_slug("malung-salen").code == "2023"
    assert regions.by_slug("1495").name == "Skara"
    assert regions.by_slug("ingenstans") is None
    # Håbo and Habo fold to the same slug: theirs carry the code.
    assert regions.by_code("0305").slug == "habo-0305"
    assert regions.by_slug("habo-0643").name == "Habo"
    assert regions.by_slug("habo") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Skara", "1495"),
        ("Skara kommun", "1495"),
        ("SKARA KOMMUN", "1495"),
        ("skara", "1495"),
        ("Ale kommun", "1440"),
        ("Arjeplogs kommun", "2506"),
        ("Lidköpings kommun", "1494"),
        ("Malung–Sälens kommun", "2023"),  # en dash
        ("Malung—Sälen", "2023"),  # em dash
        ("Malung-Sälen", "2023"),
        ("Malung - Sälens kommun", "2023"),
        ("Upplands Väsby kommun", "0114"),
        ("Upplands-Bro kommun", "0139"),
        ("Dals-Eds kommun", "1438"),
        ("Lilla Edets kommun", "1462"),
        ("Borås Stad", "1490"),
        ("Göteborgs stad", "1480"),
        ("Stockholms stad", "0180"),
        ("Falu kommun", "2080"),
        ("Region Gotland", "0980"),
        ("Gotlands kommun", "0980"),
        ("Håbo kommun", "0305"),  # accents as written
        ("Habo kommun", "0643"),
        ("Skovde", "1496"),  # without accents where that names one kommun
        ("1495", "1495"),
        (" 0180 ", "0180"),
        ("\ufeffAle kommun", "1440"),
    ],
)
def test_names_match_their_kommun(text, code):
    found = regions.match(text)
    assert found.kind == "kommun", found
    assert found.kommun.code == code
    assert found.region == code


@pytest.mark.parametrize("text", ["Hela landet", "hela landet", "Riket", "Sverige", "00"])
def test_the_nation(text):
    found = regions.match(text)
    assert found.kind == "nation"
    assert found.region == regions.NATION == "00"
    assert found.kommun is None


@pytest.mark.parametrize(
    ("text", "code", "district"),
    [
        ("Stockholm Norrmalm", "0180", "Norrmalm"),
        ("Stockholm Rinkeby-Kista", "0180", "Rinkeby-Kista"),
        ("Stockholm – Södermalm", "0180", "Södermalm"),
        ("Göteborg Centrum", "1480", "Centrum"),
    ],
)
def test_districts_are_told_apart(text, code, district):
    found = regions.match(text)
    assert found.kind == "district"
    assert found.kommun.code == code
    assert found.district == district
    assert found.region is None


@pytest.mark.parametrize(
    ("text", "nearest"),
    [
        ("Skarra", "Skara"),
        ("Skarra kommun", "Skara"),
        ("Lidkjöping", "Lidköping"),
        ("Skövde kommunn", "Skövde"),  # a misspelt suffix is no district
        ("9999", "Kiruna"),  # the nearest code
    ],
)
def test_unknown_names_the_nearest(text, nearest):
    found = regions.match(text)
    assert found.kind == "unknown"
    assert found.nearest.name == nearest
    assert found.region is None
