"""A document that speaks of itself by the name of its genre: "The present fascicle is submitted to
the General Assembly at its eighty-seventh session and was prepared pursuant to General Assembly
resolution 85/283" (a section of the proposed programme budget), "The present memorandum has been
prepared in accordance with ..." (the Secretary-General's to the General Committee), "This addendum
is submitted pursuant to ...", "the present compendium". Only "report", "note", "document" and
"paper" were read as the document itself, so the mandate went to nothing.

Near misses: the genre word naming another paper ("a memorandum of understanding", "the memorandum
by the Secretary-General (A/BUR/87/1)", "This report ..." is the document, "the report of the
Committee" is not)."""

from __future__ import annotations

import pytest

from .phrasing import in_note_under_no_item, facts

NOTE = "E/CN.21/2032/4"


@pytest.mark.parametrize(
    ("sentence", "instrument"),
    [
        ("The present fascicle is submitted to the Commission at its thirteenth session and was prepared pursuant to "
         "Commission resolution 12/1, in which the Commission decided to continue the annual budget period.",
         "ccr/res/12/1"),
        ("The present fascicle was prepared pursuant to General Assembly resolution 77/12.", "ga/res/77/12"),
        ("The present memorandum has been prepared in accordance with paragraph 4 of Commission resolution 12/1.",
         "ccr/res/12/1"),
        ("This addendum is submitted pursuant to Economic and Social Council resolution 2031/5.", "ecosoc/res/2031/5"),
        ("The present compendium responds to the request in Commission resolution 12/1.", "ccr/res/12/1"),
    ],
)
def test_the_present_fascicle_memorandum_addendum_is_the_document(sentence, instrument):
    assert facts(in_note_under_no_item(sentence), "pursuantTo") == {(NOTE, instrument)}


def test_the_present_fascicle_is_sent_to_a_session():
    text = in_note_under_no_item("The present fascicle will be considered by the Commission at its fourteenth session.")
    assert (NOTE, "ccr#14") in facts(text, "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum of understanding was signed pursuant to Commission resolution 12/1.",
        "The Commission had before it a memorandum by the Secretariat (E/CN.21/2032/9), prepared pursuant to "
        "Commission resolution 12/1.",
    ],
)
def test_another_paper_of_the_genre_is_not_the_document(sentence):
    assert (NOTE, "ccr/res/12/1") not in facts(in_note_under_no_item(sentence), "pursuantTo")
