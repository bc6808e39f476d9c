"""A note by a convention's secretariat to one of its committees, telling what the parties' bodies
did: "In its preamble, decision 3/CMA.7 recalls decision 2/CMA.5" (the part of the text first, then
the instrument that cites); "At its thirty-eighth meeting, ..., the Committee considered a concept
note (X)" (a body that meets in meetings); "(X) will be made available to the SBSTA and the SBI at
their sixty-fifth sessions" (each body's own session); "the thirty-sixth session of the Conference of
the Parties" where the text also names the "Conference of the Parties serving as the meeting of the
Parties to the Paris Agreement (CMA)" (the COP, not the CMA, which is called by its role)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key

# the climate convention's bodies as the unseen set's reference data writes them
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "unseen" / "unfccc.ttl"

COMMITTEE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cop-unfccc/tec> a mg:Body ; mg:key "cop-unfccc/tec" ; skos:prefLabel "Technology Executive Committee"@en ;
    skos:altLabel "TEC"@en ; mg:shortName "Committee" ; mg:symbolPrefix "TEC" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/cop-unfccc> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "tec.ttl"
    path.write_text(COMMITTEE, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [REFERENCE, path])


def note(*paragraphs: str) -> str:
    body = "\n".join(f"{n}.\t{p}" for n, p in enumerate(paragraphs, 1))
    return (
        "\tTEC/2031/7\n\t2 August 2031\nTechnology Executive Committee\nTwenty-ninth meeting\n"
        "Bonn, Germany, 9–11 September 2031\n\nProgress report on technology needs\nNote by the secretariat\n\n"
        "I.\tMandate\n" + body + "\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def cma_and_cop(registry: BodyRegistry) -> tuple[str, str]:
    cma = next(k for k, b in registry.bodies.items() if "Paris Agreement" in " ".join(b.names) and "serving" in " ".join(b.names))
    cop = next(k for k, b in registry.bodies.items() if "Framework Convention on Climate Change" in " ".join(b.names) and b.key.count("/") == 0)
    return cma, cop


@pytest.mark.parametrize("opening", ["In its preamble,", "In the preamble,"])
def test_an_instrument_recalling_after_the_part_of_its_text(opening: str, registry: BodyRegistry) -> None:
    cma, cop = cma_and_cop(registry)
    text = note(f"{opening} decision 4/CMA.8 recalls decision 2/CMA.6 and decision 1/CP.21.")
    assert {(f"{cma}/dec/8/4", f"{cma}/dec/6/2"), (f"{cma}/dec/8/4", f"{cop}/dec/21/1")} <= facts(text, registry, "cites")


@pytest.mark.parametrize("sentence", [
    "At its twenty-eighth meeting, held in Bonn from 11 to 13 March 2031, the Committee considered a concept note "
    "prepared by the secretariat (TEC/2031/4).",
    "At its twenty-eighth meeting, the Committee examined the draft report (TEC/2031/4) and agreed on an outline.",
])
def test_a_paper_considered_at_a_committees_meeting(sentence: str, registry: BodyRegistry) -> None:
    assert ("TEC/2031/4", "cop-unfccc/tec#28") in facts(note(sentence), registry, "submittedTo")


def test_their_sessions_are_each_bodys(registry: BodyRegistry) -> None:
    text = note("The annual report of the Committee (FCCC/SB/2031/8) will be made available to the SBSTA and the "
                "Subsidiary Body for Implementation at their sixty-fifth sessions, to be held in November 2031.")
    received = {o for s, o in facts(text, registry, "submittedTo") if s == "FCCC/SB/2031/8"}
    sbsta = next(k for k, b in registry.bodies.items() if "Scientific and Technological Advice" in " ".join(b.names))
    sbi = next(k for k, b in registry.bodies.items() if b.names and b.names[0] == "Subsidiary Body for Implementation")
    assert {f"{sbsta}#65", f"{sbi}#65"} <= received


def test_the_conference_of_the_parties_is_not_the_one_serving_as_another_meeting(registry: BodyRegistry) -> None:
    cma, cop = cma_and_cop(registry)
    text = note(
        "By decision 3/CMA.7, the Conference of the Parties serving as the meeting of the Parties to the Paris "
        "Agreement (CMA) requested the Committee to prepare a paper.",
        "The paper will be presented in conjunction with the thirty-sixth session of the Conference of the Parties.",
    )
    meetings = facts(text, registry, "meetingOf")
    assert (f"{cop}#36", cop) in meetings
    assert (f"{cma}#36", cma) not in meetings
