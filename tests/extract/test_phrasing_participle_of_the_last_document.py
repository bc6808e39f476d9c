"""A participle right after a document's bracketed symbol ("(B), submitted to the Commission at
its thirteenth session pursuant to resolution 10/2") tells of that document, not of another one
the sentence named before it in a clause of its own ("the report ... (A), held in Geneva ..., and
on the report ... (B), submitted to ..."). Documents named together ("(A and B), submitted ...")
or sent by the sentence's verb ("A and B will be before ...") all still go."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

A, B, SESSION, MANDATE = "E/CN.21/2032/7", "E/CN.21/2032/8", "ccr#13", "ccr/res/10/2"

APART = (
    "The report also draws on the report of the Committee on Coastal Data on its fourth session (E/CN.21/2032/7), "
    "held in Geneva from 3 to 7 March 2031, and on the report of the Executive Secretary on early warning "
    "(E/CN.21/2032/8), submitted to the Commission at its thirteenth session pursuant to Commission resolution 10/2."
)


def test_the_participle_tells_of_the_last_document_only() -> None:
    text = in_note(APART)
    assert (B, SESSION) in facts(text, "submittedTo")
    assert (A, SESSION) not in facts(text, "submittedTo")
    assert (B, MANDATE) in facts(text, "pursuantTo")
    assert (A, MANDATE) not in facts(text, "pursuantTo")


@pytest.mark.parametrize("paragraph", [
    "The Commission will have before it the reports of the Executive Secretary (E/CN.21/2032/7 and E/CN.21/2032/8), "
    "submitted to the Commission at its thirteenth session pursuant to Commission resolution 10/2.",
    "The report of the Executive Secretary (E/CN.21/2032/7) and the note by the Secretariat (E/CN.21/2032/8) will be "
    "before the Commission at its thirteenth session.",
])
def test_documents_named_together_all_go(paragraph: str) -> None:
    submitted = facts(in_note(paragraph), "submittedTo")
    assert {(A, SESSION), (B, SESSION)} <= submitted
