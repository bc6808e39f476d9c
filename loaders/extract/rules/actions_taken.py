"""The "action taken" narrative of a session's report: every report of a functional commission, a
governing body or a conference of the parties tells, chapter by chapter, how each draft before the
session was acted on, and where the text it became is printed:

    "The draft resolution was adopted without a vote and became resolution 12/3."
    "Draft resolution E/CN.21/2031/L.3 was adopted at the 5th meeting (resolution 12/3)."
    "The Commission adopted draft resolution E/CN.21/2031/L.3. For the final text, see chapter I,
     section B, resolution 12/3."
    "The Chair proposed that the Commission take note of the report. The Commission so decided (see
     chap. I, sect. C, decision 12/101)."

The instrument so pointed to was adopted at the session the report is of (the reader checks that it
is of the report's body and that its number may name that session). The sentence must say the
session acted ("adopted", "so decided", "so agreed", "became"); a draft withdrawn, rejected,
deferred, or on which no action was taken gives nothing.

The day the draft was adopted, told between the verb and the text it became, is that text's day
(E209): "The draft resolution (E/CN.21/2031/L.3) was adopted on 14 March 2031 as resolution 12/3",
"The draft decision, adopted by consensus on 3 May 2031, became decision 7/2", "Draft resolution X
was adopted on 14 March 2031 (see chap. I, sect. B, resolution 12/3)".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from mandate_graph.loaders.extract.dates import find_dates

# A chapter, section or annex of the report before the number: "chap. I, sect. B, ", "chapter I,
# section B, ", "annex I, "
_PLACE_IN_REPORT = r"(?:(?:chap(?:ter)?s?\.?|sect(?:ion)?s?\.?|part|annex)\s+[\w.]+\s*,\s*)*"
_KIND_AHEAD = r"(?=(?:resolution|decision)s?\s)"
# The session acted: adopted a draft, "so decided" on a proposal, the draft became a text.
_ACTED = re.compile(r"\b(?:adopted|so\s+(?:decided|agreed)|became)\b")
# ... or it did not: "was not adopted", "was withdrawn", "rejected", "no action was taken",
# "deferred (postponed) consideration of" (a draft's fate that is no adoption)
_NOT_ACTED = re.compile(
    r"\b(?:not\s+(?:been\s+)?adopted|withdr[ae]wn?|withdrew|reject(?:ed|ion)|no\s+action|defer(?:red)?|postponed?)\b",
    re.IGNORECASE,
)
# Where the report prints the text, in brackets: "(see chap. I, sect. B, resolution 12/3)",
# "(resolution 12/3)", "(for the text, see chapter I, section C, decision 12/101)"
_POINTER = re.compile(
    r"\(\s*(?:for\s+the\s+(?:final\s+|full\s+)?text\s*,?\s*)?(?:see\s+)?" + _PLACE_IN_REPORT + r"(?:as\s+)?" + _KIND_AHEAD,
    re.IGNORECASE,
)
# The number a draft took: "and became resolution 12/3", "which became decision 12/101", "has
# become", "was adopted by consensus as resolution 12/3", "adopted the draft, as orally revised, as
# decision 12/4" (not "as well as")
_BECAME = re.compile(
    r"(?:\b(?:became|has\s+become|becomes)|\badopted\b[^.;()]{0,80}?(?<!\bwell\s)\bas)\s+(?:its\s+)?" + _KIND_AHEAD
)
# "For the (final) text, see chapter I, section B, resolution 12/3." after the sentence of the adoption
_FOR_THE_TEXT = re.compile(
    r"^\(?\s*For\s+the\s+(?:final\s+|full\s+)?texts?(?:\s+as\s+adopted)?\s*,?\s+see\s+" + _PLACE_IN_REPORT + _KIND_AHEAD,
    re.IGNORECASE,
)
# The text itself the object of the verb, or the subject of its passive: "the Commission adopted
# resolution 12/3", "adopted, without a vote, decision 12/101", "Resolution 12/3 was adopted at the 5th
# meeting". No draft tells of it: it is a session's own only when its number names that session.
_ADOPTED_THE_TEXT = re.compile(
    r"\badopted\s*,?\s+(?:(?:without\s+a\s+vote|by\s+consensus|unanimously)\s*,?\s+)?(?:its\s+)?" + _KIND_AHEAD
)
_TEXT_WAS_ADOPTED = re.compile(r"^(?:Resolution|Decision)\s+\S+\s+(?:was|were)\s+adopted\b(?!\s+(?:by|at)\s+(?:the|its)\s+[\w-]+\s+session)")


def adopted_in_the_session(sentence: str, adoption_before: bool) -> list[tuple[int, bool]]:
    """(where the kind word of the instrument starts, whether its number must name the session) for
    each text a sentence of a session's report says the session adopted; ``adoption_before``: a
    sentence before it in the paragraph told an adoption ("For the final text, see ...")."""
    if "esolution" not in sentence and "ecision" not in sentence or _NOT_ACTED.search(sentence):
        return []
    text = sentence.strip()
    lead = len(sentence) - len(sentence.lstrip())
    found: list[tuple[int, bool]] = []
    if adoption_before and (told := _FOR_THE_TEXT.match(text)) is not None:
        found.append((lead + told.end(), False))
    acted = _ACTED.search(text)
    if acted is None:
        return found
    for m in _POINTER.finditer(text, acted.end()):
        found.append((lead + m.end(), False))
    for m in _BECAME.finditer(text, acted.start()):
        found.append((lead + m.end(), False))
    for m in _ADOPTED_THE_TEXT.finditer(text):
        found.append((lead + m.end(), True))
    if (was := _TEXT_WAS_ADOPTED.match(text)) is not None:
        found.append((lead + was.start(), True))
    return found


# "on 14 March 2031", "on Friday, 14 March 2031": the day of the verb before it
_ON_DAY = re.compile(r"\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$")


def days_drafts_were_adopted(sentence: str) -> Iterator[tuple[int, dt.date]]:
    """(where the kind word of the text starts, the day) for each text a draft became whose
    adoption the sentence dates between the verb and the text ("was adopted on 14 March 2031 as
    resolution 12/3"): one day after "on", no other date between."""
    if "dopted" not in sentence:
        return
    acted = _ACTED.search(sentence)
    if acted is None:
        return
    pointed = [m.end() for m in _BECAME.finditer(sentence, acted.start())]
    pointed += [m.end() for m in _POINTER.finditer(sentence, acted.end())]
    # (a draft not adopted gives nothing: asked only of a sentence pointing to a text, the cheaper test first)
    if not pointed or _NOT_ACTED.search(sentence):
        return
    for at in sorted(set(pointed)):
        told = find_dates(sentence[acted.start() : at])
        if len(told) != 1 or told[0].value.start != told[0].value.end:
            continue
        if _ON_DAY.search(sentence, acted.start(), acted.start() + told[0].start) is None:
            continue
        yield at, told[0].value.start
