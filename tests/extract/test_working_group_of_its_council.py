""""the Working Group" in a document of a council that has several working groups of that short
name, the body above the council having one too: the council's working group the document names
in full (its masthead, a title), not the one of the body above (E119). Invented council and
groups (tests/data/working_groups_of_a_council.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

EXTRACTED = extracted_with(Path(__file__).resolve().parents[1] / "data" / "working_groups_of_a_council.ttl")
GAUGES = "ga/council-on-tidal-affairs/wg-tide-gauges"
SURGES = "ga/council-on-tidal-affairs/wg-storm-surges"

MASTHEAD = "COUNCIL ON TIDAL AFFAIRS\n{group}\nThird session\nGeneva, 2-6 February 2032\n\n"


@pytest.mark.parametrize(("group", "key"), [("Working Group on Tide Gauges", GAUGES), ("Working Group on Storm Surges", SURGES)])
@pytest.mark.parametrize("note", [
    "(1) The session is convened in accordance with Council resolution 5/1 of 18 June 2027, by which the Council established the Working Group.",
    "The Working Group was established by the Council in its resolution 5/1 of 18 June 2027.",
])
def test_the_working_group_is_the_one_named_in_full(group: str, key: str, note: str) -> None:
    facts = EXTRACTED(MASTHEAD.format(group=group) + note + "\n")
    assert ("establishes", "ga/council-on-tidal-affairs/res/5/1", key) in facts
    assert not any(f[0] == "establishes" and f[2] == "ga/wg-coastal-financing" for f in facts)


def test_both_named_in_full_names_neither_by_this_rule() -> None:
    text = MASTHEAD.format(group="Working Group on Tide Gauges") + (
        "The Working Group on Storm Surges met in May. By resolution 5/1, the Council requested the Working Group to report.\n"
    )
    facts = EXTRACTED(text)
    assert ("requests", "ga/council-on-tidal-affairs/res/5/1", GAUGES) not in facts
