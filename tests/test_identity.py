"""dashboard.ingest.identity: identity numbers anywhere in a cell, never echoed in full."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.ingest import identity

# 811218-9876 is the Swedish Tax Agency's own example; its check digit is right.
VALID = [
    "811218-9876",
    "8112189876",
    "19811218-9876",
    "198112189876",
    "811218+9876",  # over a hundred years old
    "811278-9873",  # samordningsnummer: day 18 + 60 (check digit worked out for it)
]


@pytest.mark.parametrize("number", VALID)
def test_whole_cells_are_found(number):
    assert identity.find(number) == number


@pytest.mark.parametrize("number", VALID)
def test_numbers_inside_free_text_are_found(number):
    text = f"samtal med {number} om oro"
    assert identity.find(text) == number
    assert identity.contains(f"{number}, då")
    assert identity.contains(f"({number})")


@pytest.mark.parametrize(
    "text",
    [
        "811218-9875",  # check digit wrong
        "19811218-9875",
        "811318-9876",  # month 13
        "811232-9876",  # day 32 (and not a samordningsnummer)
        "1234811218987612",  # ten valid digits inside a longer run
        "811218 9876",  # a space is not one of the separators
        "fotpatrull 2022-03-14 kl 21",
        "",
        "antal 2537",
    ],
)
def test_other_text_is_not_a_number(text):
    assert identity.find(text) is None


def test_the_mask_keeps_the_shape_and_no_digit():
    assert identity.mask("19811218-9876") == "********-****"
    assert identity.mask("8112189876") == "**********"


def test_the_check_digit_is_luhn_over_the_last_ten_digits():
    # 811218987: doubled at even positions → 16 1 2 2 2 8 18 8 14 → digit sums 7 1 2 2 2 8 9
    # 8 5 = 44; (10 - 44 % 10) % 10 = 6, the last digit.
    assert identity.contains("811218-9876")
    assert not any(identity.contains(f"811218-987{d}") for d in range(10) if d != 6)


@given(st.text(alphabet=st.characters(blacklist_categories=["Nd"]), max_size=200))
def test_text_without_digits_never_holds_a_number(text):
    assert identity.find(text) is None
