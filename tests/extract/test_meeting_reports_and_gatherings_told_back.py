"""E235: a Meeting's report and the gatherings, papers and bodies its narrative names again.

Families read from the retired u285–u287 (a Meeting of States Parties' report, a COP decision, a
forum's session report in Markdown), tried on invented text for other bodies:

- a report titled by the ordinal before a treaty meeting's own name ("Report of the twelfth Meeting of
  States Parties", "Report of the Ninth Meeting of the Parties to the Convention …"): `reportOf` that
  meeting, and no `submittedTo` of the report to its own meeting (the set's convention, u80, u192);
- a sitting opening the sentence ("At its 5th meeting, on …, the Meeting adopted decision 12/3 on the
  dates of the thirteenth Meeting"): the gathering named after the verb is the subject matter, not
  where the decision was adopted;
- "It was convened by the Secretary-General in accordance with …" right after a sentence saying the
  gathering was held: the gathering's `pursuantTo`;
- "requested that working group to submit …": a demonstrative and a few describing words before the
  head noun name back the body the sentence created;
- papers "on the progress of work in the Commission at its thirtieth and thirty-first sessions (A and
  B, respectively)": each the report of its session;
- "The thirtieth session was held … and the thirty-first from …": the ordinal alone after "and the";
- "Having considered the compilation (synthesis, overview) prepared by the Secretariat … (X)": a paper
  named by its kind, and a participle of origin set off before the next paper ("(X), prepared pursuant
  to …, and the report of … (Y)");
- a resolution's closing lines "6th meeting" / "9 May 2031" in a converter's italics: `adoptedOn`;
- "shall hold a third and final meeting", "will hold a second meeting": the holder's own gathering.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract import phrasing

DATA = Path(__file__).resolve().parents[1] / "data"
extracted = phrasing.extracted_with(DATA / "phrasing_treaty.ttl", DATA / "phrasing_states_parties.ttl")


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


MSP_REPORT = (
    "TCMSP/12/9\n\nMeeting of States Parties to the Convention on Tidal Commons\n\nDistr.: General\n2 July 2031\n\n"
    "Original: English\n\nTwelfth Meeting\nNew York, 9–13 June 2031\n\n{title}\n\nI. Introduction\n\n1. {s}\n"
)
MSP_TITLE = "Report of the twelfth Meeting of States Parties"
MOP_REPORT = (
    "CW/MOP.9/12\n\nMeeting of the Parties to the Convention on Coastal Wetlands\n\nDistr.: General\n30 June 2031\n\n"
    "Original: English\n\nNinth meeting\nRamsar, 2–5 June 2031\n\n{title}\n\nI. Opening of the meeting\n\n1. {s}\n"
)


def in_msp_report(sentence: str, title: str = MSP_TITLE) -> str:
    return MSP_REPORT.format(title=title, s=sentence)


# --------------------------------------------------------------------------- the report's own title


@pytest.mark.parametrize(
    "frame, title, symbol, meeting",
    [
        (MSP_REPORT, "Report of the twelfth Meeting of States Parties", "TCMSP/12/9", "tc-msp#12"),
        (MSP_REPORT, "Report of the Twelfth Meeting of States Parties to the Convention on Tidal Commons", "TCMSP/12/9", "tc-msp#12"),
        (MOP_REPORT, "Report of the Ninth Meeting of the Parties to the Convention on Coastal Wetlands", "CW/MOP.9/12", "cw-mop#9"),
    ],
)
def test_a_report_titled_by_the_ordinal_before_the_meetings_name_is_that_meetings(frame: str, title: str, symbol: str, meeting: str) -> None:
    text = frame.format(title=title, s="The Meeting was opened by the President.")
    assert (symbol, meeting) in facts(text, "reportOf")
    # the set's convention: a session's own report is not sent to that session (u80, u192)
    assert (symbol, meeting) not in facts(text, "submittedTo")


def test_a_report_to_the_meeting_by_another_author_is_no_report_of_it() -> None:
    text = in_msp_report("The present report is submitted to the Meeting.", title="Report of the Secretary-General to the twelfth Meeting of States Parties")
    assert not {o for s, o in facts(text, "reportOf") if s == "TCMSP/12/9"}


# --------------------------------------------------------------------------- a sitting opens the sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 5th meeting, on 13 June 2031, the Meeting adopted decision 12/3 on the dates of the thirteenth Meeting.",
        "At its 4th meeting, the Meeting adopted decision 12/3 on the venue of the thirteenth Meeting, by which it decided that the thirteenth Meeting would be held in New York.",
    ],
)
def test_a_decision_adopted_at_a_sitting_is_not_adopted_at_the_meeting_it_is_about(sentence: str) -> None:
    adopted = facts(in_msp_report(sentence), "adoptedAt")
    assert ("tc-msp/dec/12/3", "tc-msp#12") in adopted
    assert ("tc-msp/dec/12/3", "tc-msp#13") not in adopted


def test_a_session_opening_the_sentence_still_adopts() -> None:
    text = phrasing.ACTION_TAKEN.format(s="At its twelfth session, the Commission adopted resolution 12/4 on the preparations for its thirteenth session.")
    adopted = facts(text, "adoptedAt")
    assert ("ccr/res/12/4", "ccr#12") in adopted
    assert ("ccr/res/12/4", "ccr#13") not in adopted


# --------------------------------------------------------------------------- "It was convened ... in accordance with"


@pytest.mark.parametrize(
    "second, instrument",
    [
        ("It was convened by the Secretary-General in accordance with article 9 of the Convention and paragraph 4 of General Assembly resolution 85/66.", "ga/res/85/66"),
        ("It was convened pursuant to General Assembly resolution 85/66.", "ga/res/85/66"),
        ("It was held in accordance with decision 11/4 of the Meeting.", "tc-msp/dec/11/4"),
    ],
)
def test_it_was_convened_under_a_mandate_after_the_gathering_was_held(second: str, instrument: str) -> None:
    sentence = "The twelfth Meeting of States Parties to the Convention on Tidal Commons was held in New York from 9 to 13 June 2031. " + second
    assert ("tc-msp#12", instrument) in facts(in_msp_report(sentence), "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # no gathering said to be held right before: "It" is not the gathering
        "The Commission on Tidal Boundaries was established under the Convention. It was convened by the Secretary-General in accordance with General Assembly resolution 85/66.",
        # "It" opening the paragraph
        "It was convened by the Secretary-General in accordance with General Assembly resolution 85/66.",
    ],
)
def test_it_names_no_gathering_not_said_to_be_held_right_before(sentence: str) -> None:
    text = in_msp_report(sentence, title="Note by the Secretariat")
    assert not {s for s, o in facts(text, "pursuantTo") if o == "ga/res/85/66"}


# --------------------------------------------------------------------------- "that working group"


@pytest.mark.parametrize(
    "sentence, group",
    [
        (
            "The Meeting recalled that, by its decision 10/3, it had established an open-ended working group on tidal data, and had requested that working group to report to the twelfth Meeting.",
            "working-group-on-tidal-data",
        ),
        (
            "By decision 10/3, the Meeting established an ad hoc expert group on sediment transport and asked that ad hoc expert group to submit its findings.",
            "expert-group-on-sediment-transport",
        ),
    ],
)
def test_a_body_named_back_by_that_and_its_kind_is_requested(sentence: str, group: str) -> None:
    requested = {o for s, o in facts(in_msp_report(sentence), "requests") if s == "tc-msp/dec/10/3"}
    assert any(group in o for o in requested), requested


def test_a_task_on_a_group_is_no_request_of_it() -> None:
    sentence = (
        "By decision 10/3, the Meeting established an expert group on sediment transport, decided that the expert group would serve as a "
        "standing body, and requested the secretariat to service the expert group, within existing resources."
    )
    requested = {o for s, o in facts(in_msp_report(sentence), "requests") if s == "tc-msp/dec/10/3"}
    assert not any("sediment" in o for o in requested), requested


# --------------------------------------------------------------------------- progress of work at sessions


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        (
            "The Meeting had before it the statements by the Chair of the Commission on the progress of work in the Commission at its thirtieth and thirty-first sessions (TCB/30/2 and TCB/31/2, respectively).",
            {("TCB/30/2", "tc-commission#30"), ("TCB/31/2", "tc-commission#31")},
        ),
        (
            "The Meeting took note of the statement by the Chair on the progress of work in the Commission on Tidal Boundaries at its thirtieth session (TCB/30/2).",
            {("TCB/30/2", "tc-commission#30")},
        ),
        (
            "The Meeting had before it the information on the work of the Commission at its thirty-first session (TCB/31/2).",
            {("TCB/31/2", "tc-commission#31")},
        ),
    ],
)
def test_a_paper_on_the_work_at_a_session_is_that_sessions_report(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= facts(in_msp_report(sentence), "reportOf")


def test_a_paper_on_the_work_of_a_body_at_no_session_reports_none() -> None:
    sentence = "The Meeting had before it the report of the Secretary-General on the work of the Organization (A/86/1)."
    assert not {o for s, o in facts(in_msp_report(sentence), "reportOf") if s == "A/86/1"}


# --------------------------------------------------------------------------- "and the thirty-first from ..."


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The thirtieth session of the Commission was held in Kingston from 3 to 14 March 2031 and the thirty-first from 1 to 12 September 2031.", "Kingston"),
        ("The Commission held its thirtieth session in Suva from 3 to 14 March 2031, and the thirty-first from 1 to 12 September 2031.", None),
    ],
)
def test_an_ordinal_alone_after_and_the_is_the_next_session(sentence: str, place: str | None) -> None:
    text = phrasing.in_note(sentence)
    assert ("ccr#31", "2031-09-01/2031-09-12") in facts(text, "heldOn")
    assert ("ccr#30", "2031-03-03/2031-03-14") in facts(text, "heldOn")
    if place:
        assert ("ccr#31", place) in facts(text, "heldIn")


def test_a_lower_ordinal_after_and_the_is_no_next_session() -> None:
    text = phrasing.in_note("The thirtieth session of the Commission was held in Kingston from 3 to 14 March 2031 and the first from 1 to 12 September 2031.")
    assert not {s for s, o in facts(text, "heldOn") if s == "ccr#1"}


# --------------------------------------------------------------------------- papers named by their kind


@pytest.mark.parametrize(
    "recital, symbol",
    [
        ("Having considered the compilation prepared by the Secretariat pursuant to decision 15/2 (RS/COP.16/7),", "RS/COP.16/7"),
        ("Having considered the synthesis of the views submitted by Parties (RS/COP.16/8),", "RS/COP.16/8"),
        ("Having considered the overview prepared by the Secretariat (RS/COP.16/INF/3),", "RS/COP.16/INF/3"),
    ],
)
def test_a_paper_named_by_its_kind_is_before_the_meeting(recital: str, symbol: str) -> None:
    text = phrasing.COP_DECISION.replace("1. {s}\n", recital + "\n\n1. Decides to continue its work.\n")
    assert (symbol, "rs-cop#16") in facts(text, "submittedTo")


def test_a_compilation_only_taken_note_of_is_not_sent() -> None:
    text = phrasing.COP_DECISION.replace("1. {s}\n", "Taking note of the compilation prepared by the Secretariat (RS/COP.16/7),\n\n1. Decides to continue its work.\n")
    assert ("RS/COP.16/7", "rs-cop#16") not in facts(text, "submittedTo")


@pytest.mark.parametrize(
    "participle",
    ["prepared pursuant to decision 15/2", "submitted in accordance with decision 15/2", "issued under decision 15/2", "which was prepared pursuant to decision 15/2"],
)
def test_a_participle_of_origin_between_two_papers_considered(participle: str) -> None:
    recital = (
        f"Having considered the note by the Secretariat on reef monitoring (RS/COP.16/4), {participle}, "
        "and the report of the Technical Panel on its second meeting (RS/COP.16/6),"
    )
    text = phrasing.COP_DECISION.replace("1. {s}\n", recital + "\n\n1. Decides to continue its work.\n")
    assert {("RS/COP.16/4", "rs-cop#16"), ("RS/COP.16/6", "rs-cop#16")} <= facts(text, "submittedTo")


def test_a_paper_the_first_was_prepared_in_the_light_of_is_not_considered() -> None:
    recital = "Having considered the note by the Secretariat (RS/COP.16/4), prepared in the light of the report of the Technical Panel (RS/COP.16/6),"
    text = phrasing.COP_DECISION.replace("1. {s}\n", recital + "\n\n1. Decides to continue its work.\n")
    sent = facts(text, "submittedTo")
    assert ("RS/COP.16/4", "rs-cop#16") in sent
    assert ("RS/COP.16/6", "rs-cop#16") not in sent


# --------------------------------------------------------------------------- closing lines in italics


@pytest.mark.parametrize("closing", ["*6th meeting*\n*12 March 2031*", "6th meeting\n12 March 2031", "*9th plenary meeting*\n*12 March 2031*"])
def test_a_resolutions_closing_sitting_and_day_give_its_adoption_day(closing: str) -> None:
    text = phrasing.in_resolution("1. *Requests* the secretariat to report.", closing, "# Chapter II", "3. The Commission held its twelfth session in New York.")
    assert (phrasing.RESOLUTION, "2031-03-12") in facts(text, "adoptedOn")


def test_a_sitting_without_its_day_gives_no_adoption_day() -> None:
    text = phrasing.in_resolution("1. *Requests* the secretariat to report.", "*6th meeting*", "# Chapter II", "3. The session was opened on 10 March 2031.")
    assert not {o for s, o in facts(text, "adoptedOn") if s == phrasing.RESOLUTION}


# --------------------------------------------------------------------------- "hold a third and final meeting"


@pytest.mark.parametrize(
    "clause",
    [
        "2. Decides that the Working Group on Early Warning Systems shall hold a third and final meeting before the thirteenth session;",
        "2. Decides that the Working Group on Early Warning Systems will hold a third meeting in 2032;",
        "2. Decides that the Working Group on Early Warning Systems shall hold its third and last meeting in Bangkok;",
    ],
)
def test_a_gathering_a_body_holds_is_its_own(clause: str) -> None:
    text = phrasing.in_resolution("1. Takes note of the work done;", clause)
    assert ("ccr/wg-early-warning#3", "ccr/wg-early-warning") in facts(text, "meetingOf")


def test_a_count_of_annual_sessions_is_no_gathering() -> None:
    text = phrasing.in_resolution("1. Decides to hold a second annual session in 2032;")
    assert not {s for s, o in facts(text, "meetingOf") if s.endswith("#2")}
