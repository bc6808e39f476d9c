"""The page of one session's decisions headed by their agenda items' numbers
(test_decisions_headed_by_item_number.py) as Word saves it as plain text (E84, seen in the office
variants of u93): no heading mark, the masthead and the list as tab-separated cells, each decision
still headed by its item's number and its title ("5 Reef monitoring") over the opening formula
("The Governing Council,"). The heading opens
the decision of that number as the Markdown heading does; a numbered line that no opening formula
follows ("3 members were elected") opens none."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_decisions_headed_by_item_number import BODIES, facts


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def word_page(n: int, items: tuple[int, int], comma: str) -> str:
    a, b = items
    return (
        f"Governing Council\t{n} GC/Decisions\nTwo hundred and twenty-first session\tLISBON, 2 June 2031\n"
        f"DECISIONS ADOPTED BY THE GOVERNING COUNCIL AT ITS {n}th SESSION\n(Lisbon, 12–16 May 2031)\n"
        f"List of decisions\nItem\tDecision\tTitle\n{a}\t{n} GC/Decision {a}\tOcean literacy\n"
        f"{b}\t{n} GC/Decision {b}\tReef monitoring\n"
        f"{a} Ocean literacy\nThe Governing Council{comma}\n1.\tRecalling its decision 7/2,\n"
        "2.\tRequests the Secretary-General to prepare a strategy on ocean literacy;\n"
        f"{b} Reef monitoring\nThe Governing Council{comma}\n"
        "1.\tInvites the International Reef Panel to share its data with the Organization.\n"
    )


@pytest.mark.parametrize(("n", "items", "comma"), [(221, (3, 9), ","), (109, (5, 12), ","), (304, (2, 17), ",")])
def test_each_item_line_over_an_opening_formula_opens_the_decision(
        n: int, items: tuple[int, int], comma: str, registry: BodyRegistry) -> None:
    text = word_page(n, items, comma)
    a, b = items
    assert (f"woo/council/dec/{n}/{a}", "woo/secretary-general") in facts(text, registry, "requests")
    assert (f"woo/council/dec/{n}/{b}", "reef-panel") in facts(text, registry, "invites")
    assert (f"woo/council/dec/{n}/{a}", "Ocean literacy") in facts(text, registry, "title")
    assert (f"woo/council/dec/{n}/{b}", f"woo/council#{n}") in facts(text, registry, "adoptedAt")


def test_a_numbered_line_without_an_opening_formula_opens_no_decision(registry: BodyRegistry) -> None:
    text = word_page(221, (3, 9), ",").replace("3 Ocean literacy\nThe Governing Council,\n", "3 Ocean literacy\n")
    assert not any(s == "woo/council/dec/221/3" for s, _ in facts(text, registry, "title"))
