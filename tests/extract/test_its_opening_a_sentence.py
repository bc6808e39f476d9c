"""A sentence that opens with "Its" under the heading of a body, after a sentence about that body
("Independent Audit Advisory Committee" / "The Committee ... will hold its seventy-ninth session
.... Its report on its seventy-seventh and seventy-eighth sessions (A/87/89) is before the Fifth
Committee."): the sessions are the body's the section is about, not the document author's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

WG = "ccr/wg-early-warning"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Working Group on Early Warning Systems will hold its fourth meeting on 7 and 8 June 2032.",
         "Its report on its second and third meetings (E/CN.21/2032/7) is before the Commission."),
        ("The Working Group on Early Warning Systems met in Bonn in May 2032.",
         "Its report on its second and third meetings (E/CN.21/2032/7) will be issued shortly."),
    ],
)
def test_its_is_the_section_body(first: str, second: str) -> None:
    text = NOTE + "\nAnnouncements\n\nWorking Group on Early Warning Systems\n\n" + first + " " + second + "\n"
    reports = facts(text, "reportOf")
    assert {("E/CN.21/2032/7", f"{WG}#2"), ("E/CN.21/2032/7", f"{WG}#3")} <= reports
    assert not any(o.startswith("ccr#") for _, o in reports)


def test_its_inside_a_sentence_keeps_its_subject() -> None:
    text = NOTE + "\nWorking Group on Early Warning Systems\n\n" + (
        "The Working Group on Early Warning Systems met in May 2032. The Commission will consider "
        "its report on its second meeting (E/CN.21/2032/7).\n"
    )
    assert ("E/CN.21/2032/7", f"{WG}#2") not in facts(text, "reportOf")


@pytest.mark.parametrize("opening", ["The report on the", "The report of the", "Its report on the"])
def test_the_report_on_a_bare_session_is_the_sections_body(opening: str) -> None:
    # the sentence before sent the Working Group's report to the Commission's session: the next
    # report "on the second meeting" is still the Working Group's
    text = NOTE + "\nWorking Group on Early Warning Systems\n\n" + (
        "The report of the Working Group on Early Warning Systems on its third meeting (E/CN.21/2032/8) will be "
        "submitted to the Commission on Coastal Resilience at its thirteenth session. "
        f"{opening} second meeting, held in Bonn on 3 and 4 May 2031, is contained in E/CN.21/2031/9.\n"
    )
    assert ("E/CN.21/2031/9", f"{WG}#2") in facts(text, "reportOf")
    assert not any(s == "ccr#2" for s, _ in facts(text, "heldIn"))


def test_a_bare_session_in_another_sentence_keeps_the_last_body() -> None:
    text = NOTE + "\nWorking Group on Early Warning Systems\n\n" + (
        "The Working Group on Early Warning Systems will report to the Commission on Coastal Resilience at its "
        "thirteenth session. The Commission will hold the fourteenth session in Bonn in 2033.\n"
    )
    assert not any(s.startswith(WG + "#") for s, _ in facts(text, "meetingOf"))
