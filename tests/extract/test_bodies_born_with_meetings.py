"""A body an instrument creates and its first meeting, told in the same sentence: "Decides to
establish an open-ended working group on ..., which shall hold its first meeting in Vienna,
3–6 March 2032", "Decides that an intergovernmental working group on ... shall be established
..., and that the working group shall hold its first meeting in Geneva from 3 to 5 November
2031". The meeting is the new body's, not that of a known body whose name the description
contains ("Open-ended Working Group" of another convention).

Bodies and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/tide-council> a mg:Body ; mg:key "tide-council" ;
    skos:prefLabel "Tidal Council"@en ; mg:shortName "Council" ; mg:symbolPrefix "TC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cop-reef> a mg:Body ; mg:key "cop-reef" ;
    skos:prefLabel "Conference of the Parties to the Reef Convention"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/cop-reef/oewg> a mg:Body ; mg:key "cop-reef/oewg" ;
    skos:prefLabel "Open-ended Working Group of the Reef Convention"@en ;
    skos:altLabel "Open-ended Working Group"@en ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/cop-reef> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


OWN = InstrumentRef("tide-council", "resolution", "12", "4")


def _resolution(paragraph: str) -> str:
    return (
        "Resolution adopted by the Tidal Council on 2 July 2031\n\n12/4. Tidal data\n\n"
        f"The Tidal Council,\n\n1. {paragraph}\n"
    )


@pytest.mark.parametrize(
    ("paragraph", "place", "dates"),
    [
        (
            "Decides to establish an open-ended working group of Member States on the financing of tidal "
            "observation, which shall hold its first meeting in Vienna, 3–6 March 2032;",
            "Vienna", DateRange(dt.date(2032, 3, 3), dt.date(2032, 3, 6)),
        ),
        (
            "Decides that an intergovernmental working group on tidal data shall be established, open to all "
            "States, and that the working group shall hold its first meeting in Geneva from 3 to 5 November 2031;",
            "Geneva", DateRange(dt.date(2031, 11, 3), dt.date(2031, 11, 5)),
        ),
        (
            "Decides to establish an expert panel on sea-level rise, which shall hold its first meeting in Bonn on "
            "4 May 2032;",
            "Bonn", DateRange(dt.date(2032, 5, 4), dt.date(2032, 5, 4)),
        ),
    ],
)
def test_the_first_meeting_is_the_new_bodys(registry: BodyRegistry, paragraph: str, place: str, dates: DateRange) -> None:
    extraction = extract(_resolution(paragraph), source_key="res", registry=registry)
    born = [f.object for f in extraction.facts if f.relation == "establishes" and f.subject == OWN]
    assert len(born) == 1 and isinstance(born[0], BodyRef)
    first = GatheringRef(born[0].key, "meeting", 1)
    said = {(f.relation, f.subject, f.object) for f in extraction.facts}
    assert {("meetingOf", first, born[0]), ("heldIn", first, place), ("heldOn", first, dates)} <= said
    assert not any(isinstance(s, GatheringRef) and s.body == "cop-reef/oewg" for _, s, _ in said)


def test_a_known_bodys_meeting_recalled_stays_its_own(registry: BodyRegistry) -> None:
    text = _resolution(
        "Notes that the Open-ended Working Group of the Reef Convention held its first meeting in Nairobi "
        "on 2 June 2030, and decides to establish a task force on tidal data;"
    )
    said = {(f.relation, f.subject, f.object) for f in extract(text, source_key="res", registry=registry).facts}
    assert ("heldIn", GatheringRef("cop-reef/oewg", "meeting", 1), "Nairobi") in said


@pytest.mark.parametrize(
    ("paragraph", "addressee"),
    [
        # the known body, its name in capitals
        ("Requests the Open-ended Working Group, at its fifth meeting, to consider the report;", "cop-reef/oewg"),
        # the new one, as the text describes it
        ("Requests the working group to report to the Council;", None),
    ],
)
def test_a_known_name_in_capitals_is_not_the_new_body(registry: BodyRegistry, paragraph: str, addressee: str | None) -> None:
    text = (
        "Resolution adopted by the Tidal Council on 2 July 2031\n\n12/4. Tidal data\n\nThe Tidal Council,\n\n"
        "1. Decides to establish an expert working group on the management of tidal data;\n\n"
        f"2. {paragraph}\n"
    )
    extraction = extract(text, source_key="res", registry=registry)
    born = {f.object for f in extraction.facts if f.relation == "establishes"}
    requested = {f.object for f in extraction.facts if f.relation == "requests"}
    assert requested == ({BodyRef(addressee)} if addressee else born)
