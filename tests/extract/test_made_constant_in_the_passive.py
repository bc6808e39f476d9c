""""X was made a standing element ... by resolution N" (E103, from the spent u120): a body made
constant in the passive, its instrument told after "by", its subject before the verb (past a
relative clause set off by commas). Invented sentences (the phrasing commission's bodies)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    "made",
    [
        "was made a standing element of each session by resolution 10/2",
        "had been made a permanent element of its programme by its resolution 10/2",
        "was declared a standing body by Commission resolution 10/2",
        "was later made a standing working group under resolution 10/2",
    ],
)
@pytest.mark.parametrize(
    "subject",
    [
        "The Working Group on Early Warning Systems",
        "The Working Group on Early Warning Systems, which the Commission first set up in 2024,",
    ],
)
def test_a_body_made_constant_in_the_passive(subject: str, made: str) -> None:
    text = in_note(f"{subject} {made}.")
    assert ("ccr/res/10/2", "ccr/wg-early-warning") in facts(text, "makesConstantElement")


@pytest.mark.parametrize(
    "sentence",
    [
        # no instrument after the verb: nothing says which one made it so
        "The Working Group on Early Warning Systems was made a standing element of each session.",
        # the instrument is the one recalled before, not the maker
        "The Working Group on Early Warning Systems was made a standing element of each session; resolution 10/2 was adopted later.",
    ],
)
def test_no_instrument_after_by_makes_nothing_constant(sentence: str) -> None:
    assert not facts(in_note(sentence), "makesConstantElement")
