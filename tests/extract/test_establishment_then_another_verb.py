"""A narrated establishment followed by another verb of the same sentence: "By its resolution
11/2, the Commission established an expert group on coastal erosion (hereinafter "the Expert
Group"), and requested the Executive Secretary to report annually". The body established is the
group, not the Executive Secretary, and the group's name ends before "and requested".

Invented sentences on the phrasing body; the Executive Secretary keeps its request.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RES = "ccr/res/11/2"
ES = "ccr/executive-secretary"
COMMITTEE = "ccr/committee-on-data"

NEW = [
    ("By its resolution 11/2, the Commission established an expert group on coastal erosion and requested the Executive Secretary to report annually.", "ccr/expert-group-on-coastal-erosion"),
    ("By its resolution 11/2, the Commission established an expert group on coastal erosion, and requested the Executive Secretary to report annually.", "ccr/expert-group-on-coastal-erosion"),
    ("In resolution 11/2, the Commission established a task force on sea-level data and also invited the Executive Secretary to support it.", "ccr/task-force-on-sea-level-data"),
    ("By resolution 11/2, the Commission established the Committee on Coastal Data (hereinafter \"the Committee\"), and requested the Executive Secretary to report annually.", COMMITTEE),
]


@pytest.mark.parametrize("paragraph, established", NEW)
def test_the_body_established_before_the_next_verb(paragraph: str, established: str) -> None:
    text = in_note(paragraph)
    assert facts(text, "establishes") == {(RES, established)}


def test_the_next_verb_keeps_its_addressee() -> None:
    text = in_note(NEW[1][0])
    assert (RES, ES) in facts(text, "requests")


def test_a_body_named_with_and_is_one_body() -> None:
    # "and" inside a name, no verb after it: the name goes on
    text = in_note("By its resolution 11/2, the Commission established an expert group on erosion and sediment transport.")
    assert facts(text, "establishes") == {(RES, "ccr/expert-group-on-erosion-and-sediment-transport")}
