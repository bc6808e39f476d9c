"""A session named with its place and dates after commas, as a masthead's, a captions file's
NOTE or a chat message prints it: "Thirteenth session, Cartagena, Colombia, 8–14 June 2027",
"Fifty-first session of the Council, Rome, 14–15 February 2028" (`relate._HELD`): the session's
`heldIn` and `heldOn`. Not where no town stands between the commas. Invented bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange, Fact
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lagoon> a mg:Body ; mg:key "lagoon" ;
    skos:prefLabel "Council of the Lagoon Partnership"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""

NINTH = GatheringRef("lagoon", "session", 9)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> list[Fact]:
    return extract(text, source_key="doc", registry=registry).facts


@pytest.mark.parametrize(
    "line, town, days",
    [
        ("Ninth session, Apia, Samoa, 3–7 March 2031", "Apia", (dt.date(2031, 3, 3), dt.date(2031, 3, 7))),
        ("Ninth session, Nadi, 3-7 March 2031 — closing plenary", "Nadi", (dt.date(2031, 3, 3), dt.date(2031, 3, 7))),
        ("For the record: Ninth session of the Council of the Lagoon Partnership, Apia, 4 and 5 March 2031 (main hall).",
         "Apia", (dt.date(2031, 3, 4), dt.date(2031, 3, 5))),
        ("The ninth session of the Council, Apia, Samoa, 30 March–2 April 2031.", "Apia",
         (dt.date(2031, 3, 30), dt.date(2031, 4, 2))),
    ],
)
def test_place_and_dates_after_commas(registry: BodyRegistry, line: str, town: str, days: tuple[dt.date, dt.date]) -> None:
    facts = _facts(f"Council of the Lagoon Partnership\n\n{line}\n\nThe Council opened its session.\n", registry)
    assert any(f.subject == NINTH and f.relation == "heldIn" and f.object == town for f in facts)
    assert any(f.subject == NINTH and f.relation == "heldOn" and f.object == DateRange(*days) for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause inside a sentence, not a line of place and dates
        "At the ninth session, Member States, 12 March 2031 was set as the deadline for comments.",
        "Delegates recalled that at the ninth session, Apia, 4 March 2031 was proposed as a date.",
        # no town between the commas
        "Ninth session, Second Committee, 4 March 2031",
    ],
)
def test_no_line_of_place_and_dates(registry: BodyRegistry, sentence: str) -> None:
    text = f"Council of the Lagoon Partnership\n\n{sentence}\n"
    facts = _facts(text, registry)
    assert not any(f.subject == NINTH and f.relation in ("heldIn", "heldOn") for f in facts)
