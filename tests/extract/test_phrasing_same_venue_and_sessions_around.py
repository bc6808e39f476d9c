"""Sessions told around the one a document is for: "The session will be preceded by the fifth
session of the Committee on Coastal Data, to be held on 20 and 21 March 2032 at the same venue,
and followed by its 105th session, on 29 March 2032". "at the same venue / place / location"
before or after the dates is the place a gathering was last said to be held in
(`relate._SAME_VENUE`, `Reader.last_place`); a session in figures after "preceded by" or "followed
by its" is a gathering, not a sitting (`resolve._HOLDS_OR_COVERS`).

Negative cases: "at the same venue" with no place told before; "the 3rd meeting" after "followed
by" in a body that holds sessions (a plenary meeting)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

PLACED = "The Commission will hold its fourteenth session in Nairobi from 1 to 5 March 2033. "
FORMS = [
    "The session will be preceded by the fifth session of the Committee on Coastal Data, to be held on 20 and 21 February 2033 at the same venue.",
    "The session will be preceded by the fifth session of the Committee on Coastal Data, to be held at the same venue on 20 and 21 February 2033.",
    "The Committee on Coastal Data will hold its fifth session at the same venue from 20 to 21 February 2033.",
    "The fifth session of the Committee on Coastal Data will be held at the same location from 20 to 21 February 2033.",
]


def note(*sentences: str) -> str:
    return NOTE + "".join(f"{n}. {s}\n\n" for n, s in enumerate(sentences, 1))


@pytest.mark.parametrize("sentence", FORMS)
def test_the_same_venue_is_the_place_told_last(sentence: str) -> None:
    text = note(PLACED, sentence)
    assert ("ccr/committee-on-data#5", "Nairobi") in facts(text, "heldIn")
    assert ("ccr/committee-on-data#5", "2033-02-20/2033-02-21") in facts(text, "heldOn")


def test_no_place_told_before() -> None:
    # (the note's masthead names none either)
    text = note(FORMS[0]).replace("New York, 8–12 March 2032\n\n", "")
    assert not {f for f in facts(text, "heldIn") if f[0] == "ccr/committee-on-data#5"}


@pytest.mark.parametrize("sentence, session, day", [
    ("The session will be followed by the 105th session of the Committee on Coastal Data, on 29 March 2033.", "ccr/committee-on-data#105", "2033-03-29"),
    ("The Committee on Coastal Data will meet on 27 March 2033, followed by its 106th session, on 29 March 2033.", "ccr/committee-on-data#106", "2033-03-29"),
    ("The session will be preceded by the 104th session of the Committee on Coastal Data, on 20 February 2033.", "ccr/committee-on-data#104", "2033-02-20"),
])
def test_sessions_in_figures_before_and_after(sentence: str, session: str, day: str) -> None:
    assert (session, day) in facts(note(sentence), "heldOn")


def test_a_plenary_meeting_followed_by() -> None:
    text = note("The Commission will open its fourteenth session on 1 March 2033, followed by its 3rd meeting, on 2 March 2033.")
    assert not {f for f in facts(text, "heldOn") if f[0].endswith("#3")}
