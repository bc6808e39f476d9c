"""A document named in passing under two symbols at once ("Taking note also of the report of the
Secretary-General (A/82/64–E/2027/48)", "the joint synthesis (DP/FPA/2027/5-E/ICEF/2027/13)") is one
document known under both, though the text tells no fact of it: the extraction keeps it
(`Extraction.joint_documents`) and the document's graph says the two symbols are one
(`owl:sameAs`). Two documents named side by side ("X and Y", a list of one symbol a line) stay two."""

from __future__ import annotations

import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.model import DocumentRef
from mandate_graph.loaders.emit import Emitter
from mandate_graph.loaders.extract import extract

from .phrasing import registry

SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
RESOLUTION_HEAD = (
    "Economic and Social Council resolution 2031/12\n\n"
    "The Economic and Social Council,\n\n"
)


def _joint(text: str) -> list[tuple[str, ...]]:
    return [ref.symbols for ref in extract(text, source_key="test", registry=registry()).joint_documents]


@pytest.mark.parametrize(
    "sentence, symbols",
    [
        ("Taking note also of the report of the Secretary-General on progress in coastal data (A/86/71–E/2031/52),",
         ("A/86/71", "E/2031/52")),
        ("Welcoming the joint synthesis of evaluations by two funds (DP/FPA/2031/4-E/ICEF/2031/19) and the comments made,",
         ("DP/FPA/2031/4", "E/ICEF/2031/19")),
        ("Having before it the note by the Secretariat, E/CN.21/2031/7 — A/AC.290/2031/3, on the review,",
         ("E/CN.21/2031/7", "A/AC.290/2031/3")),
        ("Recalling the annual report (E/2031/9, also issued as E/CN.21/2031/11),",
         ("E/2031/9", "E/CN.21/2031/11")),
    ],
)
def test_a_document_named_under_two_symbols_is_kept_with_both(sentence: str, symbols: tuple[str, ...]) -> None:
    assert symbols in _joint(RESOLUTION_HEAD + sentence + "\n\n1. Requests the Commission on Coastal Resilience to report.\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Taking note of the reports A/86/71 and E/2031/52,",
        "Taking note of the report (A/86/71), as well as of the note (E/2031/52),",
    ],
)
def test_two_documents_named_side_by_side_stay_two(sentence: str) -> None:
    assert _joint(RESOLUTION_HEAD + sentence + "\n\n1. Requests the Commission on Coastal Resilience to report.\n") == []


def test_the_documents_graph_says_the_two_symbols_are_one_document() -> None:
    text = RESOLUTION_HEAD + (
        "Taking note also of the report of the Secretary-General on progress in coastal data (A/86/71–E/2031/52),\n\n"
        "1. Requests the Commission on Coastal Resilience to report.\n"
    )
    extraction = extract(text, source_key="test", registry=registry())
    ids = Identifiers("https://example.org/id/")
    emitter = Emitter(ids, registry())
    lines = emitter.lines(extraction, "test", "test.txt", "0" * 64)
    joint = emitter.node(DocumentRef(symbols=("A/86/71", "E/2031/52")))
    second = emitter.node(DocumentRef(symbols=("E/2031/52",)))
    assert f"{second} {SAME_AS} {joint} .\n" in lines
