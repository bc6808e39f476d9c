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
