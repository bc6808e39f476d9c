"""A convention that prints the session in brackets after a space ("{number} ({session})":
"417 (LXIV)") reads a Roman session as well as digits; a text that glues the bracket
("resolution 790(XL)") is not read in a spaced convention whose session is a year (the Security
Council's "resolution {number} ({session})"), and a number right after another body's name
("General Assembly resolution 428 (V)") is not read in such a convention at all
(`loaders/extract/numbering.py`, `references.py`). Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/grain-board> a mg:Body ; mg:key "grain-board" ;
    skos:prefLabel "Grain Trade Board"@en ; mg:shortName "Board" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; mg:symbolPrefix "GTB" ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "decision" ] .
<body/delta-commission> a mg:Body ; mg:key "delta-commission" ;
    skos:prefLabel "Delta Commission"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}({session})" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _instruments(text: str, registry: BodyRegistry) -> set[InstrumentRef]:
    found = set()
    for f in extract(text, source_key="doc", registry=registry).facts:
        for end in (f.subject, f.object):
            if isinstance(end, InstrumentRef):
                found.add(end)
    return found


@pytest.mark.parametrize(
    "heading, session, number",
    [("Decision 417 (LXIV)", "64", "417"), ("Decision 9 (XII)", "12", "9"), ("Decision 1203 (CII)", "102", "1203")],
)
def test_a_roman_session_in_spaced_brackets_is_read(registry: BodyRegistry, heading: str, session: str, number: str) -> None:
    text = (
        "GTB/64/3\n\nReport of the Grain Trade Board on its sixty-fourth session\n\n"
        f"{heading}\n\nGrain storage statistics\n\nThe Grain Trade Board,\n\n"
        "Recalling its decision 380 (LIX),\n\n1. Requests the secretariat to publish the statistics yearly.\n"
    )
    found = _instruments(text, registry)
    assert InstrumentRef("grain-board", "decision", session, number) in found
    assert InstrumentRef("grain-board", "decision", "59", "380") in found


def test_a_year_in_the_brackets_still_reads_as_digits(registry: BodyRegistry) -> None:
    text = "Grain Trade Board\n\nThe Grain Trade Board,\n\nRecalling its decision 380 (2029),\n\n1. Requests the secretariat to report.\n"
    assert InstrumentRef("grain-board", "decision", "2029", "380") in _instruments(text, registry)


@pytest.mark.parametrize("cited", ["resolution 790(XL)", "resolution 812(XLII)"])
def test_a_glued_roman_session_is_not_the_security_councils(registry: BodyRegistry, cited: str) -> None:
    text = f"Delta Commission\n\nThe Delta Commission,\n\nRecalling its {cited},\n\n1. Requests the secretariat to report.\n"
    found = _instruments(text, registry)
    assert not any(ref.issuer == "sc" for ref in found)
    assert any(ref.issuer == "delta-commission" for ref in found)


def test_a_number_after_another_bodys_name_is_not_read_in_a_spaced_convention(registry: BodyRegistry) -> None:
    text = (
        "Delta Commission\n\nThe Delta Commission,\n\nRecalling General Assembly resolution 428 (V) of 14 December 1950,\n\n"
        "1. Requests the secretariat to report.\n"
    )
    assert not any(ref.issuer == "sc" for ref in _instruments(text, registry))


def test_a_body_meeting_in_meetings_reads_a_year_not_a_roman_session(tmp_path_factory: pytest.TempPathFactory) -> None:
    registry = registry_from_turtle(tmp_path_factory, BODY.replace(
        'mg:gatheringTerm "session" ;\n    mg:issuesInstruments true ; mg:symbolPrefix "GTB"',
        'mg:gatheringTerm "meeting" ;\n    mg:issuesInstruments true ; mg:symbolPrefix "GTB"',
    ))
    text = "Grain Trade Board\n\nThe Grain Trade Board,\n\nRecalling its decision 380 (LIX),\n\n1. Requests the secretariat to report.\n"
    assert not any(ref.issuer == "grain-board" and ref.session == "59" for ref in _instruments(text, registry))
