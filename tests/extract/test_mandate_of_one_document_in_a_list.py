"""A list of documents before a session where a relative clause gives one of them its mandate:
"the note (X), which had been prepared in accordance with paragraph 12 of resolution 10/4, and
the report (Y)", "document X, "Its title", which the secretariat had prepared pursuant to
decision 11/2, and the report ... (Y)": the mandate is X's alone; Y was before the session too.
A plural clause ("X and Y, which were prepared pursuant to ...") holds both."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission had before it the note by the Secretariat on coastal data (E/CN.21/2031/2), which had been "
        "prepared in accordance with paragraph 12 of resolution 10/4, and the report of the Bureau (E/CN.21/2031/3).",
        "The Commission had before it document E/CN.21/2031/2, \"Coastal data\", which the secretariat had prepared "
        "pursuant to resolution 10/4, and the report of the Bureau entitled \"Tides\" (E/CN.21/2031/3).",
        "The Commission had before it the note (E/CN.21/2031/2), which was prepared in response to resolution 10/4, "
        "and the report of the Bureau (E/CN.21/2031/3).",
    ],
)
def test_the_relative_clause_is_one_documents(sentence: str) -> None:
    text = in_note(sentence)
    assert facts(text, "pursuantTo") == {("E/CN.21/2031/2", "ccr/res/10/4")}


def test_a_plural_clause_holds_both() -> None:
    text = in_note(
        "The Commission had before it the note (E/CN.21/2031/2) and the report of the Bureau (E/CN.21/2031/3), "
        "which were prepared pursuant to resolution 10/4."
    )
    assert ("E/CN.21/2031/3", "ccr/res/10/4") in facts(text, "pursuantTo")
