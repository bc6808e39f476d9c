"""Clauses of an instrument told in short, as a slide's bullets or a briefing note print them
(E100, from the spent u124): the auxiliary left out or the duty put as "is to".

- "UNDP and UNIDO invited to share pilot project results", "The World Bank requested to submit
  ...": the bodies the clause opens with, a passive participle without "is"/"are", then "to" and
  a verb: the instrument asks them (as "are invited to" would);
- "Secretariat is to compile submissions by 1 August 2032", "The Panel is to report ...": a duty
  the instrument lays on the body the clause opens with, a request;
- "Establishment of an informal group on energy efficiency approved in paragraph (a)", "Creation
  of a task force on X agreed": the noun, the body described, then the participle: the
  instrument establishes it (as "Approves the establishment of an informal group ...").

Only where the clause opens with the bodies' names (capitalised words, "and", commas): "the
report invited to ..." or "Members of the group invited to" are no such clause."""

from __future__ import annotations

import re

# The clause's opening: names only (capitalised words or abbreviations, "of", "the", "and", commas)
_NAMES_ONLY = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’-]*(?:(?:\s+|,\s+|\s+and\s+(?:the\s+)?)(?:[A-Z(][\w'’()-]*|of|for|on|the|and)){0,14}\s+$"
)
_TO_A_VERB = re.compile(r"\s+to\s+(?=[a-z]{2,})")
# "Secretariat is to compile": the duty's "is to" right after the names
_DUTY = re.compile(r"(?:^|(?<=\s))(?:is|are)\s+to\s+(?=[a-z]{2,}\b)(?!be\s)")


def participle_without_auxiliary(text: str, verb_start: int, verb_end: int) -> bool:
    """Whether the participle at ``verb_start``-``verb_end`` ("invited") follows the clause's
    opening names right away and "to" and a verb follow it."""
    return _TO_A_VERB.match(text, verb_end) is not None and _NAMES_ONLY.match(text[:verb_start]) is not None


# "are invited", "were also requested": a plural auxiliary after the clause's opening names
_PLURAL_AUXILIARY = re.compile(r"(?:are|were)\s+(?:also\s+|further\s+)?$")


def opened_by_names(text: str, verb_start: int) -> bool:
    """Whether the clause opens with names only, then a plural auxiliary, up to the participle at
    ``verb_start`` ("UNDP and UNIDO are invited"): each name is its subject."""
    auxiliary = _PLURAL_AUXILIARY.search(text, max(0, verb_start - 20), verb_start)
    return auxiliary is not None and " and " in text[: auxiliary.start()] and _NAMES_ONLY.match(text[: auxiliary.start()]) is not None


def duty(text: str) -> tuple[int, int] | None:
    """("is to" start, the task's start) of a clause "<names> is to <verb> ...", else None."""
    if " to " not in text:
        return None
    m = _DUTY.search(text, 0, 200)
    if m is None or _NAMES_ONLY.match(text[: m.start()]) is None:
        return None
    return m.start(), m.end()


# "Establishment of an ", "Creation of a ": the clause opens with the act's noun, the body after it
_ACT_NOUN = re.compile(r"^(?:The\s+)?(?:[Ee]stablishment|[Cc]reation|[Ss]etting\s+up)\s+of\s+(?=an?\s)")
# ... then the participle that approves it
_APPROVED_AFTER = re.compile(r"\s*,?\s+(?:(?:was|is|has\s+been)\s+)?(?:approved|agreed(?:\s+(?:up)?on)?|decided(?:\s+(?:up)?on)?|endorsed)\b")


def established_in_short(text: str) -> tuple[int, int] | None:
    """(where the body's description opens, where it ends) in "Establishment of an X approved ...",
    the participle right after the description; else None."""
    if "of a" not in text[:40]:
        return None
    m = _ACT_NOUN.match(text)
    if m is None:
        return None
    approved = _APPROVED_AFTER.search(text, m.end())
    return (m.end() - 1, approved.start()) if approved is not None else None
