"""Bodies numbered in a series of their kind, written without the topic their full name brackets
(E173): "Working Group I (Cargo Claims)" is "Working Group I" in its commission's texts, "Main
Committee II (Data Sharing)" is "Main Committee II" in its conference's. Read as the short name
alone, the numeral was lost and the group was whichever the paragraph had named last (u214: the
schedule of sessions gave Working Group II every other group's sessions).

The short name and the numeral name the one body whose full name is those words and a bracket
(`rules.numbered_members`), in a document that names the body's parent (its full name or alias, or
its symbol series). Near misses: another organization's "IPCC Working Group II" in a text that never
names the commission, a number no body carries ("Working Group IV"), the full name with its bracket
(read as before). Invented commission and conference (tests/data/work_programme_e173.ttl); layouts:
a session report's numbered paragraphs, a lettered schedule, a conference report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "work_programme_e173.ttl")

REPORT = (
    "A/90/17\nReport of the Commission on Maritime Trade Law,\nTwelfth session (Geneva, 2–13 June 2035)\n\n"
    "Chapter IV\nWork programme\n\n{paragraphs}\n"
)
CONFERENCE = (
    "COO/2035/3\nConference on Ocean Observation\nThird session\nLisbon, 2-13 May 2035\n\n"
    "Report of the Main Committees\n\n{paragraphs}\n"
)
GROUPS = {"I": "cmtl/wg-i", "II": "cmtl/wg-ii", "III": "cmtl/wg-iii"}


def groups_met(found: tuple[tuple[str, str, str], ...]) -> set[str]:
    return {s for relation, s, _ in found if relation == "meetingOf" and s.startswith("cmtl/")}


@pytest.mark.parametrize("numeral", list(GROUPS))
@pytest.mark.parametrize(
    "paragraph",
    [
        "44. The Commission approved the following schedule of sessions:\n\n(a) Working Group {n}: fifteenth session, Vienna, 6-10 November 2035;",
        "44. Working Group {n} held its fifteenth session in Vienna from 6 to 10 November 2035.",
        "44. At its fifteenth session, held in Vienna from 6 to 10 November 2035, Working Group {n} completed its first reading of the draft.",
        "44. The Commission noted that Working Group II (Electronic Transport Records) had met twice, and that Working Group {n}"
        " would hold its fifteenth session in Vienna from 6 to 10 November 2035.",
    ],
)
def test_the_group_of_that_number(numeral: str, paragraph: str) -> None:
    found = facts(REPORT.format(paragraphs=paragraph.format(n=numeral)))
    session = f"{GROUPS[numeral]}#15"
    assert ("meetingOf", session, GROUPS[numeral]) in found
    assert ("heldIn", session, "Vienna") in found
    assert ("heldOn", session, "2035-11-06/2035-11-10") in found
    assert not {s for s in groups_met(found) if s.endswith("#15")} - {session}


def test_each_line_of_a_schedule_is_its_own_groups() -> None:
    text = REPORT.format(paragraphs=(
        "43. The Commission took note of the report of Working Group II (Electronic Transport Records) on its"
        " thirtieth session (A/CN.44/200).\n\n"
        "44. The Commission approved the following schedule of sessions:\n\n"
        "(a) Working Group I: fifteenth session, Vienna, 6-10 November 2035;\n\n"
        "(b) Working Group III: tenth session, New York, 8-12 December 2035."
    ))
    found = facts(text)
    assert ("meetingOf", "cmtl/wg-i#15", "cmtl/wg-i") in found
    assert ("meetingOf", "cmtl/wg-iii#10", "cmtl/wg-iii") in found
    assert ("heldIn", "cmtl/wg-iii#10", "New York") in found
    assert groups_met(found) == {"cmtl/wg-ii#30", "cmtl/wg-i#15", "cmtl/wg-iii#10"}


@pytest.mark.parametrize(
    ("paragraph", "committee", "meeting", "day"),
    [
        ("1. Main Committee II held its fourth meeting on 5 May 2035 and considered the draft declaration.", "coo/main-committee-ii", 4, "2035-05-05"),
        ("1. The Conference referred the draft to Main Committee I, which held its fifth meeting on 6 May 2035.", "coo/main-committee-i", 5, "2035-05-06"),
    ],
)
def test_a_conferences_main_committee(paragraph: str, committee: str, meeting: int, day: str) -> None:
    found = facts(CONFERENCE.format(paragraphs=paragraph))
    assert ("meetingOf", f"{committee}#{meeting}", committee) in found
    assert ("heldOn", f"{committee}#{meeting}", day) in found


def test_the_full_name_with_its_bracket_reads_as_before() -> None:
    found = facts(REPORT.format(paragraphs="44. Working Group III (Port State Disputes) held its ninth session in Vienna."))
    assert ("meetingOf", "cmtl/wg-iii#9", "cmtl/wg-iii") in found


def test_another_organizations_group_of_that_number_is_not_the_commissions() -> None:
    # near miss: a panel's text that never names the commission nor prints its series
    text = (
        "Intergovernmental Panel on Sea Ice\n\nUpcoming meetings\n\n"
        "Sixteenth session of Working Group II: the 16th session of IPCC Working Group II will be held in Geneva from 3 to 7 March 2031.\n\n"
        "Working Group II: sixteenth session, Geneva, 3-7 March 2031.\n"
    )
    assert not {s for _, s, _ in facts(text) if s.startswith("cmtl")}


def test_a_number_no_group_carries_names_none() -> None:
    # near miss: the commission has no fourth group in the reference data
    found = facts(REPORT.format(paragraphs="44. Working Group IV held its fifteenth session in Vienna from 6 to 10 November 2035."))
    assert not {s for s in groups_met(found) if s.endswith("#15")}
