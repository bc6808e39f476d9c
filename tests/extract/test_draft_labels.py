"""A negotiated text exported from Word: each paragraph labelled PP1, PP2 ... (preamble) and
OP1, OP2 ... (operative part), a tab after the label, notes on how a paragraph moved
("[formerly OP3]", "[new]", "[as orally revised]") and placeholders for dropped paragraphs
("PP4 [deleted]"); a body numbering by year heads the text with "2031/12.<tab>Title".

The texts are invented, of other bodies and numbers than any test set's, so that the rule
reads the layout, not a sentence seen before.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.layout import untabbed
from mandate_graph.loaders.extract.segment import segment
from tests.support.extraction import BASE, facts


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PP1\tRecalling its resolution 61/4,", "PP1 Recalling its resolution 61/4,"),
        ("OP2 [formerly OP3]\tDecides to act;", "OP2 [formerly OP3] Decides to act;"),
        ("OP10 [formerly OP9, as orally revised]\tCalls upon", "OP10 [formerly OP9, as orally revised] Calls upon"),
        ("2031/12.\tDrug policy and health", "2031/12. Drug policy and health"),
    ],
)
def test_a_draft_label_and_its_tab_read_as_a_labelled_line(line: str, expected: str) -> None:
    assert untabbed(line) == expected
    assert len(untabbed(line)) == len(line)


@pytest.mark.parametrize("row", ["OP1\tRequests the Secretariat\t12", "OPEC\tVienna", "PP\tpolypropylene\t3"])
def test_cells_after_a_label_or_no_label_keep_the_row_a_table(row: str) -> None:
    assert untabbed(row) == row


def _parts(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.label, p.part, p.text) for p in segment(clean(text)) if p.instrument]


def test_draft_labels_are_the_labels_of_preambular_and_operative_paragraphs() -> None:
    text = (
        "Resolution adopted by the Economic and Social Council on 2 July 2031\n\n"
        "2031/12.\tDrug policy and health\n\n"
        "The Economic and Social Council,\n\n"
        "PP1\tRecalling its resolution 2029/3,\n\n"
        "PP2 [deleted]\n\n"
        "PP3 [new]\tNoting the work of the Commission on Narcotic Drugs,\n\n"
        "OP1 [formerly OP2]\tRequests the Secretary-General to report;\n\n"
        "OP2 [deleted]\n\n"
        "OP3\tDecides to remain seized of the matter.\n"
    )
    assert _parts(text) == [
        (None, "title", "2031/12. Drug policy and health"),
        (None, "preamble", "The Economic and Social Council,"),
        ("PP1", "preamble", "Recalling its resolution 2029/3,"),
        ("PP2", "preamble", ""),
        ("PP3", "preamble", "Noting the work of the Commission on Narcotic Drugs,"),
        ("OP1", "operative", "Requests the Secretary-General to report;"),
        ("OP2", "operative", ""),
        ("OP3", "operative", "Decides to remain seized of the matter."),
    ]


def test_a_tracked_resolution_yields_its_facts(registry: BodyRegistry) -> None:
    text = (
        "United Nations\tE/RES/2031/12\n\nEconomic and Social Council\tDistr.: General\n\t9 July 2031\n\n"
        "Resolution adopted by the Economic and Social Council on 2 July 2031\n\n"
        "2031/12.\tDrug policy and health\n\n"
        "The Economic and Social Council,\n\n"
        "PP1\tRecalling its resolution 2029/3 of 20 July 2029 and General Assembly resolution 84/17,\n\n"
        "PP2 [deleted]\n\n"
        "OP1 [formerly OP2]\tRequests the United Nations Office on Drugs and Crime to report to the "
        "Commission on Narcotic Drugs;\n\n"
        "OP2 [new, as orally revised]\tInvites the Commission on Crime Prevention and Criminal Justice "
        "to consider the matter;\n"
    )
    own = InstrumentRef("ecosoc", "resolution", "2031", "12")
    assert facts(text, registry, "cites") == {
        (own, InstrumentRef("ecosoc", "resolution", "2029", "3")),
        (own, InstrumentRef("ga", "resolution", "84", "17")),
    }
    assert facts(text, registry, "requests") == {(own, BodyRef("unodc"))}
    assert facts(text, registry, "invites") == {(own, BodyRef("ecosoc/ccpcj"))}
    assert (own, "Drug policy and health") in facts(text, registry, "title")


def test_a_label_word_inside_a_sentence_is_no_label() -> None:
    text = (
        "Resolution adopted by the Economic and Social Council on 2 July 2031\n\n"
        "2031/12.\tDrug policy and health\n\n"
        "The Economic and Social Council,\n\n"
        "Recalling that OP1 of its resolution 2029/3 requested a report,\n\n"
        "1.\tRequests the Secretary-General to report;\n"
    )
    assert [label for label, _, _ in _parts(text)] == [None, None, None, "1"]
