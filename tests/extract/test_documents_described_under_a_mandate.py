"""A document told by what it is, not by its symbol, under a mandate: "The report of the
Secretary-General on the subject is submitted pursuant to resolution 12/3", "the report of the
Executive Secretary on the implementation of resolution 11/3 ..., submitted pursuant to that
resolution", "The annotated provisional agenda was prepared pursuant to paragraph 14 of General
Assembly resolution 84/102". The list of documents of the same part of the text (an agenda item's
"Documentation", or the documents "before the Commission" above) gives its symbol: the nearest
listed document whose title holds the description's kind word and every name in it."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

ITEM = (
    "Item 3. Early warning\n\n"
    "{sentence}\n\n"
    "Documentation\n\n"
    "Report of the Secretary-General on early warning for coastal communities (E/CN.21/2032/5)\n\n"
    "Note by the Secretariat on tsunami drills (E/CN.21/2032/6)\n\n"
    "Item 4. Sea-level data\n\n"
    "The Commission will consider sea-level data.\n\n"
    "Documentation\n\n"
    "Report of the Secretary-General on sea-level data (E/CN.21/2032/7)\n"
)


def agenda(sentence: str) -> str:
    return in_note("The provisional agenda is annexed.") + ITEM.format(sentence=sentence)


@pytest.mark.parametrize("sentence, document, instrument", [
    ("The report of the Secretary-General on the subject is submitted pursuant to Commission resolution 12/3.",
     "E/CN.21/2032/5", "ccr/res/12/3"),
    ("In its resolution 12/3, the Commission requested a note. The note by the Secretariat, prepared pursuant to that"
     " resolution, is before the Commission.", "E/CN.21/2032/6", "ccr/res/12/3"),
    ("The Commission will have before it the report of the Secretary-General on early warning, submitted in"
     " accordance with General Assembly resolution 84/102.", "E/CN.21/2032/5", "ga/res/84/102"),
])
def test_the_document_listed_below_the_description(sentence: str, document: str, instrument: str) -> None:
    pursuant = facts(agenda(sentence), "pursuantTo")
    assert (document, instrument) in pursuant
    assert ("E/CN.21/2032/7", instrument) not in pursuant


def test_the_document_listed_above_the_description() -> None:
    text = in_note(
        "The Commission had before it the following documents:\n"
        "(a) Annotated provisional agenda (E/CN.21/2032/1);\n"
        "(b) Report of the Working Group on Early Warning Systems (E/CN.21/2032/2).",
        "The annotated provisional agenda was prepared pursuant to paragraph 14 of General Assembly resolution 84/102.",
    )
    pursuant = facts(text, "pursuantTo")
    assert ("E/CN.21/2032/1", "ga/res/84/102") in pursuant
    assert ("E/CN.21/2032/2", "ga/res/84/102") not in pursuant


@pytest.mark.parametrize("sentence", [
    # a description no listed title fits: the Executive Secretary wrote none of them
    "The report of the Executive Secretary is submitted pursuant to Commission resolution 12/3.",
    # the present report is the document being read, not one of the list
    "The present report is submitted pursuant to Commission resolution 12/3.",
    # no mandate: a report described only
    "The report of the Secretary-General on the subject is submitted for the information of the Commission.",
])
def test_no_listed_document_given_a_mandate(sentence: str) -> None:
    pursuant = facts(agenda(sentence), "pursuantTo")
    assert not {s for s, _ in pursuant if s.startswith("E/CN.21/2032/") and s != "E/CN.21/2032/4"}
