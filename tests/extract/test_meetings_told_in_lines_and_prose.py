"""Meetings told in list lines and in prose, not in a cover page (E120, from the spent u135-u139):
"<body>, <ordinal> session: <place|online>, <days>" lines naming the body by any of its names
(a short alias, a short name, its whole name, the term the text gave a body it created); a
masthead's session line with its short label under a subsidiary's name; "The 41st session was
held in X from ..., and the forty-second session in Y, July 5-7, 2032" after a sentence on the
body; "It met for the first time in X on D"; the chair's summaries of "both sessions" issued as
two symbols "respectively"; "The session is convened pursuant to that resolution". Near misses:
a line whose body nobody knows, a session counted within a biennium, a first time said of a body
that does not meet. Invented bodies and texts (tests/data/meetings_told.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "meetings_told.ttl")

RECORD = (
    "ST/CAL/AC.4/C.1/41\n\n"
    "# Forty-first session of the Sub-Committee\n\n"
    "The Sub-Committee meets for its 41st session in Geneva from 28 June to 7 July 2032.\n\n"
    "{mandate}"
    "## Previous and next meetings\n\n"
    "- {line}\n"
    "- Sands Sub-Committee, twenty-fourth session: Geneva, 1 December 2032\n"
)


def record(line: str, mandate: str = "") -> str:
    return RECORD.format(line=line, mandate=mandate)


def gathering_facts(text: str, gathering: str) -> set[tuple[str, str]]:
    return {(rel, obj) for rel, s, obj in facts(text) if s == gathering and rel in ("meetingOf", "heldIn", "heldOn")}


@pytest.mark.parametrize(
    ("line", "gathering", "body", "place", "days"),
    [
        ("Committee of Experts, ninth session: Geneva, 11 December 2032", "cal/cesd#9", "cal/cesd", "Geneva", "2032-12-11"),
        ("Committee of Experts – ninth session: Geneva, 11 December 2032", "cal/cesd#9", "cal/cesd", "Geneva", "2032-12-11"),
        ("Committee of Experts: ninth session, Geneva, 11 December 2032", "cal/cesd#9", "cal/cesd", "Geneva", "2032-12-11"),
        ("Committee of Experts, 9th session: Bonn, 11 December 2032, to which the Sub-Committee\n  reports on the biennium",
         "cal/cesd#9", "cal/cesd", "Bonn", "2032-12-11"),
        ("Sands Sub-Committee, twenty-third session: Geneva, 8-10 July 2032 (back to back with the 41st)",
         "cal/cesd/sc-sands#23", "cal/cesd/sc-sands", "Geneva", "2032-07-08/2032-07-10"),
        ("Sub-Committee of Experts on the Classification of Sands, twenty-third session: Nairobi, 30 June-2 July 2032",
         "cal/cesd/sc-sands#23", "cal/cesd/sc-sands", "Nairobi", "2032-06-30/2032-07-02"),
    ],
)
def test_a_list_line_gives_its_bodys_gathering_where_and_when(line: str, gathering: str, body: str, place: str, days: str) -> None:
    found = gathering_facts(record(line), gathering)
    assert found == {("meetingOf", body), ("heldIn", place), ("heldOn", days)}
    # the next line is its own item, not a run-on of this one
    assert ("heldOn", "2032-12-01") in gathering_facts(record(line), "cal/cesd/sc-sands#24")


def test_online_is_no_place() -> None:
    found = gathering_facts(record("Sands Sub-Committee, twenty-third session: online, 8-10 July 2032"), "cal/cesd/sc-sands#23")
    assert found == {("meetingOf", "cal/cesd/sc-sands"), ("heldOn", "2032-07-08/2032-07-10")}


@pytest.mark.parametrize("line", ["Expert Panel on Dunes, third session: Rome, 3-5 May 2032", "Panel on Dunes - 3rd session: Rome, 3-5 May 2032"])
def test_a_line_of_a_body_nobody_knows_is_no_gathering_of_the_document_s_body(line: str) -> None:
    found = facts(record(line))
    assert not any(s.endswith("#3") for _, s, _ in found)
    assert not any(obj in ("Rome", "2032-05-03/2032-05-05") for _, _, obj in found)


_CREATED = (
    "## Mandate\n\nBy its resolution 31/7, the Council decided to establish a joint working group of the two "
    'Sub-Committees on sand classification (the "joint working group").\n\n'
)


@pytest.mark.parametrize("separator", [", ", " - "])
def test_a_line_opening_on_a_created_body_is_its_meeting(separator: str) -> None:
    text = record(f"Joint working group{separator}second meeting: Cologne, 14-16 April 2032", _CREATED).replace(
        "- Sands", "- Joint working group, first meeting: online, 9 February 2032\n- Sands"
    )
    born = next(obj for rel, s, obj in facts(text) if rel == "establishes" and s == "cal/res/31/7")
    assert gathering_facts(text, f"{born}#1") == {("meetingOf", born), ("heldOn", "2032-02-09")}
    assert gathering_facts(text, f"{born}#2") == {("meetingOf", born), ("heldIn", "Cologne"), ("heldOn", "2032-04-14/2032-04-16")}
    # a masthead that names no place and days takes none from a line of another gathering
    assert ("heldIn", "Cologne") not in gathering_facts(text, "cal/cesd/sc-soils#41")


def test_a_line_of_a_group_the_text_did_not_create_gives_no_meeting() -> None:
    text = record("Drafting group, first meeting: Bonn, 3 May 2032", _CREATED)
    assert not any(obj == "Bonn" or obj == "2032-05-03" for _, _, obj in facts(text))


def test_a_session_counted_within_a_biennium_is_no_session_of_the_series() -> None:
    text = record("Committee of Experts, ninth session: Geneva, 11 December 2032").replace(
        "7 July 2032.", "7 July 2032, the third session of the 2031-2032 biennium programme of work."
    )
    assert not any(s == "cal/cesd/sc-soils#3" for _, s, _ in facts(text))


def test_a_records_held_field_places_and_dates_the_session_its_title_names() -> None:
    text = record("Committee of Experts, ninth session: Geneva, 11 December 2032").replace(
        "## Previous",
        '## Documents\n\nsymbol: "ST/CAL/AC.4/C.1/40" title: "Report of the Sub-Committee of Experts on Dryland Soils on its '
        'fortieth session" held: "Bonn, 1-10 December 2031"\n\n## Previous',
    )
    assert gathering_facts(text, "cal/cesd/sc-soils#40") == {
        ("meetingOf", "cal/cesd/sc-soils"), ("heldIn", "Bonn"), ("heldOn", "2031-12-01/2031-12-10"),
    }


CHECKLIST = (
    "COUNCIL ON ARID LANDS\n"
    "Working Group on the Periodic Dryland Review\n"
    "Twelfth session ({label})\n"
    "Palais des Nations, Geneva, 2-13 February 2032\n\n"
    "CHECKLIST OF DOCUMENTS (1)\n\n"
    "Reports of the Working Group on its eleventh session (Nairobi, 3-14 November 2031), transmitted to the "
    "Council for adoption at its sixty-first session:\n\n"
    "___________________\n"
    "(1) The session is convened in accordance with Council resolution 5/1 of 18 June 2027, by which the "
    "Council established the Working Group, and with Assembly resolution 60/25 of 15 March 2026.\n"
)


@pytest.mark.parametrize("label", ["DRW 12", "DRW-12", "CAL/DRW/12"])
def test_a_session_line_with_its_label_under_a_subsidiary_s_name(label: str) -> None:
    found = facts(CHECKLIST.format(label=label))
    session = {(rel, obj) for rel, s, obj in found if s == "cal/wg-review#12"}
    assert {("meetingOf", "cal/wg-review"), ("heldIn", "Geneva"), ("heldOn", "2032-02-02/2032-02-13"), ("pursuantTo", "cal/res/5/1")} <= session
    assert not any(s == "cal#12" for _, s, _ in found)
    # "the Working Group", which the Council's other working group and the Assembly's also are
    # called: the one the checklist is for
    assert {(rel, obj) for rel, s, obj in found if s == "cal/wg-review#11"} == {
        ("meetingOf", "cal/wg-review"), ("heldIn", "Nairobi"), ("heldOn", "2031-11-03/2031-11-14"),
    }
    assert not any("wg-financing" in s or "wg-water" in s for _, s, _ in found)


def test_a_label_of_another_number_makes_no_masthead_session() -> None:
    # "Twelfth session (DRW 11)" says two things: the line heads no session the document is for
    found = facts(CHECKLIST.format(label="DRW 11"))
    assert not any(s == "cal/wg-review#12" and rel in ("heldIn", "heldOn", "pursuantTo") for rel, s, _ in found)


REPORT = (
    "A/87/310\n\n"
    "Work of the Advisory Board on Arid Matters\n\n"
    "Report of the Secretary-General\n\n"
    "1. {opening}\n\n"
    "2. The 41st session {verb} in New York from 24 to 26 January 2032, and the forty-second session in Geneva, "
    "July 5-7, 2032. The Chair's summaries of both sessions are issued as ODA/ABAM/2032/1 and ODA/ABAM/2032/2 "
    "respectively.\n\n"
    "3. By its resolution 86/54, the Assembly decided to establish, within the Board, a working group on dune "
    'mobility (the "dune working group"). {told} It met for the first time in Geneva on 4 July 2032.\n'
)
_BOARD = "The Board was established in 1990 to advise the Secretary-General on arid matters."
_GROUP_TOLD = "The dune working group was requested by the Assembly to report to the Board at its forty-third session."


@pytest.mark.parametrize("verb", ["was held", "took place"])
def test_sessions_told_after_a_sentence_on_their_body(verb: str) -> None:
    found = facts(REPORT.format(opening=_BOARD, verb=verb, told=_GROUP_TOLD))
    assert {(rel, obj) for rel, s, obj in found if s == "abam#41"} == {
        ("meetingOf", "abam"), ("heldIn", "New York"), ("heldOn", "2032-01-24/2032-01-26"),
    }
    assert {(rel, obj) for rel, s, obj in found if s == "abam#42"} == {
        ("meetingOf", "abam"), ("heldIn", "Geneva"), ("heldOn", "2032-07-05/2032-07-07"),
    }
    assert ("reportOf", "ODA/ABAM/2032/1", "abam#41") in found
    assert ("reportOf", "ODA/ABAM/2032/2", "abam#42") in found


def test_a_session_told_with_no_body_before_it_is_nobody_s() -> None:
    found = facts(REPORT.format(opening="The Secretary-General hereby transmits the report.", verb="was held", told=_GROUP_TOLD))
    assert not any(s.endswith("#41") for _, s, _ in found)


def test_it_met_for_the_first_time_is_the_created_body_s_first_meeting() -> None:
    found = facts(REPORT.format(opening=_BOARD, verb="was held", told=_GROUP_TOLD))
    born = next(obj for rel, s, obj in found if rel == "establishes")
    assert {(rel, obj) for rel, s, obj in found if s == f"{born}#1"} == {
        ("meetingOf", born), ("heldIn", "Geneva"), ("heldOn", "2032-07-04"),
    }


def test_it_met_said_after_a_body_that_does_not_meet_is_no_meeting() -> None:
    told = "The Secretary-General was asked by the Assembly to report on the matter."
    found = facts(REPORT.format(opening=_BOARD, verb="was held", told=told))
    assert not any(s.endswith("#1") for _, s, _ in found)
    assert ("heldOn", "2032-07-04") not in {(rel, obj) for rel, _, obj in found}


PAGE = (
    "Advisory Board on Arid Matters - forty-fourth session\n\n"
    "The Advisory Board on Arid Matters was established by the Assembly of the Drylands in its resolution "
    "75/314 of 2 August 2021. The forty-fourth session {told} pursuant to that resolution and to Council resolution "
    "58/9.\n"
)


@pytest.mark.parametrize("told", ["is convened", "(ABAM-44) is convened", "was held"])
def test_a_session_held_under_the_resolution_named_back(told: str) -> None:
    found = facts(PAGE.format(told=told))
    mandates = {obj for rel, s, obj in found if rel == "pursuantTo" and s == "abam#44"}
    assert "cal/res/58/9" in mandates and any(m.endswith("/res/75/314") for m in mandates)


def test_a_document_submitted_under_that_resolution_is_no_mandate_of_the_session() -> None:
    text = PAGE.format(told="is convened").replace(
        "The forty-fourth session is convened pursuant to that resolution and to Council resolution 58/9.",
        "The note is submitted to the forty-fourth session pursuant to that resolution.",
    )
    assert not {obj for rel, s, obj in facts(text) if rel == "pursuantTo" and s == "abam#44"}


def test_a_line_opening_on_a_created_body_s_kind_and_topic() -> None:
    # a page's related links, after its markup is read: the group's kind and topic, not the body
    # it was set up within
    created = (
        "## Mandate\n\nBy its resolution 31/7, the Council decided to establish an intersessional working group of the "
        'Sub-Committee on reparatory justice ("the working group"), composed of five members.\n\n'
    )
    text = record("Intersessional working group on reparatory justice: first meeting, online, 3–4 February 2032", created)
    born = next(obj for rel, s, obj in facts(text) if rel == "establishes" and s == "cal/res/31/7")
    assert gathering_facts(text, f"{born}#1") == {("meetingOf", born), ("heldOn", "2032-02-03/2032-02-04")}


@pytest.mark.parametrize(
    "line",
    ["Committee of Experts, ninth session: to be held in Bonn, 11 December 2032",
     "Committee of Experts, ninth session (to be held in Bonn on 11 December 2032)"],
)
def test_a_gathering_to_come_is_held_where_and_when_the_line_says(line: str) -> None:
    assert gathering_facts(record(line), "cal/cesd#9") == {("meetingOf", "cal/cesd"), ("heldIn", "Bonn"), ("heldOn", "2032-12-11")}


@pytest.mark.parametrize(
    "line",
    ["Committee of Experts, ninth session: Deadline, 1 October 2032",
     "Committee of Experts, ninth session: deadline for documents, 1 October 2032"],
)
def test_a_deadline_in_the_line_is_no_day_of_the_gathering(line: str) -> None:
    assert gathering_facts(record(line), "cal/cesd#9") == {("meetingOf", "cal/cesd")}


# (an indented "* " item is read as a footnote's asterisk before any of this: left as it was)
@pytest.mark.parametrize("bullet", ["\u2022 "])
def test_a_text_browser_s_bullets_keep_the_lines_apart_and_readable(bullet: str) -> None:
    text = record("Committee of Experts, ninth session: Geneva, 11 December 2032 (back to\n    back with the 41st)").replace(
        "- ", "   " + bullet
    )
    assert gathering_facts(text, "cal/cesd#9") == {("meetingOf", "cal/cesd"), ("heldIn", "Geneva"), ("heldOn", "2032-12-11")}
    assert ("heldOn", "2032-12-01") in gathering_facts(text, "cal/cesd/sc-sands#24")
