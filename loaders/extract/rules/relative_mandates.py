"""A mandate told in a relative clause on the instrument that gave it: "prepared in accordance
with resolution EUR/RC78/R2, which requested the Regional Director to present a framework",
"Recalling its resolution 11/2, which invited Member States to ...". The instrument named right
before ", which" asked the body named right after the verb."""

from __future__ import annotations

import re

# ", which requested the", ", which also invited": the verb right after the instrument's number;
# its date may come between, and the clause may tell it in the pluperfect ("decision B.35/09 of 14
# July 2030, which had also requested the Secretariat", E106)
_WHICH_VERB = re.compile(
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*(?:\([^()]{1,40}\))?,\s+which\s+(?:had\s+|has\s+)?(?:also\s+|further\s+)?(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked)\s+(?:the\s+)?"
)


def verb_after(text: str, instrument_end: int) -> re.Match[str] | None:
    """The relative clause's verb right after an instrument mention ending at ``instrument_end``."""
    if ", which " not in text[instrument_end : instrument_end + 60]:
        return None
    return _WHICH_VERB.match(text, instrument_end)


# ", which recalls decision CD/2412", ", which also reaffirmed General Assembly resolution 68/268":
# the instrument before ", which" cites what the clause's verb names right after it (its issuer's
# name or "its" may stand before the kind word); its date may come between
_WHICH_CITES = re.compile(
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*(?:\([^()]{1,40}\))?,\s+(?:which|that)\s+(?:also\s+|further\s+)?"
    r"(?P<verb>recall(?:s|ed)|reaffirm(?:s|ed)|refer(?:s|red)\s+to|buil(?:ds|t)\s+on|follow(?:s|ed)\s+up\s+on|supersed(?:es|ed))\s+"
    r"(?:(?:its|their|the)\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|and|on|the|for)\s+)*){0,7}$"
)


def citing_clause_verb(text: str, instrument_end: int, cited_keyword_start: int) -> str | None:
    """The verb of ", which recalls ..." between an instrument mention ending at
    ``instrument_end`` and a cited instrument's kind word at ``cited_keyword_start``, if the
    relative clause cites it."""
    if cited_keyword_start <= instrument_end or cited_keyword_start - instrument_end > 140:
        return None
    if "which" not in text[instrument_end:cited_keyword_start] and "that" not in text[instrument_end:cited_keyword_start]:
        return None
    m = _WHICH_CITES.fullmatch(text, instrument_end, cited_keyword_start)
    return " ".join(m["verb"].split()) if m is not None else None
