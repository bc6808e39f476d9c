"""Characters a copy or a conversion got wrong, put right before anything else reads the text:
typographic ligatures a PDF viewer copies as one character ("ﬁrst", "Scientiﬁc") and
mojibake, UTF-8 text that was read as Windows-1252 and written out again ("â€œ" for "“").

Every fix keeps a map back to the original characters (`Mapped`), so evidence still points
into the file as read (a character that replaced several maps to the first of them, so a span
ending on it ends there); a line break is never added or removed, so line numbers hold.
"""

from __future__ import annotations

import html
import re
from typing import Iterable, Sequence

from mandate_graph.loaders.extract import ocr

# The Unicode compatibility ligatures of Latin letters (U+FB00–U+FB06): each is only ever a
# way of printing its letters.
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}

# The characters Windows-1252 shows for the bytes 0x80–0xBF (a UTF-8 continuation byte), and
# those it shows for the lead bytes of two- and three-byte UTF-8 sequences (0xC2–0xEF).
_CONTINUATION = "".join(
    sorted({bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - {""})
)
# Windows-1252's characters for the lead bytes of two-byte (0xC2–0xDF) and three-byte
# (0xE0–0xEF) UTF-8 sequences.
_LEAD_OF_TWO = "".join(bytes([b]).decode("cp1252") for b in range(0xC2, 0xE0))
_LEAD_OF_THREE = "".join(bytes([b]).decode("cp1252") for b in range(0xE0, 0xF0))
_CONTINUATION_CLASS = f"[{re.escape(_CONTINUATION)}]"
# A lead character followed by its continuation characters: a candidate for mojibake. Whether
# it is one is decided by decoding it (`_undo_mojibake`), not by this pattern.
_MOJIBAKE = re.compile(
    f"[{re.escape(_LEAD_OF_TWO)}]{_CONTINUATION_CLASS}|[{re.escape(_LEAD_OF_THREE)}]{_CONTINUATION_CLASS}{{2}}"
)
# "â€" then a character that is no continuation: the third byte of the sequence was one that
# Windows-1252 cannot show (0x9D of the right double quotation mark "”", U+201D), and was lost.
_LOST_THIRD = re.compile(f"\u00e2\u20ac(?!{_CONTINUATION_CLASS})")

_LEADS = re.escape(_LEAD_OF_TWO + _LEAD_OF_THREE)
# A ligature, or a lead character followed by a continuation character. One character class
# first (the check after it looks back at which it was), so that the regex engine skips at C
# speed to the characters of that class: twice as fast as an alternation of two classes.
_NEEDS_FIX = re.compile(f"[\ufb00-\ufb06{_LEADS}](?:(?<=[\ufb00-\ufb06])|(?<=[{_LEADS}]){_CONTINUATION_CLASS})")


# What a word processor keeps of its typing aids when it saves plain text: optional (soft)
# hyphens and zero-width characters print nothing inside a word ("intergov\u00adernmental"), a
# non-breaking space (Word's Ctrl+Shift+Space between "15" and "October", after "resolution") and
# its narrow and figure kin print as a space.
# found by the engine: a document with non-breaking spaces is not read character by character in Python
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_FIXED_SPACE = re.compile("[\u00a0\u2007\u202f]")


# What any of _NEEDS_FIX, _INVISIBLE and _FIXED_SPACE finds, in one scan of a text: a ligature,
# an invisible character or a fixed space, or a lead character followed by a continuation one.
_SINGLE_TO_FIX = "\ufb00-\ufb06\u00ad\u200b\u2060\ufeff\u00a0\u2007\u202f"
_ANY_TO_FIX = re.compile(
    f"[{_SINGLE_TO_FIX}{_LEADS}](?:(?<=[{_SINGLE_TO_FIX}])|(?<=[{_LEADS}]){_CONTINUATION_CLASS})"
)


def needs_fixing(text: str) -> bool:
    # every character it looks for is outside ASCII, and many texts have none
    return not text.isascii() and _ANY_TO_FIX.search(text) is not None


def _undo_mojibake(match: re.Match[str]) -> str | None:
    """The character the bytes meant, or None (keep the text) if they are no UTF-8 sequence:
    "Ã©" is "é", but "Âge" or "Ãtre" stay as they are."""
    try:
        meant = match.group(0).encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return meant if _LATIN_TEXT.match(meant) else None


# What undone mojibake may give: a letter or sign of Latin text, or typographic punctuation
# (quotes, dashes, the euro and trade mark signs). "é’”" is the bytes of a CJK character, but
# a Latin text that printed it means the three characters it shows.
_LATIN_TEXT = re.compile("^[\u00a0-\u024f\u2010-\u2027\u2030-\u203a\u20ac\u2122]$")


# A dash typed or saved as two hyphens between words ("E/2032/24 -- Statistical Commission: report
# on ...", "Resolution 2032/7 -- Title"): antiword, a text browser, LaTeX's and RTF's plain text and a
# typewriter's ASCII write "—" so. Read as the dash it stands for, which the rules on listed titles,
# datelines and catalogue entries know; a rule of hyphens ("-----"), a table's "|--|", an option
# ("--output") or a range without spaces ("3--6") has no word and a space on both sides.
_DOUBLE_HYPHEN_DASH = re.compile("(?<=[\\w).,;:'\"\u201d\u2019\\]]) --(?= [\\w\"\u201c\u2018(\\[])")

# A number in words whose hyphen a converter dropped with the line end it stood at ("its eighty-" /
# "sixth session" joined as "eightysixth": a tool that mends every hyphenated line end as a word cut
# in two, Word's text of a re-flowed PDF): a tens word run into a units word is no English word, and
# the hyphen goes back ("eighty-sixth"), so the ordinal rules read the session.
_FUSED_NUMBER = re.compile(
    r"\b(?P<tens>[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
    r"(?=(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)"
)
# What every match of `_FUSED_NUMBER` holds: a tens word's "ty" and a units word's first letter. Searched
# first: the pattern itself opens with ``\b`` and is tried at every position of the text (~2 % of the corpus's pass).
_FUSED_NUMBER_HOLDS = re.compile("ty[efnost]")


def fix_characters(text: str, vocabulary: Iterable[str] = ()) -> tuple[str, list[int] | None]:
    """``text`` with ligatures spelled out, mojibake undone and the misreadings of OCR the
    context proves undone (`ocr`), and for each character of the result (plus one for the end)
    the offset of the original character it came from; None for the map when nothing changed.
    ``vocabulary``: names whose words the document may use ("Committee")."""
    fixed, offsets = text, None
    if needs_fixing(text):
        fixed, offsets = apply_changes(text, [
            *((m.start(), m.end(), _undo_mojibake(m)) for m in _MOJIBAKE.finditer(text)),
            *((m.start(), m.end(), "\u201d") for m in _LOST_THIRD.finditer(text)),
            *((m.start(), m.end(), _LIGATURES[m.group(0)]) for m in _LIGATURE.finditer(text)),
            *((m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)),
            *((m.start(), m.end(), " ") for m in _FIXED_SPACE.finditer(text)),
        ])
    if " -- " in fixed:
        fixed, dash_offsets = apply_changes(fixed, [(m.start() + 1, m.end(), "\u2014") for m in _DOUBLE_HYPHEN_DASH.finditer(fixed)])
        offsets = dash_offsets if offsets is None else list(map(offsets.__getitem__, dash_offsets))
    if _FUSED_NUMBER_HOLDS.search(fixed) is not None and _FUSED_NUMBER.search(fixed) is not None:
        fixed, fused_offsets = apply_changes(fixed, [(m.end(), m.end(), "-") for m in _FUSED_NUMBER.finditer(fixed)])
        offsets = fused_offsets if offsets is None else list(map(offsets.__getitem__, fused_offsets))
    ocr_changes = [*ocr.digit_fixes(fixed), *ocr.symbol_part_fixes(fixed), *ocr.paragraph_number_fixes(fixed), *ocr.paragraph_reference_fixes(fixed), *ocr.day_fixes(fixed), *ocr.zero_fixes(fixed), *ocr.rn_fixes(fixed, vocabulary), *ocr.letter_digit_fixes(fixed, vocabulary)]
    if ocr_changes:
        fixed, ocr_offsets = apply_changes(fixed, ocr_changes)
        offsets = ocr_offsets if offsets is None else list(map(offsets.__getitem__, ocr_offsets))
    return fixed, offsets


def apply_changes(text: str, changes: Sequence[tuple[int, int, str | None]]) -> tuple[str, list[int]]:
    """``text`` with each (start, end, replacement) made, and the map of the result back to
    ``text``. A replacement of None, or one overlapping an earlier change, is not made."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for start, end, new in sorted(changes, key=lambda change: (change[0], change[1])):
        if new is None or start < position:
            continue
        pieces.append(text[position:start])
        offsets.extend(range(position, start))
        pieces.append(new)
        offsets.extend([start] * len(new))
        position = end
    pieces.append(text[position:])
    offsets.extend(range(position, len(text) + 1))
    return "".join(pieces), offsets


# --------------------------------------------------------------------------- markup values

# A character reference or a named entity of XML or HTML ("&#8211;", "&#x2013;", "&amp;", "&nbsp;"),
# as every reader of a markup export meets them in its values
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WHITE = re.compile(r"\s+")


def markup_value_changes(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The changes that read a markup field's value (``text[start:end]``) as the text it holds: each
    entity its character (a no-break space a plain one), each run of white space one space (a value
    wrapped over lines is one line). For `apply_changes`."""
    changes: list[tuple[int, int, str | None]] = []
    for m in ENTITY.finditer(text, start, end):
        meant = html.unescape(m.group(0))
        if meant != m.group(0):
            changes.append((m.start(), m.end(), meant.replace("\u00a0", " ")))
    for m in _WHITE.finditer(text, start, end):
        if m.group(0) != " ":
            changes.append((m.start(), m.end(), " "))
    return changes
