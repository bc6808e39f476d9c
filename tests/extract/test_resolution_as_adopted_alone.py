"""A resolution issued on its own, as adopted (E241): a commission's draft symbol in the masthead
(".../L.3/Rev.1"), the session and its place and days, then a heading that says in which state the
text stands ("Resolution 12/3 as adopted", "(as orally revised)", ", as amended"), a footnote mark
glued to its last word when a Word file's raised marker was flattened ("as adopted1"), the text,
its meeting and day, the note on the draft and the Official Records footnote "For the report of the
Commission on its twelfth session, see Official Records …, Supplement No. 11 (E/2031/31)". The
heading opens the instrument's text; the note sends the reader to the session's report (its
`reportOf`), no document listed under a title. Near misses: a text "as proposed" by the Bureau (a
draft, no instrument's text), a note that sends the reader to a report told by no session."""

from __future__ import annotations

import pytest

from .phrasing import facts

MASTHEAD = (
    "United Nations\tE/CN.21/2031/L.3/Rev.1\n"
    "Economic and Social Council\tDistr.: Limited\n"
    "\t14 March 2031\n\tOriginal: English\n\n"
    "Commission on Coastal Resilience\nTwelfth session\nBonn, 10–14 March 2031\nAgenda item 4\n"
    "Coastal data and early warning\n\n"
)
TEXT = (
    "{heading}\n\nCoastal data for all\n\n"
    "The Commission on Coastal Resilience,\n\n"
    "Recalling its resolution 10/2 of 12 March 2029,\n\n"
    "1.\tRequests the Executive Secretary to report to the Commission at its thirteenth session;\n\n"
    "2.\tInvites the Bureau of the Commission on Coastal Resilience to hold consultations.\n\n"
    "5th meeting\n14 March 2031\n\n"
    "________________\n"
    "1 The draft resolution (E/CN.21/2031/L.3) was adopted without a vote.\n\n"
    "{note}\n"
)
NOTE = (
    "For the report of the Commission on its twelfth session, see Official Records of the Economic "
    "and Social Council, 2031, Supplement No. 11 (E/2031/31-E/CN.21/2031/9)."
)


@pytest.mark.parametrize(
    "heading",
    [
        "Resolution 12/3 as adopted1",
        "Resolution 12/3 as adopted",
        "Resolution 12/3, as adopted",
        "Resolution 12/3 (as orally revised)",
        "Resolution 12/3 as amended*",
    ],
)
def test_the_heading_in_its_state_opens_the_text(heading: str) -> None:
    text = MASTHEAD + TEXT.format(heading=heading, note=NOTE)
    assert ("ccr/res/12/3", "ccr/executive-secretary") in facts(text, "requests")
    assert ("ccr/res/12/3", "ccr/res/10/2") in facts(text, "cites")
    assert ("ccr/res/12/3", "ccr#12") in facts(text, "adoptedAt")
    assert ("ccr/res/12/3", "2031-03-14") in facts(text, "adoptedOn")
    assert ("ccr/res/12/3", "Coastal data for all") in facts(text, "title")


def test_the_footnote_sends_the_reader_to_the_sessions_report() -> None:
    text = MASTHEAD + TEXT.format(heading="Resolution 12/3 as adopted1", note=NOTE)
    assert ("E/2031/31", "ccr#12") in facts(text, "reportOf")
    assert not any(s == "E/2031/31" for s, _ in facts(text, "title"))


@pytest.mark.parametrize(
    "note, report",
    [
        (
            "For the report of the Commission on Narcotic Drugs on its seventy-fourth session, see Official Records "
            "of the Economic and Social Council, 2031, Supplement No. 8 (E/2031/28).",
            ("E/2031/28", "ecosoc/cnd#74"),
        ),
        (
            "See the report of the Commission on the Status of Women on its seventy-fifth session (E/2031/27).",
            ("E/2031/27", "ecosoc/csw#75"),
        ),
    ],
)
def test_another_commissions_report_named_in_a_note(note: str, report: tuple[str, str]) -> None:
    text = MASTHEAD + TEXT.format(heading="Resolution 12/3 as adopted", note=note)
    assert report in facts(text, "reportOf")


def test_a_text_as_proposed_is_no_instruments_text() -> None:
    text = MASTHEAD + TEXT.format(heading="Resolution 12/3 as proposed by the Bureau", note=NOTE)
    assert not any(s == "ccr/res/12/3" for s, _ in facts(text, "requests"))
    assert not any(s == "ccr/res/12/3" for s, _ in facts(text, "adoptedAt"))


def test_a_note_on_a_report_of_no_session_names_no_session() -> None:
    note = "For the comments of the Commission, see the annual report of the Commission (E/2031/31)."
    text = MASTHEAD + TEXT.format(heading="Resolution 12/3 as adopted", note=note)
    assert not any(s == "E/2031/31" for s, _ in facts(text, "reportOf"))


# unrtf's banner over the text: the `###` lines and the dashed rule are the converter's; blanked
# out, they leave the masthead's lines where a masthead is read, items of their own (E241)
UNRTF_BANNER = (
    "###  Translation from RTF performed by UnRTF, version 0.21.10 \n### font table contains 7 fonts total\n"
    "### invalid font number 0\n### creation date: 11 March 2031 19:42\n### revision date: 12 March 2031 09:18\n"
    "### author: ccr-secretariat\n### total pages: 3\n### total words: 1094\n### total chars: 6870\n"
    "-----------------\n\n"
)


def test_a_converters_banner_over_the_masthead() -> None:
    masthead = "E/CN.21/2031/L.3/Rev.1\n\nAdvance unedited version\n\n" + MASTHEAD.split("\t\n")[-1].split("\n\n", 1)[-1]
    text = UNRTF_BANNER + masthead + TEXT.format(heading="Resolution 12/3", note=NOTE)
    assert ("ccr#12", "Bonn") in facts(text, "heldIn")
    assert ("ccr#12", "2031-03-10/2031-03-14") in facts(text, "heldOn")
    assert ("ccr/res/12/3", "ccr#12") in facts(text, "adoptedAt")
