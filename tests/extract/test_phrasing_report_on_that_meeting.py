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
