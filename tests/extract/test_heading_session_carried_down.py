"""A heading's session carried down to the instruments listed under it (A1's family 3 of the
first-sight misses, `docs/briefs/first_sight_misses.md`): "Resolutions adopted by the Commission at
its seventy-fifth session" over one line per instrument gives each `adoptedAt` that session
(`relate.Reader.adopted_at_list_session`, `_LIST_OF_A_SESSION`, `_SECTION_OF_A_SESSION`). E238
probed invented layouts: the layouts below are read; a bare number and its title on one line
("8/1<tab>Title", "   8/1   Title", "Resolution 8/1: Title", "Resolution 8/1. Title") was read as
no instrument at all (E238's strict xfail); E244's list reader (`rules.annexed_adoption_lists`,
`tests/extract/test_listed_instruments.py`) reads each line as the heading's issuer's instrument."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract import phrasing as P

UNEA = (
    "United Nations Environment Assembly of the United Nations Environment Programme\n\nUNEP/EA.8/INF/2\n\n"
    "Distr.: General\n6 March 2031\n\nEighth session\nNairobi, 26 February–2 March 2031\n\n"
    "List of resolutions and decisions\n\nResolutions adopted by the Environment Assembly at its eighth session\n\n{items}\n"
)
CSW = "Commission on the Status of Women\n\nResolutions adopted by the Commission at its seventy-fifth session\n\n{items}\n"


def adopted_at(text: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="t", registry=P.shipped_registry())
    return {(P.key(f.subject), P.key(f.object)) for f in extraction.facts if f.relation == "adoptedAt"}


def test_numbered_titles_under_the_heading():
    text = CSW.format(items="75/1. Women in rural coastal communities\n75/2. Ending violence against women journalists\n75/3. Gender statistics")
    assert adopted_at(text) == {(f"ecosoc/csw/res/75/{n}", "ecosoc/csw#75") for n in (1, 2, 3)}


def test_each_instrument_its_heading_then_its_title():
    text = UNEA.format(items="Resolution 8/1\nReef restoration\n\nResolution 8/2\nCoastal data partnerships")
    assert adopted_at(text) == {("unea/res/8/1", "unea#8"), ("unea/res/8/2", "unea#8")}


@pytest.mark.parametrize(
    "items",
    [
        "8/1\tReef restoration\n8/2\tCoastal data partnerships",
        "   8/1   Reef restoration\n   8/2   Coastal data partnerships",
        "- Resolution 8/1: Reef restoration\n- Resolution 8/2: Coastal data partnerships",
        "Resolution 8/1. Reef restoration\nResolution 8/2. Coastal data partnerships",
    ],
)
def test_one_line_per_instrument(items):
    assert adopted_at(UNEA.format(items=items)) == {("unea/res/8/1", "unea#8"), ("unea/res/8/2", "unea#8")}
