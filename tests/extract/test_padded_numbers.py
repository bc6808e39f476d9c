"""One instrument however its number is padded (E98, from the spent u121): a board that pads its
numbers in a list or a heading ("B.38/05", "decision 05/2", "CD56.R05") and not in running text
("decision B.38/5") names one decision, under one identity, and a query by either form finds it."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef, unpadded_number
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract

from .phrasing import key
from .reference_data import registry_from_turtle

# Invented bodies: a fund board numbering "F.{session}/{number}", a regional council numbering
# "RC{session}.R{number}", a forum using the default "session/number".
BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/rff> a mg:Body ; mg:key "rff" ; skos:prefLabel "Resilience Finance Facility"@en .
<body/rff/board> a mg:Body ; mg:key "rff/board" ;
    skos:prefLabel "Board of the Resilience Finance Facility"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "F.{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/rhc> a mg:Body ; mg:key "rhc" ;
    skos:prefLabel "Regional Health Council"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RC{session}.R{number}" ; mg:instrumentKind "resolution" ] .
<body/ldf> a mg:Body ; mg:key "ldf" ;
    skos:prefLabel "Lowland Delta Forum"@en ; mg:shortName "Forum" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


@pytest.mark.parametrize(
    ("padded", "plain"),
    [("05", "5"), ("010", "10"), ("S-08", "S-8"), ("SSA02", "SSA2"), ("0", "0"), ("2031", "2031"), ("XVI", "XVI"), ("ES-10", "ES-10")],
)
def test_a_number_loses_the_zeros_that_pad_it_and_nothing_else(padded: str, plain: str) -> None:
    assert unpadded_number(padded) == plain


def test_an_instrument_is_one_identity_however_padded() -> None:
    assert InstrumentRef("rff/board", "decision", "07", "004") == InstrumentRef("rff/board", "decision", "7", "4")


CASES = [
    # a fund board's own convention, padded in one sentence and not in the other
    ("The Board of the Resilience Finance Facility adopted decision F.12/04 on readiness support. "
     "Decision F.12/4 requests the Facility's partners to report.", "rff/board/dec/12/4"),
    ("In decision F.09/11 the Board of the Resilience Finance Facility welcomed the plan; decision F.9/11 "
     "was adopted by consensus.", "rff/board/dec/9/11"),
    # a council numbering its resolutions "RC56.R5", padded "RC56.R05"
    ("The Regional Health Council adopted resolution RC56.R05 on immunization. "
     "Resolution RC56.R5 was welcomed by the partners.", "rhc/res/56/5"),
    # the default convention, padded in its session
    ("The Lowland Delta Forum recalled its decision 05/2 on sediment. Decision 5/2 remains in force.", "ldf/dec/5/2"),
]


@pytest.mark.parametrize(("text", "meant"), CASES)
def test_padded_and_plain_numbers_name_one_instrument(registry: BodyRegistry, text: str, meant: str) -> None:
    extraction = extract(text, source_key="note", registry=registry)
    mentioned = {key(f.object) for f in extraction.facts if f.relation == "mentions"}
    assert meant in mentioned
    # no second instrument under the padded number
    assert not any(k.split("/")[-1].startswith("0") or "/0" in k for k in mentioned), mentioned


def test_a_document_symbol_keeps_its_padding(registry: BodyRegistry) -> None:
    # a document's symbol is a string the body prints, not a number: "RFF/B.12/08" stays as printed
    text = "Document RFF/B.12/08 was before the Board of the Resilience Finance Facility at its twelfth meeting."
    extraction = extract(text, source_key="note", registry=registry)
    symbols = {key(f.subject) for f in extraction.facts if f.relation == "submittedTo"}
    assert "RFF/B.12/08" in symbols
