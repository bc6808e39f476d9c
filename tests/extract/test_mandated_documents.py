"""Which document a mandate governs: "prepared pursuant to paragraph 9 of that resolution (X)"
(the instrument the sentence before named), and "the report ..., prepared pursuant to decision
6/1 (X), and the proposed strategy (Y)" (the symbol right after the mandate closes the clause
it governs: Y is another document)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, COP_NOTE, facts

COP = "cop-untoc"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def res(number: int) -> InstrumentRef:
    return InstrumentRef(COP, "resolution", "15", str(number))


@pytest.mark.parametrize(
    "passage",
    ["paragraph 9 of that resolution", "paragraphs 3 and 4 of that resolution", "that resolution",
     "section II of the same resolution"],
)
def test_a_passage_of_the_instrument_named_in_the_sentence_before(passage: str, registry: BodyRegistry) -> None:
    text = COP_NOTE + (
        "1. In its resolution 15/3, on ports and borders, the Conference requested the secretariat to prepare a "
        f"report for its sixteenth session. The report, prepared pursuant to {passage} (CTOC/COP/2033/5), will be "
        "before the Conference.\n"
    )
    assert (DocumentRef(symbols=("CTOC/COP/2033/5",)), res(3)) in facts(text, registry, "pursuantTo")


def test_no_mandate_where_the_sentence_before_named_several_instruments(registry: BodyRegistry) -> None:
    text = COP_NOTE + (
        "1. In its resolutions 15/3 and 15/4, the Conference requested the secretariat to prepare reports. "
        "The report, prepared pursuant to paragraph 9 of that resolution (CTOC/COP/2033/5), will be before the "
        "Conference.\n"
    )
    assert not [o for s, o in facts(text, registry, "pursuantTo") if s == DocumentRef(symbols=("CTOC/COP/2033/5",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conference will have before it the report of the secretariat on technical assistance, prepared "
        "pursuant to resolution 15/1 (CTOC/COP/2033/8), and the proposed programme of work for 2034–2035 "
        "(CTOC/COP/2033/7).",
        "The Conference will have before it the report of the secretariat, prepared pursuant to resolution 15/1 "
        "[CTOC/COP/2033/8], and a note on the programme of work (CTOC/COP/2033/7).",
    ],
)
def test_the_mandate_governs_the_document_whose_symbol_closes_its_clause(sentence: str, registry: BodyRegistry) -> None:
    text = COP_NOTE + f"1. {sentence}\n"
    mandated = facts(text, registry, "pursuantTo")
    assert (DocumentRef(symbols=("CTOC/COP/2033/8",)), res(1)) in mandated
    assert (DocumentRef(symbols=("CTOC/COP/2033/7",)), res(1)) not in mandated
    # both are before the session all the same
    submitted = {s for s, o in facts(text, registry, "submittedTo") if o == GatheringRef(COP, "session", 16)}
    assert {DocumentRef(symbols=("CTOC/COP/2033/8",)), DocumentRef(symbols=("CTOC/COP/2033/7",))} <= submitted


def test_a_mandate_stated_before_the_documents_governs_them_all(registry: BodyRegistry) -> None:
    text = COP_NOTE + (
        "1. Pursuant to resolution 15/1, the secretariat has prepared a report (CTOC/COP/2033/8) and a background "
        "paper (CTOC/COP/2033/9); both will be before the Conference.\n"
    )
    mandated = facts(text, registry, "pursuantTo")
    assert {(DocumentRef(symbols=("CTOC/COP/2033/8",)), res(1)), (DocumentRef(symbols=("CTOC/COP/2033/9",)), res(1))} <= mandated


def own_mandates(text: str, registry: BodyRegistry) -> set[object]:
    return {o for s, o in facts(text, registry, "pursuantTo") if s == DocumentRef(source="test")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The information contained in the present note is also provided in accordance with paragraph 44 of the terms "
        "of reference of the Mechanism, annexed to resolution 15/1.",
        "The present note has been prepared in accordance with section III of the guidelines contained in the annex "
        "to resolution 15/1.",
        "The present report is submitted pursuant to the terms of reference annexed to resolution 15/1.",
    ],
)
def test_a_text_an_instrument_annexes_gives_the_document_its_mandate(sentence: str, registry: BodyRegistry) -> None:
    assert own_mandates(COP_NOTE + f"1. {sentence}\n", registry) == {res(1)}


@pytest.mark.parametrize(
    "sentence",
    [
        # no mandate phrase: the note only draws on the annex
        "The information contained in the present note draws on the terms of reference of the Mechanism, annexed to "
        "resolution 15/1.",
        # another document's mandate
        "The secretariat prepared a background paper in accordance with the terms of reference annexed to "
        "resolution 15/1.",
    ],
)
def test_no_mandate_of_the_document_itself(sentence: str, registry: BodyRegistry) -> None:
    assert own_mandates(COP_NOTE + f"1. {sentence}\n", registry) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conference will have before it the evaluation of technical assistance (CTOC/COP/2033/8), prepared "
        "pursuant to resolution 15/1, and the proposed programme of work for 2034–2035 (CTOC/COP/2033/7).",
        "The Conference will have before it the report of the secretariat [CTOC/COP/2033/8], prepared in accordance "
        "with resolution 15/1, and a note on the programme of work (CTOC/COP/2033/7).",
    ],
)
def test_a_participle_right_after_a_symbol_gives_that_document_alone_its_mandate(sentence: str, registry: BodyRegistry) -> None:
    mandated = facts(COP_NOTE + f"1. {sentence}\n", registry, "pursuantTo")
    assert (DocumentRef(symbols=("CTOC/COP/2033/8",)), res(1)) in mandated
    assert (DocumentRef(symbols=("CTOC/COP/2033/7",)), res(1)) not in mandated


@pytest.mark.parametrize("participle", ["submitted", "transmitted", "prepared", "issued"])
@pytest.mark.parametrize("subject", ["The present report is", "The present note is", "This report is"])
def test_the_document_itself_sent_under_a_mandate(participle: str, subject: str, registry: BodyRegistry) -> None:
    """A letter or a note says how it reached the body: "The present report is transmitted pursuant
    to resolution 15/2" gives the document its mandate as "submitted pursuant to" does."""
    text = COP_NOTE + f"1. {subject} {participle} pursuant to resolution 15/2.\n"
    assert own_mandates(text, registry) == {res(2)}
