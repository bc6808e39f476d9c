""""The Working Group held its third meeting in Bonn ...; the report on that meeting is contained in
document X": the report is that of the one meeting the sentence said was held before the phrase
(`relate._ITS_REPORT_IS_IN`, `relate.reports`), not of the meeting the note is for."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

WG = "ccr/wg-early-warning"
CD = "ccr/committee-on-data"


@pytest.mark.parametrize("sentence, symbol, meeting", [
    ("The Working Group on Early Warning Systems held its third meeting in Bonn from 2 to 4 May 2031; the report on that"
     " meeting is contained in document E/CN.21/WG.1/2031/2.", "E/CN.21/WG.1/2031/2", f"{WG}#3"),
    ("The Committee on Coastal Data held its fifth session in Lisbon on 6 and 7 June 2031; the report of that session"
     " has been issued as document E/CN.21/CD/2031/5.", "E/CN.21/CD/2031/5", f"{CD}#5"),
    ("The Working Group on Early Warning Systems held its third meeting in Bonn from 2 to 4 May 2031, and the report on"
     " that meeting was issued as E/CN.21/WG.1/2031/2.", "E/CN.21/WG.1/2031/2", f"{WG}#3"),
])
def test_the_report_on_that_meeting(sentence: str, symbol: str, meeting: str) -> None:
    found = facts(in_note(sentence), "reportOf")
    assert (symbol, meeting) in found
    assert (symbol, "ccr#13") not in found


@pytest.mark.parametrize("sentence", [
    # two meetings held: which one is left undecided
    "The Working Group on Early Warning Systems held its third and fourth meetings in Bonn in May 2031; the report on"
    " that meeting is contained in document E/CN.21/WG.1/2031/2.",
    # no meeting said to be held
    "The Working Group on Early Warning Systems will consider its third meeting; the report on that meeting is"
    " contained in document E/CN.21/WG.1/2031/2.",
])
def test_no_single_meeting_held_before(sentence: str) -> None:
    found = facts(in_note(sentence), "reportOf")
    assert ("E/CN.21/WG.1/2031/2", f"{WG}#3") not in found
    assert ("E/CN.21/WG.1/2031/2", f"{WG}#4") not in found


# "... held its third meeting in Bonn ..." then, a paragraph on, "The report of that meeting (X) went
# to the Commission": the meeting last said to be held, and the report sent to the session (E125)
@pytest.mark.parametrize("said, verb", [
    ("The Working Group on Early Warning Systems held its third meeting in Bonn from 2 to 4 May 2031.", "went to"),
    ("The Commission welcomed the recommendations of the Working Group on Early Warning Systems at its third meeting,"
     " held in Bonn from 2 to 4 May 2031.", "was sent to"),
])
def test_the_report_of_that_meeting_a_paragraph_on(said: str, verb: str) -> None:
    report = (
        f"The report of that meeting (E/CN.21/WG.1/2031/2) {verb} the Commission at its thirteenth session as an"
        " information document."
    )
    text = in_note(said, report)
    assert ("E/CN.21/WG.1/2031/2", f"{WG}#3") in facts(text, "reportOf")
    assert ("E/CN.21/WG.1/2031/2", "ccr#13") in facts(text, "submittedTo")


def test_that_session_named_in_the_sentence_is_no_meeting_held_before() -> None:
    text = in_note(
        "The Working Group on Early Warning Systems held its third meeting in Bonn from 2 to 4 May 2031.",
        "At its twelfth session, the Commission had decided to give priority to tsunami warning; the report on that"
        " session (E/CN.21/2030/9) was considered by the Council.",
    )
    assert ("E/CN.21/2030/9", f"{WG}#3") not in facts(text, "reportOf")
