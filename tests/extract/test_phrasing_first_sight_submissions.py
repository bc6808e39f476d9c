"""submitted_to at first sight (E65): the ways UN drafting says a document goes to a session,
written from drafting practice rather than from any one text — the active voice of a cover
note ("the secretariat transmits to the Commission ...", "has the honour to submit the present
report to"), an object or a mandate between the verb and its receiver ("submits document X to",
"is submitted pursuant to resolution 12/1 to"), a document made "for" a session ("was prepared
for the thirteenth session"), "for the information of", "to facilitate the deliberations of",
the passive to come ("will be considered by the Commission at its thirteenth session"), "is
invited to consider / may wish to examine", a "Documentation:" list run into its label's line,
symbols that close a row ("Title<tab>Symbol"), lists "issued for" a session, and the masthead's
"Item N of the provisional agenda" line under the session it files the document for."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note
from tests.extract.test_phrasing_submitted_to import AGENDA

DOC = "E/CN.21/2032/5"
SESSION = "ccr#13"

NAMED = [
    # an object or a mandate between the verb and "to"
    "The report of the Executive Secretary (E/CN.21/2032/5) is submitted pursuant to resolution 12/1 to the Commission at its thirteenth session.",
    "The Executive Secretary submits document E/CN.21/2032/5 to the Commission for consideration at its thirteenth session.",
    # the active voice, the receiver before the object
    "Pursuant to resolution 12/1, the Executive Secretary submits to the Commission at its thirteenth session the report on early warning (E/CN.21/2032/5).",
    "The secretariat transmits to the Commission, at its thirteenth session, the report on early warning (E/CN.21/2032/5).",
    "The Executive Secretary has the honour to transmit to the Commission at its thirteenth session the report on early warning (E/CN.21/2032/5).",
    # made for a session
    "The report on early warning (E/CN.21/2032/5) was prepared for the thirteenth session of the Commission.",
    "The report on early warning (E/CN.21/2032/5) is issued for the thirteenth session of the Commission.",
    "The report on early warning (E/CN.21/2032/5) has been prepared for submission to the Commission at its thirteenth session.",
    # for the information / attention of
    "The report on early warning (E/CN.21/2032/5) is submitted for the information of the Commission at its thirteenth session.",
    "The report on early warning (E/CN.21/2032/5) is submitted for the consideration of the Commission at its thirteenth session.",
    # the passive to come
    "The report on early warning (E/CN.21/2032/5) will be considered by the Commission at its thirteenth session.",
    "The report on early warning (E/CN.21/2032/5) is to be considered by the Commission at its thirteenth session.",
    # invited to consider, may wish to examine: the agenda's future, the receiver its subject
    "The Commission will consider, under item 3, the report on early warning (E/CN.21/2032/5).",
    "The Commission will be invited to consider the report on early warning (E/CN.21/2032/5).",
    "The Commission is invited to consider the report on early warning (E/CN.21/2032/5).",
    "The Commission may wish to examine the report on early warning (E/CN.21/2032/5).",
    "The Commission may wish to review the report on early warning (E/CN.21/2032/5) and provide guidance.",
    # forms read before, kept
    "The report on early warning (E/CN.21/2032/5) is submitted to the thirteenth session of the Commission.",
    "The report on early warning (E/CN.21/2032/5) is presented to the Commission at its 13th session.",
    "The report of the Executive Secretary on early warning, contained in document E/CN.21/2032/5, will be before the Commission at its thirteenth session.",
    "The report on early warning (E/CN.21/2032/5) is hereby transmitted to the Commission at its thirteenth session.",
]


@pytest.mark.parametrize("sentence", NAMED)
def test_a_named_document_sent_to_the_session(sentence: str) -> None:
    assert (DOC, SESSION) in facts(in_note(sentence), "submittedTo")


ITSELF = [
    "The Executive Secretary has the honour to submit the present report to the Commission at its thirteenth session.",
    "The secretariat hereby transmits the present note to the Commission at its thirteenth session.",
    "The Commission, at its thirteenth session, will have before it the present note.",
    "The present note has been prepared for the thirteenth session of the Commission.",
    "The present report was prepared for the Commission at its thirteenth session.",
    "The present note is submitted for the information of the Commission at its thirteenth session.",
    "The secretariat has prepared the present note to facilitate the deliberations of the Commission at its thirteenth session.",
]


@pytest.mark.parametrize("sentence", ITSELF)
def test_the_document_being_read_sent_to_the_session(sentence: str) -> None:
    # the note's masthead is of no session here: the sentence alone says where it goes
    text = in_note(sentence).replace("Item 3 of the provisional agenda*\n\n", "")
    assert (NOTE_SYMBOL, SESSION) in facts(text, "submittedTo")


@pytest.mark.parametrize("sentence", [
    # the object between the verb and "to" is no document
    "The Executive Secretary submitted her resignation to the Commission in 2031, as noted in E/CN.21/2031/7.",
    "The secretariat submitted views on the draft (E/CN.21/2031/7) to the Bureau in January.",
    "Member States submitted information (E/CN.21/2031/7) to the secretariat in order to assist the Commission.",
    # "for" no gathering
    "The report (E/CN.21/2031/7) was prepared for the period 2030-2031.",
    "The study (E/CN.21/2031/7) was prepared for the secretariat by a consultant.",
    "Information (E/CN.21/2031/7) was issued for the information of Member States.",
    # the passive's subject is what a paper is about, not the paper
    "The issues raised in E/CN.21/2031/7, and the proposals, will be considered by the Commission at its thirteenth session.",
])
def test_nothing_sent(sentence: str) -> None:
    found = facts(in_note(sentence).replace("Item 3 of the provisional agenda*\n\n", ""), "submittedTo")
    assert not {pair for pair in found if pair[0] == "E/CN.21/2031/7"}, found


def test_a_clause_about_the_note_is_no_passive_submission() -> None:
    text = in_note("The present note describes how the proposals will be considered by the Commission at its fourteenth session.")
    assert (NOTE_SYMBOL, "ccr#14") not in facts(text, "submittedTo")


BOTH = {(DOC, SESSION), ("E/CN.21/2032/6", SESSION)}


@pytest.mark.parametrize("documentation", [
    "Documentation: E/CN.21/2032/5; E/CN.21/2032/6",
    "Documentation: report of the Executive Secretary on early warning (E/CN.21/2032/5); note by the Secretariat on coastal data (E/CN.21/2032/6).",
    # the symbol closes the row: "Title<tab>Symbol"
    "Documentation\n\nReport of the Executive Secretary on early warning\t\tE/CN.21/2032/5\nNote by the Secretariat on coastal data\t\tE/CN.21/2032/6",
    "Documentation\n\n| Title | Symbol |\n|---|---|\n| Report of the Executive Secretary on early warning | E/CN.21/2032/5 |\n| Note by the Secretariat on coastal data | E/CN.21/2032/6 |",
])
def test_documentation_laid_out_otherwise(documentation: str) -> None:
    assert BOTH <= facts(AGENDA.replace("{documentation}", documentation), "submittedTo")


REPORT = (
    "United Nations E/2032/31-E/CN.21/2032/9\n\nEconomic and Social Council\n\nDistr.: General\n20 March 2032\n\n"
    "Commission on Coastal Resilience\nReport on the thirteenth session (8–12 March 2032)\n\n"
    "Chapter V\n\nOrganization of the session\n\n"
    "1. The Commission held its thirteenth session in New York from 8 to 12 March 2032.\n\n"
)


@pytest.mark.parametrize("heading", [
    "List of documents issued for the thirteenth session of the Commission",
    "Documents prepared for the thirteenth session of the Commission",
    "Documents considered by the Commission at its thirteenth session",
])
def test_list_of_documents_issued_for_the_session(heading: str) -> None:
    annex = (
        f"Annex\n\n{heading}\n\n"
        "E/CN.21/2032/5    3    Report of the Executive Secretary on early warning\n"
        "E/CN.21/2032/6    4    Note by the Secretariat on coastal data\n"
    )
    assert BOTH <= facts(REPORT + annex, "submittedTo")


GA_NOTE = (
    "United Nations A/79/123\n\nGeneral Assembly\n\nDistr.: General\n1 August 2024\n\nOriginal: English\n\n"
    "Seventy-ninth session\n{item}\nPromotion and protection of human rights\n\n"
    "Coastal rights\n\nNote by the Secretary-General\n\n"
    "The present report, submitted pursuant to General Assembly resolution 78/5, covers the period from 1 August 2023 to 31 July 2024.\n"
)


@pytest.mark.parametrize("item", [
    "Item 69 (b) of the provisional agenda*",
    "Items 69 and 70 of the provisional agenda",
    "Item 12 of the preliminary list*",
    "Agenda item 69",
    "Provisional agenda item 4",
])
def test_masthead_files_the_document_under_an_item_of_the_session(item: str) -> None:
    assert ("A/79/123", "ga#79") in facts(GA_NOTE.replace("{item}", item), "submittedTo")


def test_a_masthead_without_an_agenda_item_submits_nothing_by_itself() -> None:
    text = GA_NOTE.replace("{item}\n", "")
    assert ("A/79/123", "ga#79") not in facts(text, "submittedTo")
