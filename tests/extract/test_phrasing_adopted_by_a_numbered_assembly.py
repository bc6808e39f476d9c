"""adoptedAt from "resolution WHA83.7 of 28 May 2030, entitled "...", adopted by the Eighty-third
World Health Assembly": a session named by its ordinal before its body's name, right after
"adopted by the" that follows the instrument, its date or its title (`relate._ADOPTED_AFTER`).

Negative cases: a session of another number than the instrument's own (a resolution numbered by
session is adopted at that session only), and "adopted by the Commission" (a body, no session)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

FORMS = [
    "Document E/CN.21/2032/6 was prepared pursuant to paragraph 5 of World Coastal Congress resolution 2/7 of 28 May 2030, entitled \"Safer coasts\", adopted by the Second World Coastal Congress.",
    "Document E/CN.21/2032/6 responds to World Coastal Congress resolution 2/7, adopted by the Second World Coastal Congress, which requested the Commission to report.",
    "The Commission recalls World Coastal Congress resolution 2/7 of 3 June 2030 on safer coasts, adopted by the Second World Coastal Congress.",
]


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("sentence", FORMS)
def test_adopted_by_the_numbered_assembly(sentence: str) -> None:
    assert ("wcc/res/2/7", "wcc#2") in facts(note(sentence), "adoptedAt")


@pytest.mark.parametrize("sentence", [
    # another session than the number says
    "Document E/CN.21/2032/6 responds to World Coastal Congress resolution 3/7, adopted by the Second World Coastal Congress, which requested the Commission to report.",
    # a body, no session
    "Document E/CN.21/2032/6 responds to World Coastal Congress resolution 2/7, adopted by the Commission, which requested the Commission to report.",
])
def test_no_session_adopting(sentence: str) -> None:
    assert not facts(note(sentence), "adoptedAt")
