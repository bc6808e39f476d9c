"""An on-title ends where the next instrument of the list begins, also when that one is numbered
with its session in Roman numerals before the number, as treaty bodies number their decisions
("its decision II/2 on promoting effective access to justice and decision VII/3, adopted …").
An instrument named inside the title ("on the follow-up to decision VII/3") ends none."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.titles import title_after

ENDS = [
    ("decision II/2 on promoting effective access to justice and decision VII/3, adopted at its seventh session", "promoting effective access to justice"),
    ("decision II/2 on promoting effective access to justice, and decision IV/1 on compliance", "promoting effective access to justice"),
    ("decision V/4 on public participation in strategic decisions and its decision XII/10 on financing", "public participation in strategic decisions"),
    ("decision 2/2 on the review of implementation and decision 7/3", "the review of implementation"),
]


@pytest.mark.parametrize("text, title", ENDS)
def test_the_title_ends_before_the_next_instrument(text: str, title: str) -> None:
    found = title_after(text, text.index(" on "))
    assert found is not None and found.title == title


def test_an_instrument_inside_the_title_ends_none() -> None:
    text = "decision VIII/2 on the follow-up to decision VII/3 on access to justice, adopted at its eighth session"
    found = title_after(text, text.index(" on "))
    assert found is not None and found.title == "the follow-up to decision VII/3 on access to justice"
