"""E260: a commission's chapter I saved as Word text that ends on empty paragraphs (lines holding a
space); a report's mandate told as a list of one body's instruments, then another body's; an
instrument's recital told back with the instrument set off after its issuer ("The Council, in its
resolution 2037/9, recalled ..."); a second paper joined after a meeting's report, its own participle
of origin and a Roman session in its mandate's bracket ("and the note by the secretariat prepared
pursuant to resolution 372 (XL) (Y)"). Invented text; near misses state nothing."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_sg_report

# Word's "Save as text" of a report's chapter I: one paragraph a line, a tab after the numbers, a
# contents list laid with tabs, and the empty paragraphs Word ends on (a space, then nothing)
WORD_CHAPTER = (
    "E/2031/31\nE/CN.21/2031/9\nCommission on Coastal Resilience\n"
    "Report on the twelfth session ({days})\n"
    "Economic and Social Council\nOfficial Records, 2031\nSupplement No. 11\n \n"
    "Contents\nChapter\tPage\n"
    "I.\tMatters calling for action by the Economic and Social Council or brought to its attention\t1\n"
    "\tA.\tDraft decision for adoption by the Council\t1\n"
    "\tB.\tResolution adopted by the Commission and brought to the attention of the Council\t2\n"
    "II.\tOrganization of the session\t4\n"
    "Annex\n\tList of documents before the Commission at its twelfth session\t6\n \n"
    "Chapter I\n"
    "Matters calling for action by the Economic and Social Council or brought to its attention\n"
    "A.\tDraft decision for adoption by the Council\n"
    "1.\tThe Commission recommends to the Economic and Social Council the adoption of the following draft decision:\n"
    "Draft decision\nProvisional agenda for the thirteenth session of the Commission\n"
    "The Economic and Social Council requests the Secretary-General to prepare a note on the agenda.\n"
    "B.\tResolution adopted by the Commission and brought to the attention of the Council\n"
    "2.\tThe following resolution adopted by the Commission is brought to the attention of the Council:\n"
    "Resolution 12/1\nStrengthening early warning for coastal communities\n"
    "The Commission on Coastal Resilience,\n"
    "Recalling its resolution 10/2 of 14 March 2029,\n"
    "1.\tDecides to establish an advisory group on early warning, which shall hold its first meeting in Nairobi;\n"
    "2.\tRequests the Secretariat to report to the Commission at its thirteenth session;\n"
    "{last}"
    "10th meeting\n12 March 2031\n"
    "{tail}"
)
LAST = "3.\tInvites the World Meteorological Organization to contribute to the work of the advisory group.\n"


def _chapter(tail: str = " \n \n", days: str = "10–14 March 2031", last: str = LAST) -> str:
    return WORD_CHAPTER.format(tail=tail, days=days, last=last)


@pytest.mark.parametrize("tail", [" \n \n", "\n\n\n", " \n \n \n \n", "", "\t\n"], ids=["spaces", "empty", "many", "none", "tab"])
def test_resolution_of_a_word_chapter_ending_on_empty_paragraphs_is_read(tail: str) -> None:
    # the empty paragraphs Word ends on set nothing apart: still one paragraph a line, the
    # resolution's text its own, not run into the draft's section
    text = _chapter(tail)
    assert ("ccr/res/12/1", "ccr#12") in facts(text, "adoptedAt")
    assert ("ccr/res/12/1", "2031-03-12") in facts(text, "adoptedOn")
    assert ("ccr/res/12/1", "ccr/res/10/2") in facts(text, "cites")
    assert any(s == "ccr/res/12/1" for s, _ in facts(text, "establishes"))
    assert any(s == "ccr/res/12/1" for s, _ in facts(text, "requests"))


def test_draft_decision_of_the_word_chapter_requests_nothing() -> None:
    # near miss: the draft decision recommended to the Council is not adopted
    assert not {(s, o) for s, o in facts(_chapter(), "requests") if o == "secretary-general"}


def test_word_chapter_spaced_by_blank_lines_between_paragraphs_is_not_read_a_line_a_paragraph() -> None:
    # near miss: blank lines between the lines of the text (not after its end) still tell a text
    # whose paragraphs are set apart by them; the resolution is read all the same
    spaced = _chapter().replace("\n", "\n\n")
    assert ("ccr/res/12/1", "ccr#12") in facts(spaced, "adoptedAt")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The present report is submitted pursuant to General Assembly resolutions 91/205, 92/187 and 92/188 and "
            "Economic and Social Council resolution 2037/9.",
            {"ga/res/91/205", "ga/res/92/187", "ga/res/92/188", "ecosoc/res/2037/9"},
        ),
        (
            "This report responds to General Assembly resolutions 80/12 and 81/7, and Economic and Social Council "
            "resolution 2030/4.",
            {"ga/res/80/12", "ga/res/81/7", "ecosoc/res/2030/4"},
        ),
        (
            "The report has been prepared in accordance with Human Rights Council resolutions 52/1 and 55/3 and "
            "General Assembly resolution 79/12.",
            {"hrc/res/52/1", "hrc/res/55/3", "ga/res/79/12"},
        ),
        (
            "The present note is submitted in accordance with Economic and Social Council resolutions 2036/4, "
            "2037/9 and 2037/11 and with General Assembly decision 92/544.",
            {"ecosoc/res/2036/4", "ecosoc/res/2037/9", "ecosoc/res/2037/11", "ga/dec/92/544"},
        ),
    ],
)
def test_list_of_one_bodys_instruments_then_anothers_are_all_the_reports_mandates(sentence: str, expected: set[str]) -> None:
    assert {o for s, o in in_sg_report(sentence, "pursuantTo") if s == "A/79/400"} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a list recalled in passing, a proposal, the body's origin
        "The Assembly recalled resolutions 91/205 and 92/188 and Economic and Social Council resolution 2037/9.",
        "Some delegations proposed that a report be prepared pursuant to resolutions 91/205 and 92/188 and Council resolution 2037/9.",
    ],
)
def test_list_of_instruments_not_a_mandate_of_the_report(sentence: str) -> None:
    assert not {o for s, o in in_sg_report(sentence, "pursuantTo") if s == "A/79/400"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Economic and Social Council, in its resolution 2037/9 of 22 July 2037, adopted at the management "
            "segment of its 2037 session, recalled General Assembly resolution 72/279 and requested the "
            "Secretary-General to submit an assessment.",
            ("ecosoc/res/2037/9", "ga/res/72/279"),
        ),
        (
            "The Human Rights Council, in its resolution 55/3, reaffirmed its resolution 50/1 and requested the "
            "High Commissioner to report.",
            ("hrc/res/55/3", "hrc/res/50/1"),
        ),
        (
            "The General Assembly, by its resolution 80/12, took note of its resolution 79/4 and invited Member "
            "States to contribute.",
            ("ga/res/80/12", "ga/res/79/4"),
        ),
        (
            "The Human Rights Council, in its resolution 55/3 of 4 April 2031, recalls General Assembly resolution "
            "60/251.",
            ("hrc/res/55/3", "ga/res/60/251"),
        ),
    ],
)
def test_recital_told_back_with_the_instrument_set_off_after_its_issuer(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in in_sg_report(sentence, "cites")


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the mandate the Secretary-General acted under is no text of the resolution;
        # the report, not the resolution, recalls
        "Pursuant to resolution 92/188, the Secretary-General recalled General Assembly resolution 72/279.",
        "The Secretary-General, in his report, recalled General Assembly resolution 72/279.",
    ],
)
def test_recall_not_told_of_an_instrument(sentence: str) -> None:
    assert not {(s, o) for s, o in in_sg_report(sentence, "cites") if o == "ga/res/72/279"}


def _in_resolution_preamble(recital: str) -> str:
    return _chapter(last="").replace("Recalling its resolution 10/2 of 14 March 2029,\n", f"Recalling its resolution 10/2 of 14 March 2029,\n{recital}\n")


@pytest.mark.parametrize(
    "recital",
    [
        "Having considered the report of the Working Group on Early Warning on its third meeting, held in Nairobi on 4 and 5 June 2030 "
        "(E/CN.21/2031/CRP.2), and the note by the Secretariat prepared pursuant to resolution 10/2 (E/CN.21/2031/4),",
        "Having considered the report of the Working Group on Early Warning on its third meeting (E/CN.21/2031/CRP.2), and the note by "
        "the Secretariat prepared pursuant to resolution 10/2 (E/CN.21/2031/4),",
        "Having examined the report of the Working Group on Early Warning on its third meeting, held in Nairobi (E/CN.21/2031/CRP.2), as "
        "well as the study submitted in accordance with resolution 10/2 (E/CN.21/2031/4),",
    ],
)
def test_mandate_of_a_paper_joined_after_a_meetings_report_is_that_papers(recital: str) -> None:
    text = _in_resolution_preamble(recital)
    assert facts(text, "pursuantTo") == {("E/CN.21/2031/4", "ccr/res/10/2")}
    assert {("E/CN.21/2031/CRP.2", "ccr#12"), ("E/CN.21/2031/4", "ccr#12")} <= facts(text, "submittedTo")


def test_meeting_reported_on_gets_no_mandate_of_the_paper_joined_after() -> None:
    # near miss: the working group's meeting, held before the note was prepared, is not held
    # under the note's mandate, and its report is not made under it
    text = _in_resolution_preamble(
        "Having considered the report of the Working Group on Early Warning on its third meeting, held in Nairobi on "
        "4 and 5 June 2030 (E/CN.21/2031/CRP.2), and the note by the Secretariat prepared pursuant to resolution 10/2 "
        "(E/CN.21/2031/4),"
    )
    assert ("E/CN.21/2031/CRP.2", "ccr/wg-early-warning#3") in facts(text, "reportOf")
    assert not {(s, o) for s, o in facts(text, "pursuantTo") if s != "E/CN.21/2031/4"}
