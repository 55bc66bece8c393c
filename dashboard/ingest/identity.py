"""Swedish personal identity numbers, found anywhere in a cell and never echoed in full.

A personnummer or samordningsnummer (the day plus 60) is 10 or 12 digits, with ``-``,
``+`` or nothing between the date and the last four, and a valid check digit (Luhn
over the last ten digits). It is looked for inside free text too ("samtal med
19811218-9876 om oro"), but not inside a longer run of digits, so an amount or a code
that merely contains ten digits is not one. Pure: imports nothing of the project.
"""

from __future__ import annotations

import re

# Date part (YYMMDD or YYYYMMDD), an optional separator, then four digits; no digit on
# either side, so that 16 digits of a bank account are not read as a number in them.
_CANDIDATE = re.compile(r"(?<!\d)((?:19|20)?\d{6})([-+]?)(\d{4})(?!\d)")
# Ten digits at least: cheaper than the pattern on the many cells that hold none.
_ENOUGH_DIGITS = re.compile(r"(?:\D*\d){10}")


def _valid(date_part: str, last_four: str) -> bool:
    digits = date_part[-6:] + last_four
    month, day = int(digits[2:4]), int(digits[4:6])
    day = day - 60 if day > 60 else day  # samordningsnummer
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    total = 0
    for position, char in enumerate(digits[:9]):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10 == int(digits[9])


def find(text: str) -> str | None:
    """The first identity number in ``text`` as written there, or None."""
    if not text or not _ENOUGH_DIGITS.match(text):
        return None
    for match in _CANDIDATE.finditer(text):
        date_part, _separator, last_four = match.groups()
        if _valid(date_part, last_four):
            return match.group(0)
    return None


def contains(text: str) -> bool:
    """True when ``text`` holds an identity number anywhere."""
    return find(text) is not None


def mask(number: str) -> str:
    """The number's shape without its digits (``19811218-9876`` → ``********-****``):
    enough to find it on the line the message names, nothing to leak in a log."""
    return re.sub(r"\d", "*", number)
