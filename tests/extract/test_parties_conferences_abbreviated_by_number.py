"""The gatherings of a treaty's parties named as a series: a masthead that prints the treaty's name
above "ELEVENTH MEETING OF STATES PARTIES" is the Nth gathering of the body whose name joins the two
lines; a document that abbreviates a gathering with its number glued on ("the Seventh Meeting of
States Parties (MSP7)") means by "MSP6", "MSP8" the same body's other gatherings, and "adopted at
the Fifth Meeting of States Parties (MSP5)" is read as that gathering. An abbreviation the document
never defines ("G20", "H5N1", a symbol's part) holds nothing. The day told after "adopted at <a
session> on" is the adoption's, not the session's. Invented reference data beside the phrasing
harness's (rules from the spent held-out set x65-x69, E56)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, key

PREFIXES = "@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
MEETING = (
    '<body/cdm-msp> a mg:Body ; mg:key "cdm-msp" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;\n'
    '    mg:symbolPrefix "CDM/MSP" ; mg:shortName "Meeting" ;\n'
    '    skos:prefLabel "Meeting of States Parties to the Convention on Drifting Mines"@en .\n'
    '<body/cdm-msp/bureau> a mg:Body ; mg:key "cdm-msp/bureau" ; mg:gatheringTerm "meeting" ;\n'
    '    skos:prefLabel "Bureau of the Meeting of States Parties to the Convention on Drifting Mines"@en ; mg:shortName "Bureau" .\n'
)


@pytest.fixture()
def registry(tmp_path: Path) -> BodyRegistry:
    ttl = tmp_path / "cdm.ttl"
    ttl.write_text(PREFIXES + MEETING)
    return load_registry(BASE, [REFERENCE, ttl])


def masthead(treaty: str = "CONVENTION ON DRIFTING MINES", gathering: str = "SEVENTH MEETING OF STATES PARTIES") -> str:
    return (
        f"{treaty}\n{gathering}\nVienna, 3–6 November 2031\n\n"
        "CDM/MSP7/2031/4\nDistribution: Public\nDate: 1 August 2031\n\nPROVISIONAL AGENDA\n\n"
    )


def facts(registry: BodyRegistry, text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("treaty", "gathering"), [
    ("CONVENTION ON DRIFTING MINES", "SEVENTH MEETING OF STATES PARTIES"),
    ("Convention on Drifting Mines", "Seventh Meeting of States Parties"),
    ("THE CONVENTION ON DRIFTING MINES", "7TH MEETING OF STATES PARTIES"),
])
def test_the_parties_gathering_under_the_treaty_name_is_the_documents_own(registry: BodyRegistry, treaty: str, gathering: str) -> None:
    text = masthead(treaty, gathering) + "1.\tThe Meeting will have before it the note by the Bureau (CDM/MSP7/2031/5).\n"
    assert ("CDM/MSP7/2031/5", "cdm-msp#7") in facts(registry, text, "submittedTo")
    assert ("cdm-msp#7", "Vienna") in facts(registry, text, "heldIn")


def test_a_line_under_another_treaty_names_no_gathering(registry: BodyRegistry) -> None:
    text = masthead("CONVENTION ON FLOATING DEBRIS") + "1.\tThe Meeting will have before it the note (CDM/MSP7/2031/5).\n"
    assert not {g for g, _ in facts(registry, text, "meetingOf") if g.startswith("cdm-msp#7")}


ABBREVIATED = masthead() + (
    "1.\tThe Seventh Meeting of States Parties to the Convention on Drifting Mines (MSP7) will open on 3 November 2031.\n\n"
    "2.\tThe Sixth Meeting of States Parties (MSP6), held in Vienna from 2 to 4 November 2030, adopted three decisions.\n\n"
    "3.\tBy its decision 6/2, adopted at MSP6 on 4 November 2030, the Meeting decided to review the guidelines.\n\n"
    "4.\tThe guidelines follow decision 4/1, adopted at the Fourth Meeting of States Parties (MSP4).\n\n"
    "5.\tIn accordance with decision 6/3, the Eighth Meeting of States Parties (MSP8) will be held in Vienna in November 2032.\n"
)


def test_an_abbreviation_the_document_defines_names_the_other_gatherings(registry: BodyRegistry) -> None:
    met = facts(registry, ABBREVIATED, "meetingOf")
    assert {("cdm-msp#6", "cdm-msp"), ("cdm-msp#4", "cdm-msp"), ("cdm-msp#8", "cdm-msp")} <= met
    assert ("cdm-msp#6", "Vienna") in facts(registry, ABBREVIATED, "heldIn")
    assert ("cdm-msp#6", "2030-11-02/2030-11-04") in facts(registry, ABBREVIATED, "heldOn")
    assert ("cdm-msp#8", "Vienna") in facts(registry, ABBREVIATED, "heldIn")
    assert ("cdm-msp#8", "cdm-msp/dec/6/3") in facts(registry, ABBREVIATED, "pursuantTo")


def test_adopted_at_an_abbreviated_or_spelled_out_gathering(registry: BodyRegistry) -> None:
    adopted = facts(registry, ABBREVIATED, "adoptedAt")
    assert {("cdm-msp/dec/6/2", "cdm-msp#6"), ("cdm-msp/dec/4/1", "cdm-msp#4")} <= adopted
    assert ("cdm-msp/dec/6/2", "2030-11-04") in facts(registry, ABBREVIATED, "adoptedOn")
    # the adoption's day is no day the whole session was held on
    assert ("cdm-msp#6", "2030-11-04") not in facts(registry, ABBREVIATED, "heldOn")


@pytest.mark.parametrize("sentence", [
    "The leaders of the G20 met in Vienna on 2 November 2030.",
    "Cases of H5N1 were reported in 2030.",
    "The MSP6 guidelines were translated.",  # never defined in this document
])
def test_an_undefined_glued_abbreviation_holds_nothing(registry: BodyRegistry, sentence: str) -> None:
    text = masthead() + f"1.\t{sentence}\n"
    assert {g for g, _ in facts(registry, text, "meetingOf")} <= {"cdm-msp#7"}


def test_the_adoption_day_after_a_session_in_words_is_no_day_it_was_held(registry: BodyRegistry) -> None:
    text = masthead() + "1.\tBy its decision 6/2, adopted at its sixth session on 4 November 2030, the Meeting decided to act.\n"
    assert ("cdm-msp/dec/6/2", "2030-11-04") in facts(registry, text, "adoptedOn")
    assert not {d for g, d in facts(registry, text, "heldOn") if g == "cdm-msp#6"}
