"""An instrument named as a sentence's subject, and the numbers its text cites.

"In its preamble, resolution 80/12 recalls resolutions 76/3, 78/9 and 79/11", "Moreover, General
Assembly resolution 80/12 reaffirms resolution 70/1", "Decision 2031/215, adopted on 4 April 2031,
recalled decision 2029/7": the instrument opening the sentence (after an opening set off by a
comma) is what speaks, and the bare numbers right after its citing verb are numbers of its
issuer's series, as its own text would write them, not of the document's own body.
"""

from __future__ import annotations

import re

# What may stand before the subject instrument's keyword: an opening set off by a comma ("In its
# preamble", "Moreover", "In paragraph 4"), a determiner, the issuer's name ("General Assembly",
# "Economic and Social Council"), or the keyword itself (a template's number starting after it)
OPENING_BEFORE_SUBJECT = (
    r"(?:(?:(?:Also\s+)?[Ii]n\s+(?:its|the)\s+(?:preamble|preambular\s+part|operative\s+part|annex)"
    r"|In\s+(?:operative\s+)?paragraphs?\s+\d{1,3}(?:\s+(?:and|to)\s+\d{1,3})?"
    r"|Also|Further(?:more)?|Moreover|In\s+addition|Likewise|Similarly|In\s+turn),\s+)?"
)
BEFORE_SUBJECT_INSTRUMENT = re.compile(
    "^" + OPENING_BEFORE_SUBJECT + r"(?:(?:Its|The|Their|its|the|their)\s+)?(?:(?:[Rr]esolution|[Dd]ecision)\s+)?$"
)
# ... the same, with the issuer's name before the keyword
_BEFORE_NAMED_SUBJECT = re.compile(
    "^" + OPENING_BEFORE_SUBJECT + r"(?:(?:The|the)\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:and|of|for|on|the|[A-Z][\w'’-]*)){0,8}\s+)?$"
)
# after the subject: where and when it was adopted, set off by commas, a citing verb, the cited
# keyword right after it
_CITES_RIGHT_AFTER = re.compile(
    r"(?:\s*,\s*[^;,]{0,120},)?\s+(?:also\s+|further\s+)?"
    r"(?:recalls|recalled|reaffirms|reaffirmed|refers\s+to|referred\s+to|cites|cited|takes\s+into\s+account|took\s+into\s+account)"
    r"\s+(?:also\s+)?$"
)


def cited_by_subject_instrument(text: str, subject_keyword: int, subject_end: int, cited_keyword: int) -> bool:
    """Does the sentence open on an instrument (keyword at ``subject_keyword``, number ending at
    ``subject_end``) whose citing verb is followed right away by the keyword at ``cited_keyword``?"""
    if cited_keyword <= subject_end or cited_keyword - subject_end > 160:
        return False
    if _CITES_RIGHT_AFTER.match(text, subject_end, cited_keyword) is None:
        return False
    return _BEFORE_NAMED_SUBJECT.match(text, 0, subject_keyword) is not None


# "In its preamble, the Commission recalled ...", "In the same resolution, the Council also
# reaffirmed ...", "In the preamble of that decision, the Board referred to ...": a part of the
# instrument the text was just about, then its issuer as the subject of a citing verb in the past
# or present
_PART_THEN_ISSUER_RECALLS = re.compile(
    r"^(?:(?:Also|Further(?:more)?|Moreover|In\s+addition),?\s+)?"
    r"(?:In|By)\s+(?:its\s+preamble|the\s+preamble(?:\s+(?:of|to)\s+(?:the\s+same|(?:that|this)\s+same|that|this)\s+(?:resolution|decision))?"
    r"|(?:the\s+same|(?:that|this)\s+same|that|this)\s+(?:resolution|decision)|(?:operative\s+)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?)\s*,\s+"
    r"(?:the\s+)?(?P<subject>[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,8}?)\s+"
    r"(?:also\s+|further\s+|first\s+)?(?:recalls|recalled|reaffirms|reaffirmed|refers\s+to|referred\s+to|cites|cited|recalling)\b"
)


# "In resolution 58/9, the Council requested ... . The Council also recalled General Assembly
# resolution 75/314": the next sentence of the account, its subject the issuer, "also" or
# "further" saying it goes on listing the instrument's contents
_ISSUER_ALSO_RECALLS = re.compile(
    r"^(?:(?:Also|Further(?:more)?|Moreover|In\s+addition),?\s+)?[Tt]he\s+(?P<subject>[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,8}?)\s+"
    r"(?:also|further|moreover)\s+(?:recalled|reaffirmed|referred\s+to|cited)\b"
)


# "The Council recalled in paragraph 11 its resolution 70/21": a report walking a resolution
# paragraph by paragraph, the issuer the subject, the paragraph after the verb (E146)
_ISSUER_RECALLS_IN_PARAGRAPH = re.compile(
    r"^(?:(?:Also|Further(?:more)?|Moreover|In\s+addition),?\s+)?[Tt]he\s+(?P<subject>[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,8}?)\s+"
    r"(?:also\s+|further\s+)?(?:recalled|reaffirmed|referred\s+to|cited)\s*,?\s+in\s+(?:its\s+)?(?:operative\s+)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s*,?"
)


def issuer_recalls_in_paragraph(text: str) -> tuple[int, int] | None:
    """Where the subject of "The Council recalled in paragraph 11 ..." is (start, end) and where
    the paragraph's number ends, when the sentence opens so."""
    if " in paragraph" not in text and " in operative paragraph" not in text and " in its " not in text:
        return None
    m = _ISSUER_RECALLS_IN_PARAGRAPH.match(text)
    return (m.start("subject"), m.end()) if m is not None else None


def part_then_issuer_recalls(text: str) -> tuple[int, int] | None:
    """Where the subject of "In its preamble, the Commission recalled ..." is (start, end), when
    the sentence opens so; the verb after it cites what follows for the instrument named before."""
    if not text.startswith(("In ", "By ", "Also", "Further", "Moreover")):
        return None
    m = _PART_THEN_ISSUER_RECALLS.match(text)
    return (m.start("subject"), m.end()) if m is not None else None


def issuer_also_recalls(text: str) -> tuple[int, int] | None:
    """Where the subject of "The Council also recalled ..." is (start, end) and where the verb
    ends (as `part_then_issuer_recalls`); whose account it goes on with the caller says."""
    if " recalled" not in text and " reaffirmed" not in text and " referred" not in text and " cited" not in text:
        return None
    m = _ISSUER_ALSO_RECALLS.match(text)
    return (m.start("subject"), m.end()) if m is not None else None
