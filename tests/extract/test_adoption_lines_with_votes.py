"""An adoption line that tells the vote before where and when: "Adopted by a recorded vote of 30 to
2, with 5 abstentions, at the 8th meeting, on 14 March 2031". The tally's commas belong to the
vote, not to the line's parts; the line closes the instrument's text or stands under its title, in
brackets or not, and dates the adoption either way. A vote told of another text, or a line with no
date, dates nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, SESSION_REPORT, facts, in_resolution

OPERATIVE = "1. Requests the Executive Secretary to report on the matter;"
TITLE = "Strengthening early warning for coastal communities"
HEAD = SESSION_REPORT.split("Resolution 12/1")[0] + "Resolution 12/1\n\n"
BODY = "\n\nThe Commission on Coastal Resilience,\n\n" + OPERATIVE + "\n"

HOW = [
    "by a recorded vote of 30 to 2, with 5 abstentions,",
    "by a recorded vote of 30 votes to 2, with 5 abstentions,",
    "by a vote of 30 to 2 with 5 abstentions",
    "by 30 votes to 2, with 5 abstentions,",
    "by a recorded vote of 41 to none, with 3 abstentions,",
    "by a vote of 30 to 2,",
    "without a vote",
    "without a vote,",
]
WHERE = ["at the 8th meeting, on 14 March 2031", "at the 8th plenary meeting on 14 March 2031", "on 14 March 2031"]
LINES = [f"Adopted {how} {where}" for how in HOW for where in WHERE]


@pytest.mark.parametrize("bracket", ["{}", "{}.", "({})", "[{}]"])
@pytest.mark.parametrize("line", LINES)
def test_a_closing_line_with_a_vote_dates_the_adoption(line: str, bracket: str) -> None:
    assert facts(in_resolution(OPERATIVE, bracket.format(line)), "adoptedOn") == {(RESOLUTION, "2031-03-14")}


@pytest.mark.parametrize("bracket", ["{}", "({})", "({}.)"])
@pytest.mark.parametrize("line", LINES[::3] + LINES[1::5])
def test_a_note_under_the_title_with_a_vote_dates_the_adoption_and_is_no_part_of_the_title(line: str, bracket: str) -> None:
    text = HEAD + TITLE + "\n" + bracket.format(line) + BODY
    assert facts(text, "title") == {(RESOLUTION, TITLE)}
    assert facts(text, "adoptedOn") == {(RESOLUTION, "2031-03-14")}


@pytest.mark.parametrize("paragraph", [
    # the vote on another text, told in an operative paragraph
    "2. Recalls that its resolution 11/2 was adopted by a recorded vote of 30 to 2, with 5 abstentions, on 14 March 2030;",
    # a vote with no date
    "Adopted by a recorded vote of 30 to 2, with 5 abstentions, at the 8th meeting",
    # a tally that is not a vote's
    "Adopted by 30 participants to 14 March 2030",
])
def test_no_adoption_date_from_a_vote_that_does_not_close_the_text(paragraph: str) -> None:
    assert facts(in_resolution(OPERATIVE, paragraph), "adoptedOn") == set()
