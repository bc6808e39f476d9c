"""Resolutions numbered "number(Roman session)" ("45(VII)", read with a template
"{number}({session})" as session 7), and a word processor's endnotes as a converter writes them
(bracketed markers "[1]" in the text and an "Endnotes" list at the end): the markers go from the
text (`plain_layouts.endnote_marker_changes`) and the notes belong to no instrument
(`segment.ENDNOTES_HEADING`): a reference in a note is mentioned, not cited. Invented texts of
an invented body."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/desert-commission> a mg:Body ; mg:key "desert-commission" ;
    skos:prefLabel "Regional Commission for Arid Lands"@en ; mg:shortName "Commission" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}({session})" ; mg:instrumentKind "resolution" ] .
<body/desert-commission/es> a mg:Body ; mg:key "desert-commission/es" ;
    skos:prefLabel "Executive Secretary of the Regional Commission for Arid Lands"@en ; mg:shortName "Executive Secretary" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _text(marker: str, heading: str) -> str:
    return (
        "Ninth session of the Regional Commission for Arid Lands\n\n"
        "RESOLUTIONS ADOPTED AT THE NINTH SESSION OF THE COMMISSION\n\n"
        "61(IX)\tWATER HARVESTING\n\n"
        "The Regional Commission for Arid Lands,\n\n"
        f"Recalling its resolution 45(VII),{marker} by which it set up a programme on water,\n\n"
        "1.\tRequests the Executive Secretary to report on water harvesting;\n\n"
        "Third plenary meeting\n\n"
        f"{heading}\n\n"
        "[1] Resolution 45(VII) was adopted at the seventh session; see also resolution 30(V).\n"
    )


OWN = InstrumentRef("desert-commission", "resolution", "9", "61")


@pytest.mark.parametrize("heading", ["Endnotes", "Notes"])
def test_bracketed_roman_sessions_and_endnotes(heading: str, registry: BodyRegistry) -> None:
    text = _text("[1]", heading)
    fixed, _ = normalise_layout(text)
    assert "resolution 45(VII), by which" in fixed and "[1] Resolution 45(VII)" in fixed
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    assert (OWN, "requests", BodyRef("desert-commission/es")) in facts
    assert (OWN, "cites", InstrumentRef("desert-commission", "resolution", "7", "45")) in facts
    # the note's reference is mentioned, cited by no instrument
    fifth = InstrumentRef("desert-commission", "resolution", "5", "30")
    assert any(r == "mentions" and o == fifth for _, r, o in facts)
    assert not any(r == "cites" and o == fifth for _, r, o in facts)


@pytest.mark.parametrize(
    "text",
    [
        # brackets with no list of notes: a citation or an editor's insertion stays
        "The Board decided,[1] as its report says.\n\nReferences\n\n1. https://example.org\n",
        "Recalling its decision [2] and the text [sic].\n\nNotes\n\nNone were made.\n",
    ],
)
def test_brackets_without_endnotes_stay(text: str) -> None:
    assert normalise_layout(text)[0] == text


def test_a_year_in_brackets_after_a_space_is_never_roman(registry: BodyRegistry) -> None:
    # the default convention "resolution {number} ({session})" (a year) reads no Roman session
    text = "The Regional Commission for Arid Lands,\n\nRecalling Security Council resolution 2710 (XL),\n"
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    assert not any(isinstance(o, InstrumentRef) and o.session == "40" and o.number == "2710" for _, _, o in facts)
