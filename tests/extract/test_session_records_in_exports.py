"""An export's record of a session ("next_session:" / "ordinal: 13" / "dates: ..." / "venue: ...")
says which session of the record's body meets where and when, whatever the order of the fields
or the indent; a "body:" field names another body. And a gathering cited with its town and year in
brackets ("the 16th meeting of the Assembly (Bangkok, 2013)") was held in that town."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/seed-assembly> a mg:Body ; mg:key "seed-assembly" ;
    skos:prefLabel "Seed Treaty Assembly"@en ; mg:shortName "Assembly" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; mg:symbolPrefix "STA" .
<body/seed-council> a mg:Body ; mg:key "seed-council" ;
    skos:prefLabel "Seed Treaty Council"@en ; mg:gatheringTerm "meeting" .
"""

RECORD = """# exported by DMS 3.0 -- format: yaml
---
record:
{i}symbol: STA/12/9
{i}heading: >-
{i}{i}Report of the Seed Treaty Assembly on its
{i}{i}twelfth session
{i}summary: |
{i}{i}The Assembly reviewed seed exchanges.
{i}next_session:
{fields}
...
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _said(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize("indent", ["  ", "    "])
@pytest.mark.parametrize(
    "fields",
    [
        ["ordinal: 13", 'dates: "8-16 July 2030"', "venue: Nairobi"],
        ["ordinal: 13", "venue: Nairobi", "dates: 8-16 July 2030"],
    ],
)
def test_the_next_session_of_the_records_body(indent: str, fields: list[str], registry: BodyRegistry) -> None:
    text = RECORD.format(i=indent, fields="\n".join(indent * 2 + f for f in fields))
    said = _said(text, registry)
    session = GatheringRef("seed-assembly", "session", 13)
    assert (session, "heldIn", "Nairobi") in said
    assert (session, "heldOn", DateRange(dt.date(2030, 7, 8), dt.date(2030, 7, 16))) in said


def test_a_body_field_names_whose_session_it_is(registry: BodyRegistry) -> None:
    fields = ["body: Seed Treaty Council", "ordinal: 4", "venue: Lima", 'dates: "3-5 May 2031"']
    said = _said(RECORD.format(i="  ", fields="\n".join("    " + f for f in fields)), registry)
    assert (GatheringRef("seed-council", "meeting", 4), "heldIn", "Lima") in said
    assert not any(isinstance(s, GatheringRef) and s.body == "seed-assembly" and s.ordinal == 4 for s, _, _ in said)


@pytest.mark.parametrize("brackets", ["(Bangkok, 2013)", "(Bangkok, Thailand, 2013)", "(STA16, Bangkok, 2013)"])
def test_a_gathering_cited_with_its_town_and_year(brackets: str, registry: BodyRegistry) -> None:
    text = (
        "Seed Treaty Assembly\n\nTwelfth session\n\nDecision 12/3\n\nSeed exchanges\n\nThe Seed Treaty Assembly,\n\n"
        f"Recalling its decision 9/4, adopted at the 16th session of the Seed Treaty Assembly {brackets},\n\n"
        "1. Requests the Seed Treaty Council to report.\n"
    )
    assert (GatheringRef("seed-assembly", "session", 16), "heldIn", "Bangkok") in _said(text, registry)
