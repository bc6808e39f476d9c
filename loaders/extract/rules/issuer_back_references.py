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


def back_reference_before(text_before_verb: str) -> re.Match[str] | None:
    """The back reference that is the subject of the verb right after ``text_before_verb``."""
    if "resolution" not in text_before_verb and "decision" not in text_before_verb:
        return None  # cheap test first
    return _BACK_REFERENCE_AS_SUBJECT.search(text_before_verb)


def named_again_of(kind: str, issuer: str, named: Sequence[InstrumentRef]) -> list[InstrumentRef]:
    """The last of ``named`` (in the text's order) of ``kind`` that ``issuer`` issued."""
    of_issuer = [ref for ref in named if ref.kind == kind.lower() and ref.issuer == issuer]
    return of_issuer[-1:]
