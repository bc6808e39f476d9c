"""Roman numerals, as some bodies print their session or meeting numbers ("Resolution XVI.7":
resolution 7 of the sixteenth meeting; "Decision VII/3").

Only well-formed numerals from I to CCCXCIX, in capitals: "IIII", "VX" or a lower-case "vi"
(a paragraph label) are not numbers here.
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import unpadded_number

# Hundreds, tens, units, each in its canonical form; the lookahead forbids the empty numeral.
ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_WHOLE = re.compile(rf"^{ROMAN}$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def is_roman(text: str) -> bool:
    return bool(text) and _WHOLE.match(text) is not None


def roman_value(text: str) -> int:
    """The value of a well-formed numeral ("XVI" -> 16); ValueError for anything else."""
    if not is_roman(text):
        raise ValueError(f"not a Roman numeral: {text!r}")
    total = 0
    for letter, following in zip(text, [*text[1:], ""]):
        value = _VALUES[letter]
        total += -value if following and _VALUES[following] > value else value
    return total


def arabic_session(text: str) -> str:
    """A session (or number) as the keys write it: "IV" (of "decision IV/2") -> "4", "05" (of
    "decision 05/2") -> "5"; other text as it is."""
    return str(roman_value(text)) if is_roman(text) else unpadded_number(text)
