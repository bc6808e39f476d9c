"""A commission's report on its session printed as the Council's Official Records supplement:
the Council's symbol first ("E/2031/40–E/XCE/77"), then the commission's name on a line of its
own and "Report on the twelfth session" under it. The report is the commission's session's, and
a short name two sister commissions' organs share ("the Executive Committee", "the Executive
Secretary") is the reporting commission's own organ's, whatever other organisations' reference
data is loaded beside."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""
# each commission in a reference file of its own, as users write them
SISTERS = {
    key: PREFIXES + f"""
<body/{key}> a mg:Body ; mg:key "{key}" ; skos:prefLabel "{name}"@en ; skos:altLabel "{short}"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "{short}" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/ecosoc> .
<body/{key}/executive-committee> a mg:Body ; mg:key "{key}/executive-committee" ;
    skos:prefLabel "Executive Committee of the {name}"@en ; mg:shortName "Executive Committee" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/{key}> .
<body/{key}/executive-secretary> a mg:Body ; mg:key "{key}/executive-secretary" ;
    skos:prefLabel "Executive Secretary of the {name}"@en ; mg:shortName "Executive Secretary" ;
    org:subOrganizationOf <body/{key}> .
"""
    for key, name, short in (
        ("xce", "Economic Commission for Xland", "XCE"),
        ("yce", "Economic Commission for Yland", "YCE"),
        ("zce", "Economic and Social Commission for Zland", "ZCE"),
    )
}

REPORT = """United Nations

E/2031/{n}–E/{short}/77

Economic and Social Council

Distr.: General
6 May 2031
Original: English

{name}
Report on the {ordinal} session
(22 and 23 April 2031)

Economic and Social Council
Official Records, 2031
Supplement No. 17

Decision {session}/2
Regional dialogue
The {name},

1. Endorses the recommendations adopted by the Executive Committee at its 131st meeting;

2. Requests the Executive Secretary to circulate the outcome of the dialogue.
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    folder = tmp_path_factory.mktemp("ref")
    paths = []
    for key, turtle in SISTERS.items():
        paths.append(folder / f"{key}.ttl")
        paths[-1].write_text(turtle, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, paths)


@pytest.mark.parametrize(
    "key, name, short, ordinal, session",
    [
        ("xce", "Economic Commission for Xland", "XCE", "twelfth", "12"),
        ("yce", "Economic Commission for Yland", "YCE", "seventy-fourth", "74"),
        ("zce", "Economic and Social Commission for Zland", "ZCE", "3rd", "3"),
    ],
)
def test_the_commission_s_report_and_its_own_organs(registry: BodyRegistry, key: str, name: str, short: str, ordinal: str, session: str) -> None:
    text = REPORT.format(n=37, short=short, name=name, ordinal=ordinal, session=session)
    facts = extract(text, source_key="doc", registry=registry).facts
    by_relation = {(f.relation, f.object) for f in facts}
    own = GatheringRef(key, "session", int(session))
    assert any(f.relation == "reportOf" and f.object == own for f in facts)
    assert ("requests", BodyRef(f"{key}/executive-secretary")) in by_relation
    assert ("endorses", GatheringRef(f"{key}/executive-committee", "meeting", 131)) in by_relation
    assert not [f for f in facts if any(other in str(f.object) for other in ("xce", "yce", "zce") if other != key)]

