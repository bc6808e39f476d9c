"""A session named by the abbreviation the reference data gives its body, the number glued on
("CSW70", "UNEA7", "CCEXEC111"): the body's session of that number, where and when a sentence
says it is held. The body matcher finds no word "CSW" inside "CSW70"; the resolver took such a
session only when the document had defined the abbreviation or named the body in full
(`resolve.resolve_gatherings`). An abbreviation that one body alone carries as a name, a body
that holds sessions, is enough (E271).

Near misses: an abbreviation no body carries ("XYZ55"), a strain or a standard ("H5N1",
"ISO9001"), the abbreviation inside a symbol ("UNEP/EA.7/Res.2")."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


@pytest.mark.parametrize(
    ("sentence", "session", "town"),
    [
        ("CSW70 will be held in New York in March 2026.", "ecosoc/csw#70", "New York"),
        ("The Secretary-General noted that CSW71 would be held in New York.", "ecosoc/csw#71", "New York"),
        ("It is expected that UNEA7 will take place in Nairobi.", "unea#7", "Nairobi"),
        ("UNEA8 was held in Nairobi from 2 to 6 December 2030.", "unea#8", "Nairobi"),
    ],
)
def test_a_glued_abbreviation_of_a_known_body(sentence: str, session: str, town: str) -> None:
    body = session.split("#")[0]
    assert (session, body) in in_sg_report(sentence, "meetingOf")
    assert (session, town) in in_sg_report(sentence, "heldIn")


def test_the_dates_of_a_glued_session() -> None:
    assert ("unea#8", "2030-12-02/2030-12-06") in in_sg_report("UNEA8 was held in Nairobi from 2 to 6 December 2030.", "heldOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "XYZ55 will be held in Geneva in June 2031.",
        "The H5N1 strain was found in Geneva.",
        "The ISO9001 audit was held in Geneva.",
        "The resolution UNEP/EA.7/Res.2 was adopted in Nairobi.",
    ],
)
def test_no_session_of_an_unknown_or_embedded_abbreviation(sentence: str) -> None:
    assert not {s for s, _ in in_sg_report(sentence, "meetingOf", "heldIn") if not s.startswith("ga#")}


# "The Joint FAO/WHO Expert Committee on Food Additives (JECFA) would hold its 104th meeting in
# Geneva": a gathering in figures goes to the body named right before "would hold its"; the body
# named last is the abbreviation in brackets after the body's name (`resolve._BODY_HOLDS_ITS`)
@pytest.mark.parametrize(
    ("sentence", "session", "town"),
    [
        ("The Commission on the Status of Women (CSW) will hold its 71st session in New York.", "ecosoc/csw#71", "New York"),
        ("It was announced that the United Nations Environment Assembly (UNEA) would hold its 8th session in Nairobi.", "unea#8", "Nairobi"),
        ("The United Nations Environment Assembly (UNEA) held its 6th session in Nairobi.", "unea#6", "Nairobi"),
    ],
)
def test_would_hold_its_gathering_after_a_bracketed_abbreviation(sentence: str, session: str, town: str) -> None:
    assert (session, session.split("#")[0]) in in_sg_report(sentence, "meetingOf")
    assert (session, town) in in_sg_report(sentence, "heldIn")

