"""Two instruments named together, then each told by its place (E130, from the spent u154).
Invented bodies, numbers, dates and wording:

- "...; at its eighty-sixth session, the Assembly adopted resolutions 86/41 and 86/42 on 1 December
  2031": the session of the clause after the semicolon adopted them ("its" is the subject's that
  follows, as after an opening "At its");
- "By the first, entitled "...", the Assembly requested ...; By the second, entitled "...", the
  Secretary-General was asked ...": the first and the second of that pair, their titles and their
  mandates ("the former" / "the latter" of two; "the third" of two is none).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/harbours> a mg:Body ; mg:key "ga/harbours" ;
    skos:prefLabel "Committee on Safe Harbours"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "A/AC.993" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ga> .
<body/harbour-unit> a mg:Body ; mg:key "harbour-unit" ;
    skos:prefLabel "Harbour Safety Unit"@en ; mg:shortName "Unit" .
"""

HEAD = (
    "                                                   A/AC.993/2032/2\nUnited Nations\n"
    "General Assembly                                   Distr.: General\n"
    "                                                   14 January 2032\n\n"
    "Committee on Safe Harbours\n\nMandate of the Committee\nNote by the Secretariat\n\n"
)
COMMITTEE = BodyRef("ga/harbours")
UNIT = BodyRef("harbour-unit")
SG = BodyRef("secretary-general")
FIRST, SECOND = InstrumentRef("ga", "resolution", "86", "41"), InstrumentRef("ga", "resolution", "86", "42")
ADOPTED = "1. The Committee's mandate has been renewed every year since; at its eighty-sixth session, the Assembly adopted resolutions 86/41 and 86/42 on 1 December 2031.\n"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(paragraphs: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(HEAD + paragraphs, source_key="note", registry=registry).facts}


@pytest.mark.parametrize(
    "clause",
    [
        "1. The Committee's mandate has been renewed every year since; at its eighty-sixth session, the Assembly adopted resolutions 86/41 and 86/42 on 1 December 2031.\n",
        "1. The mandate was renewed again in 2031; during its eighty-sixth session, the General Assembly adopted resolutions 86/41 and 86/42.\n",
    ],
)
def test_the_session_of_the_clause_after_a_semicolon_adopted_them(registry: BodyRegistry, clause: str) -> None:
    facts = _facts(clause, registry)
    session = GatheringRef("ga", "session", 86)
    assert (FIRST, "adoptedAt", session) in facts and (SECOND, "adoptedAt", session) in facts


def test_a_session_of_another_number_adopts_no_resolution_of_its_neighbour(registry: BodyRegistry) -> None:
    facts = _facts(
        "1. The mandate was renewed again; at its eighty-fifth session, the Assembly adopted resolutions 86/41 and 86/42.\n",
        registry,
    )
    assert not any(rel == "adoptedAt" for _, rel, _ in facts)


@pytest.mark.parametrize(("first", "second"), [("first", "second"), ("former", "latter")])
def test_the_first_and_the_second_of_the_pair(registry: BodyRegistry, first: str, second: str) -> None:
    facts = _facts(
        ADOPTED
        + f'2. By the {first}, entitled "Committee on Safe Harbours", the Assembly requested the Committee to continue its '
        "work, and requested the Secretary-General to provide the Committee with the necessary facilities.\n"
        + f'3. By the {second}, entitled "Harbour Safety Unit of the Secretariat", the Secretary-General was asked to '
        "ensure that the Unit continues its tasks, and the Harbour Safety Unit was invited to report.\n",
        registry,
    )
    assert (FIRST, "title", "Committee on Safe Harbours") in facts
    assert (FIRST, "requests", COMMITTEE) in facts and (FIRST, "requests", SG) in facts
    assert (SECOND, "title", "Harbour Safety Unit of the Secretariat") in facts
    assert (SECOND, "requests", SG) in facts and (SECOND, "invites", UNIT) in facts
    # each its own mandates: the second asked the Committee nothing
    assert (SECOND, "requests", COMMITTEE) not in facts


def test_a_place_past_the_end_of_the_pair_is_none(registry: BodyRegistry) -> None:
    facts = _facts(ADOPTED + "2. By the third, the Assembly requested the Committee to continue its work.\n", registry)
    assert not any(rel == "requests" and o == COMMITTEE for _, rel, o in facts)
