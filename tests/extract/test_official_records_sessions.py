"""The session in an Official Records citation: "*Official Records of the General Assembly,
Eighty-sixth Session, Supplement No. 17* (A/86/17)" names the volume of a body's records, no
gathering the text speaks of, and never the author's own session, as a bare "Eighty-sixth
Session" would otherwise be read (`resolve._official_records_body`).

Negative cases: a session named by its body in the usual way ("the eighty-sixth session of the
General Assembly") is read as before, in a note and beside a citation."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

CITATIONS = [
    "See Official Records of the General Assembly, Eighty-sixth Session, Supplement No. 17 (A/86/17), paras. 201–212.",
    "*Official Records of the Economic and Social Council, Fifty-second Session, Supplement No. 7* (E/2031/27).",
    "Official Records of the General Assembly, Eighty-sixth Session, Supplement No. 17 (A/86/17).",
]


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("citation", CITATIONS)
def test_no_session_of_anyone_in_the_citation(citation: str) -> None:
    found = facts(note(citation), "meetingOf")
    assert not {f for f in found if f[0] in ("ccr#86", "ccr#52", "ga#86", "ecosoc#52")}


def test_a_session_named_by_its_body() -> None:
    text = note("The report (A/86/17) will be before the eighty-sixth session of the General Assembly. " + CITATIONS[2])
    assert ("ga#86", "ga") in facts(text, "meetingOf")
