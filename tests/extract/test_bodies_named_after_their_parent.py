"""A body whose name ends in a bracket (E76, from the spent u101), on invented reference data:
"Security Council Committee established pursuant to resolution 2890 (2029)", "Working Group III
(Tides and Currents)". Such a name is found in the text as the body it names; before, the name
patterns ended on a word boundary, which never holds after ")", so the name was not found and
"the Security Council Committee established pursuant to resolution 2890 (2029)" was read as the
establishment of a new "Security Council Committee" (a second body beside the one the reference
data declares). A subsidiary named after its parent ("Commission on Coastal Resilience Advisory
Committee") leaves the parent's own name its parent's.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, key

SUBSIDIARIES = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/security-council/2890-committee> a mg:Body ;
    mg:key "security-council/2890-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 2890 (2029)"@en ;
    skos:altLabel "2890 Committee"@en ;
    mg:shortName "Committee" ;
    org:subOrganizationOf <body/security-council> .

<body/ccr/advisory-committee> a mg:Body ;
    mg:key "ccr/advisory-committee" ;
    skos:prefLabel "Commission on Coastal Resilience Advisory Committee"@en ;
    mg:shortName "Advisory Committee" ;
    org:subOrganizationOf <body/ccr> .

<body/ccr/working-group-tides> a mg:Body ;
    mg:key "ccr/working-group-tides" ;
    skos:prefLabel "Working Group III (Tides and Currents)"@en ;
    mg:shortName "Working Group" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/ccr> .
"""


@lru_cache(maxsize=1)
def _registry(folder: str) -> BodyRegistry:
    path = Path(folder) / "subsidiaries.ttl"
    path.write_text(SUBSIDIARIES, encoding="utf-8")
    return load_registry(BASE, [REFERENCE, path])


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(str(tmp_path_factory.mktemp("subsidiaries")))


def facts(text: str, relation: str, registry: BodyRegistry) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def bodies(text: str, registry: BodyRegistry) -> set[str]:
    extraction = extract(text, source_key="test", registry=registry)
    found = {key(f.object) for f in extraction.facts if f.relation in ("requests", "invites", "establishes", "meetingOf")}
    return found | {b.key for b in extraction.bodies}


COUNCIL_LETTER = (
    "United Nations S/2032/41\n\nSecurity Council\n\nDistr.: General\n20 January 2032\n\nOriginal: English\n\n"
    "Letter dated 18 January 2032 from the Chair of the Security Council Committee established pursuant to"
    " resolution 2890 (2029) addressed to the President of the Security Council\n\n"
    "{sentence}\n"
)
COUNCIL_SENTENCES = [
    ("By resolution 2901 (2030), the Security Council invited the Security Council Committee established pursuant to"
     " resolution 2890 (2029) to brief the President of the Security Council.", "invites"),
    ("In its resolution 2901 (2030), the Security Council requested the Security Council Committee established pursuant"
     " to resolution 2890 (2029) to report every year.", "requests"),
    ("The Security Council, by resolution 2901 (2030), requested the 2890 Committee to report every year.", "requests"),
]


@pytest.mark.parametrize(("sentence", "relation"), COUNCIL_SENTENCES)
def test_a_committee_named_after_the_council_is_that_committee(sentence: str, relation: str, registry: BodyRegistry) -> None:
    text = COUNCIL_LETTER.format(sentence=sentence)
    assert ("security-council/res/2030/2901", "security-council/2890-committee") in facts(text, relation, registry)
    # no other committee minted from the name, and the Council stays the Council
    assert bodies(text, registry) <= {"security-council/2890-committee"}
    assert ("security-council/res/2029/2890", "security-council/2890-committee") in facts(text, "establishes", registry)


NOTE = (
    "United Nations E/CN.21/2032/7\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2032\n\n"
    "Original: English\n\nCommission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\n"
    "Item 4 of the provisional agenda\n\nReport of the Commission on Coastal Resilience Advisory Committee\n\n"
    "Note by the Secretariat\n\n1. {sentence}\n"
)
NOTE_SENTENCES = [
    "By its resolution 12/4, the Commission on Coastal Resilience requested the Commission on Coastal Resilience"
    " Advisory Committee to review tide gauge data.",
    "The Commission on Coastal Resilience, in its resolution 12/4, requested the Advisory Committee to review tide"
    " gauge data.",
]


@pytest.mark.parametrize("sentence", NOTE_SENTENCES)
def test_the_parent_named_beside_its_own_advisory_committee_stays_the_parent(sentence: str, registry: BodyRegistry) -> None:
    text = NOTE.format(sentence=sentence)
    requests = facts(text, "requests", registry)
    assert ("ccr/res/12/4", "ccr/advisory-committee") in requests
    assert not any(s.startswith("ccr/advisory-committee/") for s, _ in requests)


@pytest.mark.parametrize("session", [("third", 3), ("twenty-first", 21)])
def test_a_name_ending_in_a_bracket_is_found(session: tuple[str, int], registry: BodyRegistry) -> None:
    ordinal, n = session
    text = NOTE.format(
        sentence=f"Working Group III (Tides and Currents) held its {ordinal} session in Vienna from 3 to 7 November 2031."
    )
    assert (f"ccr/working-group-tides#{n}", "ccr/working-group-tides") in facts(text, "meetingOf", registry)
