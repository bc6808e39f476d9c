"""A number read in the convention of the document's own body, with another issuing body named
right after it: "decision XIII/4 of the Conference of the Parties to the Lagoon Convention" in a
record of the Lagoon Protocol's Meeting of the Parties, whose own decisions read "decision 13/4"
too. The body named after the number ("of the …", ", adopted by the …", "of its …") issued it.
Bodies are made up: a convention's Conference of the Parties and its protocol's Meeting of the
Parties, two conventions' Conferences, a commission and its parent council, all numbering alike."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/lagoon-cop> a mg:Body ; mg:key "lagoon-cop" ;
    skos:prefLabel "Conference of the Parties to the Lagoon Convention"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "LGN/COP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision LC {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/lagoon-mop> a mg:Body ; mg:key "lagoon-mop" ;
    skos:prefLabel "Meeting of the Parties to the Lagoon Protocol"@en ;
    mg:shortName "Meeting of the Parties" ; mg:symbolPrefix "LGN/MOP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/dune-cop> a mg:Body ; mg:key "dune-cop" ;
    skos:prefLabel "Conference of the Parties to the Dune Convention"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "DUN/COP" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/reef-council> a mg:Body ; mg:key "reef-council" ;
    skos:prefLabel "Reef Council"@en ; mg:symbolPrefix "RC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/reef-council/commission> a mg:Body ; mg:key "reef-council/commission" ;
    skos:prefLabel "Commission on Reef Monitoring"@en ; mg:symbolPrefix "RC/CRM" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/reef-council> ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/lagoon-secretariat> a mg:Body ; mg:key "lagoon-secretariat" ;
    skos:prefLabel "Lagoon Secretariat"@en ; skos:altLabel "Secretariat"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def cited(text: str, registry: BodyRegistry) -> set[InstrumentRef]:
    e = extract(text, source_key="doc", registry=registry)
    return {f.object for f in e.facts if f.relation == "cites" and isinstance(f.object, InstrumentRef)}


MOP_HEAD = "LGN/MOP/13/7\n\nDecision 13/2\n\nLagoon monitoring\n\nThe Meeting of the Parties,\n\n"
DUNE_HEAD = "DUN/COP/13/7\n\nDecision 13/2\n\nDune monitoring\n\nThe Conference of the Parties,\n\n"
COMMISSION_HEAD = "RC/CRM/13/7\n\nDecision 13/2\n\nReef monitoring\n\nThe Commission on Reef Monitoring,\n\n"


@pytest.mark.parametrize(
    "head, recital, issuer, session",
    [
        (MOP_HEAD, "Recalling decision XIII/4 of the Conference of the Parties to the Lagoon Convention,", "lagoon-cop", "13"),
        (MOP_HEAD, "Recalling decision 11/4 of the Conference of the Parties to the Lagoon\nConvention on reporting,", "lagoon-cop", "11"),
        (MOP_HEAD, "Recalling decision 12/4, adopted by the Conference of the Parties to the Lagoon Convention,", "lagoon-cop", "12"),
        (DUNE_HEAD, "Noting decision 13/4 of the Meeting of the Parties to the Lagoon Protocol,", "lagoon-mop", "13"),
        (COMMISSION_HEAD, "Recalling decision 9/4 of the Reef Council on data,", "reef-council", "9"),
    ],
)
def test_the_body_named_after_the_number_issued_it(
    head: str, recital: str, issuer: str, session: str, registry: BodyRegistry
) -> None:
    refs = cited(head + recital + "\n\n1. Requests the Secretariat to report.\n", registry)
    assert InstrumentRef(issuer, "decision", session, "4") in refs
    own = {r.issuer for r in refs if r.number == "4"}
    assert own == {issuer}


@pytest.mark.parametrize(
    "head, recital, issuer",
    [
        # no body after "of": a year
        (MOP_HEAD, "Recalling decision 13/4 of 2029,", "lagoon-mop"),
        # the document's own body, by its short name or its full name
        (DUNE_HEAD, "Recalling decision 13/4 of the Conference, on reporting,", "dune-cop"),
        (MOP_HEAD, "Recalling decision 13/4 of the Meeting of the Parties to the Lagoon Protocol,", "lagoon-mop"),
        # another body named later in the clause, not right after the number
        (MOP_HEAD, "Recalling decision 13/4 on the work of the Conference of the Parties to the Lagoon Convention,", "lagoon-mop"),
    ],
)
def test_near_misses_keep_the_documents_own_numbering(
    head: str, recital: str, issuer: str, registry: BodyRegistry
) -> None:
    refs = cited(head + recital + "\n\n1. Requests the Secretariat to report.\n", registry)
    assert {r.issuer for r in refs if r.number == "4"} == {issuer}


def test_a_list_adopted_by_two_bodies_respectively_is_not_the_first_bodys(registry: BodyRegistry) -> None:
    """The list's last member is not the body named right after it: "adopted by" opens a
    "respectively" of one issuer for each member."""
    refs = cited(
        MOP_HEAD + "Recalling decisions 13/4 and 12/4, adopted by the Conference of the Parties to the Lagoon"
        " Convention at its thirteenth meeting and by the Conference of the Parties to the Dune Convention at its"
        " twelfth session, respectively,\n\n1. Requests the Secretariat to report.\n",
        registry,
    )
    assert InstrumentRef("lagoon-cop", "decision", "12", "4") not in refs
