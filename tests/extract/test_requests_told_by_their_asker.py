"""E191: requests told by who asked, before or without the instrument's number.

- "In the present report, prepared at the request of the Human Rights Council, ..." at the top, then,
  later, "In its resolution 78/9, the Council requested the High Commissioner to prepare a report on
  ...": the document answers the one instrument of that body the text says asked for a report.
- "By its presidential statement of 19 March 2032 (S/PRST/2032/5), adopted at its 10811th meeting, the
  Council asked the Mission to ...": the statement is the instrument the sentence tells of (it asks),
  made at that meeting of the council.
- "Decision 76/12" / "Mandate of the standing open-ended intergovernmental working group on ...": the
  title names, in lower case, a body another part of the text created; "requested the working group to"
  in the decision's text is that body.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, facts, in_note, key, shipped_registry

_HC_REPORT = (
    "A/HRC/81/29\nGeneral Assembly\nDistr.: General\n2 August 2032\nOriginal: English\n\n"
    "Human Rights Council\nEighty-first session\n\n"
    "Report of the United Nations High Commissioner for Human Rights\n\n"
    "Summary\n\n{summary}\n\n"
    "I. Introduction\n\n"
    "1. {intro}\n\n"
    "2. In preparing the report, the Office sent a questionnaire to States; 63 contributions were received.\n"
)


def _read(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


_ASKED = (
    "In its resolution 78/9 of 6 October 2031, the Human Rights Council requested the High Commissioner to prepare a "
    "report on biometric surveillance and to present it to the Council at its eighty-first session."
)


@pytest.mark.parametrize("summary", [
    "In the present report, prepared at the request of the Human Rights Council, the High Commissioner examines biometric "
    "surveillance in public spaces.",
    "The present report is submitted as requested by the Human Rights Council and examines biometric surveillance.",
    "The present note, issued in response to a request of the Human Rights Council, examines biometric surveillance.",
])
def test_the_report_answers_the_one_instrument_of_the_asking_body(summary: str) -> None:
    found = _read(_HC_REPORT.format(summary=summary, intro=_ASKED))
    assert ("pursuantTo", "A/HRC/81/29", "hrc/res/78/9") in found


@pytest.mark.parametrize(("summary", "intro"), [
    # two instruments of the body asked for a report: which one is not said
    ("In the present report, prepared at the request of the Human Rights Council, the High Commissioner examines "
     "biometric surveillance.",
     _ASKED + " In its resolution 79/4, the Council also requested the High Commissioner to submit a report on spyware."),
    # another body asked: the Council's instrument is not the one answered
    ("In the present report, prepared at the request of the General Assembly, the High Commissioner examines biometric "
     "surveillance.", _ASKED),
    # the request is for a study by another body, no report of the document's
    ("In the present report, prepared at the request of the Human Rights Council, the High Commissioner examines "
     "biometric surveillance.",
     "In its resolution 78/9, the Human Rights Council encouraged States to share good practices with the Office."),
])
def test_no_instrument_is_guessed(summary: str, intro: str) -> None:
    found = _read(_HC_REPORT.format(summary=summary, intro=intro))
    assert not any(relation == "pursuantTo" and subject == "A/HRC/81/29" for relation, subject, _ in found)


def test_a_paper_other_than_the_present_one_prepared_at_a_request_is_not_it() -> None:
    summary = (
        "The High Commissioner examines biometric surveillance. A study prepared at the request of the Human Rights Council "
        "by the Advisory Committee is also before the Council."
    )
    found = _read(_HC_REPORT.format(summary=summary, intro=_ASKED))
    assert ("pursuantTo", "A/HRC/81/29", "hrc/res/78/9") not in found


# ---------------------------------------------------------------- a statement that asks


@pytest.mark.parametrize("sentence", [
    "By its presidential statement of 19 March 2032 (S/PRST/2032/5), adopted at its 10811th meeting, the Council asked "
    "the Secretary-General to set out, in the present report, options for a reduction of the Mission's footprint.",
    "In the statement by its President of 19 March 2032 (S/PRST/2032/5), made at the 10811th meeting, the Security Council "
    "requested the Secretary-General to report on options for a reduction.",
])
def test_a_presidential_statement_opening_the_sentence_asks(sentence: str) -> None:
    text = SG_REPORT.replace("A/79/400\nGeneral Assembly", "S/2032/418\nSecurity Council").replace(
        "Seventy-ninth session\nItem 70 of the provisional agenda\n", "") .format(s=sentence)
    found = _read(text)
    assert ("requests", "security-council/statement/2032/5", "secretary-general") in found
    assert ("adoptedAt", "security-council/statement/2032/5", "security-council#10811") in found
    assert ("adoptedOn", "security-council/statement/2032/5", "2032-03-19") in found


def test_a_statement_named_inside_the_clause_does_not_ask() -> None:
    sentence = (
        "The Council asked the Secretary-General to report, recalling the statement by its President of 19 March 2032 "
        "(S/PRST/2032/5)."
    )
    text = SG_REPORT.replace("A/79/400\nGeneral Assembly", "S/2032/418\nSecurity Council").format(s=sentence)
    found = _read(text)
    assert not any(relation == "requests" and subject == "security-council/statement/2032/5" for relation, subject, _ in found)


# ---------------------------------------------------------------- a body the title names in lower case

_DECISIONS = (
    "E/CN.21/2032/12\nEconomic and Social Council\nDistr.: General\n20 March 2032\nOriginal: English\n\n"
    "Commission on Coastal Resilience\nReport on the thirteenth session (8-12 March 2032)\n\n"
    "Resolution 13/1\n\nCoastal data\n\n"
    "The Commission on Coastal Resilience,\n\n"
    "Recalling its resolution 9/4, by which it established the standing open-ended intergovernmental working group on "
    "improving the coastal data of small island developing States,\n\n"
    "1. Requests the Secretariat to report to the Commission at its fourteenth session;\n\n"
    "Decision 13/2\n\n{title}\n\n"
    "At its 8th meeting, on 12 March 2032, the Commission decided to extend the mandate of the working group until 2035 "
    "and requested the working group to submit a report on its work to the Commission at its fourteenth session.\n"
)


@pytest.mark.parametrize("title", [
    "Mandate of the standing open-ended intergovernmental working group on improving the coastal data of small island "
    "developing States",
    "Extension of the mandate of the standing open-ended intergovernmental working group on improving the coastal data of "
    "small island developing States",
])
def test_the_title_names_the_body_the_text_calls_the_working_group(title: str) -> None:
    requested = facts(_DECISIONS.format(title=title), "requests")
    assert any(instrument == "ccr/dec/13/2" and "working-group" in body for instrument, body in requested)


def test_a_title_naming_another_group_names_none() -> None:
    requested = facts(_DECISIONS.format(title="Mandate of the working group on sea walls"), "requests")
    assert not any(instrument == "ccr/dec/13/2" and "coastal-data" in body for instrument, body in requested)
