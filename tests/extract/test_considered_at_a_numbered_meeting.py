"""A body that meets in numbered meetings (a treaty's Meeting of the States Parties, a working
group: "Thirty-First Meeting", "third meeting") tells in the report on one of them what it
considered: "The Working Group considered the note by the Secretariat (X)." The numbered meeting
is that body's session, so the paper was before the meeting reported on, as "The Commission
considered the report (X)" sends a paper to the session a commission's report is on
(`test_phrasing_narrated_consideration`). Before E270 only a gathering called a session received
it. Near misses: another body's reading, another meeting named, "took note of", a passage cited,
a paper of a later clause."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

# The report on the Working Group's third meeting (the Working Group meets in meetings, its own
# symbols E/CN.21/WG.1/...), in two layouts: blank lines between paragraphs, and raw pdftotext
# with each paragraph's number alone on its line
_HEAD = (
    "United Nations E/CN.21/WG.1/2031/6\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n30 May 2031\n\nOriginal: English\n\n"
    "Working Group on Early Warning Systems\n"
    "Third meeting\nBonn, 12–14 May 2031\n\n"
    "Report of the Working Group on Early Warning Systems on its third meeting\n\n"
    "I. Organization of the meeting\n\n"
)


def in_report(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


def in_raw_report(*paragraphs: str) -> str:
    return _HEAD + "".join(f"{n}.\n{p}\n" for n, p in enumerate(paragraphs, 1))


MEETING = "ccr/wg-early-warning#3"

CONSIDERED = [
    ("The Working Group considered the note by the Secretariat on sensor networks (E/CN.21/WG.1/2031/2).",
     ["E/CN.21/WG.1/2031/2"]),
    ("The Working Group also examined the report of the Chair (E/CN.21/WG.1/2031/3) and the note by the Secretariat (E/CN.21/WG.1/2031/4).",
     ["E/CN.21/WG.1/2031/3", "E/CN.21/WG.1/2031/4"]),
    ("The Working Group considered and approved the work plan and budget for 2032 (E/CN.21/WG.1/2031/5), submitted by the Chair.",
     ["E/CN.21/WG.1/2031/5"]),
    ("At its second plenary sitting, on 12 May 2031, the Working Group reviewed the compilation of national submissions (E/CN.21/WG.1/2031/INF.1).",
     ["E/CN.21/WG.1/2031/INF.1"]),
]


@pytest.mark.parametrize("frame", [in_report, in_raw_report], ids=["blank-lines", "raw"])
@pytest.mark.parametrize("paragraph, docs", CONSIDERED)
def test_considered_at_the_meeting_reported_on(frame, paragraph: str, docs: list[str]) -> None:
    found = facts(frame(paragraph), "submittedTo")
    for doc in docs:
        assert (doc, MEETING) in found


NOT_AT_THIS_MEETING = [
    # another body's reading
    "The Commission on Coastal Resilience considered the note by the Secretariat (E/CN.21/WG.1/2031/2).",
    # another meeting named
    "The Working Group considered the note by the Secretariat (E/CN.21/WG.1/2031/2) at its second meeting.",
    "At its second meeting, the Working Group considered the note by the Secretariat (E/CN.21/WG.1/2031/2).",
    # noted, not considered (E33's convention)
    "The Working Group took note of the note by the Secretariat (E/CN.21/WG.1/2031/2).",
    # a passage cited
    "The Working Group considered the note by the Secretariat (see E/CN.21/WG.1/2031/2, para. 4).",
    # a later clause's paper
    "The Working Group considered the matter and decided to request a further note (E/CN.21/WG.1/2031/2).",
    # what it had done before
    "The Working Group recalled that it had considered the note by the Secretariat (E/CN.21/WG.1/2031/2).",
]


@pytest.mark.parametrize("paragraph", NOT_AT_THIS_MEETING)
def test_not_considered_at_this_meeting(paragraph: str) -> None:
    assert ("E/CN.21/WG.1/2031/2", MEETING) not in facts(in_report(paragraph), "submittedTo")


def test_a_session_bodys_report_still_reads_as_before() -> None:
    # the Commission meets in sessions: its "3rd meeting" is a sitting, the paper goes to the session
    from tests.extract.test_phrasing_narrated_consideration import in_narrative

    text = in_narrative("At its 3rd meeting, on 11 March 2031, the Commission considered the note by the Secretariat (E/CN.21/2031/3).")
    assert ("E/CN.21/2031/3", "ccr#12") in facts(text, "submittedTo")


# "The Council considered the report at its 11468th meeting": the bare "the report", nothing between
# it and the gathering, names back the one paper the sentence before named, as "that report" does (E189)
NAMED_BACK = [
    ("The Panel submitted its final report (S/2033/371) pursuant to resolution 2981 (2032). "
     "The Council considered the report at its 10948th meeting, on 14 May 2033.", {("S/2033/371", "security-council#10948")}),
    ("On 2 May 2033, the Committee met to consider the midterm update of the Panel (S/2033/371). "
     "The Security Council then examined the document at its 10950th meeting.", {("S/2033/371", "security-council#10950")}),
    # near misses: two papers named before; none named before; the report of someone else, named in full
    ("The Panel submitted its final report (S/2033/371) and an update (S/2033/372). The Council considered the report at "
     "its 10948th meeting.", set()),
    ("The Panel met in Juba. The Council considered the report at its 10948th meeting.", set()),
    ("The Panel submitted its final report (S/2033/371). The Council considered the report of the Secretary-General at "
     "its 10948th meeting.", set()),
]


@pytest.mark.parametrize("sentences, expected", NAMED_BACK)
def test_the_report_named_back_by_its_bare_noun(sentences: str, expected: set[tuple[str, str]]) -> None:
    from tests.extract.phrasing import in_sc_report

    assert in_sc_report(sentences, "submittedTo") == expected
