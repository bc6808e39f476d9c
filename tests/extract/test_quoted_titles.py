"""An instrument named inside the quoted title of another work ("the publication entitled
“Implementing decision 2029/101: lessons”") is mentioned, not cited: the citing instrument cites
the work, not the decision in its title. An instrument outside the quotation is still cited."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def _facts(paragraph: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    text = f"Decision 2031/104\n\nWorking methods\n\nThe Commission on the Status of Women,\n\n{paragraph}\n"
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


OWN = InstrumentRef("ecosoc/csw", "decision", "2031", "104")
QUOTED = InstrumentRef("ecosoc/csw", "decision", "2029", "101")


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Takes note of the publication entitled “Implementing decision 2029/101: lessons from the field”;",
        '1. Takes note of the publication entitled "Implementing decision 2029/101: lessons from the field";',
        "Welcoming the study “Ten years of decision 2029/101”,",
    ],
)
def test_an_instrument_in_a_quoted_title_is_not_cited(paragraph: str, registry: BodyRegistry) -> None:
    facts = _facts(paragraph, registry)
    assert (OWN, "cites", QUOTED) not in facts
    assert any(r == "mentions" and o == QUOTED for _, r, o in facts)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Recalling its decision 2029/101, entitled “Working methods”,",
        "Recalling the report “Working methods” and its decision 2029/101,",
    ],
)
def test_an_instrument_outside_the_quotation_is_cited(paragraph: str, registry: BodyRegistry) -> None:
    assert (OWN, "cites", QUOTED) in _facts(paragraph, registry)
