"""A page of a body's documentation site that is of no session itself, telling one: "The
twelfth session was held in Geneva from ... The Commission had before it the note (X), ... and the
report (Y)" sends X and Y to that session; "the decisions adopted by the Commission at its twelfth
session, as contained in its report on that session (Z)" makes Z that session's report."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

PAGE = "# Commission on Coastal Resilience: the {ordinal} session\n\n{text}\n"


@pytest.mark.parametrize(("ordinal", "n", "verb"), [("twelfth", 12, "had before it"), ("fourteenth", 14, "also had before it")])
def test_documents_before_the_session_held(ordinal: str, n: int, verb: str) -> None:
    text = PAGE.format(ordinal=ordinal, text=(
        f"The {ordinal} session of the Commission was held in Geneva from 3 to 7 March 2031. The Commission {verb} the note by "
        f"the Secretariat on tide gauges (E/CN.21/2031/{n}), prepared pursuant to resolution 9/4, and the "
        f"report of the Committee on Coastal Data (E/CN.21/CD/2031/{n})."
    ))
    sent = facts(text, "submittedTo")
    assert (f"E/CN.21/2031/{n}", f"ccr#{n}") in sent
    assert (f"E/CN.21/CD/2031/{n}", f"ccr#{n}") in sent


def test_no_session_held_before_sends_nothing() -> None:
    text = PAGE.format(ordinal="twelfth", text=(
        "The Commission had before it the note by the Secretariat on tide gauges (E/CN.21/2031/12)."
    ))
    assert not any(o.startswith("ccr#") for _, o in facts(text, "submittedTo"))


@pytest.mark.parametrize(("ordinal", "n", "symbol"), [("twelfth", 12, "E/2031/41"), ("ninth", 9, "E/2028/30")])
def test_report_on_that_session(ordinal: str, n: int, symbol: str) -> None:
    text = PAGE.format(ordinal=ordinal, text=(
        f"This page gives the resolutions adopted by the Commission at its {ordinal} session, as contained in "
        f"chapter I of its report on that session ({symbol})."
    ))
    assert (symbol, f"ccr#{n}") in facts(text, "reportOf")


@pytest.mark.parametrize(("sentence", "session", "place"), [
    ("In accordance with Council decision 2031/215, the fourteenth session of the Commission will be held at "
     "United Nations Headquarters in New York in August 2032.", "ccr#14", "New York"),
    ("The fifteenth session of the Commission will be held at the Palais des Nations in Geneva in March 2033.", "ccr#15", "Geneva"),
    ("The sixteenth session of the Commission shall be held at the United Nations Office in Nairobi in 2034.", "ccr#16", "Nairobi"),
])
def test_venue_then_town_and_a_month(sentence: str, session: str, place: str) -> None:
    from tests.extract.phrasing import in_note

    assert (session, place) in facts(in_note(sentence), "heldIn")
