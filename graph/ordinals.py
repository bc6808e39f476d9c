"""Ordinals in words ("eleventh", "sixty-fifth", "ninety-ninth") and numerals ("11th").

Built from the parts of English number words, so every ordinal from 1 to 999 is read,
not only the few a corpus happens to contain. One grammar for extraction (`loaders.extract`)
and for the look-up of what a user types ("the twenty-first session of the Conference",
`graph.resolve`).
"""

from __future__ import annotations

import re

from mandate_graph.graph.patterns import trie_pattern

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORDINAL = [t[:-1] + "ieth" for t in _TENS]  # twentieth ... ninetieth

WORD_VALUES: dict[str, int] = {}
for _i, _w in enumerate(_UNITS, 1):
    WORD_VALUES[_w] = _i
for _i, _w in enumerate(_TEENS, 10):
    WORD_VALUES[_w] = _i
for _i, (_t, _o) in enumerate(zip(_TENS, _TENS_ORDINAL), 2):
    WORD_VALUES[_o] = _i * 10
    for _j, _u in enumerate(_UNITS, 1):
        WORD_VALUES[f"{_t}-{_u}"] = _i * 10 + _j

# As tries ("f(?:i(?:fth|fteenth|ftieth|rst)|...)"), not lists of alternatives: the pattern is
# tried at every word before "session" or "meeting", and a trie rejects a word at its first
# letters. No ordinal word is a prefix of another, so the matches are the same.
_BELOW_HUNDRED = (
    rf"(?:{trie_pattern(_TENS)}[-\s]{trie_pattern(_UNITS)}"
    rf"|{trie_pattern(_TENS_ORDINAL + _TEENS + _UNITS)})"
)
# A pattern (no groups) for one ordinal, in words or as a numeral.
# "Two hundred and twenty-first session" (UNESCO's Executive Board): the hundreds counted in words
_HUNDREDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINAL = (
    rf"(?:(?:{trie_pattern(_HUNDREDS)}\s+)?hundred(?:th|\s+(?:and\s+)?{_BELOW_HUNDRED})|{_BELOW_HUNDRED}|\d{{1,5}}(?:st|nd|rd|th))"
)
_ORDINAL_RE = re.compile(rf"^{ORDINAL}$", re.IGNORECASE)
_NUMERAL = re.compile(r"^(\d{1,5})(?:st|nd|rd|th)$", re.IGNORECASE)


def ordinal_value(text: str) -> int | None:
    """The number an ordinal stands for, or None if ``text`` is not an ordinal."""
    word = " ".join(text.lower().split())
    value = WORD_VALUES.get(word)
    if value is not None:  # "eleventh", "twenty-first": most ordinals, read without a pattern
        return value
    if not _ORDINAL_RE.match(word):
        return None
    numeral = _NUMERAL.match(word)
    if numeral:
        return int(numeral.group(1))
    hundred = 0
    if "hundred" in word:
        count, word = word.split("hundred", 1)
        hundred = 100 * (_HUNDREDS.index(count.strip()) + 1 if count.strip() else 1)
        if word == "th":
            return hundred
        word = word.strip().removeprefix("and ").strip()
    word = word.replace(" ", "-")
    value = WORD_VALUES.get(word)
    return None if value is None else hundred + value


def is_numeral(text: str) -> bool:
    """"11th" rather than "eleventh": how plenary meetings within a session are numbered."""
    return bool(_NUMERAL.match(text.strip()))
