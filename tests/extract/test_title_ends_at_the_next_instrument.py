"""An instrument's title given as "on ..." ends where the next instrument of the list begins,
whatever the body's numbering and however the keyword is written: ", and Resolution XV.12 on
wetland restoration" (Ramsar's Roman session and full stop), ", and Resolution 14.16" (CMS), ",
and resolution A.1173(33)" (IMO), " and resolution C 7/2025" (UPU), " and Decision 11/4". A resolution named inside the title
("on the implementation of Resolution 11/4") ends none."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.titles import title_after
from tests.extract.phrasing import facts, in_resolution

# (text after the number, the title)
LISTS = [
    (" on enhancing the visibility of the Convention, and Resolution XV.12 on wetland restoration,", "enhancing the visibility of the Convention"),
    (" on Improving Ways of Addressing Connectivity, and Resolution 14.16 on Ecological Networks,", "Improving Ways of Addressing Connectivity"),
    (" on the Strategic Plan for the period 2018 to 2023, and resolution A.1173(33),", "the Strategic Plan for the period 2018 to 2023"),
    (" on coastal data and Decision 11/4 on tides,", "coastal data"),
    (" on the Integrated Product Plan and resolution C 7/2025 on postal financial services,", "the Integrated Product Plan"),
    (" on coastal data, and Decisions XI/4 and XI/5,", "coastal data"),
]


@pytest.mark.parametrize("after, title", LISTS)
def test_the_title_ends_before_the_next_instrument(after: str, title: str) -> None:
    found = title_after("Recalling Resolution 12.26" + after, len("Recalling Resolution 12.26"))
    assert found is not None and found.title == title


INSIDE = [
    (" on the implementation of Resolution 11/4,", "the implementation of Resolution 11/4"),
    (" on cooperation with the Decision Support Unit,", "cooperation with the Decision Support Unit"),
]


@pytest.mark.parametrize("after, title", INSIDE)
def test_an_instrument_inside_the_title_ends_none(after: str, title: str) -> None:
    found = title_after("Recalling Resolution 12.26" + after, len("Recalling Resolution 12.26"))
    assert found is not None and found.title == title


def test_two_titles_of_a_list_in_a_resolution() -> None:
    text = in_resolution("Recalling Resolution 11/2 on coastal data, and Resolution 11/4 on early warning,")
    titles = facts(text, "title")
    assert ("ccr/res/11/2", "coastal data") in titles
    assert ("ccr/res/11/4", "early warning") in titles
