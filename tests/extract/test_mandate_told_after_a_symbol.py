"""A mandate told right after a document's symbol is that document's alone: "the report ...
(X) responds to the request in paragraph 9 of resolution 12/3 and is before the Commission, as is
the overview (Y)", "Takes note of the report (X), presented in response to the request in decision
12/4, and of the report of the Working Group (Y)": X was called for by the instrument, Y was not
(both may still go to the session)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence, instrument", [
    ("The report of the Secretary-General on coastal data (E/CN.21/2032/5) responds to the request in paragraph 9 of"
     " resolution 12/3 and is before the Commission at its thirteenth session, as is the overview report of the"
     " Working Group on Early Warning Systems (E/CN.21/2032/6).", "ccr/res/12/3"),
    ("The Commission will have before it the note by the Secretariat (E/CN.21/2032/5), presented in response to the"
     " request in decision 12/4, and the report of the Working Group on Early Warning Systems (E/CN.21/2032/6).",
     "ccr/dec/12/4"),
    ("The study (E/CN.21/2032/5), prepared pursuant to General Assembly resolution 84/102, will be submitted to the"
     " Commission at its thirteenth session together with the report of the Bureau (E/CN.21/2032/6).", "ga/res/84/102"),
])
def test_the_mandate_after_a_symbol_is_that_documents(sentence: str, instrument: str) -> None:
    pursuant = facts(in_note(sentence), "pursuantTo")
    assert ("E/CN.21/2032/5", instrument) in pursuant
    assert ("E/CN.21/2032/6", instrument) not in pursuant


def test_a_mandate_set_before_both_documents_holds_both() -> None:
    sentence = (
        "Pursuant to resolution 12/3, the Secretariat has prepared a note (E/CN.21/2032/5) and a study"
        " (E/CN.21/2032/6), which will be before the Commission at its thirteenth session."
    )
    pursuant = facts(in_note(sentence), "pursuantTo")
    assert {("E/CN.21/2032/5", "ccr/res/12/3"), ("E/CN.21/2032/6", "ccr/res/12/3")} <= pursuant
