"""A body's session named with one of its instruments as the instrument's author: "the Audit
Committee had been set up by the 49th Directing Council in resolution CD49.R2", "the
Seventy-eighth World Health Assembly, in resolution WHA78.4, had asked ...", "resolution CD62.R9,
by which the 62nd Directing Council had asked ...", "resolutions of the Seventy-eighth World
Health Assembly (Geneva, 19-27 May 2033) of interest to the Region, among them resolution
WHA78.11", "resolution CD49.R2 of the 49th Directing Council", "resolution CD65.R4, adopted by the
65th Directing Council on 29 September 2033" (the day after the session its adoption's, E266). The session adopted the instrument when the instrument's number carries its ordinal
(the reader checks the issuer and the ordinal); here only where the words say the session is the
instrument's author: next to it, with "in/by/through (its) resolution" between, or ", by/in which"
after the number, "of the <session>" or ", adopted by the <session>" after it, or "resolutions of
<session> ..., among them". Other words between ("the 62nd
Directing Council took note of resolution CD62.R9 and ...") say nothing."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.patterns import CAPITALISED_NAME

# "<session>, in resolution X", "<session> in its decision X", "<session>, by resolution X" (a number
# in the body's own shape begins after its keyword: the keyword is in the words between)
# ("At its seventy-seventh session, the Assembly, in resolution 77/12, requested": the subject set
# off between)
_SESSION_THEN_INSTRUMENT = re.compile(
    rf"\s*,?\s+(?:(?:the\s+)?{CAPITALISED_NAME}\s*,\s*)?(?:in|by|through|under)\s+(?:its\s+)?(?:(?:resolution|decision)\s+)?$"
)
# "X, by which the <session>", "X, in which the <session>"
# ("resolution CD49.R2 of the 49th Directing Council", "resolution CD65.R4, adopted by the 65th
# Directing Council on 29 September 2033": the session the instrument is of, or the participle of
# its adoption with the session as its agent, E266; "resolution WHA86.11 was adopted by the
# Eighty-sixth World Health Assembly on 30 May 2033": the same agent after a passive, G4 r22)
_INSTRUMENT_THEN_SESSION = re.compile(
    r"\s*,\s+(?:by|in|through|under)\s+which\s+(?:the\s+)?$|\s+of\s+(?:the\s+)?$"
    r"|\s*,?\s+(?:(?:was|had\s+been|has\s+been)\s+)?adopted\s+by\s+(?:the\s+)?$"
)
# "resolutions of the <session>", "the decisions adopted by the <session>"
_TEXTS_OF = re.compile(r"\b(?:resolutions|decisions)\s+(?:of|adopted\s+by|adopted\s+at)\s+(?:the\s+)?$")
# "(Geneva, 19-27 May 2033) of interest to the Region, among them resolution": a bracket, a short
# qualifier, then the one of them
_AMONG_THEM = re.compile(
    r"(?:\s*\([^()]{0,80}\))?[^.;()\d]{0,80}?,?\s+(?:among\s+(?:them|which)|including|in\s+particular|notably)\s+(?:the\s+)?(?:(?:resolution|decision)\s+)?$"
)

# "by resolution WHA88.11 of 25 May 2035, entitled “...”, the Eighty-eighth World Health Assembly
# had requested": the instrument in an opening phrase ("by", "in", "through", "under"), its day and
# quoted title set off after it, then the session as the clause's subject (E278)
_OPENING_BY_INSTRUMENT = re.compile(r"(?:^|,|\bthat|\bwhich)\s*(?:by|in|through|under)\s+(?:(?:resolution|decision)\s+)?$", re.IGNORECASE)
_DATED_TITLED_THEN_SUBJECT = re.compile(
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:\s*,\s+(?:entitled|titled|on)\s+[“\"][^”\"]{1,200}[”\"])?\s*,\s+(?:the\s+)?"
)


def named_with(text: str, session: tuple[int, int], instrument: tuple[int, int, int]) -> bool:
    """Whether the session at ``session`` (start, end) is named as the author of the instrument
    whose keyword, number and end are at ``instrument`` (keyword start, start, end)."""
    g_start, g_end = session
    keyword, _, end = instrument
    if g_end <= keyword:
        between = text[g_end:keyword]
        if _SESSION_THEN_INSTRUMENT.fullmatch(between):
            return True
        return _TEXTS_OF.search(text, max(0, g_start - 40), g_start) is not None and _AMONG_THEM.fullmatch(between) is not None
    if end <= g_start:
        return _INSTRUMENT_THEN_SESSION.fullmatch(text, end, g_start) is not None or (
            _DATED_TITLED_THEN_SUBJECT.fullmatch(text, end, g_start) is not None
            and _OPENING_BY_INSTRUMENT.search(text, max(0, keyword - 24), keyword) is not None
        )
    return False
