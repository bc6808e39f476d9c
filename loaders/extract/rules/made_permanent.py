"""A body made permanent, told in a relative clause whose verb "made" takes the body and the
standing it gives (E153):

- "carry out that work itself, as the permanent subsidiary organ that the Assembly made it by
  resolution 51/211 A": "it" is the body the clause speaks of, "the permanent ... organ" what the
  instrument made it;
- "the Committee on Conferences, which the Assembly made a permanent subsidiary organ by its
  resolution 51/211 A": the body named right before the relative clause.

The instrument follows "by" (or "in", "through", "under") right after. A body "made" anything
else ("made it responsible for", "made a recommendation") is no constant element. Pure functions
of a sentence's text; the reader decides which bodies and instruments the words mean."""

from __future__ import annotations

import re
from dataclasses import dataclass

_STANDING_BODY = (
    r"(?:permanent|standing)\s+(?:(?!(?:of|for|to|and|in|on|that|which)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:body|organ|committee|subcommittee|group|mechanism|panel|forum|element|office|unit|network|commission|council)"
)
_SUBJECT = r"(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?){1,8}(?:later\s+|subsequently\s+|then\s+)?(?:had\s+|has\s+)?"
_BY = r"\s+(?=(?:by|in|through|under)\s)"
# "the permanent subsidiary organ that the Assembly made it by"
_MADE_IT = re.compile(rf"\bthe\s+{_STANDING_BODY}\s+(?:that|which)\s+{_SUBJECT}made\s+(?:it|them){_BY}")
# ", which the Assembly made a permanent subsidiary organ by"
_WHICH_MADE = re.compile(rf",\s+which\s+{_SUBJECT}made\s+(?:it\s+)?(?:into\s+)?an?\s+{_STANDING_BODY}{_BY}")


@dataclass(frozen=True)
class MadePermanent:
    start: int  # where the words begin
    instrument_from: int  # where "by ..." begins: the instrument is named right after
    pronoun: bool  # "made it": the body is the one the clause speaks of; else the name before ", which"


def made_permanent(text: str) -> list[MadePermanent]:
    """Each place the sentence says an instrument made a body permanent in a relative clause."""
    if "made" not in text or ("permanent" not in text and "standing" not in text):
        return []
    found = [MadePermanent(m.start(), m.end(), True) for m in _MADE_IT.finditer(text)]
    found += [MadePermanent(m.start(), m.end(), False) for m in _WHICH_MADE.finditer(text)]
    return sorted(found, key=lambda f: f.start)


# "decided to make the Working Group on X a permanent subsidiary body of the Commission", "Decides to
# make the expert group a standing body", "decided to make the mechanism permanent": the verb "make",
# its object (a body's name), then the standing it is given (E197). The standing's words are what
# the reader takes for the act (`Reader.constant_elements`), the object the body made permanent.
# Not a thing weighed: "to consider whether to make X permanent", "the possibility of making", "a
# proposal to make", "options for making".
_MAKE_THEN_OBJECT = re.compile(r"\bmak(?:e|es|ing)\s+")
# the object: a name in capitals (its abbreviation in brackets), or a kind word in lower case
_NAME_WORD = r"(?:[A-Z][\w'’-]*|\([A-Z][\w-]{1,12}\))"
_THEN_STANDING = re.compile(
    rf"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?:{_NAME_WORD}(?:\s+(?:(?:of|on|for|and|the|to|in)\s+)*{_NAME_WORD})*|(?:group|body|committee|mechanism|panel|forum|subcommittee|network|team|task\s+force))"
    rf"\s+(?P<standing>an?\s+{_STANDING_BODY}|permanent\b(?!\s+(?:members?|representatives?|missions?|observers?|secretariat)\b))"
)
_WEIGHED_BEFORE = re.compile(
    r"\b(?:whether|how|possibility|possibilities|feasibility|options?|proposals?|proposed|suggest(?:ed|ion|s)?|recommend(?:ed|s|ation)?|consider(?:ed|s|ing)?|study|review|explore|exploring|examine|examining)"
    r"\s+(?:(?:or\s+not|of|for|to|on)\s+)?(?:to\s+)?$"
)


def made_into_standing(text: str) -> list[tuple[int, int]]:
    """Where the words of standing start and end after "make <body>" in the sentence."""
    if "mak" not in text or ("permanent" not in text and "standing" not in text):
        return []
    found = []
    for verb in _MAKE_THEN_OBJECT.finditer(text):
        if _WEIGHED_BEFORE.search(text, max(0, verb.start() - 40), verb.start()):
            continue
        standing = _THEN_STANDING.match(text, verb.end())
        if standing is not None:
            found.append(standing.span("standing"))
    return found
