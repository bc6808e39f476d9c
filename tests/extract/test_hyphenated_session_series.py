"""A governing body of an organisation of UNESCO's family numbers its documents and its
resolutions with a letter, a hyphen and the session: the series "ISC/A-12/RES" of the Assembly
(symbol prefix "ISC/A"), resolutions "A-12/3" (template "A-{session}/{number}"). Under a masthead
that names the parent commission in capitals, the symbol names the Assembly as the author, and
"Resolution A-12/3" heads resolution 3 of session 12 (not of a session "A-12")."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/isc> a mg:Body ; mg:key "isc" ;
    skos:prefLabel "Intergovernmental Seabed Commission"@en ; mg:shortName "Commission" .
<body/isc/assembly> a mg:Body ; mg:key "isc/assembly" ;
    skos:prefLabel "Assembly of the Intergovernmental Seabed Commission"@en ; mg:shortName "Assembly" ;
    mg:symbolPrefix "ISC/A" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "A-{session}/{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/isc> .
<body/isc/council> a mg:Body ; mg:key "isc/council" ;
    skos:prefLabel "Council of the Intergovernmental Seabed Commission"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "ISC/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "C-{session}/{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/isc> .
<body/isc/secretary> a mg:Body ; mg:key "isc/secretary" ;
    skos:prefLabel "Secretary of the Intergovernmental Seabed Commission"@en ; mg:shortName "Secretary" ;
    org:subOrganizationOf <body/isc> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def resolutions(letter: str, organ: str, session: str) -> str:
    return (
        f"{'':60}ISC/{letter}-{session}/RES\n{'':60}Kingston, 3 May 2032\n\n"
        "INTERGOVERNMENTAL SEABED COMMISSION\n\n"
        f"RESOLUTIONS ADOPTED BY THE {organ.upper()} AT ITS TWELFTH SESSION\n\n"
        f"Resolution {letter}-{session}/1\n\nDEEP-SEA MAPPING\n\nThe {organ},\n\n"
        f"Recalling its resolution {letter}-{int(session) - 2}/4 on mapping,\n\n"
        "1. Requests the Secretary to prepare a mapping plan;\n\n"
        f"Resolution {letter}-{session}/2\n\nDATES OF THE NEXT SESSION\n\nThe {organ},\n\n"
        "1. Decides to hold its next session in Kingston in May 2033.\n"
    )


@pytest.mark.parametrize(("letter", "organ", "body"), [("A", "Assembly", "isc/assembly"), ("C", "Council", "isc/council")])
@pytest.mark.parametrize("session", ["12", "31"])
def test_hyphenated_series_heads_resolutions(registry: BodyRegistry, letter: str, organ: str, body: str, session: str) -> None:
    extraction = extract(resolutions(letter, organ, session), source_key="res", registry=registry)
    assert extraction.document.author == body
    titles = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "title"}
    assert {(f"{body}/res/{session}/1", "DEEP-SEA MAPPING"), (f"{body}/res/{session}/2", "DATES OF THE NEXT SESSION")} <= titles
    requests = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "requests"}
    assert (f"{body}/res/{session}/1", "isc/secretary") in requests
    cites = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "cites"}
    assert (f"{body}/res/{session}/1", f"{body}/res/{int(session) - 2}/4") in cites


def test_symbol_prefix_runs_on_with_a_hyphen(registry: BodyRegistry) -> None:
    assert registry.by_symbol("ISC/A-12/RES").key == "isc/assembly"  # type: ignore[union-attr]
    assert registry.by_symbol("ISC/C-7/2").key == "isc/council"  # type: ignore[union-attr]
    assert registry.by_symbol("ISC/AB-7/2") is None  # another series, no run-on of "ISC/A"


@pytest.mark.parametrize(("text", "symbol"), [
    ("Having examined the report of the Secretary (ISC/A-12/3.2.Doc(1)),", "ISC/A-12/3.2.Doc(1)"),
    ("the note (ISC/C-7/4.1.Doc(2)) before the Council", "ISC/C-7/4.1.Doc(2)"),
    ("Takes note of document ISC/A-12/5.Doc(3).", "ISC/A-12/5.Doc(3)"),
    ("the information paper ISC/A-12/2.3.Inf(1)", "ISC/A-12/2.3.Inf(1)"),
])
def test_working_documents_numbered_by_agenda_item(text: str, symbol: str) -> None:
    from mandate_graph.loaders.extract.symbols import find_symbols

    assert [s.symbols[0] for s in find_symbols(text)] == [symbol]


@pytest.mark.parametrize(("bracket", "place", "days"), [
    ("(ISC Headquarters, Kingston, 24 June – 2 July 2031)", "Kingston", "2031-06-24/2031-07-02"),
    ("(Palais des Nations, Geneva, 3–5 May 2031)", "Geneva", "2031-05-03/2031-05-05"),
    ("(Kingston, 10–14 March 2031)", "Kingston", "2031-03-10/2031-03-14"),
])
def test_venue_town_and_days_under_the_list_title(registry: BodyRegistry, bracket: str, place: str, days: str) -> None:
    text = resolutions("A", "Assembly", "12").replace(
        "AT ITS TWELFTH SESSION\n\n", f"AT ITS TWELFTH SESSION\n{bracket}\n\n"
    )
    extraction = extract(text, source_key="res", registry=registry)
    found = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    assert ("heldIn", "isc/assembly#12", place) in found
    assert ("heldOn", "isc/assembly#12", days) in found
    assert ("adoptedAt", "isc/assembly/res/12/1", "isc/assembly#12") in found
