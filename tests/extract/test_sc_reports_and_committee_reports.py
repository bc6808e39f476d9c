"""A periodic report of the Secretary-General to the Security Council and a Main Committee's report
to the plenary (E176, from the spent u215 and u216): papers answering a request ("(X), answering the
request in resolution 86/195", "(X), which responded to the same request", "That report (X), prepared
in response to the request, …"), a body "launched by" an instrument, a body "established by the same
resolution" after a preposition (of two panels sharing an alias, the one under the committee the
sentence names), a council's meetings told after an opening phrase or past a body in the possessive,
the "Nth meetings" of a Main Committee in its own report, its drafts (no facts), and a presidential
statement's symbol when another body's series is also "S". Invented bodies:
`tests/data/council_missions_and_committees.ttl`."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with, in_sg_report

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "council_missions_and_committees.ttl"
facts = extracted_with(REFERENCE)


SC_REPORT = (
    "S/2034/210\nSecurity Council\nDistr.: General\n2 May 2034\n\n"
    "United Nations Mission to Support the Tidewater Accord\n\nReport of the Secretary-General\n\n{body}\n"
)

COMMITTEE_REPORT = (
    "United Nations\tA/89/301/Add.2\nGeneral Assembly\tDistr.: General\n\t4 December 2034\n\n"
    "Eighty-ninth session\nAgenda item 51\nQuestions relating to information\n\n"
    "Questions relating to information\nReport of the Fourth Committee\n"
    "Rapporteur: Mr. Tomas Ellery (Fiji)\n\nI.\tIntroduction\n{body}\n"
)


def of(text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) keys of the text's facts of one relation."""
    return {(s, o) for r, s, o in facts(text) if r == relation}


# -- papers answering a request -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission had before it the report of the Secretary-General (A/79/300), answering the request in General Assembly resolution 78/12.",
        "The Commission considered the report of the Secretary-General (A/79/300), which responded to the request in General Assembly resolution 78/12.",
    ],
)
def test_a_paper_answering_the_request_of_an_instrument(sentence):
    assert ("A/79/300", "ga/res/78/12") in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentences",
    [
        # the writer asked ("asked me"), then his earlier report "which responded to the same request"
        "The present report is submitted pursuant to General Assembly resolution 78/12, in which the Assembly asked me to report "
        "annually. It follows my report of 4 February 2024 (A/78/87), which responded to the same request.",
        "In its resolution 78/12, the General Assembly requested the Secretary-General to report on efficiencies. "
        "That report (A/78/87), prepared in response to the request, will be before the Assembly at its seventy-ninth session.",
        "In its resolution 78/12, the General Assembly requested the Secretary-General to report on efficiencies. "
        "The note (A/78/87), answering that request, is before the Assembly.",
    ],
)
def test_a_paper_answering_the_request_told_before(sentences):
    assert ("A/78/87", "ga/res/78/12") in in_sg_report(sentences, "pursuantTo")


@pytest.mark.parametrize(
    "sentences",
    [
        # the request of someone else, named after the noun
        "In its resolution 78/12, the General Assembly requested the Secretary-General to report. "
        "A note (A/78/87), prepared in response to the request of a Member State, is also available.",
        # no request told before
        "In its resolution 78/12, the General Assembly welcomed the progress made. "
        "That report (A/78/87), prepared in response to the request, will be before the Assembly.",
        # answering questions is no mandate
        "The Commission had before it the report of the Secretary-General (A/79/300), answering questions raised under resolution 78/12.",
    ],
)
def test_no_mandate_without_the_request(sentences):
    assert ("A/78/87", "ga/res/78/12") not in in_sg_report(sentences, "pursuantTo")
    assert ("A/79/300", "ga/res/78/12") not in in_sg_report(sentences, "pursuantTo")


def test_a_listed_entry_answering_a_request_stays_in_the_list():
    body = (
        "1.\tFor its consideration of the item, the Committee had before it, at its 9th meeting, held on 14 October 2034:\n"
        "(a)\tReport of the Secretary-General on public information (A/89/210), answering the request in resolution 88/40;\n"
        "(b)\tReport of the Committee on Information on its fifty-sixth session (A/89/21).\n"
    )
    text = COMMITTEE_REPORT.format(body=body)
    assert of(text, "pursuantTo") >= {("A/89/210", "ga/res/88/40")}
    assert of(text, "submittedTo") >= {("A/89/210", "ga/special-political-committee#9"), ("A/89/21", "ga/special-political-committee#9")}
    assert ("ga/special-political-committee#9", "2034-10-14") in of(text, "heldOn")


# -- origins ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Mission was launched by resolution 2990 (2031) of 16 January 2031 as a special political mission.",
        "The Mission was launched by Security Council resolution 2990 (2031).",
        "UNMSTA was launched under resolution 2990 (2031), for an initial period of six months.",
    ],
)
def test_a_body_launched_by_an_instrument(sentence):
    assert of(SC_REPORT.format(body="1. " + sentence), "establishes") == {("security-council/res/2031/2990", "security-council/tidewater-mission")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Mission was launched by the Secretary-General in 2031, following resolution 2990 (2031).",
        "The Mission launched a review of its footprint pursuant to resolution 2990 (2031).",
        "A new phase was launched by resolution 2990 (2031).",
    ],
)
def test_no_origin_without_the_instrument_as_agent(sentence):
    assert not of(SC_REPORT.format(body="1. " + sentence), "establishes")


@pytest.mark.parametrize(
    ("sentence", "panel"),
    [
        ("A briefing to the Committee established pursuant to resolution 3011 (2033), and to the Panel of Experts established by the "
         "same resolution, is scheduled for 24 June 2034.", "security-council/3011-committee/panel"),
        ("The Head of Mission met the Committee established pursuant to resolution 2999 (2032) and wrote to the Panel of Experts "
         "established by that resolution.", "security-council/2999-committee/panel"),
    ],
)
def test_a_panel_established_by_the_same_resolution(sentence, panel):
    found = of(SC_REPORT.format(body="1. " + sentence), "establishes")
    assert any(o == panel for _, o in found)
    assert not any(o.endswith("/panel") and o != panel for _, o in found)


def test_a_subject_acting_by_that_resolution_is_no_participle():
    text = SC_REPORT.format(body="1. The Council adopted resolution 3011 (2033). The Council established by that resolution a new regime.")
    assert ("security-council/res/2033/3011", "security-council") not in of(text, "establishes")


# -- the council's meetings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("The Council was briefed on the Mission's work at its 10790th meeting, held on 14 February 2034.", "2034-02-14"),
        ("The Security Council considered UNMSTA's budget at its 10790th meeting, on 14 February 2034.", "2034-02-14"),
        ("In that connection, the Council was briefed at its 10790th meeting, held on 14 February 2034.", "2034-02-14"),
    ],
)
def test_the_council_meets_past_a_possessive_or_an_opening(sentence, held):
    text = SC_REPORT.format(body="1. " + sentence)
    assert ("security-council#10790", "security-council") in of(text, "meetingOf")
    assert ("security-council#10790", held) in of(text, "heldOn")


def test_a_presidential_statement_when_another_series_is_also_s():
    text = SC_REPORT.format(body="1. By its presidential statement of 19 March 2034 (S/PRST/2034/5), the Council asked the Mission to report.")
    assert ("security-council/statement/2034/5", "2034-03-19") in of(text, "adoptedOn")


# -- a Main Committee's report --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("1.\tAction on the item was taken at the 18th and 22nd meetings, on 4 and 19 November 2034.\n",
         {("ga/special-political-committee#18", "2034-11-04"), ("ga/special-political-committee#22", "2034-11-19")}),
        ("1.\tThe Committee considered the item at the 18th meeting, on 4 November 2034.\n",
         {("ga/special-political-committee#18", "2034-11-04")}),
    ],
)
def test_the_nth_meetings_in_a_committees_own_report(body, held):
    text = COMMITTEE_REPORT.format(body=body)
    assert held <= of(text, "heldOn")
    assert {(g, "ga/special-political-committee") for g, _ in held} <= of(text, "meetingOf")


@pytest.mark.parametrize(
    "body",
    [
        # another body's meeting named before
        "1.\tThe Economic and Social Council took note of the item at the 18th meeting, on 4 November 2034.\n",
    ],
)
def test_the_nth_meeting_of_another_body_is_not_the_committees(body):
    assert not any(g.startswith("ga/special-political-committee#") for g, _ in of(COMMITTEE_REPORT.format(body=body), "meetingOf"))


def test_the_nth_meeting_in_another_document_is_no_committees():
    text = SC_REPORT.format(body="1. The matter was discussed at the 18th meeting, on 4 November 2034.")
    assert not any(g.startswith("ga/special-political-committee#") for g, _ in of(text, "meetingOf"))


def test_a_committees_draft_resolution_carries_no_fact():
    body = (
        "1.\tAt the 22nd meeting, on 19 November, the Committee had before it a revised draft resolution (A/C.4/89/L.7/Rev.1), "
        "submitted by the representative of Fiji.\n"
        "2.\tAt the same meeting, the Committee had before it a note by the Secretariat (A/C.4/89/5).\n"
    )
    text = COMMITTEE_REPORT.format(body=body)
    assert not any(s == "A/C.4/89/L.7/Rev.1" for s, _ in of(text, "submittedTo"))
