"""An instrument's text recalling what its issuer did "at its previous session" (or "last
meeting"): the instrument named was adopted at the session before the one adopting the text
(`rules/previous_gathering.py`). Invented bodies, numbers and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.previous_gathering import at_the_previous
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/kelp-council> a mg:Body ; mg:key "kelp-council" ;
    skos:prefLabel "Council of the Kelp Forest Treaty"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "KFT/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


@pytest.mark.parametrize(
    "recital",
    [
        "Recalling the decision on spore banks it took at its previous session (decision 8/3),",
        "Recalling decision 8/3, adopted at its last session, on spore banks,",
        "Recalling further the decision taken at its preceding session on spore banks (decision 8/3),",
    ],
)
def test_the_instrument_named_was_adopted_at_the_session_before(registry: BodyRegistry, recital: str) -> None:
    text = (
        "KFT/C/9/DEC/2\n\nCOUNCIL OF THE KELP FOREST TREATY\nNinth session\nHobart, 3-7 March 2036\n\n"
        "Decision 9/2.  Spore banks\n\nThe Council of the Kelp Forest Treaty,\n\n"
        f"{recital}\n\n1.  Requests the secretariat to report on the spore banks.\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    assert (InstrumentRef("kelp-council", "decision", "9", "2"), "adoptedAt", GatheringRef("kelp-council", "session", 9)) in facts
    assert (InstrumentRef("kelp-council", "decision", "8", "3"), "adoptedAt", GatheringRef("kelp-council", "session", 8)) in facts


@pytest.mark.parametrize(
    "text",
    [
        "Recalling decision 8/3 on spore banks,",
        "Noting the report of the previous session (KFT/C/8/10),",
        "the decision it took at its previous meeting",  # a meeting, counted only where meetings are
    ],
)
def test_what_counts_back_to_no_session(text: str) -> None:
    assert at_the_previous(text) != "session"
