"""pursuant_to in the words the Secretariat uses for a document's or a session's origin: "submitted
pursuant to", "prepared in accordance with", "in response to the request contained in", "as
requested in paragraph 5 of", "in compliance with", "in line with the mandate contained in", a
session "held in accordance with" or "convened pursuant to"; and what is no mandate (an instrument
named in a document's title, one the Commission adopted at the session, one cited in a narrative)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note

RES_11_2 = "ccr/res/11/2"
DEC_11_101 = "ccr/dec/11/101"
ECOSOC = "ecosoc/res/2030/7"

DOCUMENT = [
    ("The present note is submitted pursuant to Commission resolution 11/2.", RES_11_2),
    ("The present report is submitted pursuant to resolution 11/2, in which the Commission requested the Executive Secretary to report to it at its thirteenth session.", RES_11_2),
    ("The present report has been prepared in accordance with Commission resolution 11/2.", RES_11_2),
    ("This note was prepared in accordance with paragraph 4 of Commission resolution 11/2.", RES_11_2),
    ("The present report is submitted in response to the request contained in Commission resolution 11/2.", RES_11_2),
    ("The present report responds to the request made by the Commission in its resolution 11/2.", RES_11_2),
    ("As requested in paragraph 5 of Commission resolution 11/2, the Secretariat has prepared the present note.", RES_11_2),
    ("The present note is submitted in compliance with Commission decision 11/101.", DEC_11_101),
    ("In line with the mandate contained in Commission resolution 11/2, the present report reviews progress made.", RES_11_2),
    ("Pursuant to paragraph 3 of Commission resolution 11/2, the Secretariat hereby transmits the report of the Working Group on Early Warning Systems.", RES_11_2),
    ("In accordance with Commission decision 11/101, the present note sets out the programme of work.", DEC_11_101),
    ("In its resolution 11/2, the Commission requested the Executive Secretary to submit a report at its thirteenth session. The present report is submitted in response to that request.", RES_11_2),
    ("The present report is submitted pursuant to Economic and Social Council resolution 2030/7.", ECOSOC),
    ("By its resolution 11/2, the Commission requested the Secretariat to prepare a report on early warning. The present note has been prepared pursuant to that request.", RES_11_2),
    ("The present note, which the Secretariat has prepared pursuant to Commission resolution 11/2, summarizes the replies received.", RES_11_2),
    ("This report is submitted as mandated by Commission resolution 11/2.", RES_11_2),
]


@pytest.mark.parametrize("paragraph, instrument", DOCUMENT)
def test_document_pursuant_to(paragraph: str, instrument: str) -> None:
    assert (NOTE_SYMBOL, instrument) in facts(in_note(paragraph), "pursuantTo")


SESSION = [
    ("The thirteenth session of the Commission will be held in accordance with Commission decision 11/101.", DEC_11_101),
    ("The thirteenth session of the Commission is convened pursuant to Commission decision 11/101.", DEC_11_101),
    ("The Commission will hold its thirteenth session pursuant to Economic and Social Council resolution 2030/7.", ECOSOC),
]


@pytest.mark.parametrize("paragraph, instrument", SESSION)
def test_session_pursuant_to(paragraph: str, instrument: str) -> None:
    assert ("ccr#13", instrument) in facts(in_note(paragraph), "pursuantTo")


NOT_A_MANDATE = [
    # the instrument a narrative cites is not the document's origin
    ("Commission resolution 11/2 welcomed the progress made by the Working Group on Early Warning Systems.", RES_11_2),
    ("The Working Group on Early Warning Systems met in accordance with its terms of reference and discussed Commission resolution 11/2.", RES_11_2),
    # a State's measures, taken in line with a resolution, are not the document's
    ("Several States reported on measures taken in accordance with Commission resolution 11/2.", RES_11_2),
]


@pytest.mark.parametrize("paragraph, instrument", NOT_A_MANDATE)
def test_no_pursuant_to(paragraph: str, instrument: str) -> None:
    assert (NOTE_SYMBOL, instrument) not in facts(in_note(paragraph), "pursuantTo")


MORE = [
    "The present report is submitted in accordance with the request made by the Commission in paragraph 6 of its resolution 11/2.",
    "The Executive Secretary has the honour to submit the present report pursuant to Commission resolution 11/2.",
    "Commission resolution 11/2 requested the Executive Secretary to report to the Commission at its thirteenth session. The present report is submitted in response to that resolution.",
    "The present report is submitted to the Commission pursuant to its resolution 11/2.",
    "This report responds to paragraph 6 of Commission resolution 11/2.",
    # a later clause whose subject is the document being read
    "The Commission, in its resolution 11/2, requested the Executive Secretary to report on early warning; the present report has been prepared in accordance with that resolution.",
    "In its resolution 11/2, the Commission requested a report on early warning; the present report is submitted in response to that request.",
    "The Commission welcomed the data compiled under its decision 11/101; the present report is submitted pursuant to its resolution 11/2.",
]


@pytest.mark.parametrize("paragraph", MORE)
def test_more_document_origins(paragraph: str) -> None:
    assert (NOTE_SYMBOL, RES_11_2) in facts(in_note(paragraph), "pursuantTo")


def test_a_mandate_of_the_clause_before_is_not_the_documents() -> None:
    text = in_note("The Commission, pursuant to its decision 11/101, established the Committee on Coastal Data; the present report is submitted pursuant to its resolution 11/2.")
    pursuant = facts(text, "pursuantTo")
    assert (NOTE_SYMBOL, RES_11_2) in pursuant
    assert (NOTE_SYMBOL, DEC_11_101) not in pursuant


@pytest.mark.parametrize("paragraph, prepared, other", [
    # a participle clause after a document's symbol gives that document its mandate, not the next one
    ("The Commission will have before it the report of the Executive Secretary on coastal data (E/CN.21/2031/2), prepared pursuant to decision 11/101, and the annual report of the Secretariat (E/CN.21/2031/3).",
     "E/CN.21/2031/2", "E/CN.21/2031/3"),
    ("The Commission will have before it the note by the Secretariat (E/CN.21/2031/3) and the report of the Executive Secretary (E/CN.21/2031/2), submitted in accordance with Commission decision 11/101.",
     "E/CN.21/2031/2", "E/CN.21/2031/3"),
    ("The Commission will have before it the report of the Executive Secretary (E/CN.21/2031/2), which was prepared in response to its decision 11/101, and the note by the Secretariat (E/CN.21/2031/3).",
     "E/CN.21/2031/2", "E/CN.21/2031/3"),
])
def test_the_mandate_of_one_document_of_several(paragraph: str, prepared: str, other: str) -> None:
    pursuant = facts(in_note(paragraph), "pursuantTo")
    assert (prepared, DEC_11_101) in pursuant
    assert (other, DEC_11_101) not in pursuant
