"""What E221, E223 and E225 left (E229, u270, u275, u279, u178), on invented text:

- a list announced by "had before it, at its 12th meeting:" whose lettered entry gives a title alone,
  closed by a note's mark ("(a) Report of ... on its second session;1"), its symbol in the footnote
  ("1 Official Records ..., Supplement No. 48 (A/91/48)." or "1 A/91/48."): the list goes on past
  it (it read as a heading, which ended the list) and the footnote's document goes where the list's
  do (`relate._DocumentMemory.entry_noted_below`, `Reader.footnoted_submission`);
- decision points forwarded by e-mail (no author): "Requests the Executive Director" is the one of
  the points' board's family (`resolve.Scope.short`), and points under one agenda item are one part
  of the text, "the working group" one point created being the one the next point requests
  (`relate.born_part`); "will be issued as X and will be considered by the Board at its 32nd
  meeting" sends X there (`documents._ISSUED_AS_THEN`); "The official document of decisions,
  recommendations and conclusions of the meeting will be issued as X" is that meeting's report
  (`relate._REPORT_ON`);
- a board's summary of work: "The Chair of the open-ended informal working group on field visits of
  the Executive Board, established by decision 2029/EB.A/4," (a body described in lower case whose
  topic ends on a known body's name; `Reader.described_with_a_body_last`), and "introduced the
  policy, which had been prepared pursuant to decision 2030/EB.2/6" under the item's heading
  naming the policy's paper (`Reader.heading_paper_under_mandate`);
- "the Secretariat" of a committee of the General Assembly is the Secretariat of the United Nations
  a user's file declares (`own_secretariat._organization_secretariat`); a treaty's conference keeps
  its own, a working group of a council under the Assembly its line's.

Reference data: tests/data/boards_left_e229.ttl, decision_points_told_e225.ttl, boards_of_funds_e221.ttl."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

DATA = Path(__file__).resolve().parents[1] / "data"
assembly = extracted_with(DATA / "boards_left_e229.ttl")
boards = extracted_with(DATA / "decision_points_told_e225.ttl", DATA / "boards_of_funds_e221.ttl", DATA / "boards_left_e229.ttl")
funds = extracted_with(DATA / "boards_of_funds_e221.ttl")


def of(facts: tuple[tuple[str, str, str], ...], relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts if r == relation}


# ---------------------------------------------------------------- a list's entry closed by a note's mark

COMMITTEE_REPORT = """                                                                      A/91/702
United Nations                                         Distr.: General
General Assembly                                       2 December 2036
                                                       Original: English
Ninety-first session
Agenda item 19

            Sustainable development

            Report of the Second Committee

            Rapporteur: Ms. Ana Ruiz (Chile)

   I. Introduction

          1.    The Second Committee considered the item at its 12th meeting, on
          30 October 2036.

          2.    For its consideration of the item, the Committee had before it, at its 12th meeting:

                (a)    {entry}

                (b)    Note by the Secretary-General on soil health (A/91/215);

                (c)    Report of the Secretary-General on desertification (A/91/230).

          3.    At the 12th meeting, the Chair introduced the item.


          __________________
            1 {note}



          36-20411 (E)    041236
          *3620411*

\fA/91/702

   II. Recommendation of the Second Committee

          4.    The Second Committee recommends to the General Assembly the adoption of the following draft decision:
"""

ENTRY = "Report of the Intergovernmental Negotiating Committee on a Framework\n          Convention on Soil Health on its second session;1"
SUPPLEMENT = "Official Records of the General Assembly, Ninety-first Session, Supplement No. 48 (A/91/48)."
MEETING = "ga/second-committee#12"


@pytest.mark.parametrize(
    ("entry", "note"),
    [
        (ENTRY, SUPPLEMENT),
        (ENTRY, "A/91/48."),
        # the title on one line, a document of another kind
        ("Note by the Secretariat on the programme of work for 2037;1", SUPPLEMENT),
    ],
    ids=["supplement", "symbol-alone", "one-line"],
)
def test_an_entry_whose_symbol_a_footnote_gives_goes_with_the_list(entry: str, note: str) -> None:
    sent = of(assembly(COMMITTEE_REPORT.format(entry=entry, note=note)), "submittedTo")
    assert {("A/91/48", MEETING), ("A/91/215", MEETING), ("A/91/230", MEETING)} <= sent


def test_a_note_that_is_a_sentence_gives_the_entry_nothing() -> None:
    # near miss: the note comments on the entry, citing another document
    text = COMMITTEE_REPORT.format(entry=ENTRY, note="See also the report on the first session (A/90/48), para. 3.")
    sent = of(assembly(text), "submittedTo")
    assert ("A/90/48", MEETING) not in sent
    assert {("A/91/215", MEETING), ("A/91/230", MEETING)} <= sent


def test_a_marked_entry_of_no_announced_list_sends_nothing() -> None:
    # near miss: the lettered lines follow a sentence that sends nothing anywhere
    text = COMMITTEE_REPORT.format(entry=ENTRY, note=SUPPLEMENT).replace(
        "For its consideration of the item, the Committee had before it, at its 12th meeting:",
        "The item covers the following reports:",
    )
    assert ("A/91/48", MEETING) not in of(assembly(text), "submittedTo")


# ---------------------------------------------------------------- decision points forwarded by e-mail

# a list's digest: no author of its own (the points' board speaks in them only)
MAIL = """Send OBS-Water mailing list submissions to
	obs-water@lists.observers.example

Today's Topics:

   1. Outcome of the 31st meeting (Observers Liaison)
   2. Reminder (Observers Liaison)


----------------------------------------------------------------------

Message: 2
Date: Tue, 4 Jun 2031 10:02:11 +0200
From: Observers Liaison <liaison@observers.example>
Subject: [OBS] Outcome of the 31st meeting

Dear members,

Below are the decision points adopted by the JPWS Coordinating Board at its 31st meeting (Nairobi, 2-4 June 2031).

Agenda item 4: Annual report
  4.1 Takes note of the annual report (JPWS/CB (31)/12.2);
  4.2 Requests the Executive Director to submit a revised workplan to
      the Board at its 32nd meeting;

Agenda item 6: Groundwater governance
  6.1 Decides to establish an intersessional working group of the
      Board on groundwater governance, which shall hold its first
      meeting in Nairobi in October 2031;
  6.2 Requests the JPWS Secretariat to support the working group, and
      requests the working group to report to the Board at its 33rd
      meeting;

Agenda item 7: Other matters
  7.1 Requests the working group to report to the Board on drought;

(Decision points 4.1 to 7.1 adopted on 3 June 2031)

Message: 3
Date: Wed, 5 Jun 2031 09:00:00 +0200
From: Observers Liaison <liaison@observers.example>
Subject: [OBS] Reminder

Dear all,

The concept note will be issued as JPWS/CB (32)/12.9 and will be
considered by the Board at its 32nd meeting.
"""
GROUP = "jpws/board/working-group-of-the-board-on-groundwater-governance"


def test_the_points_board_family_says_which_executive_director() -> None:
    # several bodies of the data carry "Executive Director" (the JPWS's, two funds', two of a convention's);
    # the digest has no author
    assert ("jpws/board/dec/31-4/2", "jpws/executive-director") in of(boards(MAIL), "requests")


def test_a_group_one_point_creates_is_the_one_the_next_point_of_its_item_requests() -> None:
    requests = of(boards(MAIL), "requests")
    assert ("jpws/board/dec/31-6/1", GROUP) in of(boards(MAIL), "establishes")
    assert ("jpws/board/dec/31-6/2", GROUP) in requests
    # near miss: a point under the next agenda item is another part of the text
    assert ("jpws/board/dec/31-7/1", GROUP) not in requests


def test_a_paper_issued_as_a_symbol_then_considered_goes_to_that_meeting() -> None:
    assert ("JPWS/CB (32)/12.9", "jpws/board#32") in of(boards(MAIL), "submittedTo")


INTRO = "Below are the decision points adopted by the JPWS Coordinating Board at its 31st meeting (Nairobi, 2-4 June 2031)."


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The official document of decisions, recommendations and conclusions of the meeting will be issued as JPWS/CB (31)/12.20.",
         ("JPWS/CB (31)/12.20", "jpws/board#31")),
        ("The record of decisions of the 30th meeting of the Board is contained in document JPWS/CB (30)/11.20.",
         ("JPWS/CB (30)/11.20", "jpws/board#30")),
    ],
    ids=["document-of-decisions", "record-of-decisions"],
)
def test_a_meetings_document_of_decisions_is_its_report(sentence: str, fact: tuple[str, str]) -> None:
    assert fact in of(boards(MAIL.replace(INTRO, f"{INTRO} {sentence}")), "reportOf")


def test_a_compilation_of_decisions_is_no_meetings_report() -> None:
    # near miss: decisions of many meetings gathered, of no meeting named
    text = MAIL.replace(INTRO, f"{INTRO} A compilation of decisions of the Board since 2020 is available as JPWS/CB (31)/INF.2.")
    assert not {(s, o) for s, o in of(boards(text), "reportOf") if s == "JPWS/CB (31)/INF.2"}


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no symbol announced; a paper's issue told, its consideration not
        "The concept note will be issued in July and will be\nconsidered by the Board at its 32nd meeting.",
        "The concept note will be issued as JPWS/CB (32)/12.9 and will be\ntranslated by the JPWS Secretariat.",
    ],
    ids=["no-symbol", "not-considered"],
)
def test_no_meeting_receives_what_is_not_announced_for_it(sentence: str) -> None:
    text = MAIL.replace(
        "The concept note will be issued as JPWS/CB (32)/12.9 and will be\nconsidered by the Board at its 32nd meeting.", sentence
    )
    assert not {(s, o) for s, o in of(boards(text), "submittedTo") if o == "jpws/board#32"}


# ---------------------------------------------------------------- a board's summary of work

SUMMARY = """[pic]

Executive Board

First regular session

Rome, 3-5 February 2032

|Distribution: General          |Agenda item 9                       |
|Date: 20 March 2032            |RRF/EB.1/2032/9                     |
|Original: English              |For information                     |

Summary of the work of the first regular session of the Executive Board, 2032

 1. The first regular session of the Executive Board of the Rural Resilience Fund, 2032, was held
    in Rome from 3 to 5 February 2032.

Policy issues

{heading}

 2. The Director of the Climate Division {introduced}

Governance

 3. The Chair of the open-ended informal working group on field visits of
    the Executive Board, established by decision 2029/EB.A/4, presented
    the group's report (RRF/EB.1/2032/7-B). By decision 2032/EB.1/5, the
    Board decided that the working group should continue as a standing
    working group of the Board and requested it to report at the annual
    session 2032.
"""
HEADING = "Water harvesting policy (2032-2036) (RRF/EB.1/2032/4-A)"
INTRODUCED = (
    "introduced the policy, which had\n    been prepared pursuant to decision 2030/EB.2/6, by which the Board had\n"
    "    requested the Executive Director to present a policy on water harvesting."
)
WORKING_GROUP = "rrf/executive-board/working-group-on-field-visits-of-the-executive-board"


def summary(heading: str = HEADING, introduced: str = INTRODUCED) -> tuple[tuple[str, str, str], ...]:
    return funds(SUMMARY.format(heading=heading, introduced=introduced))


def test_a_group_described_in_lower_case_before_a_participle_of_origin() -> None:
    facts = summary()
    assert ("rrf/executive-board/dec/2029/4", WORKING_GROUP) in of(facts, "establishes")
    assert ("rrf/executive-board/dec/2032/5", WORKING_GROUP) in of(facts, "makesConstantElement")
    assert ("rrf/executive-board/dec/2032/5", WORKING_GROUP) in of(facts, "requests")
    # the board the description's topic names is not what the participle describes
    assert ("rrf/executive-board/dec/2029/4", "rrf/executive-board") not in of(facts, "establishes")


def test_the_paper_the_items_heading_names_is_the_policy_taken_up() -> None:
    facts = summary()
    assert ("RRF/EB.1/2032/4-A", "rrf/executive-board/dec/2030/6") in of(facts, "pursuantTo")
    assert ("rrf/executive-board/dec/2030/6", "rrf/executive-director") in of(facts, "requests")


@pytest.mark.parametrize(
    ("heading", "introduced"),
    [
        # near misses: the heading names a strategy, not the policy; the relative clause tells an approval
        ("Water harvesting strategy (2032-2036) (RRF/EB.1/2032/4-A)", INTRODUCED),
        (HEADING, "introduced the policy, which the Board had approved in decision 2030/EB.2/6."),
        # the heading names no paper
        ("Water harvesting policy (2032-2036)", INTRODUCED),
    ],
    ids=["other-kind", "approved", "no-symbol"],
)
def test_no_mandate_for_a_paper_not_taken_up(heading: str, introduced: str) -> None:
    assert not {(s, o) for s, o in of(summary(heading, introduced), "pursuantTo") if s == "RRF/EB.1/2032/4-A"}


# ---------------------------------------------------------------- which "Secretariat"

def committee_report(header: str, body: str) -> str:
    return f"{header}\n\n 1. {body}\n"


INC = """United Nations                                                   A/AC.301/2031/4
General Assembly                                                 Distr.: General
                                                                 12 May 2031

Intergovernmental Negotiating Committee on a Framework
Convention on Soil Health
Second session
New York, 5-9 May 2031

Report of the Intergovernmental Negotiating Committee on a Framework Convention on Soil Health on its second session"""
PEAT = """PEAT/COP/4/12
Conference of the Parties to the Convention on Peatlands
Fourth meeting
Bonn, 5-9 May 2031

Report of the Conference of the Parties to the Convention on Peatlands on its fourth meeting"""
WORKING_GROUP_NOTE = """United Nations                                                   A/RC/WG.3/2031/2
General Assembly                                                 Distr.: General
                                                                 12 May 2031

Working Group on Drylands
Third session
Geneva, 5-9 May 2031

Note by the Secretariat"""


@pytest.mark.parametrize(
    ("header", "body", "fact"),
    [
        (INC, "By its decision 2/3, the Committee established an expert group on soil carbon. The Committee asked the "
         "Secretariat, by the same decision, to service the group.", ("ga/inc-soil/dec/2/3", "un-secretariat")),
        (INC, "In its decision 2/4, the Committee requested the Secretariat to prepare a glossary.",
         ("ga/inc-soil/dec/2/4", "un-secretariat")),
        # a treaty's conference: its own secretariat
        (PEAT, "By its decision 4/3, the Conference established an expert group on peat carbon. The Conference asked the "
         "Secretariat, by the same decision, to service the group.", ("peat/dec/4/3", "peat/secretariat")),
    ],
    ids=["assembly-committee", "assembly-committee-requested", "treaty-conference"],
)
def test_the_secretariat_of_an_assembly_committee_is_the_united_nations(header: str, body: str, fact: tuple[str, str]) -> None:
    assert fact in of(assembly(committee_report(header, body)), "requests")


def test_a_working_group_of_a_council_keeps_its_lines_secretariat() -> None:
    # near miss: a body two steps below the Assembly is not served by the organization's Secretariat here
    text = committee_report(
        WORKING_GROUP_NOTE,
        "In its resolution 12/4, the Resilience Council established the Working Group. By the same resolution the "
        "Council requested the Secretariat to assist the Working Group.",
    )
    requests = of(assembly(text), "requests")
    assert ("ga/resilience-council/res/12/4", "un-secretariat") not in requests
    assert any(s == "ga/resilience-council/res/12/4" and o.endswith("secretariat") for s, o in requests)
