"""An office named after the programme it serves, the programme cut to its last word once the
document has spelled it out: "Requests the Secretary of the Programme to ..." in the resolutions of
a programme's council is the "Secretary of the Ocean Literacy Programme" (E134). And a numbered
paragraph dropped during the session ("3. [Deleted during the session]") does not end the text:
the paragraphs after it are still the resolution's. The bodies are made up."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.shortened_offices import cut_forms_in, shortenable_names

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ocean-council> a mg:Body ; mg:key "ocean-council" ;
    skos:prefLabel "Intergovernmental Council of the Ocean Literacy Programme"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}-{number}" ; mg:instrumentKind "resolution" ] .
<body/ocean-secretary> a mg:Body ; mg:key "ocean-secretary" ;
    skos:prefLabel "Secretary of the Ocean Literacy Programme"@en ; mg:shortName "Secretary" .
<body/soil-director> a mg:Body ; mg:key "soil-director" ;
    skos:prefLabel "Executive Director of the Global Soil Partnership Programme"@en .
<body/soil-secretary> a mg:Body ; mg:key "soil-secretary" ;
    skos:prefLabel "Secretary of the Global Soil Partnership Programme"@en .
<body/wmo> a mg:Body ; mg:key "wmo" ; skos:prefLabel "World Meteorological Organization"@en .
"""

COUNCIL = "Intergovernmental Council of the Ocean Literacy Programme"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _page(*operative: str) -> str:
    # a web page copied as text, one line per paragraph
    lines = "\n".join(f"{i}. {line}" for i, line in enumerate(operative, 1))
    return (
        "Skip to main content\nUNESCO\nOcean > Ocean Literacy Programme > Governance > Intergovernmental Council\n\n"
        f"Resolutions adopted by the {COUNCIL} at its 12th session\n\n"
        "Resolution XII-1\nOcean literacy in schools and in the training of teachers of the natural sciences\n"
        f"The {COUNCIL},\n"
        "Recalling its resolution XI-4, by which it approved the strategic plan of the Programme for 2030–2037,\n"
        f"{lines}\n\n"
        "Share this page: Facebook | X | LinkedIn | Email\n© UNESCO 2031 | Terms of use | Privacy\n"
    )


OWN = InstrumentRef("ocean-council", "resolution", "12", "1")


def _asked(text: str, registry: BodyRegistry, relation: str = "requests") -> set[object]:
    return {f.object for f in extract(text, source_key="doc", registry=registry).facts if f.subject == OWN and f.relation == relation}


@pytest.mark.parametrize("told", [
    "Requests the Secretary of the Programme to maintain the data platform of the Programme;",
    "Requests the Secretary of the Programme, in consultation with the Bureau, to prepare a report;",
])
def test_the_secretary_of_the_programme(told: str, registry: BodyRegistry) -> None:
    assert BodyRef("ocean-secretary") in _asked(_page(told), registry)


def test_one_verb_for_an_organization_and_the_office(registry: BodyRegistry) -> None:
    told = "Invites the World Meteorological Organization and the Secretary of the Programme to support the working group jointly;"
    assert {BodyRef("wmo"), BodyRef("ocean-secretary")} <= _asked(_page(told), registry, "invites")


def test_after_a_paragraph_deleted_during_the_session(registry: BodyRegistry) -> None:
    text = _page(
        "Takes note of the progress made in the implementation of the strategic plan;",
        "[Deleted during the session]",
        "Requests the Secretary of the Programme to maintain the data platform of the Programme.",
    )
    assert BodyRef("ocean-secretary") in _asked(text, registry)


def test_cut_forms_need_the_full_name_and_one_body() -> None:
    from mandate_graph.graph.reference import Body

    bodies = [
        Body(key="ocean-secretary", name="Secretary of the Ocean Literacy Programme"),
        Body(key="soil-secretary", name="Secretary of the Global Soil Partnership Programme"),
        Body(key="soil-director", name="Executive Director of the Global Soil Partnership Programme"),
        Body(key="council", name="Bureau of the Council"),  # no programme: "the Council" is no cut name
    ]
    names = shortenable_names(bodies)
    assert {form for form, _, _ in names} == {"Secretary of the Programme", "Executive Director of the Programme"}
    one = cut_forms_in("the ocean literacy programme and its partners", names)
    assert one == {"Secretary of the Programme": "ocean-secretary"}
    # two programmes spelled out: whose "Secretary of the Programme" is not said; the Executive
    # Director is the soil programme's, the only one of that title
    both = cut_forms_in("the ocean literacy programme and the global soil partnership programme", names)
    assert both == {"Executive Director of the Programme": "soil-director"}
    assert cut_forms_in("a programme of work", names) == {}


def test_no_programme_spelled_out(registry: BodyRegistry) -> None:
    # the council's own name holds "Ocean Literacy Programme": a document that never names it
    text = (
        "Report of the Working Group on Seagrass\n\n"
        "1. The Working Group requested the Secretary of the Programme to circulate the draft guidance to all members.\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not [f for f in facts if f.object == BodyRef("ocean-secretary")]
