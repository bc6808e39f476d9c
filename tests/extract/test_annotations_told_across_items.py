"""An annotated agenda telling what earlier instruments said: "In the same resolution" opening the
next item's annotation goes on with the instrument the item before was about; "the report of the X on
the work of its Nth session" in a resolution's title is X's session; "resolutions A and B, both
adopted on ..., the latter entitled "..."" gives each its day and the second its title."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts, in_note


def annotated(*items: tuple[str, str]) -> str:
    """Items of an annotated agenda: a heading, then its numbered paragraphs."""
    text, n = NOTE, 0
    for heading, paragraph in items:
        n += 1
        text += f"Item {n + 2}. {heading}\n\n{n}. {paragraph}\n\n"
    return text


@pytest.mark.parametrize(("opening", "verb"), [
    ("In the same resolution, the General Assembly invited", "invites"),
    ("In the same resolution the Assembly requested", "requests"),
    ("In the same resolution, the Assembly also requested", "requests"),
])
def test_the_same_resolution_after_an_items_heading_is_the_one_the_item_before_told(opening: str, verb: str) -> None:
    text = annotated(
        ("Early warning", "By General Assembly resolution 84/210, the Assembly requested the Commission to finalize the "
                          "guidelines. In that resolution the Assembly recalled its resolution 70/1."),
        ("Work programme", f"{opening} the Committee on Coastal Data to continue its work."),
    )
    assert ("ga/res/84/210", "ccr/committee-on-data") in facts(text, verb)
    assert not any(s == "ga/res/70/1" for s, _ in facts(text, verb))


def test_that_resolution_after_a_heading_points_at_nothing() -> None:
    text = annotated(
        ("Early warning", "By General Assembly resolution 84/210, the Assembly requested the Commission to finalize the guidelines."),
        ("Work programme", "In the same decision, the Assembly requested the Committee on Coastal Data to report."),
    )
    assert not any(o == "ccr/committee-on-data" for _, o in facts(text, "requests"))


@pytest.mark.parametrize("title", [
    "the report of the Commission on Coastal Resilience on the work of its eleventh session",
    "the report of the Commission on Coastal Resilience on its eleventh session",
])
def test_its_session_in_a_resolutions_title_is_the_reporting_bodys(title: str) -> None:
    text = in_note(f"The present note has been prepared pursuant to General Assembly resolution 84/152 of "
                   f"9 December 2029 on {title}.")
    meetings = facts(text, "meetingOf")
    assert ("ccr#11", "ccr") in meetings
    assert ("ga#11", "ga") not in meetings


@pytest.mark.parametrize(("sentence", "titled", "title"), [
    ('The Commission may wish to take note of General Assembly resolutions 84/152 and 84/153, both adopted on '
     '9 December 2029, the latter entitled "Convention on Coastal Data Sharing".', "ga/res/84/153", "Convention on Coastal Data Sharing"),
    ('The Commission may wish to take note of Council resolutions 2029/4 and 2029/5, the former entitled '
     '"Tsunami preparedness" and the latter entitled "Storm surges".', "ecosoc/res/2029/4", "Tsunami preparedness"),
])
def test_the_latter_or_former_entitled(sentence: str, titled: str, title: str) -> None:
    text = in_note(sentence)
    assert (titled, title) in facts(text, "title")


def test_both_adopted_on_a_day() -> None:
    text = in_note("The Commission may wish to take note of General Assembly resolutions 84/152 and 84/153, "
                   "both adopted on 9 December 2029.")
    assert {("ga/res/84/152", "2029-12-09"), ("ga/res/84/153", "2029-12-09")} <= facts(text, "adoptedOn")
