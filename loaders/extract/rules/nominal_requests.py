"""A request told as a noun, its addressee after "to" and its instrument named beside it: "The
request to the Secretary-General contained in resolution 77/12 was implemented", "Pursuant to the
request made by the Assembly to the Office of the High Commissioner in resolution 77/12, ...",
"In line with the request addressed to UNEP in decision 5/2, ...", "the invitation extended to UNEP
in resolution 77/12", "Resolution 77/12 contains a
request to the Secretary-General to submit a report", "includes a request for the Secretariat to ...".
The instrument asks the body as "requested the Secretary-General to" would say (an invitation
encourages it, as "invited" would).

Pure text functions: where each noun's addressee starts, and whether an instrument named after the
addressee (or as the sentence's subject before the noun) is the one that made the request."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mandate_graph.loaders.extract.patterns import CAPITALISED_NAME

# "request to", "requests made to", "the request made by the Assembly to", "request addressed to",
# "a request for ... to": the noun, then its addressee
# ("the invitation extended by the Assembly, in the same resolution, to the World Bank", "..., in
# resolution 88/227, to": the instrument set off between the agent and the addressee, E205)
_REQUEST_TO = re.compile(
    rf"\b(?P<noun>requests?|invitations?)\s+(?:(?:made|addressed|extended|directed)\s+(?:by\s+(?:the\s+)?{CAPITALISED_NAME}\s*)?)?"
    r"(?P<set_off>,\s*in\s+(?:(?:operative\s+)?paragraphs?\s+[\w()]+\s+of\s+)?(?:its\s+|their\s+|the\s+)?(?:same\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,5}(?:resolution|decision)\b[^,;()]{0,30},\s*)?"
    r"(?<=\s)(?:to|for)\s+(?=(?:the\s+)?[A-Z])"
)
# between the addressee and the instrument that made the request: "contained in", "made in",
# "set out in paragraph 5 of", "in its"
_THEN_INSTRUMENT = re.compile(
    r"\s*,?\s*(?:(?:as\s+)?(?:contained|made|set\s+out|included|expressed|formulated|reiterated)\s+)?"
    rf"(?:by\s+(?:the\s+)?{CAPITALISED_NAME}\s+)?"
    r"in\s+(?:(?:operative\s+)?paragraphs?\s+[\w()]+\s+of\s+)?(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w-]*\s+){0,5}$"
)
# "Resolution 77/12 contains a request to": the instrument the sentence opens on, a verb of holding
_HOLDS_A_REQUEST = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:also\s+)?(?:contains|contained|includes|included|makes|made|sets\s+out|set\s+out|carries|carried)\s+"
    r"(?:a|an|the|its)\s+(?:further\s+|new\s+|renewed\s+|specific\s+)?$"
)


def request_nouns(text: str) -> Iterator[tuple[int, int, str, tuple[int, int] | None]]:
    """(where the noun starts, where its addressee starts, the relation: "requests" for a request,
    "encourages" for an invitation, the span of the instrument set off before the addressee or None)
    of each request told as a noun."""
    if "request" not in text and "invitation" not in text:
        return
    for m in _REQUEST_TO.finditer(text):
        set_off = m.span("set_off") if m["set_off"] else None
        yield m.start(), m.end(), "encourages" if m["noun"].startswith("invitation") else "requests", set_off


# "the contribution of the Secretary-General requested by the Economic and Social Council in its
# resolution 2033/21", "the study by UNEP requested in paragraph 4 of decision 5/2": a piece of work
# of a body, then the instrument that asked for it; the body is the one asked (E205)
_WORK_OF = re.compile(
    r"\b(?:reports?|contributions?|stud(?:y|ies)|assessments?|analys[ie]s|updates?|inputs?|proposals?|options)\s+"
    r"(?:of|by|from)\s+(?=(?:the\s+)?[A-Z])"
)
_THEN_REQUESTED_IN = re.compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?requested\s+"
    rf"(?:by\s+(?:the\s+)?{CAPITALISED_NAME}\s+)?"
    r"in\s+(?:(?:operative\s+)?paragraphs?\s+[\w()]+\s+of\s+)?(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w-]*\s+){0,5}$"
)


def works_asked_for(text: str) -> Iterator[int]:
    """Where the body starts whose work ("the contribution of the Secretary-General") an instrument
    named after it asked for (`work_asked_in`)."""
    if "requested" not in text:
        return
    for m in _WORK_OF.finditer(text):
        yield m.end()


def work_asked_in(text: str, body_end: int, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` asked for the work of the
    body ending at ``body_end`` ("... of the Secretary-General requested by the Council in its")."""
    return keyword_start > body_end and _THEN_REQUESTED_IN.match(text[body_end:keyword_start]) is not None


def instrument_after(text: str, addressee_end: int, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` made the request whose
    addressee ends at ``addressee_end`` ("... to the Secretary-General contained in resolution")."""
    return keyword_start > addressee_end and _THEN_INSTRUMENT.match(text[addressee_end:keyword_start]) is not None


def instrument_holds(text: str, instrument_end: int, noun_start: int) -> bool:
    """Whether the instrument whose mention ends at ``instrument_end`` holds the request whose noun
    starts at ``noun_start`` ("Resolution 77/12 contains a request to ...")."""
    return instrument_end <= noun_start and _HOLDS_A_REQUEST.match(text[instrument_end:noun_start]) is not None


# "the request made by the General Assembly in resolution 77/12 that the Secretary-General report …",
# "the request contained in paragraph 5 of decision 15/4 that the Executive Secretary prepare …", "the
# Commission's request, in resolution 11/2, that …": the noun, then the instrument, then a "that" clause
# whose subject the instrument asks, its verb in the subjunctive (E192)
# (a treaty body's long name: "the Meeting of the Parties to the Convention on Coastal Wetlands")
_REQUESTER = r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for|the|to)){0,12}"
_REQUEST_THEN_IN = re.compile(
    rf"\brequests?\s*,?\s+(?:(?:of|by)\s+(?:the\s+)?{_REQUESTER}\s*,?\s+)?"
    r"(?:(?:as\s+)?(?:contained|made|set\s+out|included|expressed|formulated|reiterated)\s+)?"
    rf"(?:by\s+(?:the\s+)?{_REQUESTER}\s+)?"
    r"in\s+(?:(?:operative\s+)?paragraphs?\s+[\w()]+\s+of\s+)?(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w-]*\s+){0,5}$"
)
# after the instrument's number: its year in brackets, a comma, "that" and a name in capitals
_THEN_THAT = re.compile(r"(?:\s*\(\d{4}\))?\s*,?\s+(?=that\s+(?:the\s+)?[A-Z])")
# the clause's verb right after its subject: a bare verb ("report", "submit", "should prepare"), not
# the finite verb of a relative clause ("the request in resolution 77/12 that the Secretary-General
# answered", "… that UNEP has met", "… that the Board reports on")
_SUBJUNCTIVE_AFTER = re.compile(
    r"\s*,?\s+(?:(?:also|further|continue\s+to|should|shall)\s+)?"
    r"(?!(?:is|was|are|were|has|had|have|will|would|did|does|be|and|or|of|on|in|for|with|at|to)\b)(?![a-z]*ed\b)(?![a-z]*[^s]s\b)[a-z]{3,}\b"
)


def that_clause_of_request(text: str, keyword_start: int, instrument_end: int) -> int | None:
    """Where " that" starts after the instrument spanning ``keyword_start``–``instrument_end`` (its
    issuer's name after "of" included) when the
    instrument is named right after a request's noun ("the request made by the Assembly in resolution
    77/12 that the Secretary-General report …"); None otherwise."""
    if "request" not in text[max(0, keyword_start - 200) : keyword_start]:
        return None
    if _REQUEST_THEN_IN.search(text, max(0, keyword_start - 200), keyword_start) is None:
        return None
    that = _THEN_THAT.match(text, instrument_end)
    return that.end() - 1 if that is not None else None


def subjunctive_after(text: str, subject_end: int) -> bool:
    """Whether the "that" clause's subject ending at ``subject_end`` is followed by a bare verb."""
    return _SUBJUNCTIVE_AFTER.match(text, subject_end) is not None
