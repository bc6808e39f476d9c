"""An organisation's web page headed by its name, then the session line of one of its organs and
the place and days: "UNESCO" / "26th session of the IHP Intergovernmental Council" / "UNESCO
Headquarters, Paris, 14–17 June 2032". The organisation holds no sessions; the session is the
organ's, held there and then (E134). The bodies are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/oso> a mg:Body ; mg:key "oso" ;
    skos:prefLabel "Ocean Science Organization"@en ; skos:altLabel "OSO"@en .
<body/oso/assembly> a mg:Body ; mg:key "oso/assembly" ;
    skos:prefLabel "Assembly of the Ocean Science Organization"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/oso> .
<body/oso/literacy-council> a mg:Body ; mg:key "oso/literacy-council" ;
    skos:prefLabel "Intergovernmental Council of the Ocean Literacy Programme"@en ;
    skos:altLabel "OLP Intergovernmental Council"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}-{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/oso/assembly> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _page(session_line: str, place_line: str) -> str:
    return (
        "Skip to main content\nOcean Science Organization\nOcean > Ocean Literacy Programme > Governance > Intergovernmental Council\n\n"
        "Resolutions adopted by the Intergovernmental Council of the Ocean Literacy Programme at its 12th session\n"
        f"{session_line}\n{place_line}\nDocument code: OLP/IC-XII/Resolutions\nLast update: 2 July 2031\n\n"
        "The Council adopted two resolutions at its twelfth session. Resolutions XII-1 and XII-2 were adopted at the closing plenary on 17 June 2031.\n\n"
        "Resolution XII-1\nOcean literacy in schools and in the training of teachers of the natural sciences\n"
        "The Intergovernmental Council of the Ocean Literacy Programme,\n"
        "Recalling its resolution XI-4, by which it approved the strategic plan of the Programme for 2030–2037,\n"
        "1. Takes note of the progress made in the implementation of the strategic plan of the Programme;\n"
        "2. Decides to hold its 13th session at the headquarters of the Organization in June 2033.\n\n"
        "Share this page: Facebook | X | LinkedIn | Email\n© OSO 2031 | Terms of use | Privacy\n"
    )


@pytest.mark.parametrize(("session_line", "place_line", "town", "days"), [
    ("12th session of the OLP Intergovernmental Council", "OSO Headquarters, Paris, 14–17 June 2031", "Paris",
     (dt.date(2031, 6, 14), dt.date(2031, 6, 17))),
    ("Twelfth session of the Intergovernmental Council of the Ocean Literacy Programme", "Lisbon, 3–6 June 2031", "Lisbon",
     (dt.date(2031, 6, 3), dt.date(2031, 6, 6))),
])
def test_the_organs_session_where_and_when(session_line: str, place_line: str, town: str, days: tuple[dt.date, dt.date], registry: BodyRegistry) -> None:
    facts = {(f.subject, f.relation, f.object) for f in extract(_page(session_line, place_line), source_key="doc", registry=registry).facts}
    session = GatheringRef("oso/literacy-council", "session", 12)
    assert (session, "heldIn", town) in facts
    assert (session, "heldOn", DateRange(*days)) in facts


def test_no_organ_of_the_organisation(registry: BodyRegistry) -> None:
    # a session line naming a body the reference data does not know under the organisation
    text = _page("12th session of the Regional Fisheries Council", "Lisbon, 3–6 June 2031")
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not [f for f in facts if f.relation == "heldIn" and isinstance(f.subject, GatheringRef) and f.subject.ordinal == 12]
