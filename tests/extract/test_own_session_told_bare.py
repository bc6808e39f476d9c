"""A note for a session of a subsidiary body, its masthead naming the parent over the body
("Human Rights Council" / "Advisory Committee"-like lines), speaks of "the forty-fifth session"
with no body: the masthead's session, not the parent's; a paper "prepared in accordance with"
a resolution "and with the programme agreed at its forty-fourth session, held in ..." gives that
earlier session no mandate. Word's text of a masthead row with an emblem's letters before the
symbol ("EP<tab><tab>UNEP/..."-like) still gives the document's symbol."""

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
<body/soc> a mg:Body ; mg:key "soc" ; skos:prefLabel "Sea Opinion Council"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "SOC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/soc/panel> a mg:Body ; mg:key "soc/panel" ; skos:prefLabel "Sea Opinion Council Expert Panel"@en ;
    mg:shortName "Expert Panel" ; mg:symbolPrefix "SOC/EP" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/soc> .
<body/lake-committee> a mg:Body ; mg:key "lake-committee" ;
    skos:prefLabel "Committee of Lake Representatives"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "LKP/CLR" ; mg:gatheringTerm "meeting" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def note(n: int, word: str, earlier: str, sentence: str) -> str:
    return (
        f"United Nations SOC/EP/{n}/1\n\nDistr.: General\n3 January 2031\n\nOriginal: English\n\n"
        f"Sea Opinion Council\nExpert Panel\n{word} session\nGeneva, 10–14 March 2031\n\n"
        "Provisional agenda and annotations\n\nNote by the Secretary-General\n\n"
        "1. The Expert Panel, which the Sea Opinion Council set up by its resolution 4/2, will adopt "
        "its agenda. The present note was prepared in accordance with Council resolution 9/14 "
        f"and with the programme of work agreed by the Expert Panel at its {earlier} session, held in "
        "Vienna from 2 to 6 September 2030.\n\n"
        f"2. {sentence}\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="note", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("n", "word", "earlier", "sentence"), [
    (45, "Forty-fifth", "forty-fourth", "The forty-fifth session will be held at the Palais des Nations in Geneva from 10 to 14 March 2031."),
    (12, "Twelfth", "eleventh", "The twelfth session will take place in Geneva from 10 to 14 March 2031, as planned."),
])
def test_the_session_of_the_masthead(registry: BodyRegistry, n: int, word: str, earlier: str, sentence: str) -> None:
    text = note(n, word, earlier, sentence)
    assert (f"soc/panel#{n}", "soc/panel") in facts(text, registry, "meetingOf")
    assert not any(s == f"soc#{n}" for s, _ in facts(text, registry, "meetingOf"))
    assert not any(s == f"soc#{n}" for s, _ in facts(text, registry, "heldIn"))
    assert (f"SOC/EP/{n}/1", "soc/res/9/14") in facts(text, registry, "pursuantTo")
    assert not any(s.startswith("soc/panel#") for s, _ in facts(text, registry, "pursuantTo"))


@pytest.mark.parametrize(("emblem", "number"), [("EP", 88), ("LKP", 7)])
def test_an_emblem_before_the_symbol_in_a_word_masthead(registry: BodyRegistry, emblem: str, number: int) -> None:
    text = (
        "UNITED NATIONS\r\n\r\n"
        f"{emblem}\t\tLKP/CLR/{number}/4\r\n\r\n"
        "United Nations\tDistr.: General\r\nLake\t2 September 2031\r\nProgramme\tOriginal: English\r\n\r\n"
        f"Committee of Lake Representatives\r\n{number}th meeting\r\nNairobi, 23 September 2031\r\n\r\n"
        "Progress report\r\n\r\nNote by the secretariat\r\n\r\n"
        f"1.\tThe present note is before the Committee at its {number}th meeting.\r\n"
    )
    extraction = extract(text, source_key="note", registry=registry)
    assert extraction.document.ref.symbols == (f"LKP/CLR/{number}/4",)
