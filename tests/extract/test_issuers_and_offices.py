"""A1's families 6 and 7 (E240): the issuer of a bare number, and offices the reference data lacks.

- A bare "resolution 58/153" the default reading gave the document's own body (the report of a
  commission on its twelfth session) whose session is above the body's present one (its
  masthead's) cannot be the body's: it is the General Assembly's, unless its day fits no session of
  the Assembly ("of 19 May 2028"), when it is nobody's here; "Commission resolution 84/1" (a short
  name) past the Commission's present session is another commission's, unnamed (no issuer).
- "the Executive Director" (a shipped officer's title alone) in a document of a body a user's file
  describes that never names that officer's organization is the document's own organization's
  officer, which the reference data lacks: no fact, not the one shipped office of that title (a
  shipped body's document keeps the office the shipped data declares, `test_titles_of_office.py`). A user's file that adds the officer
  is the evidence, and offices and boards a user's file describes (a Chair, the Chair of a working
  group, a joint board) are read by the rules as any body.

Near misses: the body's own present and earlier sessions, an issuer named in full, a year-numbered
"Council decision", a presidential statement, the Chair informing, a partner "in consultation
with", a request told as history.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, in_note, in_resolution, in_sg_report, extracted_with

OFFICES = extracted_with(Path(__file__).resolve().parents[1] / "data" / "phrasing_offices.ttl")


def facts(text: str, *relations: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in OFFICES(text) if r in relations}


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (ACTION_TAKEN.format(s="The Commission recalled resolution 58/153 of 22 December 2003."), "ga/res/58/153"),
        (ACTION_TAKEN.format(s="The Commission recalled resolution 58/153 on coastal warning."), "ga/res/58/153"),
        (in_resolution("Recalling resolution 60/124 of 15 December 2005, by which the Fund was instituted,"), "ga/res/60/124"),
        (in_note("Resolution 86/176 of 17 December 2031 requested the Secretary-General to report."), "ga/res/86/176"),
        (in_note("By resolution 40/12 of 2 February 1986, the States were invited to report."), "ga/res/40/12"),
    ],
)
def test_a_bare_number_past_the_present_session_is_the_assemblys(text: str, cited: str) -> None:
    mentioned = {o for s, o in facts(text, "mentions")}
    assert cited in mentioned
    assert "ccr/" + cited.removeprefix("ga/") not in mentioned


def test_the_day_of_a_number_past_the_present_session_says_whose_it_is() -> None:
    # 22 December 2003 is in the Assembly's fifty-eighth session; 19 May 2028 in no eighty-fourth
    assert ("ga/res/58/153", "2003-12-22") in facts(in_resolution("Recalling resolution 58/153 of 22 December 2003,"), "adoptedOn")
    mentioned = {o for s, o in facts(in_resolution("Recalling resolution 84/1 of 19 May 2028,"), "mentions")}
    assert not mentioned & {"ccr/res/84/1", "ga/res/84/1"}


def test_a_short_name_past_its_bodys_present_session_is_another_bodys() -> None:
    text = ACTION_TAKEN.format(s="The Commission recalled Commission resolution 84/1 of 19 May 2028.")
    assert not {o for s, o in facts(text, "mentions") if "/res/84/1" in o}


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (in_note("Recalling resolution 12/3 of 14 March 2031, the Commission requested the Secretariat to report."), "ccr/res/12/3"),
        (ACTION_TAKEN.format(s="The Commission recalled resolution 11/2 on coastal data."), "ccr/res/11/2"),
        (ACTION_TAKEN.format(s="The Commission recalled Commission resolution 11/3 of 19 May 2030."), "ccr/res/11/3"),
        (ACTION_TAKEN.format(s="The Commission recalled Council decision 2031/215."), "ecosoc/dec/2031/215"),
        (ACTION_TAKEN.format(s="The Commission recalled Human Rights Council resolution 52/3 of 4 April 2023."), "hrc/res/52/3"),
        (in_note("More recently, in its resolution 86/176 of 17 December 2031, the Assembly called upon all States to act."), "ga/res/86/176"),
    ],
)
def test_numbers_of_the_present_and_earlier_sessions_and_named_issuers_stay(text: str, own: str) -> None:
    assert own in {o for s, o in facts(text, "mentions")}


def test_the_assemblys_own_report_keeps_its_numbers() -> None:
    assert ("ga/res/58/153", "2003-12-22") in in_sg_report(
        "Recalling resolution 58/153 of 22 December 2003, the Assembly requested the Secretary-General to report.", "adoptedOn"
    )


def test_a_shipped_bodys_document_keeps_the_office_the_shipped_data_declares() -> None:
    # the Assembly's report: the shipped data's "Executive Director" (test_titles_of_office.py)
    sentence = "In its resolution 78/12, the Assembly asked the Executive Director to report on its implementation."
    assert in_sg_report(sentence, "requests") == {("ga/res/78/12", "unodc/executive-director")}


@pytest.mark.parametrize(
    "text",
    [
        in_resolution("Requests the Executive Director to report to the Commission at its thirteenth session;"),
        in_note("In its resolution 11/4, the Commission asked the Executive Director to report on its implementation."),
    ],
)
def test_a_shipped_officers_title_alone_in_a_commissions_papers(text: str) -> None:
    assert not {o for s, o in facts(text, "requests") if o.endswith("executive-director")}


@pytest.mark.parametrize(
    "sentence",
    [
        "UNODC prepared the study. In its resolution 78/12, the Assembly asked the Executive Director to report.",
        "In its resolution 78/12, the Assembly asked the Executive Director of the United Nations Office on Drugs and Crime to report.",
        "The United Nations Office on Drugs and Crime prepared the study. In its resolution 78/12, the Assembly requested the Executive Director to report.",
    ],
)
def test_the_officer_of_an_organization_the_document_names_is_read(sentence: str) -> None:
    assert ("ga/res/78/12", "unodc/executive-director") in in_sg_report(sentence, "requests")


@pytest.mark.parametrize(
    ("text", "relation", "fact"),
    [
        (in_resolution("Requests its Chair to transmit the present resolution to the President of the Economic and Social Council;"), "requests", ("ccr/res/12/1", "ccr/chair")),
        (in_resolution("Requests the Chair of the Commission to convene an informal meeting;"), "requests", ("ccr/res/12/1", "ccr/chair")),
        (in_resolution("Requests the Chair of the Working Group on Early Warning Systems to report to the Commission;"), "requests", ("ccr/res/12/1", "ccr/wg-early-warning/chair")),
        (in_resolution("Invites the Joint Advisory Board on Coastal Hazards to consider the findings;"), "invites", ("ccr/res/12/1", "ccr/joint-board")),
        (in_note("In its resolution 11/4, the Commission invited the Joint Advisory Board on Coastal Hazards to consider the findings."), "invites", ("ccr/res/11/4", "ccr/joint-board")),
        (in_note("In its resolution 11/4, the Commission requested its Chair to convene a meeting."), "requests", ("ccr/res/11/4", "ccr/chair")),
        (in_note("In its resolution 11/4, the Commission instructed the Secretary-General to report."), "requests", ("ccr/res/11/4", "secretary-general")),
    ],
)
def test_offices_and_boards_a_users_file_describes_are_read(text: str, relation: str, fact: tuple[str, str]) -> None:
    assert fact in facts(text, relation)


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        (in_resolution("Requests the Secretariat, in consultation with the Bureau, to prepare the agenda;"), "ccr/bureau"),
        (in_resolution("Requests the Secretariat, in consultation with the Chair, to prepare the agenda;"), "ccr/chair"),
        (ACTION_TAKEN.format(s="The Chair informed the Commission that the Bureau had met twice."), "ccr/bureau"),
        (ACTION_TAKEN.format(s="The Commission recalled that it had requested its Chair to review the programme of work."), "ccr/chair"),
    ],
)
def test_near_misses_ask_no_office(text: str, not_asked: str) -> None:
    assert not_asked not in {o for s, o in facts(text, "requests", "invites")}


def test_a_presidential_statement_asks_no_one() -> None:
    assert in_sg_report("The President of the Security Council made a statement on behalf of the Council.", "requests") == set()
