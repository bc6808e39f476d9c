"""The body a clause names as the one whose gathering "its" is (E183): "At its twelfth session,
held in Geneva from 3 to 7 May 2031, the Expert Mechanism on Fisheries adopted its report", "During
its 110th session, the Working Group on X adopted ...", "The Advisory Board on Fisheries, at its
twelfth session, recommended ...", "... was adopted by the Panel on Tidal Rights at its third
meeting". Real documents name such bodies of other organizations all the time; where the reference
data knows none of them (nor did the text create it), the gathering is that stranger's, never the
document's own body's or its issuer's.

Only a name in capitals whose head is a kind of body ("Expert Mechanism", "Advisory Board on
Fisheries", "Committee on Fisheries"), of two capitalised words at least: a bare "the Board", "the
Panel", "the Assembly", "the Commission" may be a short name the data lacks for the document's own
body, and is read as before."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.rules.new_bodies import TITLE_KINDS

# a kind of body in capitals, and those no body is created as but many organizations have ("the
# Governing Council of X", "the Assembly of States Parties to Y", "the Conference of Z")
_HEAD = rf"(?:{TITLE_KINDS}|Council|Conference|Assembly|Bureau)"
# "Expert Mechanism on Fisheries", "Advisory Board of the Fisheries Agency", "International Panel on
# Tidal Rights": capitalised words up to the head, then small words and capitalised ones
_NAME = (
    rf"(?P<name>(?:[A-Z][\w-]*\s+)*?{_HEAD}\b"
    r"(?:\s+(?:(?:of|on|for|against|and|the|in|to)\s+)*[A-Z][\w-]*)*)"
)
# after the gathering and any clause set off by commas ("held in Geneva, Switzerland, from 3 to 7 May
# 2031"): ", (the) <name>" and the subject's verb or a clause set off after it (not "and": two
# subjects, whose "its" the words do not say)
_SUBJECT_AFTER = re.compile(
    rf",\s+(?:[Tt]he\s+)?{_NAME}(?=\s*,|\s+(?!(?:and|or|as)\b)[a-z])"
)
# "<name>, at its", "<name> during its", "by the <name> at its": the name right before
_NAME_THEN_AT = re.compile(rf"(?:^|\s)(?P<by>by\s+)?(?:[Tt]he\s+)?{_NAME}\s*,?\s+(?:[Aa]t|[Dd]uring)\s+(?:its|their)\s*$")
# the sentence or a clause opens on the name ("The Board", "1. The Board", "In 2031, the Board",
# "Notes that the Board", "...; the Board")
_OPENS_BEFORE = re.compile(r"(?:^\s*(?:\d{1,3}\.\s+)?(?:[A-Z][^,;:()]{0,100},\s+)?|(?:\b(?:that|whereas|while|when)|;)\s+)$")
# a clause opening on its gathering inside the sentence: "Notes that, at its ninth session,",
# "...; during its ninth session" (the sentence's own opening is `resolve._AT_ITS`)
_CLAUSE_OPENS_AT_ITS = re.compile(r"(?:\bthat\s*,?|;)\s+(?:[Aa]t|[Dd]uring)\s+(?:its|their)\s*$")
# the capitalised words of a name (the small words between them not counted)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w-]*")


def subject_after_opening(text: str, end: int) -> tuple[int, int] | None:
    """Where the subject named after an opening "At/During its Nth session" (ending at ``end``) is,
    when it is a body's name in capitals; None where the clause's subject is no such name."""
    stop = len(text)
    for mark in (";", ":"):
        found = text.find(mark, end)
        if found >= 0:
            stop = min(stop, found)
    subject = _SUBJECT_AFTER.search(text, end, stop)
    if subject is None or not _named(subject["name"]):
        return None
    return subject.start("name"), subject.end("name")


def name_right_before(text: str, its_end: int) -> tuple[int, int] | None:
    """Where the body's name right before "(,) at/during its" (``its_end``: where "its" ends) is,
    when it is the sentence's subject ("The Advisory Board on Fisheries, at its twelfth session,
    recommended") or the agent of a passive ("adopted by the Panel on Tidal Rights at its third
    meeting")."""
    before = _NAME_THEN_AT.search(text, max(0, its_end - 200), its_end)
    if before is None or not _named(before["name"]):
        return None
    start = before.start("name")
    opening = text[: start].removesuffix("the ").removesuffix("The ")
    if before["by"] is None and _OPENS_BEFORE.search(opening) is None:
        return None
    return start, before.end("name")


def _named(name: str) -> bool:
    """A name, not the kind's word alone ("Board", "Committee")."""
    return len(_CAPITALISED_WORD.findall(name)) >= 2


def clause_opens_at_its(text: str, its_end: int) -> bool:
    """Whether "at/during its" (ending at ``its_end``) opens a clause after "that" or a semicolon."""
    return _CLAUSE_OPENS_AT_ITS.search(text, max(0, its_end - 30), its_end) is not None
