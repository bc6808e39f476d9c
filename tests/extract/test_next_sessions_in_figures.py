"""A note that names a body's session in figures and then "the 172nd session" (the next, without
the body's name again), and a session "scheduled for 1 to 3 June 2032" (as "scheduled to be held
on" is): the second session is the same body's, and the dates are its."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence, dates", [
    ("The 12th session of the Commission on Coastal Resilience was held in Apia from 10 to 14 March 2031; "
     "the 13th session is scheduled for 2 to 6 March 2032.", "2032-03-02/2032-03-06"),
    ("The 12th session of the Commission on Coastal Resilience took place in March 2031, and the 14th session "
     "is tentatively scheduled for 4 May 2033.", "2033-05-04"),
])
def test_the_next_session_in_figures_is_the_same_body_s(sentence: str, dates: str) -> None:
    text = in_note(sentence)
    sessions = {s for s, o in facts(text, "meetingOf") if o == "ccr"}
    later = "ccr#13" if "13th" in sentence else "ccr#14"
    assert later in sessions
    assert (later, dates) in facts(text, "heldOn")


@pytest.mark.parametrize("sentence", [
    # no body's session named before: "the 13th session" is not guessed
    "Delegates recalled that the 15th session is scheduled for 2 to 6 March 2034.",
    # a session in words before, not in figures
    "The twelfth session of the Commission on Coastal Resilience closed; the 3rd meeting is scheduled for 2 March 2032.",
])
def test_no_session_guessed_for_a_bare_number(sentence: str) -> None:
    assert not [s for s, _ in facts(in_note(sentence), "heldOn") if s in ("ccr#15", "ccr#3")]
