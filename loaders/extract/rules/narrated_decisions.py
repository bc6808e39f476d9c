"""A session report that recounts its body's decisions instead of printing their texts: "The
Committee adopted four decisions at its thirtieth session. They are summarized below", then a heading
for each, "Decision 30/1. Working group on follow-up" (the kind, the number, a stop or a colon and
the title), over prose that tells it ("In decision 30/1, adopted on 18 March 2031, the Committee
...").

The heading gives the decision's title when the paragraph below it goes on to tell that same
decision (a heading over other prose may be a section about the decision, not its title); the
sentence announcing the decisions gives the session each was adopted at."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.ordinals import ORDINAL

# "Decision 30/1. Working group on follow-up to urgent actions", "Resolution 12/4: Title"
_KIND_NUMBER_TITLE = re.compile(
    r"^(?P<kind>Resolution|Decision)\s+(?P<session>\d{1,3}|(?:19|20)\d\d)/(?P<number>\d{1,3})\s*[.:]\s+(?P<title>[A-Z“\"][^\n]{2,200}?)\.?$"
)
# "The Committee adopted four decisions at its thirtieth session", "adopted the following
# resolutions at its twelfth session", "adopted 12 decisions during its 221st session"
_COUNT = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the\s+following|several|a\s+number\s+of)"
ADOPTED_AT_ITS = re.compile(
    rf"\badopted\s+(?:a\s+total\s+of\s+)?{_COUNT}\s+(?P<kind>decisions|resolutions)\s+(?:at|during)\s+its\s+(?P<ord>{ORDINAL})\s+session\b",
    re.IGNORECASE,
)


def narrated_heading(heading: str, below: str) -> tuple[str, str, str, str] | None:
    """(kind, session, number, title) of a heading "Decision 30/1. Title" whose next paragraph's
    first sentence names that same decision ("In decision 30/1, ...", "By decision 30/1, ...")."""
    found = _KIND_NUMBER_TITLE.match(heading.strip())
    if found is None:
        return None
    kind = found["kind"].lower()
    # ("In decision 30/1, ...", "By decision 30/1, ...": the same number, told at the paragraph's head)
    opening = " ".join(below[:120].lower().split())
    told = f"{kind} {found['session']}/{found['number']}"
    at = opening.find(told)
    if at < 0 or opening[at + len(told) : at + len(told) + 1].isdigit():
        return None
    return kind, found["session"], found["number"], found["title"].strip()


# "Decision 162/1" alone over the prose that tells it: a web page's section heading, no title
_KIND_NUMBER_ALONE = re.compile(r"^(?P<kind>Resolution|Decision)\s+(?P<session>\d{1,3}|(?:19|20)\d\d)/(?P<number>\d{1,3})\.?$")
# the paragraph below opens by naming it: "In decision 162/1, ...", "By decision 162/1, the ...",
# "Decision 162/2 recalls ...", "By the same decision" does not
_TOLD_AT_THE_HEAD = re.compile(r"^(?:(?:in|by|under|through)\s+)?(?:its\s+)?(?P<told>(?:resolution|decision)\s+\S+?)[,\s]")


def heading_alone(heading: str, below: str) -> tuple[str, str, str] | None:
    """(kind, session, number) of a heading "Decision 12/1" with no title, whose next paragraph
    opens by naming that same decision ("In decision 12/1, the Committee ...", "Decision 12/1
    recalls ..."): the paragraphs under it tell that decision."""
    found = _KIND_NUMBER_ALONE.match(heading.strip())
    if found is None:
        return None
    kind = found["kind"].lower()
    told = _TOLD_AT_THE_HEAD.match(" ".join(below[:80].lower().split()))
    if told is None or told["told"] != f"{kind} {found['session']}/{found['number']}":
        return None
    return kind, found["session"], found["number"]


# "C. Article 10 (decision NP-7/5)", "Capacity-building (decision 12/4)": a section heading that
# names its decision in a closing bracket, the kind in lower case, the number in any convention
_BRACKETED_AT_THE_END = re.compile(r"\((?P<told>(?:decision|resolution)\s+[^\s()]{2,30}?)\)\s*\.?$", re.IGNORECASE)


def bracketed_heading(heading: str, below: str) -> str | None:
    """The instrument ("decision NP-7/5", lower case) a section heading names in a bracket at its
    end, when the paragraph below opens by naming that same instrument ("In decision NP-7/5 the
    Parties decided ..."): the paragraphs under it tell that instrument (E105). No title: the
    heading's words name the section's subject, not the instrument's title."""
    found = _BRACKETED_AT_THE_END.search(heading.strip())
    if found is None:
        return None
    told = " ".join(found["told"].lower().split())
    head = _TOLD_AT_THE_HEAD.match(" ".join(below[:80].lower().split()))
    return told if head is not None and head["told"] == told else None


def names_in_closing_bracket(heading: str) -> bool:
    """Whether a heading ends on "(decision X)" / "(resolution X)"."""
    return _BRACKETED_AT_THE_END.search(heading.strip()) is not None
