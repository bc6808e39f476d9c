"""The gathering of a treaty's parties named through the parties: "the thirtieth meeting of States
parties to the Convention", "the 12th Meeting of the Parties". "States parties to the Convention"
is a group (shipped as an addressee: it holds no sessions), and the meeting it holds is a body of
its own in the reference data, named "Meeting of the States Parties to the International
Convention on ..." with the gathering term "meeting". The Nth meeting of the group is the Nth
gathering of the one body so named, among the bodies the document may mean (its organisation is
shown: `BodyMatcher.unevidenced`)."""

from __future__ import annotations

import re
from typing import Iterable

from mandate_graph.graph.reference import BodyRegistry

# "States parties to the Convention" -> ("states parties", "convention"): who meets, and the kind
# of treaty named after "to" (or None).
_GROUP = re.compile(
    r"^(?:the\s+|all\s+)?(?P<who>(?:states\s+|contracting\s+)?part(?:y|ies))(?:\s+to\s+(?:the\s+)?(?:.*\s)?(?P<kind>convention|protocol|agreement|treaty)\b.*)?$"
)

_TREATY = re.compile(r"\bto\b.*?\b(?P<kind>convention|protocol|agreement|treaty)\b")


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _fits(name: str, word: str, who: str, kind: str | None) -> bool:
    """Whether a body's ``name`` is "<Word> of (the) <who> to ... <kind> ..."."""
    name = _normal(name)
    head = f"{word} of "
    if not name.startswith(head):
        return False
    rest = name[len(head) :].removeprefix("the ")
    if not rest.startswith(who + " ") and rest != who:
        return False
    # the treaty is the first named after "to": "to the Optional Protocol to the Convention" is
    # the Protocol's
    treaty = _TREATY.search(rest)
    return kind is None or treaty is not None and treaty["kind"] == kind


def gathering_body_of_group(
    registry: BodyRegistry, written: str, word: str, set_aside: Iterable[str] = ()
) -> str | None:
    """The body whose ``word`` ("meeting", "session") the group ``written`` ("States parties to
    the Convention") holds: the one body not ``set_aside`` named "<Word> of the <group> to ...",
    holding gatherings called ``word``; None when none is, or several are."""
    group = _GROUP.match(_normal(written))
    if group is None:
        return None
    aside = set(set_aside)
    found = {
        body.key for body in registry
        if body.gathering_term == word and body.key not in aside
        and any(_fits(name, word, group["who"], group["kind"]) for name in body.names)
    }
    return found.pop() if len(found) == 1 else None
