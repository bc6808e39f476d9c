"""Whose is "decision 627 (LXXIII)" or "resolution 3376 (XXX)" when a user has loaded the reference
files of many bodies (the unseen set's ~150), several of which number their instruments "{number}
({session})": the body the text names, or, when it names none of them, the default reading
(the General Assembly numbered its resolutions so until 1976) — not a regional commission the
document never names, whose organisation a mention of the Economic and Social Council shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.support.extraction import BASE

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE, sorted(UNSEEN.glob("*.ttl")))


def mentioned(text: str, registry: BodyRegistry) -> set[InstrumentRef]:
    facts = extract(text, source_key="t", registry=registry).facts
    return {f.object for f in facts if f.relation == "mentions" and isinstance(f.object, InstrumentRef)}


BOARD_REPORT = (
    "United Nations TD/B/C.II/ISAR/{n}\n\nTrade and Development Board\nInvestment, Enterprise and Development Commission\n"
    "Intergovernmental Working Group of Experts on International Standards of Accounting and Reporting\n\n"
    "Report of the Intergovernmental Working Group of Experts on International Standards of Accounting and "
    "Reporting on its {ordinal} session\n\n"
    "1. The Economic and Social Council, in its resolution 2031/4, took note of the work of the Group.\n\n"
    "2. {sentence}\n"
)


@pytest.mark.parametrize(
    "sentence, session, number",
    [
        ("At its seventy-third session, the Trade and Development Board adopted decision 627 (LXXIII) of 6 July 2026.", "73", "627"),
        ("By its decision 641 (LXXVIII), the Trade and Development Board set up a consultative group.", "78", "641"),
        ("The Board, in decision 598 (LXX), asked the Group to report to it.", "70", "598"),
    ],
)
def test_a_decision_of_the_board_the_text_names_is_the_boards(sentence: str, session: str, number: str, registry: BodyRegistry) -> None:
    text = BOARD_REPORT.format(n="117", ordinal="forty-ninth", sentence=sentence)
    refs = mentioned(text, registry)
    assert InstrumentRef("unctad/tdb", "decision", session, number) in refs, refs
    assert not any(r.issuer == "escwa" for r in refs)


COMMITTEE_NOTE = (
    "United Nations A/AC.183/2032/{n}\n\nGeneral Assembly\n\n"
    "Committee on the Exercise of the Inalienable Rights of the Palestinian People\n\n"
    "Note by the Secretariat\n\n"
    "1. The Economic and Social Council and the General Assembly have both addressed the question. {sentence}\n"
)


@pytest.mark.parametrize(
    "sentence, session, number",
    [
        ("The Committee was established by the General Assembly in resolution 3376 (XXX) of 10 November 1975.", "30", "3376"),
        ("The Assembly endorsed its recommendations in resolution 31/20 and, earlier, in resolution 3375 (XXX).", "30", "3375"),
    ],
)
def test_an_old_assembly_resolution_is_not_a_commission_the_text_never_names(
    sentence: str, session: str, number: str, registry: BodyRegistry
) -> None:
    refs = mentioned(COMMITTEE_NOTE.format(n="2", sentence=sentence), registry)
    assert InstrumentRef("ga", "resolution", session, number) in refs, refs
    assert not any(r.issuer == "escwa" for r in refs)


def test_the_commission_named_keeps_its_own_numbers(registry: BodyRegistry) -> None:
    text = (
        "United Nations E/ESCWA/37/3\n\nEconomic and Social Council\n\n"
        "Economic and Social Commission for Western Asia\nThirty-seventh session\n\n"
        "Report on the implementation of resolutions\n\n"
        "1. By its resolution 362 (XXXVI), the Commission established a committee on digital government.\n"
    )
    assert InstrumentRef("escwa", "resolution", "36", "362") in mentioned(text, registry)
