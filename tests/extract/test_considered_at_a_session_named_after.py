"""A note recounting what a body did with an earlier paper: "The Commission considered an earlier
progress report (X)[1] at its twelfth session, held in Bangkok ...": the paper was before the session
named right after its symbol (a footnote mark between). And a paper's title "Note by the Secretariat on
follow-up to General Assembly resolution 84/154 on inclusive development": the words after the
resolution are the rest of the paper's title, not the resolution's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(("sentence", "symbol", "session"), [
    ("The Commission considered an earlier progress report (E/CN.21/2031/6)[1] at its twelfth session, held in "
     "Bangkok from 3 to 14 March 2031.", "E/CN.21/2031/6", "ccr#12"),
    ("The Commission examined a note on tide gauges (E/CN.21/2029/4) at its tenth session.",
     "E/CN.21/2029/4", "ccr#10"),
    ("The Commission considered the first report of the Executive Secretary (E/CN.21/2030/7), at its eleventh session.",
     "E/CN.21/2030/7", "ccr#11"),
])
def test_paper_considered_at_the_session_after_its_symbol(sentence: str, symbol: str, session: str) -> None:
    assert (symbol, session) in facts(in_note(sentence), "submittedTo")


def test_a_session_the_paper_was_prepared_for_is_no_consideration() -> None:
    text = in_note("The Commission considered an earlier progress report (E/CN.21/2031/6) prepared for its twelfth session.")
    assert ("E/CN.21/2031/6", "ccr#12") not in facts(text, "submittedTo")


@pytest.mark.parametrize("title", [
    "Note by the Secretariat on follow-up to General Assembly resolution 84/154 on inclusive development",
    "the report of the Executive Secretary on follow-up to Commission resolution 11/2 on coastal data",
    "Report of the Secretary-General on the follow-up to General Assembly resolution 84/154 on inclusive development",
])
def test_the_rest_of_a_follow_up_papers_title_is_no_instruments_title(title: str) -> None:
    text = in_note(f"The Commission will have before it the {title} (E/CN.21/2032/9).")
    titles = facts(text, "title")
    assert not any(s in ("ga/res/84/154", "ccr/res/11/2") for s, _ in titles), titles
