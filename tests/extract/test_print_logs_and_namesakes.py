"""E230's families (u282, u283, u280, u270), on invented text for other bodies:

- a Word print of tracked changes ("print markup"): the balloons at the right of the lines
  ("Deleted: …", "Formatted: …", "Commented [AB1]: …") go before lines are read, deleted words
  stating nothing; an ECOSOC resolution headed "2041/5. Title" over "The Economic and Social
  Council," (no "Resolution adopted by" line) is read as that resolution;
- "the Commission" where the data loads two commissions (one with no parent): the one the text
  names in full first; "the Executive Secretary of the Commission": the one of that body;
  "a standing working group of the Board": never another organization's working group;
- a screen reader's log of a resolution's page (NVDA): announcements go, a heading keeps its
  title, a table's row is its cells a tab apart, a record's symbol row naming the instrument read
  does not end its text;
- places with their days in pairs after meetings held by a verb before them, "respectively";
- "(X), conducted in accordance with resolution …": X's mandate;
- "resolution 60/180 and … resolution 1645 (2005), both of 20 December 2005, by which the Assembly
  and the Council requested …": each instrument's request;
- "resolution EB182.R3, by which the Executive Board at its 182nd session recommended": adopted
  at that session, when the number carries its ordinal."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.screen_reader_logs import may_hold_screen_reader_log

from .phrasing import extracted_with, in_note, in_sg_report

READ = extracted_with(Path(__file__).resolve().parents[1] / "data" / "print_logs_and_namesakes_e230.ttl")

PRINT = """ECONOMIC AND SOCIAL COUNCIL - COMPARE VERSION - NOT AN OFFICIAL RECORD
Draft resolution E/2041/L.9 as orally revised and adopted, compared with the
text as submitted: final wording in the body, deletions and comments at right.

Economic and Social Council
2041 session
Agenda item 12 (b)

    2041/5. Subsidiary structure of the island States' regional commission     Deleted: Review of the
                                                                               structure

    The Economic and Social Council,

    Having considered the annual report of the Economic and Social Commission
for the Island States, covering the period from May 2040 to May 2041,

    Recalling Commission resolution 97/2 of 14 May 2040 on the review of the    Formatted: Font: Italic
subsidiary structure of the Commission, by which the Commission decided to      Commented [AB1]: agreed
review the functioning of its committees and of its regional institutes,        in informals.

    Noting with appreciation the work done by the member States of the
Commission and by its secretariat to prepare the review, and the contributions
of the regional institutes and of the subregional offices to that work,

    1.  Requests the Executive Secretary of the Commission to report to the     Deleted: Also requests the
Council at its 2043 session on the functioning of the subsidiary structure,     Secretary-General to
in consultation with the Economic Commission for the Arctic Rim;                report

    2.  Invites the Commission to consider the question at its ninety-ninth     Deleted: Decides to
session and to keep its committees and regional institutes under review,        establish a working group
taking into account the outcome of the review and the views of its members;

    3.  Encourages the member States of the Commission to participate actively
in the work of its committees and to support its regional institutes with
voluntary contributions and the secondment of experts where they can.

                                                                    18th plenary meeting
                                                                           21 July 2041
"""

LOG = """NVDA Speech Viewer - saved log
WHA91.3 Digital health workforce - Governing bodies documentation - Google Chrome
document
banner landmark
World Health Organization  link  graphic
navigation landmark  list  with 3 items
Health topics  link
Countries  link
Newsroom  link
out of list
main landmark
heading  level 1  WHA91.3 Digital health workforce
table  with 2 columns and 4 rows
row 1  column 1  Session  column 2  Ninety-first World Health Assembly, Geneva, 22–30 May 2038
row 2  column 1  Document symbol  column 2  WHA91.3
row 3  column 1  Date of adoption  column 2  27 May 2038
row 4  column 1  Languages  column 2  English  link  French  link
out of table
heading  level 2  Resolution text
The Ninety-first World Health Assembly,
Recalling resolution WHA88.4 (2035) on digital health, by which the Health Assembly requested the Director-General to prepare a strategy;
Noting resolution EB182.R3, by which the Executive Board at its 182nd session recommended to the Health Assembly the adoption of the present resolution;
1.  URGES Member States to invest in their digital health workforce;
2.  REQUESTS the Director-General to report to the Ninety-third World Health Assembly in 2040.
out of list
contentinfo landmark
Privacy policy  link
"""


def _facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in READ(text) if r == relation}


def test_a_tracked_print_reads_its_body_column_only() -> None:
    assert ("ecosoc/res/2041/5", "Subsidiary structure of the island States' regional commission") in _facts(PRINT, "title")
    assert _facts(PRINT, "adoptedOn") >= {("ecosoc/res/2041/5", "2041-07-21")}
    # "Deleted: Also requests the Secretary-General to report" is a balloon: it asks nobody
    assert _facts(PRINT, "requests") == {("ecosoc/res/2041/5", "ecis/executive-secretary")}
    # "Deleted: Decides to establish a working group": nothing established
    assert _facts(PRINT, "establishes") == set()


def test_the_commission_is_the_one_named_in_full_before() -> None:
    # the Arctic Rim's commission, named in full only in paragraph 1, loads under the Council
    assert ("ecosoc/res/2041/5", "ecis") in _facts(PRINT, "invites")
    # "Recalling Commission resolution 97/2": the commission the text names first
    assert ("ecosoc/res/2041/5", "ecis/res/97/2") in _facts(PRINT, "cites")
    assert not any(o.startswith("ecar") for _, o in _facts(PRINT, "requests") | _facts(PRINT, "invites"))


def _balloons_out(text: str) -> str:
    return normalise_layout(text)[0]


def test_balloons_go_with_their_continuation_lines() -> None:
    text = (
        "    2. Invites the Board to consider the question at its next session and to    Deleted: Decides to\n"
        "review the matter again in the light of the experience gained by then;          establish a panel\n"
        "                                                                                 of experts\n"
        "    3. Requests the secretariat to report on the matter to the Board in good     Commented [XY2]: ok\n"
        "time for its next regular session.\n"
    )
    out = _balloons_out(text)
    assert "Deleted" not in out and "establish" not in out and "of experts" not in out and "Commented" not in out
    assert "review the matter again in the light of the experience gained by then;\n" in out


@pytest.mark.parametrize(
    "text",
    [
        # one label at a line's right is a table's word as likely: not a print's balloons
        "Item                                              Status\nAgenda item 4                         Deleted: yes\n",
        # a label at the left margin is a sentence's word
        "Deleted: the paragraph on the budget.\nFormatted: the table of contents.\n",
    ],
)
def test_near_misses_keep_their_lines(text: str) -> None:
    assert _balloons_out(text) == text


def test_a_screen_reader_log_reads_as_the_page() -> None:
    facts = set(READ(LOG))
    assert ("title", "wha/res/91/3", "Digital health workforce") in facts
    assert ("adoptedAt", "wha/res/91/3", "wha#91") in facts
    assert ("heldIn", "wha#91", "Geneva") in facts
    assert ("adoptedOn", "wha/res/91/3", "2038-05-27") in facts
    # the text below the record's rows is still the resolution's ("Document symbol  WHA91.3")
    assert ("cites", "wha/res/91/3", "wha/res/88/4") in facts
    assert ("requests", "wha/res/91/3", "who/director-general") in facts
    assert ("adoptedAt", "wha/executive-board/res/182/3", "wha/executive-board#182") in facts


def test_a_session_of_another_ordinal_adopted_nothing() -> None:
    facts = set(READ(LOG.replace("at its 182nd session", "at its 183rd session")))
    assert not any(r == "adoptedAt" and s.startswith("wha/executive-board/res") for r, s, _ in facts)


@pytest.mark.parametrize(
    "text",
    [
        "The Court's decision was a landmark in the law of the sea.\nout of list\n",
        "heading level 1 is how the template calls the title of a page.\n",
    ],
)
def test_ordinary_text_is_no_screen_reader_log(text: str) -> None:
    assert not may_hold_screen_reader_log(text)


def test_a_standing_working_group_of_another_board_is_no_namesake() -> None:
    text = (
        "WGP/EB.2/2035/12\nExecutive Board of the World Grain Programme\nSecond regular session\n"
        "Rome, 11–14 November 2035\n\nSummary of the work of the session\n\n"
        "1. By decision 2035/EB.2/4, the Board decided that the working group should continue as a "
        "standing working group of the Board and requested it to report at its next session.\n"
    )
    assert not any("wg-seed-banks" in o for _, _, o in READ(text))


@pytest.mark.parametrize(
    ("told", "places", "days"),
    [
        (
            "The Working Group held its fourth and fifth meetings in Nairobi on 3 and 4 May 2031 and in Bonn on 9 October 2031, respectively.",
            {"ccr/wg-early-warning#4": "Nairobi", "ccr/wg-early-warning#5": "Bonn"},
            {"ccr/wg-early-warning#4": "2031-05-03/2031-05-04", "ccr/wg-early-warning#5": "2031-10-09"},
        ),
        (
            "The Working Group convened its fourth and fifth meetings at Manila on 2 June 2031, and at Suva on 1 and 2 December 2031, respectively.",
            {"ccr/wg-early-warning#4": "Manila", "ccr/wg-early-warning#5": "Suva"},
            {"ccr/wg-early-warning#4": "2031-06-02", "ccr/wg-early-warning#5": "2031-12-01/2031-12-02"},
        ),
    ],
)
def test_places_with_their_days_paired_respectively(told: str, places: dict[str, str], days: dict[str, str]) -> None:
    facts = set(READ(in_note(told)))
    assert {(s, o) for r, s, o in facts if r == "heldIn"} >= set(places.items())
    assert {(s, o) for r, s, o in facts if r == "heldOn"} >= set(days.items())


@pytest.mark.parametrize(
    "told",
    [
        # three places for two meetings: nothing said of each
        "The Working Group held its fourth and fifth meetings in Nairobi on 3 May 2031, in Bonn on 9 October 2031 and in Suva on 2 December 2031, respectively.",
        # no verb holding them before: the meetings are only named
        "The reports of its fourth and fifth meetings in Nairobi on 3 May 2031 and in Bonn on 9 October 2031, respectively, are before the Commission.",
    ],
)
def test_pairs_that_fit_no_meeting_place_nothing(told: str) -> None:
    facts = set(READ(in_note(told)))
    assert not any(r == "heldIn" and s in ("ccr/wg-early-warning#4", "ccr/wg-early-warning#5") for r, s, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The independent review of the trust fund (A/79/5), conducted in accordance with resolution 77/12, was completed in May 2024.", ("A/79/5", "ga/res/77/12")),
        ("The audit (A/79/6), carried out pursuant to resolution 77/14, found gaps in the controls.", ("A/79/6", "ga/res/77/14")),
        ("An evaluation of the programme (A/79/7), undertaken in response to resolution 78/3, is under way.", ("A/79/7", "ga/res/78/3")),
    ],
)
def test_work_conducted_under_an_instrument_gives_the_paper_its_mandate(sentence: str, fact: tuple[str, str]) -> None:
    assert fact in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The evaluation (A/79/5), conducted by the United Nations Development Programme, cited resolution 77/12.",
        "The report (A/79/5) found that the audit, conducted in accordance with resolution 77/12, was late.",
    ],
)
def test_near_misses_give_no_mandate(sentence: str) -> None:
    assert in_sg_report(sentence, "pursuantTo") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fund was established in 2006 pursuant to General Assembly resolution 60/180 and Security Council resolution 1645 (2005), both of "
        "20 December 2005, by which the Assembly and the Council requested the Secretary-General to establish a fund.",
        "The Office was set up under General Assembly resolution 60/180 and Security Council resolution 1645 (2005), by which the Assembly and "
        "the Council requested the Secretary-General to establish it.",
    ],
)
def test_two_organs_by_which_each_requests(sentence: str) -> None:
    assert in_sg_report(sentence, "requests") == {("ga/res/60/180", "secretary-general"), ("security-council/res/2005/1645", "secretary-general")}


def test_one_organ_by_which_only_its_own_requests() -> None:
    sentence = (
        "The Fund was established pursuant to General Assembly resolution 60/180 and Security Council resolution 1645 (2005), both of "
        "20 December 2005, by which the Council requested the Secretary-General to establish a fund."
    )
    assert in_sg_report(sentence, "requests") == {("security-council/res/2005/1645", "secretary-general")}
