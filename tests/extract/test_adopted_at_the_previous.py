"""An instrument told as adopted at the issuer's previous gathering (E102): "its decision on
coastal finance adopted at its previous session (decision 12/4)", "the Commission's decision at
its last session on the strategy (decision 12/7)", "decision 12/2, adopted at its previous
session": adopted at the session its number carries, when that is the one before the session the
document is at; a year-numbered decision or a session that is not the one before say nothing.
(Another body's possessive, "the Bureau's decision at its previous session (decision 12/4)", is
left to main's `decision_of_the_previous_gathering` since the merge of E100.)

Invented sentences (the phrasing commission; the note is for its thirteenth session)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

SAID = [
    "The Commission recalled its decision on coastal finance adopted at its previous session (decision {n}).",
    "Decision 13/2 recalls the Commission's decision at its previous session on the strategy (decision {n}).",
    "The Bureau noted decision {n}, adopted at its last session, and reported on it.",
    "The secretariat recalled the decision taken at its most recent session (decision {n}) on data.",
]


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize("number", ["12/4", "12/17"])
def test_adopted_at_the_session_before(said: str, number: str) -> None:
    text = in_note(said.format(n=number))
    assert (f"ccr/dec/{number}", "ccr#12") in facts(text, "adoptedAt")


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize("number", ["10/4", "2031/3"])
def test_a_number_of_another_session_is_not_the_previous(said: str, number: str) -> None:
    text = in_note(said.format(n=number))
    assert not facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        # told of a session, not of the instrument
        "At its previous session, the Commission adopted the report. Decision 12/4 was noted.",
    ],
)
def test_no_adoption_where_the_words_do_not_say_it(sentence: str) -> None:
    assert not facts(in_note(sentence), "adoptedAt")
