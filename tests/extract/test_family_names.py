"""A short name several bodies carry ("the Executive Director") in an instrument of a body that
belongs to an organization: the one of that organization's bodies, when it has exactly one."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/kelp> a mg:Body ; mg:key "kelp" ; skos:prefLabel "United Nations Kelp Fund"@en .
<body/kelp/board> a mg:Body ; mg:key "kelp/board" ; skos:prefLabel "Executive Board of the United Nations Kelp Fund"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "E/KELP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/kelp> .
<body/kelp/director> a mg:Body ; mg:key "kelp/director" ;
    skos:prefLabel "Executive Director of the United Nations Kelp Fund"@en ; mg:shortName "Executive Director" ;
    org:subOrganizationOf <body/kelp> .
<body/coral> a mg:Body ; mg:key "coral" ; skos:prefLabel "Coral Programme"@en .
<body/coral/director> a mg:Body ; mg:key "coral/director" ;
    skos:prefLabel "Executive Director of the Coral Programme"@en ; mg:shortName "Executive Director" ;
    org:subOrganizationOf <body/coral> .
<body/coral/deputy> a mg:Body ; mg:key "coral/deputy" ;
    skos:prefLabel "Deputy Executive Director of the Coral Programme"@en ; mg:shortName "Executive Director" ;
    org:subOrganizationOf <body/coral> .
<body/coral/board> a mg:Body ; mg:key "coral/board" ; skos:prefLabel "Executive Board of the Coral Programme"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "DP/CORAL" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/coral> .
<body/sand-assembly> a mg:Body ; mg:key "sand-assembly" ; skos:prefLabel "Sand Assembly"@en ;
    mg:symbolPrefix "SAND" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


def _requested(symbol: str, verb_phrase: str, tmp_path) -> set[object]:  # type: ignore[no-untyped-def]
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = (
        f"United Nations {symbol}\n\nDistr.: General 3 March 2031\n\n# Decisions adopted by the Executive Board\n\n"
        f"## 2031/3. Kelp forests\n\nThe Executive Board,\n\n1. {verb_phrase} to report on kelp forests.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    return {f.object for f in e.facts if f.relation in ("requests", "encourages", "invites")}


@pytest.mark.parametrize("verb_phrase", ["*Requests* the Executive Director", "Encourages the Executive Director"])
def test_the_director_of_the_boards_organization(verb_phrase: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _requested("E/KELP/2031/5", verb_phrase, tmp_path) == {BodyRef("kelp/director")}


def test_two_of_them_in_the_organization_give_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _requested("DP/CORAL/2031/5", "Requests the Executive Director", tmp_path) == set()


def test_a_body_of_no_organization_takes_no_other_organizations_director(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The Sand Assembly's document names neither the Kelp Fund nor the Coral Programme: their
    # directors are no candidates (references.BodyMatcher.for_document), so the answer is the one
    # the Assembly's reference data alone gives, whatever other organisations' files are loaded.
    requested = _requested("SAND/2031/5", "Requests the Executive Director", tmp_path)
    assert not {BodyRef("kelp/director"), BodyRef("coral/director"), BodyRef("coral/deputy")} & requested
