"""Misreadings of optical character recognition that the context proves, undone before
anything reads the text:

- a lower-case "l" among digits is the digit one: "l7 December", "l6th meeting", "Conf. 2l.4",
  "l5-19 June" (a number-like token: digits, "l", dots, an ordinal suffix, with at least one
  real digit and no other letter). A capital "I" is left alone: "II.1" may be a Roman numeral;
- a lower-case "l" that is a whole part of a document symbol, after its "/" or ".", is the digit
  one: "E/CN.7/2036/L.4/Rev.l", "A/79/400/Add.l", "XY/12/l" (a token with a "/" and a digit; no
  letter after it: "/leg" stays a word);
- a lower-case "l" numbering a paragraph at a line's start ("     l. Requests") is "1." when the
  text numbers a paragraph "2." the same way, and letters none "k." (a list lettered up to "l."
  keeps its letter);
- a lone "l" before a month's name is a day: "from l to 5 November", "l June 2038" (`day_fixes`, E253);
- "l"s alone numbering a paragraph after the word "paragraph" are ones: "In paragraph ll, it
  invited" (`paragraph_reference_fixes`);
- a capital "O" inside a document symbol, beside its digits, is the digit zero: "SC/2O/3";
- "rn" read for "m" in a word the names of the reference data (and the base vocabulary of UN
  documents) do not hold, when the word with "m" is one of theirs: "Cornmittee" is "Committee".
  "modern", "turn" or "government" stay: with "m" they are no such word. (Words of the document
  itself would prove more, "recornmendations" beside "recommendations", but counting them cost
  a tenth of the extraction of a long text.)
- a "0" or a "1" between the letters of a word (or closing it: "Counci1") is the letter "o", "i" or "l" it looks
  like, when the word so spelled is one of the names' words, of the base vocabulary or of the
  document itself and the word as printed is none: "sessi0n" is "session", "wh1ch" is "which"
  (where "which" is written elsewhere in the text). A letter on each side makes the token no
  number; "h1n1" or "b2b" stay (no known word with letters for the digits). A "0" opening a word
  before lower-case letters is a capital "O" ("0ctober", "0rganization": OCR reads the round capital
  as the digit) on the same proof; a "0" after a digit, a dot or a comma ("10am", "0.5") stays.

Each fix is a list of (start, end, replacement) changes; `characters.apply_changes` makes the
text and its map back to the original.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

# A token of digits in which OCR may have put "l" for "1": no letter before it, at most an
# ordinal suffix after it; dots and commas inside it ("2l.4", "l,500").
_NUMBER_TOKEN = re.compile(r"(?<![A-Za-z\d])[\dl](?:[\dl]|[.,](?=[\dl]))*(?=(?:st|nd|rd|th)?(?![A-Za-z\d]))")
_ONE_LOOKALIKE = re.compile(r"l")


# "l" after or before a digit. Written to begin with the letter: the regex engine then skips
# straight to each "l" (ten times faster than trying "\dl|l\d" at every position).
_L_BESIDE_DIGIT = re.compile(r"l(?:(?<=\dl)|(?=\d))")


def digit_fixes(text: str) -> list[tuple[int, int, str]]:
    """"l" inside a number-like token with at least one digit becomes "1"."""
    changes: list[tuple[int, int, str]] = []
    if _L_BESIDE_DIGIT.search(text) is None:  # most texts: done with one scan
        return changes
    for token in _NUMBER_TOKEN.finditer(text):
        value = token.group(0)
        if not any(c.isdigit() for c in value) or not _ONE_LOOKALIKE.search(value):
            continue
        for m in _ONE_LOOKALIKE.finditer(value):
            changes.append((token.start() + m.start(), token.start() + m.end(), "1"))
    return changes


# "from l to 5 November 2037", "on l and 2 May", "30 April-l May", "l June 2038": a lone "l" that is a
# day of a month, the month's name after it (a range's other day between: "to", "and", a dash), as
# OCR reads the digit one standing alone; "l" alone is no word. Written to begin with the letter.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|[O0]ctober|November|December)\b"
_L_DAY = re.compile(rf"l(?<![\w/.'’]l)(?=(?:[ \t]*(?:-|–|to|and)[ \t]*[\dl]{{1,2}})?[ \t\n]+{_MONTH})")


def day_fixes(text: str) -> list[tuple[int, int, str]]:
    """A lone "l" that is a day before a month's name becomes "1" (see above)."""
    return [(m.start(), m.end(), "1") for m in _L_DAY.finditer(text)]


# A lone "l" as a part of a symbol, after its "/" or "." ("Rev.l", "/Add.l", "2035/l"), before
# the symbol's end, another part, or a closing mark. Written to begin with the letter.
_L_PART_OF_SYMBOL = re.compile(r"l(?<=[/.]l)(?=[/.]?(?![A-Za-z0-9]))")
# the symbol's run before that "l": a token of letters, digits, dots, hyphens and slashes holding
# a "/" and a digit ("E/CN.7/2036/L.4/Rev.")
_SYMBOL_RUN_BEFORE = re.compile(r"(?<![A-Za-z0-9./-])[A-Z][A-Za-z0-9.\-]*/[A-Za-z0-9./\-]*\d[A-Za-z0-9./\-]*[/.]$")


def symbol_part_fixes(text: str) -> list[tuple[int, int, str]]:
    """A lone "l" closing a part of a document symbol becomes "1" (see above)."""
    changes: list[tuple[int, int, str]] = []
    for m in _L_PART_OF_SYMBOL.finditer(text):
        run = _SYMBOL_RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if run is not None:
            changes.append((m.start(), m.end(), "1"))
    return changes


# "     l. Requests": a paragraph's number "l." at a line's start, before a capital; the text's other
# numbered paragraphs ("2. Invites") and lettered ones ("k. ...") at a line's start
_L_PARAGRAPH_NUMBER = re.compile(r"^[ \t]*(?P<l>l)\.[ \t]+(?=[A-Z])", re.MULTILINE)
_SECOND_PARAGRAPH = re.compile(r"^[ \t]*2\.[ \t]+[A-Z]", re.MULTILINE)
_LETTER_K_ITEM = re.compile(r"^[ \t]*\(?k[.)][ \t]", re.MULTILINE)


def paragraph_number_fixes(text: str) -> list[tuple[int, int, str]]:
    """"l." numbering a paragraph becomes "1." where the text numbers its paragraphs (see above)."""
    if "l." not in text:
        return []
    found = list(_L_PARAGRAPH_NUMBER.finditer(text))
    if not found or _SECOND_PARAGRAPH.search(text) is None or _LETTER_K_ITEM.search(text) is not None:
        return []
    return [(m.start("l"), m.end("l"), "1") for m in found]


# "paragraph ll": a paragraph's number made of "l"s only after the word that numbers it (no letter
# of its own: `_NUMBER_TOKEN` wants one real digit). "ll" is no word and a paragraph is numbered,
# not lettered, after "paragraph" ("subparagraph (l)" keeps its brackets and its letter).
_L_PARAGRAPH_REFERENCE = re.compile(r"(?<![A-Za-z])(?:[Pp]aragraphs?|[Pp]aras?\.)[ \t]+(?P<l>l+)(?![A-Za-z0-9(])")


def paragraph_reference_fixes(text: str) -> list[tuple[int, int, str]]:
    """The "l"s numbering a paragraph after "paragraph" become "1"s (see above)."""
    if "aragraph" not in text and "ara." not in text or _L_AFTER_PARAGRAPH.search(text) is None:
        return []
    return [(m.start("l"), m.end("l"), "1" * len(m.group("l"))) for m in _L_PARAGRAPH_REFERENCE.finditer(text)]


# (what every match holds, literal first: searched before the pattern above, which opens on a
# look-behind that the engine tries at every character of the text)
_L_AFTER_PARAGRAPH = re.compile(r"ara(?:graphs?|s?\.)[ \t]+l")


# A capital "O" read for a zero inside a document symbol: "SC/2O/3", "A/RES/7O/12", "CBD/COP/DEC/15/O4".
# Only where it stands between a digit and a digit, a "/" or a "." (or after a "/" or "." before a
# digit), in a token with a "/" and a digit: "O" is then no letter of a word ("UNEP/OzL.Pro",
# "CO2", "ISO 9001" stay). Written to begin with the letter, for the engine to skip to each "O".
_O_IN_SYMBOL = re.compile(r"O(?:(?<=\dO)(?=[\d/.]|(?![A-Za-z]))|(?<=[/.]O)(?=\d))")
_SYMBOL_TOKEN = re.compile(r"[A-Za-z0-9.\-]*/[A-Za-z0-9./\-]*")


def zero_fixes(text: str) -> list[tuple[int, int, str]]:
    """"O" for a zero in a document symbol becomes "0" (see above)."""
    changes: list[tuple[int, int, str]] = []
    if "O" not in text:
        return changes
    for m in _O_IN_SYMBOL.finditer(text):
        start = m.start()
        # the symbol the letter stands in: a run of letters, digits, dots, hyphens and slashes
        left = start
        while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "./-"):
            left -= 1
        right = m.end()
        while right < len(text) and (text[right].isalnum() or text[right] in "./-"):
            right += 1
        token = text[left:right]
        if "/" in token and any(c.isdigit() for c in token) and _SYMBOL_TOKEN.fullmatch(token.rstrip(".")):
            changes.append((start, start + 1, "0"))
    return changes


_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4)
def _known_words(vocabulary: tuple[str, ...]) -> frozenset[str]:
    """The words of the names (the same reference data for every document: made once)."""
    return frozenset(w.lower() for v in vocabulary for w in _WORD.findall(v))


# the last vocabulary given as a tuple, and its words (one entry, read and replaced whole)
_LAST_KNOWN: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}


def _known_words_of(vocabulary: Iterable[str]) -> frozenset[str]:
    """`_known_words`, the same tuple of names (every document of a load: `clean`'s) answered
    without hashing its ~2,000 names again, as the cache's key, for each document."""
    kept = _LAST_KNOWN.get("last")
    if kept is not None and kept[0] is vocabulary:
        return kept[1]
    words = _known_words(tuple(vocabulary))
    if isinstance(vocabulary, tuple):
        _LAST_KNOWN["last"] = (vocabulary, words)
    return words


_RN_WORD = re.compile(r"[a-z]*rn[a-z]*")
# From an "rn" to the end of its run of letters: a pattern that begins with the two letters,
# which the regex engine skips straight to.
_RN_TO_WORD_END = re.compile(r"rn[a-z]*")


def _words_with_rn(lowered_text: str) -> set[str]:
    """The runs of letters a-z that hold "rn" (what ``_RN_WORD`` finds), each once: found from
    each "rn" (back to its run's start), not by a pattern tried at every position."""
    words = set()
    for m in _RN_TO_WORD_END.finditer(lowered_text):
        start = m.start()
        while start > 0 and "a" <= lowered_text[start - 1] <= "z":
            start -= 1
        words.add(lowered_text[start : m.end()])
    return words


def rn_fixes(text: str, vocabulary: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """"rn" for "m" where the word with "m" is a word of the names the reference data knows
    (or of the base vocabulary of UN documents) and the word as printed is none."""
    if "rn" not in text:
        return []
    lowered_text = text.lower()
    known = _known_words_of(vocabulary)
    printed_words = _words_with_rn(lowered_text)
    misread = {
        printed for printed in printed_words if printed not in known and printed.replace("rn", "m") in known
    }
    if not misread:  # most documents: done after one scan
        return []
    changes = []
    for m in _RN_WORD.finditer(lowered_text):
        word = m.group(0)
        if word in misread and (m.start() == 0 or not lowered_text[m.start() - 1].isalpha()):
            position = 0
            while (at := word.find("rn", position)) >= 0:
                changes.append((m.start() + at, m.start() + at + 2, "m"))
                position = at + 2
    return changes


# A "0" or "1" with a lower-case letter on each side. Written to begin with the digit, for the
# regex engine to skip straight to each one; most texts have none and are done after one scan.
_DIGIT_AMONG_LETTERS = re.compile(
    r"[01](?:(?<=[A-Za-z][01])(?=[a-z])|(?<=[a-z]{2}[01])(?![A-Za-z0-9])|(?<=0)(?<![A-Za-z0-9.,]0)(?=[a-z]{2}))"
)
# A word in which such digits stand: letters, and digits each after a letter and before a
# lower-case one ("C0mmittee", "sessi0n"), or closing a word after two lower-case letters
# ("Counci1"), or a "0" opening a word before two lower-case letters ("0ctober", "0rganizati0n")
_WORD_WITH_DIGITS = re.compile(
    r"(?<![A-Za-z0-9])(?:(?<![.,])0[a-z]{2,}(?:[01][a-z]+)*(?:(?<=[a-z]{2})[01])?"
    r"|[A-Za-z]*[A-Za-z](?:[01][a-z]+)*(?:[01][a-z]+|(?<=[a-z]{2})[01]))(?![A-Za-z0-9])"
)
_LETTERS_FOR = {"0": ("o",), "1": ("i", "l")}
_LOWER_WORD = re.compile(r"[a-z]+")


def _spellings(word: str) -> set[str]:
    """The word with each "0" and "1" read as each letter it may stand for."""
    spelled = {""}
    for c in word:
        spelled = {s + letter for s in spelled for letter in _LETTERS_FOR.get(c, (c,))}
    return spelled


def _words_with_digits(text: str) -> list[re.Match[str]]:
    """What ``_WORD_WITH_DIGITS.finditer(text)`` finds, read from the digits `_DIGIT_AMONG_LETTERS`
    finds: a match of it is a whole run of ASCII letters and digits (nothing of the kind on either
    side), and every match holds such a digit, so the runs around those digits, each tried once
    from its start, are all the places it can match (the pattern tried at every position of the
    text cost ~2.9 ms over the 9 unseen texts that hold such a digit; S42)."""
    matches: list[re.Match[str]] = []
    run_end = 0
    for digit in _DIGIT_AMONG_LETTERS.finditer(text):
        at = digit.start()
        if at < run_end:
            continue  # in the run read last
        start = at
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        run_end = at + 1
        while run_end < len(text) and text[run_end].isascii() and text[run_end].isalnum():
            run_end += 1
        if (m := _WORD_WITH_DIGITS.match(text, start)) is not None:
            matches.append(m)
    return matches


# the months, words of every dated text ("7 0ctober 2029" where the text writes October nowhere else)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def letter_digit_fixes(text: str, vocabulary: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """A "0" or "1" among a word's letters read as the letter, where only that spelling is a
    known word (see above)."""
    words = _words_with_digits(text)
    if not words:
        return []
    known = _known_words_of(vocabulary) | frozenset(_LOWER_WORD.findall(text.lower())) | _MONTHS
    changes: list[tuple[int, int, str]] = []
    for m in words:
        printed = m.group(0)
        meant = {s for s in _spellings(printed.lower()) if s in known}
        if len(meant) != 1:
            continue  # none known, or two ("c1ose": "close" and "cliose"? only one may be meant)
        spelled = next(iter(meant))
        for i, c in enumerate(printed):
            if c in "01":
                # a word's opening "0" is the capital the digit looks like ("0ctober")
                changes.append((m.start() + i, m.start() + i + 1, spelled[i].upper() if i == 0 else spelled[i]))
    return changes
