"""A session told with where, when and its report in a bracket after it: "Sessions of subsidiary
bodies held since the twelfth session (held in Geneva from 25 to 29 November 2030; report X)".
The bracket opening on "held in / at / on / from" dates and places the session (`relate._HELD`);
"; report X" inside it is the session's report (`relate._BRACKETED_REPORTS`) and no entry of a
list of documents (`relate.listed_for`). A bare "the Nth session" in a sentence about "subsidiary
bodies" is the session of the body whose document it is, not of the subsidiary the section names
most (`resolve._SUBSIDIARY_BODIES`).

Negative cases: a bracket with no "held" (a place and date only when the usual form), a "; report"
outside brackets, a subsidiary body's session named by its body."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

LINES = [
    "Sessions of subsidiary bodies held since the twelfth session (held in Geneva from 25 to 29 November 2030; report E/CN.21/2030/9)",
    "Meetings of the subsidiary bodies since the twelfth session (held at Geneva from 25 to 29 November 2030; report E/CN.21/2030/9):",
    "The subsidiary bodies met four times after the twelfth session (held in Geneva from 25 to 29 November 2030; reports E/CN.21/2030/9).",
]


def note(line: str, before: str = "") -> str:
    # a section that names the Committee most: its focus, which the bare session is not
    return NOTE + "1. The Committee on Coastal Data met twice. The Committee on Coastal Data adopted its report.\n\n" + before + line + "\n\n2. The schedule may change.\n"


@pytest.mark.parametrize("line", LINES)
def test_the_session_its_bracket_tells(line: str) -> None:
    text = note(line)
    assert ("ccr#12", "ccr") in facts(text, "meetingOf")
    assert ("ccr#12", "2030-11-25/2030-11-29") in facts(text, "heldOn")
    assert ("ccr#12", "Geneva") in facts(text, "heldIn")
    assert ("E/CN.21/2030/9", "ccr#12") in facts(text, "reportOf")
    assert not {f for f in facts(text, "meetingOf") if f[0] == "ccr/committee-on-data#12"}


def test_the_bracketed_report_is_no_listed_document() -> None:
    text = note(LINES[0], before="Documents before the session\n\n")
    assert ("E/CN.21/2030/9", "ccr#13") not in facts(text, "submittedTo")


@pytest.mark.parametrize("line", [
    # a report after a semicolon, no bracket
    "The Commission held its twelfth session in Geneva from 25 to 29 November 2030; report E/CN.21/2030/9 was issued later.",
])
def test_no_report_outside_a_bracket(line: str) -> None:
    assert ("E/CN.21/2030/9", "ccr#12") not in facts(note(line), "reportOf")


def test_a_subsidiary_s_session_named_by_its_body() -> None:
    text = note("Sessions of subsidiary bodies since the fifth session of the Committee on Coastal Data (held in Bonn from 3 to 5 May 2031)")
    assert ("ccr/committee-on-data#5", "Bonn") in facts(text, "heldIn")
    assert ("ccr#5", "Bonn") not in facts(text, "heldIn")
