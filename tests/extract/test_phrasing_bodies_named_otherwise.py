"""The document's own body named otherwise once the document has said which body it is: "the
Meeting" (of the Parties to the Convention on ...), "the Conference" (of the Parties), "the
Forum", "the Board"; and "the secretariat" of a treaty's document being the treaty's own, where
another organisation's secretariat is named so in full. The bodies are invented treaty bodies
described as reference files usually describe them (tests/data/phrasing_treaty.ttl), with the
shipped reference data (whose UNTOC Conference is short-named "Conference")."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, key

TREATY = Path(__file__).resolve().parents[1] / "data" / "phrasing_treaty.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [TREATY])


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def note(symbol: str, body: str, session: str, place: str, paragraph: str) -> str:
    """A note by the secretariat for the body's fifth meeting or session."""
    return (
        f"United Nations {symbol}\n\nDistr.: General\n2 March 2032\n\nOriginal: English\n\n"
        f"{body}\n{session}\n{place}\n\nItem 4 of the provisional agenda\n\nCompliance\n\n"
        f"Note by the secretariat\n\n1. {paragraph}\n"
    )


MOP = ("CW/MOP.5/4", "Meeting of the Parties to the Convention on Coastal Wetlands", "Fifth meeting", "Geneva, 21–23 June 2032")
COP = ("RS/COP.5/4", "Conference of the Parties to the Convention on Reef Sanctuaries", "Fifth meeting", "Nairobi, 21–23 June 2032")
FORUM = ("CW/RF/2032/4", "Regional Forum on Coastal Wetlands", "Fifth session", "Bangkok, 21–23 June 2032")
BOARD = ("CWF/EB/2032/4", "Executive Board of the Coastal Wetlands Fund", "Fifth session", "Bonn, 21–23 June 2032")

CASES = [
    (MOP, "The Meeting of the Parties, in its decision 4/2, requested the secretariat to prepare a study.",
     "requests", ("cw-mop/dec/4/2", "cw-mop/secretariat")),
    (MOP, "The Meeting, in its decision 4/2, requested the secretariat to prepare a study.",
     "requests", ("cw-mop/dec/4/2", "cw-mop/secretariat")),
    (MOP, "The Meeting will have before it the report of the Implementation Committee (CW/MOP.5/5).",
     "submittedTo", ("CW/MOP.5/5", "cw-mop#5")),
    (MOP, "In its decision 4/2, the Meeting requested the Implementation Committee to report to the Meeting at its sixth meeting.",
     "meetingOf", ("cw-mop#6", "cw-mop")),
    (COP, "The Conference, by its decision 4/2, requested the secretariat to prepare a study.",
     "requests", ("rs-cop/dec/4/2", "rs-cop/secretariat")),
    (COP, "The Conference will have before it the note by the secretariat (RS/COP.5/5).",
     "submittedTo", ("RS/COP.5/5", "rs-cop#5")),
    (FORUM, "The Forum will have before it the report of the Chair (CW/RF/2032/5).",
     "submittedTo", ("CW/RF/2032/5", "wetland-forum#5")),
    (FORUM, "The Forum, in its decision 4/2, requested the Chair to prepare a study.",
     "mentions", ("CW/RF/2032/4", "wetland-forum/dec/4/2")),
    (BOARD, "The Board will have before it the report of the Executive Director (CWF/EB/2032/5).",
     "submittedTo", ("CWF/EB/2032/5", "wetland-fund-board#5")),
]


@pytest.mark.parametrize("document, paragraph, relation, fact", CASES)
def test_own_body_named_otherwise(document: tuple[str, str, str, str], paragraph: str, relation: str, fact: tuple[str, str]) -> None:
    assert fact in facts(note(*document, paragraph), relation)


def test_another_treatys_head_is_not_the_documents_body() -> None:
    # "the Meeting" in the Reef Sanctuaries Conference's note: that Conference's name has no "Meeting"
    text = note(*COP, "The Meeting, in its decision 4/2, requested the secretariat to prepare a study.")
    assert not {s for s, _ in facts(text, "requests") if s.startswith("cw-mop")}


@pytest.mark.parametrize("paragraph", [
    # another meeting's name that starts with the same word
    "The Meeting of Experts on Wetland Restoration will have before it the note by the secretariat (CW/MOP.5/5).",
    # the body's gathering, in lower case, is no name of the body
    "The report of the meeting of experts (CW/MOP.5/5) is available.",
])
def test_not_the_body(paragraph: str) -> None:
    assert ("CW/MOP.5/5", "cw-mop#5") not in facts(note(*MOP, paragraph), "submittedTo")


def test_an_instrument_in_a_documents_title_is_only_mentioned() -> None:
    text = note(*COP, "The Conference will have before it the report on the implementation of decision 4/2 (RS/COP.5/5).")
    assert ("RS/COP.5/4", "rs-cop/dec/4/2") in facts(text, "mentions")
    assert not {o for s, o in facts(text, "pursuantTo") if s == "RS/COP.5/5"}
