""""its <organ>" after a body named in the sentence: the organ of that name below the body "its"
stands for, not a namesake organ of another body the sentence named just before in full ("the
Audit Committee of the River Fund ... and the Executive Board of the Lake Fund requested its Audit
Committee": the Lake Fund's) (`resolve._organ_of_its_owner`, E274). Near misses: an owner with no
organ of that name keeps the name told back; no "its" keeps the name told back."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, stated
from .reference_data import registry_from_turtle

TURTLE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/river-eb> a mg:Body ; mg:key "river-eb" ;
    skos:prefLabel "Executive Board of the River Fund"@en ; mg:shortName "Executive Board" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/river-eb/audit> a mg:Body ; mg:key "river-eb/audit" ;
    skos:prefLabel "Audit Committee of the River Fund"@en ; skos:altLabel "Audit Committee"@en ;
    org:subOrganizationOf <body/river-eb> .
<body/lake-eb> a mg:Body ; mg:key "lake-eb" ;
    skos:prefLabel "Executive Board of the Lake Fund"@en ; mg:shortName "Executive Board" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lake-eb/audit> a mg:Body ; mg:key "lake-eb/audit" ;
    skos:prefLabel "Audit Committee of the Lake Fund"@en ; skos:altLabel "Audit Committee"@en ;
    org:subOrganizationOf <body/lake-eb> .
<body/lake-eb/evaluation> a mg:Body ; mg:key "lake-eb/evaluation" ;
    skos:prefLabel "Evaluation Office of the Lake Fund"@en ; skos:altLabel "Evaluation Office"@en ;
    org:subOrganizationOf <body/lake-eb> .
<body/river-eb/evaluation> a mg:Body ; mg:key "river-eb/evaluation" ;
    skos:prefLabel "Evaluation Office of the River Fund"@en ; skos:altLabel "Evaluation Office"@en ;
    org:subOrganizationOf <body/river-eb> .
<body/sea-council> a mg:Body ; mg:key "sea-council" ;
    skos:prefLabel "Council of the Sea Organization"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_from_turtle(tmp_path_factory, TURTLE)


def asked(sentence, registry):
    facts = stated(extract(SG_REPORT.format(s=sentence), source_key="test", registry=registry))
    return {(s, o) for r, s, o in facts if r in ("requests", "encourages")}


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        ("The Executive Board of the River Fund invited the Audit Committee of the River Fund to brief it, and the "
         "Executive Board of the Lake Fund, in its decision 2036/4, requested its Audit Committee to publish its report.",
         ("lake-eb/dec/2036/4", "lake-eb/audit"), ("lake-eb/dec/2036/4", "river-eb/audit")),
        ("Having heard the Evaluation Office of the River Fund, the Executive Board of the Lake Fund, by its decision "
         "2035/9, asked its Evaluation Office to prepare a plan.",
         ("lake-eb/dec/2035/9", "lake-eb/evaluation"), ("lake-eb/dec/2035/9", "river-eb/evaluation")),
        ("In decision 2034/2, the Executive Board of the River Fund, noting the work of the Evaluation Office of the Lake "
         "Fund, requested its Evaluation Office to report.",
         ("river-eb/dec/2034/2", "river-eb/evaluation"), ("river-eb/dec/2034/2", "lake-eb/evaluation")),
    ],
)
def test_its_organ_is_the_owners(registry, sentence, expected, not_expected):
    found = asked(sentence, registry)
    assert expected in found
    assert not_expected not in found


def test_near_miss_an_owner_with_no_such_organ_keeps_the_name_told_back(registry):
    # the Sea Organization's Council has no audit committee: "its Audit Committee" is not made one
    sentence = ("The Audit Committee of the Lake Fund briefed the Council of the Sea Organization, which, by its "
                "resolution 12/3, invited its Audit Committee to continue.")
    assert not any(o == "river-eb/audit" for _, o in asked(sentence, registry))
