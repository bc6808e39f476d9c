"""A resolution named inside a body's name ("the Panel of Experts on South Sudan established pursuant
to resolution 2206 (2015)", "the Committee established pursuant to resolution 2877 (2028) concerning
the Lake Region") is part of the name the reference data knows, not a reference the instrument's text
makes: no `cites` (E205, `relate.Reader.cites`, `_inside_a_known_name`). The same resolution recalled,
reaffirmed or named on its own is cited. Invented committees (tests/data/repertoire_extracts.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "repertoire_extracts.ttl")

RESOLUTION = (
    "S/RES/2990 (2032)\nSecurity Council\nDistr.: General\n8 March 2032\n\nResolution 2990 (2032)\n\n"
    "Adopted by the Security Council at its 10900th meeting, on 8 March 2032\n\nThe Security Council,\n\n"
    "Recalling its resolution 2974 (2032),\n\n{paragraphs}\n"
)


def cited(*paragraphs: str) -> set[str]:
    return {o for relation, s, o in facts(RESOLUTION.format(paragraphs="\n\n".join(paragraphs))) if relation == "cites" and s == "security-council/res/2032/2990"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Encourages the Committee established pursuant to resolution 2877 (2028) concerning the Lake Region to share information "
        "with the Mission;",
        "1. Requests the Security Council Committee established pursuant to resolution 2877 (2028) concerning the Lake Region to "
        "report;",
        "Welcoming the briefing by the Chair of the Committee established pursuant to resolution 2877 (2028) concerning the Lake "
        "Region,",
    ],
)
def test_a_resolution_inside_a_known_name_is_not_cited(paragraph):
    assert cited(paragraph) == {"security-council/res/2032/2974"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Recalling also its resolution 2877 (2028), by which it established the Committee,",
        "1. Decides that the measures imposed by resolution 2877 (2028) shall remain in force;",
        # named on its own beside the name: cited
        "1. Encourages the Committee established pursuant to resolution 2877 (2028) concerning the Lake Region to apply resolution "
        "2877 (2028) in full;",
    ],
)
def test_the_resolution_named_on_its_own_is_cited(paragraph):
    assert "security-council/res/2028/2877" in cited(paragraph)
