"""A session report recounting its body's decisions under headings ("Decision 12/3. Tide gauges")
over prose that tells each ("By decision 12/3, adopted on ..., the Commission ..."), after a sentence
saying how many it adopted at the session: the heading gives the title, the sentence the session."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

REPORT = (
    "United Nations E/CN.21/2031/9\n\n"
    "Economic and Social Council\n\nDistr.: General\n20 March 2031\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n"
    "Report of the Commission on Coastal Resilience on its twelfth session\n\n"
    "C. Decisions adopted by the Commission\n\n"
    "4. {announcement}\n\n"
    "Decision 12/3{stop} Tide gauges\n\n"
    "5. {telling} decision 12/3, adopted on 11 March 2031, the Commission requested the Committee on Coastal Data "
    "to compile tide records.\n\n"
    "Decision 12/4{stop} Dates of the thirteenth session\n\n"
    "6. {telling} decision 12/4, adopted on 14 March 2031, the Commission decided that its thirteenth session "
    "would be held in Bangkok.\n"
)


@pytest.mark.parametrize(("announcement", "stop", "telling"), [
    ("The Commission adopted two decisions at its twelfth session. They are summarized below.", ".", "By"),
    ("The Commission adopted the following decisions at its twelfth session:", ":", "In"),
    ("At the close of the session, the Commission had adopted 2 decisions during its twelfth session.", ".", "Through"),
])
def test_headings_give_titles_and_the_announcement_the_session(announcement: str, stop: str, telling: str) -> None:
    text = REPORT.format(announcement=announcement, stop=stop, telling=telling)
    assert {("ccr/dec/12/3", "Tide gauges"), ("ccr/dec/12/4", "Dates of the thirteenth session")} <= facts(text, "title")
    assert {("ccr/dec/12/3", "ccr#12"), ("ccr/dec/12/4", "ccr#12")} <= facts(text, "adoptedAt")


def test_a_heading_over_prose_about_something_else_gives_no_title() -> None:
    text = REPORT.format(announcement="The Commission adopted two decisions at its twelfth session.", stop=".", telling="By").replace(
        "5. By decision 12/3", "5. The secretariat recalled that decision 11/3")
    assert ("ccr/dec/12/3", "Tide gauges") not in facts(text, "title")


def test_a_decision_of_another_session_is_not_adopted_at_this_one() -> None:
    text = REPORT.format(announcement="The Commission adopted two decisions at its twelfth session.", stop=".", telling="By")
    text = text.replace("12/4", "11/4")
    assert ("ccr/dec/11/4", "ccr#12") not in facts(text, "adoptedAt")


NARRATED = (
    "United Nations E/CN.21/2031/9\n\n"
    "Economic and Social Council\n\nDistr.: General\n20 March 2031\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n"
    "Report of the Commission on Coastal Resilience on its twelfth session\n\n"
    "Decision 12/5. Task force on tide data\n\n"
    "5. In decision 12/5, adopted on 12 March 2031, the Commission decided to constitute a task force on tide data.\n\n"
    "6. {further}\n\n"
    "7. {passive}\n"
)


@pytest.mark.parametrize(("further", "passive"), [
    ("The Commission further determined that the task force would remain a permanent feature of its working methods, "
     "and entrusted the secretariat with compiling the records.",
     "The task force was asked to report to the Commission at its thirteenth session."),
    ("The Commission also agreed that the task force would serve as a standing body, and instructed the secretariat to "
     "support it.", "The task force was requested to report to the Commission at its thirteenth session."),
])
def test_the_paragraphs_under_a_recounting_heading_go_on_with_its_decision(further: str, passive: str) -> None:
    text = NARRATED.format(further=further, passive=passive)
    force = "ccr/task-force-on-tide-data"
    assert ("ccr/dec/12/5", force) in facts(text, "establishes")
    assert ("ccr/dec/12/5", force) in facts(text, "makesConstantElement")
    assert {("ccr/dec/12/5", "ccr/secretariat"), ("ccr/dec/12/5", force)} <= facts(text, "requests")


@pytest.mark.parametrize("sentence", [
    "By its decision 12/2, adopted at the twelfth session, the Commission set up a task force on coastal indicators "
    "composed of four members.",
    "In decision 12/2, the Commission set up an expert group on coastal indicators.",
])
def test_set_up_in_the_past_establishes(sentence: str) -> None:
    from tests.extract.phrasing import in_note
    established = facts(in_note(sentence), "establishes")
    assert any(s == "ccr/dec/12/2" and o.startswith("ccr/") for s, o in established), established


def test_asking_another_to_set_up_a_database_establishes_nothing() -> None:
    from tests.extract.phrasing import in_note
    text = in_note("By its decision 12/2, the Commission requested the secretariat to set up a database on tides.")
    assert not facts(text, "establishes")
