"""requests and encourages in the rarer operative verbs of UN drafting practice (round 3):
"Tasks ... with / to", "Charges ... with", "Exhorts", a body that "is mandated to", and "to
continue to" after the usual verbs; with what names no mandate: the same words as nouns, a
preambular participle, States in general, a mandate extended (no new task, no new body)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

ES = "ccr/executive-secretary"
WG = "ccr/wg-early-warning"
SECRETARIAT = "ccr/secretariat"
COMMITTEE = "ccr/committee-on-data"


def tasked(*paragraphs: str) -> set[tuple[str, str]]:
    text = in_resolution(*paragraphs)
    return facts(text, "requests") | facts(text, "invites") | facts(text, "encourages")


REQUESTS = [
    ("1. Tasks the Working Group with preparing draft guidelines on early warning;", WG),
    ("1. Tasks the Working Group on Early Warning Systems to prepare draft guidelines;", WG),
    ("1. Also tasks the Committee on Coastal Data with the review of the indicators;", COMMITTEE),
    ("1. Charges the Committee on Coastal Data with the preparation of a glossary;", COMMITTEE),
    ("1. Further charges the Executive Secretary with convening a meeting of experts;", ES),
    ("1. Decides that the Working Group on Early Warning Systems is mandated to prepare draft guidelines;", WG),
    ("1. Takes note of the report;\n\n2. The Committee on Coastal Data is hereby mandated to review the indicators;", COMMITTEE),
    ("1. Requests the Executive Secretary to report thereon to the Commission at its thirteenth session;", ES),
    ("1. Calls upon the Executive Secretary to continue to support the Working Group;", ES),
    ("1. Requests the secretariat:\n\n(a) To prepare a report on early warning;\n\n(b) To convene a meeting of experts;", SECRETARIAT),
]


@pytest.mark.parametrize("paragraph, addressee", REQUESTS)
def test_requests(paragraph: str, addressee: str) -> None:
    assert (RESOLUTION, addressee) in facts(in_resolution(paragraph), "requests")


ENCOURAGES = [
    ("1. Exhorts the Working Group to complete its work before the thirteenth session;", WG),
    ("1. Also exhorts the Committee on Coastal Data to share its data;", COMMITTEE),
    ("1. Invites the Working Group to continue to exchange information on early warning;", WG),
    ("1. Further invites the Committee on Coastal Data to continue to cooperate with the Working Group;", COMMITTEE),
    ("1. Invites all stakeholders, in particular the Committee on Coastal Data, to contribute;", COMMITTEE),
    ("1. Invites Member States, as well as the Committee on Coastal Data, to contribute;", COMMITTEE),
]


@pytest.mark.parametrize("paragraph, addressee", ENCOURAGES)
def test_encourages(paragraph: str, addressee: str) -> None:
    assert (RESOLUTION, addressee) in tasked(paragraph)


NO_MANDATE = [
    # the verbs as nouns, or not opening the paragraph
    ("1. Decides that the tasks of the Working Group shall be reviewed at its thirteenth session;", WG),
    ("1. Notes that the charges of the Committee on Coastal Data are set out in its terms of reference;", COMMITTEE),
    # a preambular participle tells no mandate
    ("Exhorting the Working Group to complete its work,", WG),
    ("Noting that the Working Group was mandated to prepare guidelines by the Economic and Social Council,", WG),
    # States in general are no addressee of the Commission's bodies
    ("1. Exhorts Member States to share data with the Committee on Coastal Data;", COMMITTEE),
    # a mandate extended gives the body no new task and creates no body
    ("1. Decides to extend the mandate of the Working Group on Early Warning Systems for a further period of three years;", WG),
    ("1. Renews the mandate of the Committee on Coastal Data for a further period of two years;", COMMITTEE),
]


@pytest.mark.parametrize("paragraph, body", NO_MANDATE)
def test_no_mandate(paragraph: str, body: str) -> None:
    text = in_resolution(paragraph)
    found = facts(text, "requests") | facts(text, "invites") | facts(text, "encourages") | facts(text, "establishes")
    assert (RESOLUTION, body) not in found


@pytest.mark.parametrize("paragraph", [
    # "to report to it at its thirteenth session": "it" and "its" are the body speaking
    "1. Requests the Executive Secretary to report to it at its thirteenth session on the implementation of the present resolution;",
    "1. Requests the Working Group to report to it, at its thirteenth session, on progress made;",
    "1. Requests the Working Group to submit its report to it for consideration at its thirteenth session;",
    "1. Requests the Executive Secretary to report thereon to the Commission at its thirteenth session;",
])
def test_the_session_a_report_is_due_at(paragraph: str) -> None:
    assert ("ccr#13", "ccr") in facts(in_resolution(paragraph), "meetingOf")


def test_its_session_after_a_body_that_holds_sessions_is_that_bodys() -> None:
    text = in_resolution("1. Requests the Executive Secretary to report to the Committee on Coastal Data at its third session;")
    assert ("ccr/committee-on-data#3", "ccr/committee-on-data") in facts(text, "meetingOf")
    assert ("ccr#3", "ccr") not in facts(text, "meetingOf")
