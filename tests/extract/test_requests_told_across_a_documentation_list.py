"""An annotated agenda's items, each with its "Documentation" list, telling one resolution's requests item by
item (E208, the family of u241, which E201 and E203 left):

- "In the same resolution, the Commission requested the secretariat to prepare … a background paper" under
  item 2, after item 1 named resolution 12/1 and its "Documentation" list named none: the list's section
  leaves the instrument told before it (`Reader.read`: `instrument_of_section_before` kept across a section
  that named no instrument), and "the same resolution" read across the heading is what "that request" means
  next (`intro_instruments` sets `last_instrument`);
- "The background paper (X), prepared pursuant to that request, summarizes the replies of 40 States." is a
  running paragraph, not a list entry: the mandate after the bracket (`segment._MANDATE_AFTER_ENTRY`) is
  an entry's only where the sentence does not go on with a verb of its own or a second sentence
  (`segment._CLAUSE_GOES_ON`); read as an entry it gave the title "The background paper" and lost its
  `pursuantTo`.

Near misses (tested): another resolution told in the section between (12/2: "the same resolution" is 12/2);
an entry of the list with its mandate after it ("Note by … (X), prepared pursuant to resolution 12/1") stays an
entry under its mandate.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, registry

AGENDA = (
    "United Nations E/CN.21/2032/1\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\n"
    "Provisional agenda and annotations\n\nAnnotations\n\n"
    "1.\tEarly warning for coastal communities\n\n"
    "In its resolution 12/1, adopted at its twelfth session, the Commission requested the Executive Secretary to report on early"
    " warning.\n\n"
    "Documentation\n\nReport of the Executive Secretary on early warning (E/CN.21/2032/2)\n\n"
    "2.\tMangrove restoration\n\n"
)


def facts(*paragraphs: str) -> set[tuple[str, str, str]]:
    text = AGENDA + "\n\n".join(paragraphs) + "\n"
    extraction = extract(text, source_key="test", registry=registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("requests", "pursuantTo", "title")}


@pytest.mark.parametrize(
    ("request_told", "paper", "asked"),
    [
        (
            "In the same resolution, the Commission requested the secretariat to prepare a background paper on mangrove restoration.",
            "The background paper (E/CN.21/2032/3), prepared pursuant to that request, summarizes the replies of 40 States.",
            "ccr/secretariat",
        ),
        (
            "In the same resolution, the Commission requested the secretariat to prepare a background paper on mangrove restoration.",
            "The background paper (E/CN.21/2032/3), prepared pursuant to that request, summarizes the replies of 40 States. The"
            " Commission may wish to take note of it.",
            "ccr/secretariat",
        ),
        (
            "By the same resolution, the Commission asked the Executive Secretary to prepare a note on mangrove restoration.",
            "The note (E/CN.21/2032/3), prepared in response to that request, contains an overview of national mangrove programmes.",
            "ccr/executive-secretary",
        ),
    ],
)
def test_the_same_resolution_across_an_items_documentation_list(request_told, paper, asked):
    found = facts(request_told, paper)
    assert ("requests", "ccr/res/12/1", asked) in found
    assert ("pursuantTo", "E/CN.21/2032/3", "ccr/res/12/1") in found
    assert not any(r == "title" and s == "E/CN.21/2032/3" for r, s, _ in found)


def test_another_resolution_told_in_the_section_between():
    found = facts(
        "In its resolution 12/2, the Commission requested the Executive Secretary to report on mangroves.",
        "Documentation\n\nNote by the Executive Secretary (E/CN.21/2032/4)\n\n3.\tOther matters",
        "In the same resolution, the Commission requested the secretariat to prepare a background paper.",
    )
    assert ("requests", "ccr/res/12/2", "ccr/secretariat") in found
    assert ("requests", "ccr/res/12/1", "ccr/secretariat") not in found


def test_an_entry_with_its_mandate_stays_an_entry():
    found = facts("Documentation\n\nNote by the Secretariat on mangrove restoration (E/CN.21/2032/3), prepared pursuant to resolution 12/1")
    assert ("pursuantTo", "E/CN.21/2032/3", "ccr/res/12/1") in found
