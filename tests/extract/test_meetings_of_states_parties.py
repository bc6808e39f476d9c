"""The meeting of a treaty's parties named through the parties: "the thirtieth meeting of States
parties to the Convention" is the 30th meeting of the body the reference data names "Meeting of
the States Parties to the Convention on ..." (gathering term "meeting"), not a meeting of the
group "States parties" (an addressee, which holds none). Only one body so named, holding that
kind of gathering, among the bodies of organisations the document shows (here by naming them in
full first): the Protocol's meeting for "to the Protocol", nothing where "the Parties" are another
group than "States parties", where the gathering is a session of a body that meets in meetings, or
where two bodies fit. Invented reference data beside the phrasing harness's."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, in_note, key

CONVENTION = (
    '<body/ccc-msp> a mg:Body ; mg:key "ccc-msp" ; mg:gatheringTerm "meeting" ;\n'
    '    skos:prefLabel "Meeting of the States Parties to the International Convention on Coastal Commons"@en .\n'
)
PROTOCOL = (
    '<body/ccc-protocol-msp> a mg:Body ; mg:key "ccc-protocol-msp" ; mg:gatheringTerm "meeting" ;\n'
    '    skos:prefLabel "Meeting of the States Parties to the Optional Protocol to the International Convention on Coastal Commons"@en .\n'
)
SECOND_CONVENTION = (
    '<body/ddd-msp> a mg:Body ; mg:key "ddd-msp" ; mg:gatheringTerm "meeting" ;\n'
    '    skos:prefLabel "Meeting of the States Parties to the Convention on Deep Dunes"@en .\n'
)
PREFIXES = "@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"


def _registry(tmp_path: Path, *blocks: str) -> BodyRegistry:
    ttl = tmp_path / "parties.ttl"
    ttl.write_text(PREFIXES + "".join(blocks))
    return load_registry(BASE, [REFERENCE, ttl])


def _facts(registry: BodyRegistry, sentence: str, relation: str) -> set[tuple[str, str]]:
    # the document shows the organisations whose bodies it may mean: it names them in full
    shown = " and ".join(b.name for b in registry if b.key.endswith("-msp"))
    opening = f"The Commission cooperates with the {shown}." if shown else "The Commission meets yearly."
    extraction = extract(in_note(opening, sentence), source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("blocks", "sentence", "meeting"), [
    ((CONVENTION, PROTOCOL), "The nine members elected at the thirtieth meeting of States parties to the Convention will make the solemn declaration.", "ccc-msp#30"),
    ((CONVENTION, PROTOCOL), "The members were elected at the 12th meeting of the States Parties to the Convention.", "ccc-msp#12"),
    ((CONVENTION, PROTOCOL), "The members were elected at the eighth meeting of States parties to the Optional Protocol.", "ccc-protocol-msp#8"),
    ((CONVENTION,), "The thirty-first meeting of States parties will elect nine members.", "ccc-msp#31"),
])
def test_the_meeting_of_states_parties_is_the_body_so_named(tmp_path: Path, blocks: tuple[str, ...], sentence: str, meeting: str) -> None:
    registry = _registry(tmp_path, *blocks)
    assert (meeting, meeting.split("#")[0]) in _facts(registry, sentence, "meetingOf")


def test_its_date_and_place(tmp_path: Path) -> None:
    registry = _registry(tmp_path, CONVENTION)
    sentence = "The nine members elected at the thirtieth meeting of States parties to the Convention, held in Geneva on 19 June 2030, will make the declaration."
    assert ("ccc-msp#30", "2030-06-19") in _facts(registry, sentence, "heldOn")


@pytest.mark.parametrize(("blocks", "sentence"), [
    # the Parties of a Meeting of the Parties are another group than "States parties"
    ((CONVENTION,), "The matter was raised at the thirtieth meeting of the Parties to the Convention."),
    # a session of a body that holds meetings
    ((CONVENTION,), "The members were elected at the thirtieth session of States parties to the Convention."),
    # two bodies fit "States parties to the Convention": which is not said
    ((CONVENTION, SECOND_CONVENTION), "The members were elected at the thirtieth meeting of States parties to the Convention."),
    ((CONVENTION, PROTOCOL), "The thirtieth meeting of States parties will elect nine members."),
    # no such body in the reference data
    ((), "The members were elected at the thirtieth meeting of States parties to the Convention."),
])
def test_no_meeting_of_states_parties(tmp_path: Path, blocks: tuple[str, ...], sentence: str) -> None:
    registry = _registry(tmp_path, *blocks)
    found = _facts(registry, sentence, "meetingOf")
    assert not {g for g, _ in found if g.endswith("#30")}
