"""A slide deck saved as text with a footer at the foot of each slide ("Secretariat | Briefing, 8 March
2032") and the slide's number (E100): furniture, as a page's running footer is, so that it neither
joins the last bullet's decision nor stands as a paragraph of its own."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.slide_decks import slide_footers
from tests.extract.phrasing import facts
from tests.extract.test_slide_decks import DECISION, deck

FOOTERS = [
    "Coastal Commission secretariat | Briefing, 8 March 2032",
    "CCR/2032/INF.2    Follow-up briefing",
    "© Commission on Coastal Resilience 2032",
]


def with_footer(text: str, footer: str, numbered: bool) -> str:
    parts = text.split("\nSlide ")
    out = parts[0]
    for n, part in enumerate(parts[1:], start=2):
        out += f"\n{footer}\n" + (f"{n - 1}\n" if numbered else "") + "Slide " + part
    return out + f"{footer}\n" + (f"{len(parts)}\n" if numbered else "")


@pytest.mark.parametrize("footer", FOOTERS)
@pytest.mark.parametrize("numbered", [True, False])
def test_a_footer_on_every_slide_is_furniture(footer: str, numbered: bool) -> None:
    plain = deck(DECISION)
    text = with_footer(plain, footer, numbered)
    fixed, _ = normalise_layout(text)
    assert footer not in fixed
    for relation in ("title", "cites", "requests", "invites"):
        assert facts(text, relation) == facts(plain, relation)


def test_a_line_repeated_on_fewer_slides_stays() -> None:
    text = deck(DECISION).replace("\nSlide 3", "\nSee the annex\nSlide 3")
    assert slide_footers(text.split("\n")) == set()


def test_a_repeated_last_bullet_is_no_footer() -> None:
    text = with_footer(deck(DECISION), "• Questions welcome", False)
    assert slide_footers(text.split("\n")) == set()
