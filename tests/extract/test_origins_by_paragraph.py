"""A body's origin told of one paragraph of the instrument: "The Forum on Human Rights, Democracy and
the Rule of Law came into being under paragraph 5 of Human Rights Council resolution 28/14", "owes its
existence to paragraph 3 of", "traces its origins to section II, paragraph 3, of". The paragraph is
the instrument's; the instrument establishes the body as it does when the phrase names it right away
(`rules/origins_told._BEFORE_KEYWORD`, with `patterns.INSTRUMENT_PART_OF`). A phrase of origin whose
object is no instrument's part says nothing."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note

WG = "The Working Group on Early Warning Systems"
ESTABLISHED = {("ccr/res/9/2", "ccr/wg-early-warning")}


@pytest.mark.parametrize(
    "sentence",
    [
        f"{WG} came into being under paragraph 5 of Commission resolution 9/2 of 18 June 2027, in which the Commission decided to provide a platform.",
        f"{WG} came into being through paragraph 4 of Commission resolution 9/2.",
        f"{WG} came into being under paragraphs 5 and 6 of resolution 9/2.",
        f"{WG} came into being under paragraph 5 (b) of its resolution 9/2.",
        f"{WG} came into being under paragraph 5 of the annex to resolution 9/2.",
        f"{WG} first came into being under operative paragraph 2 of Commission resolution 9/2, and met in 2028.",
        f"{WG} owes its existence to paragraph 3 of Commission resolution 9/2.",
        f"{WG} traces its origins to section II, paragraph 3, of Commission resolution 9/2.",
        f"{WG} was brought into being by paragraph 2 of Commission resolution 9/2.",
    ],
)
def test_the_paragraph_of_the_instrument_that_made_the_body(sentence):
    assert facts(in_note(sentence), "establishes") == ESTABLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        f"{WG} came into being under the leadership of the Commission, in 2027.",
        f"{WG} owes its existence to the efforts of States.",
        f"{WG} came into being under paragraph 5 of the provisional rules of procedure.",
    ],
)
def test_near_misses_establish_nothing(sentence):
    assert facts(in_note(sentence), "establishes") == set()
