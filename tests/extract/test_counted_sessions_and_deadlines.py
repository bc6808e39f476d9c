"""A body's sessions counted, then each told by its place in the count, and a deadline after two
bodies named (E258, what E237 and E245 left):

- "The Committee has held two sessions, the first in Bonn in May 2031 and the second in Lima in June
  2032": a body's whole series so far counted in the perfect ("has held", "had convened", "since
  its establishment"), then "the first", "the second", "the third" each with its place and days:
  the subject's first, second, third gatherings (`references.counted_series_gatherings`);
- "The Committee will report to the Commission no later than its eleventh session", "Requests the
  Working Group to submit … to the Committee no later than its fifth meeting": a deadline is the
  actor's, the subject's or the addressee's, when it holds that kind of gathering
  (`resolve._actor_of_a_deadline`).

Near misses: a count within a year ("has held two sessions in 2031, the first …"), a count in the
past simple ("held two meetings: the first …", no series told), a future ("will hold two sessions,
the first …"), a stranger described in lower case, an office that holds no sessions; "at its" and
"by its" after the recipient stay the recipient's, an addressee that holds no sessions leaves the
deadline to the recipient. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution

_MASTHEAD = {("ccr#13", "New York"), ("ccr#13", "2032-03-08/2032-03-12")}
_DATA = "ccr/committee-on-data"
_GROUP = "ccr/wg-early-warning"


@pytest.mark.parametrize(
    ("sentence", "held_in", "held_on"),
    [
        (
            "The Committee on Coastal Data has held two sessions, the first in Bonn in May 2031 and the second in Lima in June 2032.",
            {(f"{_DATA}#1", "Bonn"), (f"{_DATA}#2", "Lima")},
            set(),
        ),
        (
            "The Committee on Coastal Data has held two sessions: the first in Bonn, from 2 to 4 May 2031, the second in Lima, "
            "from 3 to 5 November 2032.",
            {(f"{_DATA}#1", "Bonn"), (f"{_DATA}#2", "Lima")},
            {(f"{_DATA}#1", "2031-05-02/2031-05-04"), (f"{_DATA}#2", "2032-11-03/2032-11-05")},
        ),
        (
            "Since its establishment, the Working Group on Early Warning Systems has held three meetings: the first in Manila on "
            "4 May 2031; the second in Apia on 3 November 2031; and the third in Suva on 2 March 2032.",
            {(f"{_GROUP}#1", "Manila"), (f"{_GROUP}#2", "Apia"), (f"{_GROUP}#3", "Suva")},
            {(f"{_GROUP}#1", "2031-05-04"), (f"{_GROUP}#2", "2031-11-03"), (f"{_GROUP}#3", "2032-03-02")},
        ),
        (
            "By the end of 2032 the Working Group had convened two meetings to date, the first in Manila from 4 to 6 May 2031 "
            "and the second in Apia from 8 to 10 June 2032.",
            {(f"{_GROUP}#1", "Manila"), (f"{_GROUP}#2", "Apia")},
            {(f"{_GROUP}#1", "2031-05-04/2031-05-06"), (f"{_GROUP}#2", "2032-06-08/2032-06-10")},
        ),
    ],
)
def test_sessions_counted_then_told_by_their_place(sentence: str, held_in: set[tuple[str, str]], held_on: set[tuple[str, str]]) -> None:
    text = in_note(sentence)
    assert facts(text, "heldIn") - _MASTHEAD == held_in
    assert facts(text, "heldOn") - _MASTHEAD == held_on


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee on Coastal Data has held two sessions in 2031, the first in Bonn and the second in Lima.",
        "The Working Group held two meetings: the first in Bonn on 4 and 5 May 2031, the second in Lima on 8 June 2031.",
        "The Committee on Coastal Data will hold two sessions, the first in Bonn in May 2033 and the second in Lima in June 2033.",
        "An expert group on tidal gauges has held two meetings, the first in Bonn in May 2031 and the second in Lima in June 2032.",
        "The Secretary-General has convened two meetings, the first in Bonn in May 2031 and the second in Lima in June 2032.",
        "The Committee on Coastal Data has held two sessions, the first of which dealt with tide gauges.",
    ],
)
def test_no_series_counted(sentence: str) -> None:
    text = in_note(sentence)
    assert (facts(text, "heldIn") | facts(text, "heldOn")) - _MASTHEAD == set()


@pytest.mark.parametrize(
    ("text", "gathering"),
    [
        (in_note("The Committee on Coastal Data will report to the Commission no later than its eleventh session."), f"{_DATA}#11"),
        (in_note("The Committee on Coastal Data is to submit its findings to the Commission not later than its ninth session."), f"{_DATA}#9"),
        (in_resolution("Requests the Committee on Coastal Data to report to the Commission no later than its eleventh session;"), f"{_DATA}#11"),
        (in_resolution("Requests the Working Group to submit its findings to the Committee on Coastal Data no later than its fifth meeting;"), f"{_GROUP}#5"),
    ],
)
def test_a_deadline_is_the_actors(text: str, gathering: str) -> None:
    found = facts(text, "meetingOf")
    assert (gathering, gathering.split("#")[0]) in found
    assert (f"ccr#{gathering.split('#')[1]}", "ccr") not in found


@pytest.mark.parametrize(
    ("text", "gathering"),
    [
        (in_note("The Committee on Coastal Data will report to the Commission at its fifteenth session."), "ccr#15"),
        (in_note("The Committee on Coastal Data will report to the Commission by its fifteenth session."), "ccr#15"),
        (in_resolution("Requests the Secretary-General to report to the Commission no later than its fifteenth session;"), "ccr#15"),
        (in_resolution("Requests the Committee on Coastal Data to report to the Commission at its fifteenth session;"), "ccr#15"),
    ],
)
def test_the_recipients_session(text: str, gathering: str) -> None:
    assert (gathering, "ccr") in facts(text, "meetingOf")
