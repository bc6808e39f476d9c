"""A report's mandate told with the document named otherwise than "the present report" (E192, cells of
the lead's grid r16):

- "The report is presented in response to the request contained in paragraph 12 of resolution 77/12",
  "The note was prepared pursuant to resolution 11/2": the kind word alone, after "The", is the
  document being read when the text named no document before it and the document's title says it is
  of that kind ("Report of the Secretary-General", "Note by the Secretariat";
  `rules/documents.titled_kinds`, `rules/mandates_told_back.bare_kind_opening`,
  `relate.Reader.document_before_under_mandate`); after a document named before, it is that one (E155);
- "… requested the Secretary-General to submit a report … The present report is the Secretary-General's
  response.", "… constitutes his response thereto", "… is the response of the Secretariat": the paper
  named as the answer to the request the sentence before told
  (`rules/mandates_told_back.answers_unnamed_request`, as "is submitted in response." was read, E178).

Near misses: a report named before by its symbol (it is that one's mandate); "The report" in a note; a
"response" when no request was told, or a response to a delegation's question."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.documents import titled_kinds

from .phrasing import NOTE_SYMBOL, facts, in_note, in_sc_report, in_sg_report

OWN_GA = ("A/79/400", "ga/res/77/12")
OWN_NOTE = (NOTE_SYMBOL, "ccr/res/11/2")
REQUESTED = "The General Assembly, in its resolution 77/12, requested the Secretary-General to submit a report on the matter at its seventy-ninth session."


@pytest.mark.parametrize(
    "sentence",
    [
        "The report is presented in response to the request contained in paragraph 12 of resolution 77/12.",
        "The report was prepared pursuant to General Assembly resolution 77/12.",
        "The report has been submitted in accordance with paragraph 5 of resolution 77/12.",
        f"{REQUESTED} The present report is the Secretary-General's response.",
        "In resolution 77/12, the Assembly asked the Secretary-General to report on the matter. The present report constitutes his response thereto.",
        "In resolution 77/12, the Assembly asked the Secretary-General to report on the matter. This report is the response of the Secretary-General.",
        "The Secretary-General was requested by the General Assembly in its resolution 77/12 to report on the matter. The present report is"
        " his formal response.",
    ],
)
def test_a_report_to_the_assembly(sentence):
    assert OWN_GA in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The report is submitted pursuant to resolution 2700 (2031).",
        "By resolution 2700 (2031), the Security Council requested the Secretary-General to report every 90 days. The present report is his response.",
    ],
)
def test_a_report_to_the_security_council(sentence):
    assert ("S/2031/512", "security-council/res/2031/2700") in in_sc_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The note is submitted in accordance with resolution 11/2.",
        "The note was prepared in response to paragraph 4 of resolution 11/2.",
        "In its resolution 11/2, the Commission requested the Executive Secretary to report to it at its thirteenth session. The present"
        " note is the Executive Secretary's response.",
    ],
)
def test_a_note_to_a_commission(sentence):
    assert OWN_NOTE in facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize(
    ("sentence", "mandates"),
    [
        # a report named before by its symbol: "The report" is that one
        ("The Assembly considered the report of the Secretary-General (A/78/300). The report was prepared pursuant to resolution 77/12.",
         {("A/78/300", "ga/res/77/12")}),
        ("The Assembly considered the report of the Secretary-General (A/78/300).\n\n2. The report was prepared pursuant to resolution 77/12.",
         set()),
        # no request told: "response" answers nothing named
        ("In resolution 77/12, the Assembly noted the matter. The present report is the Secretary-General's response.", set()),
        # a delegation's question is no mandate
        ("In resolution 77/12, the Assembly asked the Secretary-General to report. The present report is the Secretary-General's response"
         " to a question from the representative of Chile.", set()),
        ("The present report is submitted in response to a question from the representative of Chile.", set()),
    ],
)
def test_near_misses_in_a_report(sentence, mandates):
    assert in_sg_report(sentence, "pursuantTo") == mandates


def test_the_report_in_a_note_is_no_note():
    assert OWN_NOTE not in facts(in_note("The report is submitted in accordance with resolution 11/2."), "pursuantTo")


def test_the_titles_say_their_kind():
    assert titled_kinds(in_note("x")) == {"note"}
    assert titled_kinds("A/79/1\nOceans and the law of the sea: report of the Secretary-General\n\n1. x") == {"report"}
    assert titled_kinds("A/79/1\nLetter dated 3 May 2024 from the Permanent Representative\n\n1. The report of the Board.") == set()
