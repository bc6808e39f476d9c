"""An instrument's heading in capitals ("DECISION 2031/104", "RESOLUTION 58/3"), as web pages
and Word documents print them, opens the instrument's text as "Decision 2031/104" does: the
document is that instrument, with its title and its operative clauses."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


@pytest.mark.parametrize(
    ("heading", "formula", "own"),
    [
        ("DECISION 2031/104", "The Commission on the Status of Women,", InstrumentRef("ecosoc/csw", "decision", "2031", "104")),
        ("RESOLUTION 58/3", "The Human Rights Council,", InstrumentRef("hrc", "resolution", "58", "3")),
        ("Resolution 58/3", "The Human Rights Council,", InstrumentRef("hrc", "resolution", "58", "3")),
    ],
)
def test_a_heading_in_capitals_opens_the_instrument(heading: str, formula: str, own: InstrumentRef, registry: BodyRegistry) -> None:
    text = (
        f"{heading}\n\nAccess to justice for all\n\n{formula}\n\nRecalling its earlier work,\n\n"
        "1. Requests the Secretary-General to submit a report on the matter.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    assert (own, "title", "Access to justice for all") in {(f.subject, f.relation, f.object) for f in e.facts}
    assert (own, "requests", BodyRef("secretary-general")) in {(f.subject, f.relation, f.object) for f in e.facts}


@pytest.mark.parametrize(
    "line",
    [
        "RESOLUTION 58/3 AND ITS FOLLOW-UP",  # a heading about the resolution, not its text
        "DECISIONS 2031/104 AND 2031/105",
    ],
)
def test_a_capital_line_about_an_instrument_does_not_open_one(line: str, registry: BodyRegistry) -> None:
    text = f"{line}\n\nThe Human Rights Council,\n\n1. Requests the Secretary-General to report.\n"
    e = extract(text, source_key="doc", registry=registry)
    assert not any(f.relation == "requests" and isinstance(f.subject, InstrumentRef) and f.subject.number in ("3", "104") for f in e.facts)
