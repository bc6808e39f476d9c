"""A text printed in capitals only (a telex or code cable, an old mainframe print), given the
case an ordinary text has before any rule reads it: the rules tell names, sentence starts and
verbs by their capitals ("Requests", "the Working Group").

Told by the shape of the whole text (nearly every letter a capital), never by who wrote it.
Every change keeps the text's length and line breaks, so offsets and line numbers hold:

- every word is lower-cased, then
- the first letter of a paragraph, of a line after a paragraph label ("1. ", "(a) "), and of a
  sentence after its full stop is a capital;
- a name the reference data knows ("Conference of the Parties to the ...", "GEF"), found without
  regard to case or line breaks, takes the case the reference data writes it in;
- a month or a weekday is capitalised, and so are the words in a place's slot ("held at
  samarkand, uzbekistan, from", "its first meeting in bonn"), the city and the country after it;
- a token of letters and figures with a separator ("9/COP.18", "ICCD/COP(18)/21") is a symbol
  and keeps its capitals, and so does a short word that is the short name of a known body
  (a short name that is an ordinary word, "Meeting", only after "the").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

_FEWEST_LETTERS = 200
_SHARE_OF_CAPITALS = 0.97

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday"
).split()
_MONTH = re.compile(r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b")
# A symbol: letters and figures joined by separators ("9/COP.18", "ICCD/COP(18)/21", "A/RES/81/2")
_SYMBOL = re.compile(r"(?<![\w/.])(?=[\w/.()\-]*\d)(?=[\w/.()\-]*[A-Z])[A-Z0-9][\w.()\-]*[/.][\w/.()\-]*[\w)]")
_LABEL = re.compile(r"^[ \t]*(?:\d{1,3}\.|\([a-z]{1,3}\)|\([ivx]{1,5}\))[ \t]+(?=[a-z])", re.M)
_PARAGRAPH_START = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?=[a-z])")
_THE_BEFORE = re.compile(r"\bthe\s+\Z")
_SENTENCE_START = re.compile(r"[.!?][\"”’)]?\s+(?=[a-z])")


# The slot a place stands in: "held at/in X", "meeting in X", "session in X", "convened in X"
_PLACE_SLOT = re.compile(
    r"\b(?:held|convened|hosted|met|meet|meeting|session|place|opened|concluded)\s+(?:at|in)\s+"
    r"(?P<place>[a-z][a-z'\-]+(?:\s+(?!(?:from|on|in|to|and|at|during|back|by|for|with|of)\b)[a-z][a-z'\-]+){0,2})"
    r"(?:,\s+(?P<country>[a-z][a-z'\-]+(?:\s+(?!(?:from|on|in|to|and|at|during|back|by|for|with)\b)[a-z][a-z'\-]+){0,3})(?=\s*(?:[,;.]|from\b|on\b)))?"
)
_PLACE_PARTICLES = frozenset("de do da del dos el es al am upon on of the and".split())
_NO_PLACE = frozenset("the a an its their this that which order accordance conjunction person".split())


# The commonest small letters of the languages read (a lower bound on the small letters is enough)
_COMMON_SMALL_LETTERS = "etaoinsr"
# Far more than the share of small letters a text in capitals may have (3 % of its letters,
# so under 3 % of its characters): the margin keeps the quick answer exact.
_SMALL_LETTERS_OF_AN_ORDINARY_TEXT = 0.05


def is_all_capitals(text: str) -> bool:
    # Every text goes through here and nearly none is in capitals: a few C-level counts of
    # common small letters tell an ordinary text without a Python step per character.
    # (counted letter by letter, and done as soon as the count is over the bound: in an
    # ordinary text the "e"s alone are, so one scan of the text rather than eight)
    bound = _SMALL_LETTERS_OF_AN_ORDINARY_TEXT * len(text)
    small = 0
    for letter in _COMMON_SMALL_LETTERS:
        small += text.count(letter)
        if small > bound:
            return False
    letters = list(filter(str.isalpha, text))
    if len(letters) < _FEWEST_LETTERS:
        return False
    return sum(map(str.isupper, letters)) >= _SHARE_OF_CAPITALS * len(letters)


@lru_cache(maxsize=4096)  # the registry's names, the same for every document of a load
def _name_pattern(name: str) -> re.Pattern[str] | None:
    words = name.split()
    if not words:
        return None
    lowered = [w.lower() for w in words]
    # "(?<!\w)" checked after the name's first character, not before it: the engine then skips
    # to that character instead of trying the look-behind at every position of the text
    first = re.escape(lowered[0][0]) + r"(?<!\w.)" + re.escape(lowered[0][1:])
    return re.compile(first + "".join(r"\s+" + re.escape(w) for w in lowered[1:]) + r"(?!\w)")


@lru_cache(maxsize=8)  # the registry's names, the same for every document of a load
def _names_to_recase(vocabulary: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The names whose case a text in capitals gets back, shortest first, each with its words
    lower-cased: names with a capital, of several words or a proper short name."""
    names = sorted({n.strip() for n in vocabulary if n and n.strip()}, key=len)
    return tuple(
        (name, tuple(word.lower() for word in name.split()))
        for name in names
        if any(c.isupper() for c in name) and (" " in name or name.isupper() or name[:1].isupper() and len(name) > 3)
    )


def recase(text: str, vocabulary: Iterable[str] = ()) -> str:
    """``text`` in ordinary case if it is printed in capitals only; else ``text`` itself."""
    if not is_all_capitals(text):
        return text
    chars = list(text.lower())

    def put(start: int, written: str) -> None:
        # the case of ``written`` over the letters at ``start``, across white space
        i = start
        for c in written:
            if c.isspace():
                while i < len(chars) and chars[i].isspace():
                    i += 1
                continue
            if i < len(chars):
                chars[i] = c if c.lower() == chars[i] else chars[i]
            i += 1

    lowered = text.lower()
    for m in _PARAGRAPH_START.finditer(lowered):
        chars[m.end()] = chars[m.end()].upper()
    for m in _LABEL.finditer(lowered):
        chars[m.end()] = chars[m.end()].upper()
    for m in _SENTENCE_START.finditer(lowered):
        chars[m.end()] = chars[m.end()].upper()
    for m in _MONTH.finditer(lowered):
        chars[m.start()] = chars[m.start()].upper()
    for name, words in _names_to_recase(tuple(vocabulary)):
        # The pattern matches each word of the name lower-cased, as written: a name one of
        # whose words the text lacks cannot match (most of the ~500 names: no pass over the text).
        if not all(word in lowered for word in words):
            continue
        pattern = _name_pattern(name)
        if pattern is None:
            continue
        # A short name that is an ordinary word ("Meeting", "Tribunal") is a name only as "the
        # Meeting": "its fourth meeting" is any body's gathering, not the Meeting of States Parties.
        after_the_only = " " not in name and not name.isupper()
        for m in pattern.finditer(lowered):
            if after_the_only and not _THE_BEFORE.search(lowered[max(0, m.start() - 12) : m.start()]):
                continue
            put(m.start(), name)
    for m in _PLACE_SLOT.finditer(lowered):
        for group in ("place", "country"):
            if m[group] is None or m[group].split()[0] in _NO_PLACE:
                continue
            for w in re.finditer(r"[a-z][a-z'\-]*", m[group]):
                if w.group(0) not in _PLACE_PARTICLES:
                    chars[m.start(group) + w.start()] = chars[m.start(group) + w.start()].upper()
    for m in _SYMBOL.finditer(text):
        chars[m.start() : m.end()] = list(text[m.start() : m.end()])
    return "".join(chars)


# A masthead's place and dates set in capitals in a text of ordinary case ("ROME, 24 JUNE – 1 JULY
# 2033", "NEW YORK, 12-16 JUNE 2033", "GENEVA, 3 AND 4 MAY 2032"): a place of one to three words,
# a comma, then days, months and a year, the whole line.
_CAPITALS_MONTH = r"(?:" + "|".join(m.upper() for m in _MONTHS) + r")"
_VENUE_LINE_IN_CAPITALS = re.compile(
    r"^[ \t\f]*(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}(?:, [A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})?),"
    r"(?P<dates>(?: (?:(?:\d{1,2}|" + _CAPITALS_MONTH + r")(?:[–-](?:\d{1,2}|" + _CAPITALS_MONTH + r"))*|AND|TO|[–-]))+ \d{4})[ \t]*$",
    re.M,
)
# a masthead is at the top: the lines a place and dates may stand on
_HEAD_CHARACTERS = 3000


def venue_lines_recased(text: str) -> str:
    """``text`` with a masthead's place-and-dates line in capitals given an ordinary line's case
    ("Rome, 24 June – 1 July 2033"), as the session's place and dates are read from it; the
    length and line breaks kept. A text in capitals only is `recase`'s."""
    head = text[:_HEAD_CHARACTERS]
    if "," not in head or _VENUE_LINE_IN_CAPITALS.search(head) is None:
        return text
    chars = list(text)
    for m in _VENUE_LINE_IN_CAPITALS.finditer(head):
        if _MONTH.search(m.group("dates").lower()) is None:
            continue
        for word in re.finditer(r"[A-Z][A-Z'’.-]*", m.group(0)):
            start = m.start() + word.start()
            lowered = word.group(0).lower()
            if lowered in ("and", "to"):
                written = lowered
            else:
                written = lowered[:1].upper() + lowered[1:]
            chars[start : start + len(written)] = written
    return "".join(chars)
