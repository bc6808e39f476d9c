"""An instrument named again by a back reference that says whose it is: "Noting that the
above-mentioned resolution of the Executive Committee had invited the Council to consider ...",
"that the said decision of the Board requested the secretariat to ...". The issuer named after
"of" picks, among the instruments the text named so far, the last of that kind and that issuer
(the resolutions cited in between, of other bodies, are not it); without "of", the instrument
named last (`back_references.named_again`). The back reference opens the sentence or a that-clause
and is the subject of the verb after it, told in the past or the present perfect."""

from __future__ import annotations

import re
from typing import Sequence

from mandate_graph.graph.model import InstrumentRef

_BACK_REFERENCE_AS_SUBJECT = re.compile(
    r"(?:^|\bthat\s+)(?P<back>(?:the\s+)?(?:above-mentioned|abovementioned|aforementioned|afore-mentioned|said|same|latter)"
    r"\s+(?P<kind>resolution|decision))"
    r"(?:\s+of\s+(?P<issuer>(?:the\s+)?[A-Z][^,;()]{2,80}?))?\s*,?\s*(?:(?:had|has)\s+)?(?:(?:also|further)\s+)?$",
    re.IGNORECASE,
)


# The longest a back reference with its issuer runs before its verb: only that much of the
# sentence is searched (a sentence of thousands of citations is searched once per verb)
_REACH = 200


def back_reference_before(text: str, verb_start: int) -> re.Match[str] | None:
    """The back reference that is the subject of the verb at ``verb_start`` in ``text``."""
    start = max(0, verb_start - _REACH)
    window = text[start:verb_start]
    if "resolution" not in window and "decision" not in window and "RESOLUTION" not in window and "DECISION" not in window:
        return None  # cheap test first
    # (searched in place, not in a slice: "^" is the sentence's start, "$" the verb's)
    return _BACK_REFERENCE_AS_SUBJECT.search(text, start, verb_start)


def named_again_of(kind: str, issuer: str, named: Sequence[InstrumentRef]) -> list[InstrumentRef]:
    """The last of ``named`` (in the text's order) of ``kind`` that ``issuer`` issued."""
    of_issuer = [ref for ref in named if ref.kind == kind.lower() and ref.issuer == issuer]
    return of_issuer[-1:]


# "Under the above-mentioned Assembly resolution, ...", "the same Council decision": a back reference
# naming its issuer between the determiner and the kind word (the issuer's name or short name, up
# to four capitalised words). Which instrument it is, `named_again_of` of that issuer: the
# instruments named in between, of other bodies, are not it.
_ISSUER_BETWEEN = re.compile(
    r"\b(?:the\s+)?(?:above-mentioned|abovementioned|aforementioned|afore-mentioned|said|same)\s+"
    r"(?P<issuer>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,3})\s+(?P<kind>resolution|decision)\b"
)


def issuer_named_between(text: str) -> re.Match[str] | None:
    """The first back reference of ``text`` that names its issuer before the kind word."""
    if "resolution" not in text and "decision" not in text:
        return None
    return _ISSUER_BETWEEN.search(text)
