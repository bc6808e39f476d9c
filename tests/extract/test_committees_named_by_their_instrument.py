"""A committee named by its parent's short form and the instrument that set it up, without its
parent's name (E300, from the spent u368): "the Committee established pursuant to resolution 2911
(2030)", "the Committee pursuant to resolutions 2901 (2029) and 2930 (2031)" in the report of another
committee of the same council, which calls itself "the Committee". The words name the committee the
reference data declares as "Security Council Committee established pursuant to …", not the
document's own committee; "the Committee" alone stays the document's own. Invented reference data.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, key

COMMITTEES = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/security-council/2880-committee> a mg:Body ;
    mg:key "security-council/2880-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 2880 (2028) concerning maritime piracy"@en ;
    skos:altLabel "Maritime Piracy Committee"@en ;
    mg:shortName "Committee" ;
    mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/security-council> .

<body/security-council/2911-committee> a mg:Body ;
    mg:key "security-council/2911-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 2911 (2030)"@en ;
    skos:altLabel "2911 Committee"@en ;
    mg:shortName "Committee" ;
    org:subOrganizationOf <body/security-council> .

<body/security-council/2901-committee> a mg:Body ;
    mg:key "security-council/2901-committee" ;
    skos:prefLabel "Security Council Committee pursuant to resolutions 2901 (2029) and 2930 (2031) concerning arms embargoes"@en ;
    skos:altLabel "2901 Committee"@en ;
    mg:shortName "Committee" ;
    org:subOrganizationOf <body/security-council> .
"""

OWN = "security-council/2880-committee"


@lru_cache(maxsize=1)
def _registry(folder: str) -> BodyRegistry:
    path = Path(folder) / "committees.ttl"
    path.write_text(COMMITTEES, encoding="utf-8")
    return load_registry(BASE, [REFERENCE, path])


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(str(tmp_path_factory.mktemp("committees")))


HEAD = (
    "Letter dated 4 February 2032 from the Chair of the Security Council Committee established pursuant to"
    " resolution 2880 (2028) concerning maritime piracy addressed to the President of the Security Council\n\n"
    "1. The Committee was set up by the Council under resolution 2880 (2028).\n\n"
)


def facts(sentence: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    extraction = extract(HEAD + sentence + "\n", source_key="test", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation != "mentions"}


ADDRESSED = [
    ("2. By resolution 3001 (2032), the Council encouraged the Committee established pursuant to resolution 2911 (2030)"
     " to continue its joint briefings with the Committee.", "encourages", "security-council/2911-committee"),
    ("2. In resolution 3001 (2032), the Security Council requested the Committee pursuant to resolutions 2901 (2029)"
     " and 2930 (2031) to share its lists with the Committee.", "requests", "security-council/2901-committee"),
    ("2. The Council, by its resolution 3001 (2032), has encouraged the committee established pursuant to resolution"
     " 2911 (2030) and the Committee pursuant to resolutions 2901 (2029) and 2930 (2031) to brief the Committee.",
     "encourages", "security-council/2901-committee"),
    ("2. By resolution 3001 (2032), the Council requested the Committee established pursuant to resolution 2880 (2028)"
     " to report to it annually.", "requests", OWN),
]


@pytest.mark.parametrize(("sentence", "relation", "body"), ADDRESSED)
def test_the_committee_its_instrument_names(sentence: str, relation: str, body: str, registry: BodyRegistry) -> None:
    found = facts(sentence, registry)
    assert (relation, "security-council/res/2032/3001", body) in found
    if body != OWN:
        assert (relation, "security-council/res/2032/3001", OWN) not in found


def test_the_name_states_the_instrument_that_established_it(registry: BodyRegistry) -> None:
    found = facts(ADDRESSED[0][0], registry)
    assert ("establishes", "security-council/res/2030/2911", "security-council/2911-committee") in found
    assert ("establishes", "security-council/res/2030/2911", OWN) not in found


def test_the_committee_alone_stays_the_documents_own(registry: BodyRegistry) -> None:
    """Near miss: the other committees named by their instruments, "the Committee" alone is the
    document's own (its meetings, what it is asked)."""
    found = facts(
        "2. By resolution 3001 (2032), the Council requested the Committee to report to it annually, and encouraged"
        " the Committee established pursuant to resolution 2911 (2030) to brief it.\n\n"
        "3. At its 88th meeting, held in New York on 3 March 2031, the Committee adopted its programme of work.",
        registry,
    )
    assert ("requests", "security-council/res/2032/3001", OWN) in found
    assert ("meetingOf", f"{OWN}#88", OWN) in found


def test_a_resolution_named_in_passing_is_no_body(registry: BodyRegistry) -> None:
    """Near miss: "pursuant to resolution 2911 (2030)" after a report, not after "Committee"."""
    found = facts("2. The report submitted pursuant to resolution 2911 (2030) was considered by the Committee.", registry)
    assert not any(o == "security-council/2911-committee" for _, _, o in found)
