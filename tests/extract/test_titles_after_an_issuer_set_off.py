"""A cited instrument's title after its issuer's whole name set off by a comma: "decision 15/9 of
the Conference of the Parties to the Convention on Biological Diversity, on digital sequence
information" is titled "digital sequence information", not "Biological Diversity, on ..." (the
"on" inside the name opens no title). Invented names, numbers and titles."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.titles import title_after


@pytest.mark.parametrize(
    "text, title",
    [
        ("Recalling decision 15/9 of the Conference of the Parties to the Convention on Wetland Soils, on peat restoration;",
         "peat restoration"),
        ("Noting resolution 61/4 of the Commission on Narcotic Drugs, on drug policy and human rights, adopted on 3 March 2030,",
         "drug policy and human rights"),
        ("Taking note of decision 7/12 of the Meeting of the Parties to the Protocol on Soil Carbon, concerning the reporting cycle;",
         "the reporting cycle"),
        ("Recalling also resolution 3/2 of the Assembly of the Treaty on Seed Exchange and Plant Health, on the access fund;",
         "the access fund"),
    ],
)
def test_the_title_begins_after_the_issuers_name(text: str, title: str) -> None:
    at = text.index(" of the")
    found = title_after(text, at)
    assert found is not None and found.title == title


@pytest.mark.parametrize(
    "text, title",
    [
        # no comma: the title as before
        ("Recalling decision 7/2 of the Board on the budget for the biennium;", "the budget for the biennium"),
        # a day after the comma, no title
        ("decision 7/2 of the Board of the Green Fund, on 3 March 2030, took note", None),
        # a capitalised word after the comma: no title in lower case is set off
        ("decision 7/2 of the Board of the Green Fund, on Monday, took note", None),
    ],
)
def test_other_citations_keep_their_reading(text: str, title: str | None) -> None:
    found = title_after(text, text.index(" of the"))
    assert (found.title if found else None) == title
