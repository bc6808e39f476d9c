"""A note or a mail that lists a meeting's decisions one a line under "The Board adopted the
decisions below." (E95, from the spent u117): each entry ("B.17/1  Election of officers") was
adopted at the meeting its number carries and is titled by the rest of its line; an entry whose
title is a report's, its symbol in brackets, says which meeting the symbol reports on, and the
bracket is no title of the symbol."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.listed_below import adopted_below, entry_title

from .phrasing import BASE, REFERENCE, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u117.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE, SPENT])


def _facts(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="note", registry=registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


OPENING = 'From: "{who}" <sec@example.org>\nDate: Tue, 4 Mar 2031 10:00:00 +0000\nSubject: Outcome\n\nDear colleagues,\n\n'


@pytest.mark.parametrize(
    ("who", "told", "entries", "meeting", "titles"),
    [
        ("RFB secretariat", "The Board adopted the decisions below. The texts will follow.",
         "B.17/1  Election of officers\nB.17/2  Budget for 2032\n        (RFB/B.17/4)\nB.17/3  Gender policy\n",
         "rfb#17", {"rfb/dec/17/1": "Election of officers", "rfb/dec/17/2": "Budget for 2032", "rfb/dec/17/3": "Gender policy"}),
        ("WLC secretariat", "At the close, the Council took the following decisions.",
         "- C.9/4 Wetland inventory guidelines\n- C.9/5 Work programme 2032-2033\n",
         "wlc#9", {"wlc/dec/9/4": "Wetland inventory guidelines", "wlc/dec/9/5": "Work programme 2032-2033"}),
        ("Secretariat of the Wetlands Loss Council", "The decisions listed below were adopted by the Council.",
         "C.12/1   Arrears\nC.12/2   Observers and partners\n",
         "wlc#12", {"wlc/dec/12/1": "Arrears", "wlc/dec/12/2": "Observers and partners"}),
    ],
)
def test_each_entry_is_adopted_at_its_meeting_and_titled(who: str, told: str, entries: str, meeting: str, titles: dict[str, str]) -> None:
    facts = _facts(OPENING.format(who=who) + told + "\n\n" + entries + "\nSome highlights follow.\n")
    for ref, title in titles.items():
        assert ("adoptedAt", ref, meeting) in facts
        assert ("title", ref, title) in facts


def test_the_list_ends_at_its_first_other_line() -> None:
    text = (
        OPENING.format(who="RFB secretariat") + "The Board adopted the decisions below.\n\n"
        "B.17/1  Election of officers\n\nSome highlights:\n\n"
        "- By decision B.16/3, the Board had asked the secretariat for a study.\n"
    )
    facts = _facts(text)
    assert ("adoptedAt", "rfb/dec/17/1", "rfb#17") in facts
    assert not any(f[0] == "adoptedAt" and f[1] == "rfb/dec/16/3" for f in facts)


def test_a_listed_report_says_which_meeting_its_symbol_reports_on() -> None:
    text = (
        OPENING.format(who="RFB secretariat") + "The Board adopted the decisions below.\n\n"
        "B.17/2  Report of the ninth meeting of the Audit and Risk Committee\n        (RFB/ARC.9/6)\n"
    )
    facts = _facts(text)
    assert ("reportOf", "RFB/ARC.9/6", "rfb/audit#9") in facts
    assert not any(f[0] == "title" and f[1] == "RFB/ARC.9/6" for f in facts)


def test_no_adopter_no_list() -> None:
    # the sentence names no body that adopts texts: the entries stay mentions
    facts = _facts(OPENING.format(who="Julia Morales") + "They adopted the decisions below.\n\nB.17/1  Election of officers\n")
    assert not any(f[0] == "adoptedAt" for f in facts)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Board adopted the decisions below.", "decision"),
        ("the Assembly adopted the following resolutions.", "resolution"),
        ("The decisions set out below have been adopted.", "decision"),
        ("The Board adopted the decisions listed hereunder.", "decision"),
        ("The Board adopted the following decisions: see below", None),
        ("The Board will discuss the decisions below.", None),
    ],
)
def test_sentences_that_tell_a_list_below(sentence: str, kind: str | None) -> None:
    assert adopted_below(sentence) == kind


@pytest.mark.parametrize(
    ("rest", "title"),
    [("  Election of officers", "Election of officers"), (" - Budget (WLC/9/4)", "Budget"), ("  the Board noted it.", None)],
)
def test_the_title_is_the_rest_of_the_line(rest: str, title: str | None) -> None:
    assert entry_title(rest) == title
