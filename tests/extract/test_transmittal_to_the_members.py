"""A cover note's mandate set off after the receiver (E295): "The Secretary-General has the honour to
transmit to the members of the General Assembly, pursuant to Assembly resolution 47/211 of 23
December 1992, the concise summary of …" — the note is issued pursuant to the instrument, as when
the mandate stands right after the verb (E220). The receiver may be "the members of" a body, and a
body whose name joins words with "and" (the Economic and Social Council).

Near misses: an instrument named after the thing, not as the note's mandate ("noting resolution
…"), a request told of the thing in a relative clause. Sentences are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, shipped_registry, stated

_NOTE = SG_REPORT.replace("Report of the Secretary-General", "Note by the Secretary-General")


def _mandates(sentence: str) -> set[str]:
    extraction = extract(_NOTE.format(s=sentence), source_key="test", registry=shipped_registry())
    return {o for r, s, o in stated(extraction) if r == "pursuantTo" and s == "A/79/400"}


@pytest.mark.parametrize(
    ("sentence", "mandate"),
    [
        (
            "The Secretary-General has the honour to transmit to the members of the General Assembly, pursuant to Assembly "
            "resolution 47/211 of 23 December 1992, the concise summary of the principal findings of the Board of Auditors.",
            "ga/res/47/211",
        ),
        (
            "The Secretary-General has the honour to transmit to the members of the Economic and Social Council, in accordance "
            "with Council resolution 1996/31, the report of the Committee on Non-Governmental Organizations.",
            "ecosoc/res/1996/31",
        ),
        (
            "The Secretary-General has the honour to transmit to the General Assembly, as requested in its resolution 58/269, "
            "the report of the Joint Inspection Unit on its work.",
            "ga/res/58/269",
        ),
    ],
)
def test_mandate_set_off_after_the_receiver(sentence: str, mandate: str) -> None:
    assert _mandates(sentence) == {mandate}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General has the honour to transmit to the members of the General Assembly the concise summary, noting "
        "General Assembly resolution 47/211.",
        "The Secretary-General has the honour to transmit to the members of the General Assembly the report of the Board, "
        "which the Assembly had discussed at the time of its resolution 47/211.",
    ],
)
def test_no_mandate_of_the_note(sentence: str) -> None:
    assert _mandates(sentence) == set()
