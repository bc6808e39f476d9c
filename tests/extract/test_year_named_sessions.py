"""A session named by its place in a year ("second regular session 2027", "the first regular
session of 2028", as executive boards of funds and programmes name theirs) is not the body's
second or first session: no numbered session is read from it. An ordinal session without a year
still is."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import find_gatherings


@pytest.mark.parametrize(
    "text",
    [
        "to report to the Board at its second regular session 2027.",
        "at the first regular session of 2028, the Board will consider it",
        "Third regular session 2026",
        "the annual session 2027 and the second regular sessions 2027 and 2028",
    ],
)
def test_a_session_named_by_its_year_has_no_number(text: str) -> None:
    assert find_gatherings(text, []) == []


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("to report to the Commission at its sixty-second session.", 62),
        ("at its second regular session, held in 2027,", 2),
        ("at its seventieth (2026) regular session", 70),
    ],
)
def test_an_ordinal_session_keeps_its_number(text: str, ordinal: int) -> None:
    found = find_gatherings(text, [])
    assert [g.ordinals for g in found] == [[ordinal]]


def test_a_masthead_session_named_by_its_year_gives_no_session_fact() -> None:
    text = (
        "Commission on the Status of Women\nSecond regular session 2031\nNew York, 3–7 March 2031\n\n"
        "Decision 2031/104\n\nWorking methods\n\nThe Commission on the Status of Women,\n\n"
        "1. Requests the Secretary-General to report to the Commission at its first regular session of 2032.\n"
    )
    e = extract(text, source_key="page", registry=load_registry(DEFAULT_BASE_IRI))
    assert not any(isinstance(f.subject, GatheringRef) or isinstance(f.object, GatheringRef) for f in e.facts)
