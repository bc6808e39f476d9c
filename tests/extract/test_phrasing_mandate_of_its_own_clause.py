""""Document X was prepared by the secretariat in response to the request of the Commission at
its eleventh session; document Y was prepared pursuant to paragraph 8 of resolution 12/1": where
clauses joined by semicolons each name their own document, a mandate holds the documents of its
clause only (`relate.in_clauses_of_mandates`).

Negative cases (the mandate still reaches the document): one clause naming the document and a
later one going on about it ("Pursuant to resolution 12/1, a paper (X) has been prepared; it will
be before the Commission")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

FORMS = [
    "Document E/CN.21/2032/6 was prepared by the secretariat in response to the request of the Commission at its eleventh session; document E/CN.21/2032/7 was prepared pursuant to paragraph 8 of resolution 12/1.",
    "Document E/CN.21/2032/6 was prepared at the request of the Bureau; and document E/CN.21/2032/7 has been prepared pursuant to resolution 12/1.",
    "Document E/CN.21/2032/7 was prepared pursuant to resolution 12/1; document E/CN.21/2032/6 was prepared by the secretariat on its own initiative.",
]


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("sentence", FORMS)
def test_the_mandate_of_its_own_clause(sentence: str) -> None:
    found = facts(note(sentence), "pursuantTo")
    assert ("E/CN.21/2032/7", "ccr/res/12/1") in found
    assert ("E/CN.21/2032/6", "ccr/res/12/1") not in found


def test_one_document_two_clauses() -> None:
    text = note("Pursuant to resolution 12/1, a background paper (E/CN.21/2032/6) has been prepared; it will be before the Commission at its thirteenth session.")
    assert ("E/CN.21/2032/6", "ccr/res/12/1") in facts(text, "pursuantTo")
