"""A treaty's masthead whose treaty line the reference data does not know ("QUARRY TREATY" above
"THIRD CONFERENCE OF STATES PARTIES", the body being "Conference of States Parties to the
Convention on Quarry Safety": a treaty renamed, or a name the data lacks). The document's symbol
gives its author; when the author is a body holding gatherings whose name opens with the line's
gathering ("Conference of States Parties to the …"), the line is its Nth session, and the papers
"before the Conference" are submitted to it (E68). Negative: an author of another name (the
secretariat's series) takes no such session."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/qsc> a mg:Body ; mg:key "qsc" ;
    skos:prefLabel "Conference of States Parties to the Convention on Quarry Safety"@en ; mg:shortName "Conference" ;
    mg:symbolPrefix "QSC/CSP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/qsc-sec> a mg:Body ; mg:key "qsc-sec" ;
    skos:prefLabel "Quarry Safety Secretariat"@en ; mg:symbolPrefix "QSC/SEC" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def _document(treaty: str, gathering: str, symbol: str) -> str:
    return (
        f"{treaty}\n{gathering}\nGeneva, 25–29 August 2031\n\n{symbol}\nDistribution: Public\nDate: 2 June 2031\n"
        "Original: English\n\nPROVISIONAL ANNOTATED AGENDA\n\n"
        "1.\tThe Conference will have before it the report of the Management Committee (QSC/CSP3/2031/MC/15/Conf.Rep).\n"
    )


@pytest.mark.parametrize("treaty", ["QUARRY TREATY", "Treaty on Quarries", "ARMS TRADE TREATY"])
@pytest.mark.parametrize("gathering, n", [("THIRD CONFERENCE OF STATES PARTIES", 3), ("Fourth Conference of States Parties", 4)])
def test_the_parties_gathering_is_the_authors(registry: BodyRegistry, treaty: str, gathering: str, n: int) -> None:
    text = _document(treaty, gathering, f"QSC/CSP{n}/2031/SEC/12/Conf.AnnProvAgenda")
    found = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="test", registry=registry).facts}
    assert ("submittedTo", "QSC/CSP3/2031/MC/15/Conf.Rep", f"qsc#{n}") in found
    assert ("heldIn", f"qsc#{n}", "Geneva") in found


def test_an_author_of_another_name_takes_no_such_session(registry: BodyRegistry) -> None:
    text = _document("QUARRY TREATY", "THIRD CONFERENCE OF STATES PARTIES", "QSC/SEC/2031/12")
    found = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="test", registry=registry).facts}
    assert not {s for _, s, _ in found if s.startswith("qsc-sec#")}
