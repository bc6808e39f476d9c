"""A bare "the fourth meeting" in a sentence that says which body met (E97, the spent u120): "She said
the Advisory Group had met four times since its establishment, the fourth meeting having been held
in Entebbe, Uganda, on 12.01.2032" — the Advisory Group's fourth meeting, held there that day, not a
meeting of the document's own body (a committee that numbers its meetings too).

The texts are invented; the bodies are the shipped reference data's and one invented committee.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange

COMMITTEE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/lighthouses> a mg:Body ; mg:key "ga/lighthouses" ;
    skos:prefLabel "Special Committee on Lighthouse Keeping"@en ;
    mg:shortName "Special Committee" ; mg:symbolPrefix "A/AC.977" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/ga> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "lighthouses.ttl"
    path.write_text(COMMITTEE, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


GROUPS = [("Working Group on Firearms", "cop-untoc/wg-firearms"), ("Working Group on International Cooperation", "cop-untoc/wg-international-cooperation")]


@pytest.mark.parametrize(("group", "key"), GROUPS)
@pytest.mark.parametrize(
    ("met", "n", "ordinal"),
    [("had met four times since its establishment", 4, "fourth"), ("has met twice", 2, "second"), ("met three times in 2031", 3, "third")],
)
@pytest.mark.parametrize(
    ("held", "place", "day"),
    [
        ("having been held in Entebbe, Uganda, on 12.01.2032", "Entebbe", dt.date(2032, 1, 12)),
        ("having been held in Vienna on 3 February 2032", "Vienna", dt.date(2032, 2, 3)),
        ("having taken place in Nairobi on 5 March 2032", "Nairobi", dt.date(2032, 3, 5)),
    ],
)
def test_the_nth_meeting_is_the_body_said_to_meet(
    registry: BodyRegistry, group: str, key: str, met: str, n: int, ordinal: str, held: str, place: str, day: dt.date
) -> None:
    text = (
        "Special Committee on Lighthouse Keeping\n2031 Substantive Session, 101st & 102nd Meetings (AM & PM)\n\n"
        "At its 102nd meeting, in the afternoon, the Committee heard the Chair of the group.\n\n"
        f"She said the {group} {met}, the {ordinal} meeting {held} at the regional centre.\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="release", registry=registry).facts}
    meeting = GatheringRef(key, "meeting", n)
    assert (meeting, "meetingOf", BodyRef(key)) in facts
    assert not any(s == GatheringRef("ga/lighthouses", "meeting", n) for s, _, _ in facts)
    if held.startswith("having been"):
        assert (meeting, "heldIn", place) in facts
        assert (meeting, "heldOn", DateRange(day, day)) in facts

