"""requests and encourages (invites) in the wording of UN operative paragraphs: the verbs of the
Editorial Manual's list in their operative, "Also"/"Further" and passive forms, and the ways an
addressee is written (full name, short name, "its Bureau", "the secretariat", an officer, two
bodies joined, "in cooperation with" naming a partner that is not addressed)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

ES = "ccr/executive-secretary"
WG = "ccr/wg-early-warning"
BUREAU = "ccr/bureau"
SECRETARIAT = "ccr/secretariat"
COMMITTEE = "ccr/committee-on-data"

REQUESTS = [
    ("1. Requests the Executive Secretary to submit a report on the matter;", ES),
    ("2. Further requests the Executive Secretary to report thereon;", ES),
    ("3. Also requests the Working Group on Early Warning Systems to continue its work;", WG),
    ("4. Calls upon the Committee on Coastal Data to review the indicators;", COMMITTEE),
    ("5. Calls on the Committee on Coastal Data to review the indicators;", COMMITTEE),
    ("6. Directs the Working Group to hold two meetings before the thirteenth session;", WG),
    ("7. Mandates the Working Group on Early Warning to prepare draft guidelines;", WG),
    ("8. Instructs the Executive Secretary to convene a meeting of experts;", ES),
    ("9. Entrusts the Committee on Coastal Data with the preparation of a glossary;", COMMITTEE),
    ("10. Authorizes the Bureau to decide on the dates of the intersessional meetings;", BUREAU),
    ("11. Requests its Bureau to prepare the provisional agenda;", BUREAU),
    ("12. Requests the Bureau and the Executive Secretary to consult Member States;", BUREAU),
    ("13. Requests the Bureau and the Executive Secretary to consult Member States;", ES),
    ("14. Requests the Working Group, as well as the Committee on Coastal Data, to report annually;", COMMITTEE),
    ("15. Requests the Working Group, as well as the Committee on Coastal Data, to report annually;", WG),
    ("16. Requests the Executive Secretary, in cooperation with the World Meteorological Organization, to prepare a study;", ES),
    ("16. Decides to remain seized of the matter;\n\n17. The Executive Secretary is requested to transmit the present resolution to all Member States;", ES),
    ("18. Further requests the Executive Secretary, within existing resources, to support the Working Group;", ES),
    ("19. Requests the secretariat to compile the replies received;", SECRETARIAT),
    ("20. Reiterates its request to the Executive Secretary to submit the study;", ES),
]


@pytest.mark.parametrize("paragraph, addressee", REQUESTS)
def test_requests(paragraph: str, addressee: str) -> None:
    assert (RESOLUTION, addressee) in facts(in_resolution(paragraph), "requests")


ENCOURAGES = [
    ("1. Invites the Working Group on Early Warning Systems to consider the matter;", WG),
    ("2. Encourages the Committee on Coastal Data to share its data;", COMMITTEE),
    ("3. Urges the Executive Secretary to give priority to the least developed countries;", ES),
    ("4. Also invites the Bureau to consult the regional groups;", BUREAU),
    ("5. Further encourages the Working Group to cooperate with the regional commissions;", WG),
    ("6. Appeals to the Committee on Coastal Data to make its findings public;", COMMITTEE),
    ("7. Strongly encourages the Executive Secretary to seek extrabudgetary resources;", ES),
    ("8. Invites the Bureau and the Working Group to coordinate their schedules;", WG),
    ("9. Invites the Bureau and the Working Group to coordinate their schedules;", BUREAU),
    ("10. Encourages the secretariat to use the official languages;", SECRETARIAT),
    ("11. Reiterates its invitation to the Committee on Coastal Data to report to the Commission;", COMMITTEE),
    ("12. Once again urges the Working Group to complete its work;", WG),
    ("13. Invites the Executive Secretary, in consultation with the Bureau, to propose a calendar;", ES),
    ("14. Encourages the Working Group on Early Warning to consider holding its meetings online;", WG),
    ("15. Urges the Committee on Coastal Data to adopt its report by consensus;", COMMITTEE),
]


@pytest.mark.parametrize("paragraph, addressee", ENCOURAGES)
def test_encourages(paragraph: str, addressee: str) -> None:
    assert (RESOLUTION, addressee) in facts(in_resolution(paragraph), "invites") | facts(
        in_resolution(paragraph), "encourages"
    )


NOT_ADDRESSED = [
    # "in cooperation with" names a partner, not an addressee
    ("1. Requests the Executive Secretary, in cooperation with the Working Group, to prepare a study;", WG),
    # the deadline of a request is no addressee
    ("2. Requests the Executive Secretary to report to the Committee on Coastal Data at its next session;", COMMITTEE),
    # another body's act narrated in a preamble is not the resolution's request
    ("Noting that the Working Group requested the Executive Secretary to prepare a study,", ES),
    ("Recalling that the Economic and Social Council, in its resolution 2029/4, requested the Committee on Coastal Data to consider the matter,", COMMITTEE),
    # a request to States in general names no body of the Commission
    ("3. Requests Member States to inform the Executive Secretary of their measures;", ES),
]


@pytest.mark.parametrize("paragraph, body", NOT_ADDRESSED)
def test_not_addressed(paragraph: str, body: str) -> None:
    text = in_resolution(paragraph)
    assert (RESOLUTION, body) not in facts(text, "requests") | facts(text, "invites") | facts(text, "encourages")


TOLD = "In its resolution 11/2, the Commission requested the Executive Secretary to prepare a report on early warning."


@pytest.mark.parametrize("paragraph, relation", [
    # a Secretariat note telling of a resolution goes on, in a new paragraph, with what it also did
    ("The Commission further requested the Committee on Coastal Data to contribute to the report.", "requests"),
    ("The Commission also invited the Committee on Coastal Data to contribute to the report.", "invites"),
])
def test_a_narrated_instrument_told_on_in_the_next_paragraph(paragraph: str, relation: str) -> None:
    assert ("ccr/res/11/2", COMMITTEE) in facts(in_note(TOLD, paragraph), relation)


@pytest.mark.parametrize("first, paragraph", [
    # another body's request is not the resolution's
    (TOLD, "The Economic and Social Council further requested the Committee on Coastal Data to contribute to the report."),
    # two instruments told of before: which one is not said
    ("The Commission, in its resolutions 11/2 and 11/3, requested the Executive Secretary to prepare a report.",
     "The Commission further requested the Committee on Coastal Data to contribute to the report."),
])
def test_no_narrated_instrument_to_tell_on(first: str, paragraph: str) -> None:
    assert not {s for s, o in facts(in_note(first, paragraph), "requests") if o == COMMITTEE}
