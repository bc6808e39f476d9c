"""Papers a body "had before it" in a page that is of no session (a chapter of its report taken
alone, a web page's extract): the session the paragraph before says the body set something up for
("established a Planning Group for its eighty-fourth session", "elected its officers for its
twelfth session") is the one being held, so it is the one the papers were before, as a session the
paragraph before said was held (E226). The sentence's own gatherings ("the report on the work of
its eleventh session" in a title) are not where it had them (E281).

Near misses: a session a group "would be established for" (to come), a session named after
"decided that …" in the future, a paragraph that names two sessions of the body, "took note of"."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

OPENING = "Chapter IV\n\nOther decisions and conclusions of the Commission\n\n"


def chapter(before: str, had: str) -> str:
    return f"{OPENING}41. {before}\n\n42. {had}\n"


HAD = (
    "For its consideration of the item, the Commission had before it a note by the secretariat on the "
    "documentation of the Commission (E/CN.21/2031/4), the comments received from Governments on the "
    "programme of work (E/CN.21/2031/5) and section B of the summary of the debate held in the "
    "Economic and Social Council during its 2030 session (E/CN.21/2031/6)."
)
PAPERS = {"E/CN.21/2031/4", "E/CN.21/2031/5", "E/CN.21/2031/6"}


@pytest.mark.parametrize(
    "before",
    [
        "At its 310th meeting, on 3 March 2031, the Commission established a drafting group for its twelfth session. The drafting group held four meetings.",
        "On 10 March 2031, the Commission on Coastal Resilience elected its officers for its twelfth session.",
        "The Commission set up, at its opening meeting, a working group of the whole for the twelfth session.",
        "At its first meeting, the Commission adopted the provisional agenda for its twelfth session (E/CN.21/2031/1).",
    ],
)
def test_papers_go_to_the_session_set_up_for(before: str) -> None:
    sent = {(s, o) for s, o in facts(chapter(before, HAD), "submittedTo") if s in PAPERS}
    assert sent == {(p, "ccr#12") for p in PAPERS}


def test_a_title_in_the_sentence_names_no_receiver() -> None:
    had = (
        "The Commission had before it the comments of Governments (E/CN.21/2031/5) on its report on the "
        "work of its eleventh session."
    )
    text = chapter("The Commission established a drafting group for its twelfth session.", had)
    assert ("E/CN.21/2031/5", "ccr#12") in facts(text, "submittedTo")
    assert ("E/CN.21/2031/5", "ccr#11") not in facts(text, "submittedTo")


@pytest.mark.parametrize(
    "before",
    [
        # a session to come: nothing set up at it yet
        "The Commission decided that a drafting group would be established for its thirteenth session.",
        "The Commission agreed that it will elect its officers for its thirteenth session at a later date.",
        # nothing set up for the session: only named
        "The Commission recalled the outcome of its thirteenth session.",
    ],
)
def test_a_session_only_named_or_to_come_receives_nothing(before: str) -> None:
    assert not {(s, o) for s, o in facts(chapter(before, HAD), "submittedTo") if s in PAPERS and o == "ccr#13"}


def test_taking_note_is_no_submission() -> None:
    had = "The Commission took note of the comments received from Governments (E/CN.21/2031/5)."
    text = chapter("The Commission established a drafting group for its twelfth session.", had)
    assert ("E/CN.21/2031/5", "ccr#12") not in facts(text, "submittedTo")
