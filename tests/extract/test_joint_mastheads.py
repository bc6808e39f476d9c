"""A joint note of two conferences as raw pdftotext gives it: the logo's words a line each
above the symbol ("UNITED" / "NATIONS" / "XC"), two symbols joined by a hyphen, and two
mastheads stacked, each body's name broken over short lines, then its meeting and where it
met. And a sentence that says which body adopted which decision at which meeting.

Bodies and texts are invented (tests/extract/test_prefixed_numbers.py's conferences).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange
from tests.extract.test_prefixed_numbers import BODIES
from tests.support.extraction import facts


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _note(logo: str, sentence: str) -> str:
    return (
        f"{logo}XYL/COP.17/INF/3-YAR/COP.12/INF/9\nDistr.: General\n16 June 2031\nEnglish only\n"
        "Conference of the Parties to the\nXylo Convention\nSeventeenth meeting\nNairobi, 2–6 May 2031\n"
        "Conference of the Parties to the\nYarrow Convention\nTwelfth meeting\nBonn, 9–13 May 2031\n"
        "Decisions of joint interest\nNote by the Secretariat\n"
        f"1. {sentence}\n"
        "2. The present note has not been formally edited.\n"
    )


ADOPTED = (
    "The annex sets out decisions XC-17/4 and YC-12/3, adopted by the Conference of the Parties to the Xylo "
    "Convention at its seventeenth meeting and by the Conference of the Parties to the Yarrow Convention at "
    "its twelfth meeting."
)


@pytest.mark.parametrize("logo", ["", "UNITED\nNATIONS\nXC\n", "UNITED NATIONS\nXYL\n"])
def test_the_symbol_below_a_logo_is_the_documents(registry: BodyRegistry, logo: str) -> None:
    extraction = extract(_note(logo, ADOPTED), source_key="note", registry=registry)
    assert extraction.document.ref.symbols == ("XYL/COP.17/INF/3", "YAR/COP.12/INF/9")


def test_each_stacked_masthead_gives_its_own_bodys_meeting(registry: BodyRegistry) -> None:
    text = _note("UNITED\nNATIONS\n", ADOPTED)
    xylo, yarrow = GatheringRef("cop-xylo", "meeting", 17), GatheringRef("cop-yarrow", "meeting", 12)
    assert facts(text, registry, "heldIn") == {(xylo, "Nairobi"), (yarrow, "Bonn")}
    assert facts(text, registry, "heldOn") == {
        (xylo, DateRange(dt.date(2031, 5, 2), dt.date(2031, 5, 6))),
        (yarrow, DateRange(dt.date(2031, 5, 9), dt.date(2031, 5, 13))),
    }
    assert (GatheringRef("cop-xylo", "meeting", 12), BodyRef("cop-xylo")) not in facts(text, registry, "meetingOf")


def test_each_decision_was_adopted_at_its_own_issuers_meeting(registry: BodyRegistry) -> None:
    text = _note("", ADOPTED)
    assert facts(text, registry, "adoptedAt") == {
        (InstrumentRef("cop-xylo", "decision", "17", "4"), GatheringRef("cop-xylo", "meeting", 17)),
        (InstrumentRef("cop-yarrow", "decision", "12", "3"), GatheringRef("cop-yarrow", "meeting", 12)),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # the meeting of another body than the decision's issuer
        "The annex sets out decision XC-17/4, adopted by the Conference of the Parties to the Xylo Convention "
        "at the twelfth meeting of the Conference of the Parties to the Yarrow Convention.",
        # considered, not adopted
        "Decision XC-17/4 was considered by the Conference of the Parties to the Xylo Convention at its "
        "seventeenth meeting.",
    ],
)
def test_no_adoption_without_the_issuers_own_meeting_named(registry: BodyRegistry, sentence: str) -> None:
    assert facts(_note("", sentence), registry, "adoptedAt") == set()


def test_a_number_naming_another_meeting_was_not_adopted_at_this_one(registry: BodyRegistry) -> None:
    sentence = (
        "The annex recalls decision XC-16/2 and decision XC-17/4, adopted by the Conference of the Parties "
        "to the Xylo Convention at its seventeenth meeting."
    )
    assert facts(_note("", sentence), registry, "adoptedAt") == {
        (InstrumentRef("cop-xylo", "decision", "17", "4"), GatheringRef("cop-xylo", "meeting", 17)),
    }
