"""Numbers E248 left (E258):

- "Related decisions" / "2031/17: Title" one a line under a heading that names the kind and no issuer:
  a colon closes the number as a dash does; the issuer is the one a bare number has in the document
  (its body), and "Related documents" after the last row is the next list's heading, not the row's
  title (`related_lists._BARE_ITEM`, `clean._NEXT_RELATED_HEADING`).

(A Roman session glued to its number, "resolution 2150(XXI)", stays unread by default here:
`test_roman_bracketed_sessions_by_default.py` keeps it a near miss; branch e258-glued-roman reads it.)

Near misses: a sentence after the colon, a stop closing the number under a heading
that names no issuer (E248's weight), a heading of no kind ("Background"), a title wrapped onto a line
of its own. Sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from tests.extract.test_related_lists import BODIES, DECISION


@pytest.fixture
def registry(tmp_path: Path) -> BodyRegistry:
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _titles(text: str, registry: BodyRegistry) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in extract(text, source_key="doc", registry=registry).facts if f.relation == "title"}


@pytest.mark.parametrize(
    "lists",
    [
        "Related decisions\n2031/17: Kelp strategic plan, 2030–2033: midterm review\n2029/7: Joint approach to cost recovery\n"
        "Related documents\nKF/2031/4 – Report on kelp",
        "Related decisions\n\n2031/17: Kelp strategic plan, 2030–2033: midterm review\n\n2029/7: Joint approach to cost recovery",
        "Decisions referred to\n2031/17: Kelp strategic plan, 2030–2033: midterm review\n2029/7: Joint approach to cost recovery",
    ],
)
def test_numbers_closed_by_a_colon_under_a_heading_of_their_kind(registry: BodyRegistry, lists: str) -> None:
    found = _titles(DECISION.format(lists=lists), registry)
    assert (InstrumentRef("kelp-board", "decision", "2031", "17"), "Kelp strategic plan, 2030–2033: midterm review") in found
    assert (InstrumentRef("kelp-board", "decision", "2029", "7"), "Joint approach to cost recovery") in found


@pytest.mark.parametrize(
    "lists",
    [
        "Related decisions\n2031/17: The Board adopted it without a vote.\n2029/7: See the annex.",
        "Related decisions\n2031/17. Kelp strategic plan\n2029/7. Joint approach to cost recovery",
        "Background\n2031/17: Kelp strategic plan\n2029/7: Joint approach to cost recovery",
    ],
)
def test_no_item_closed_by_a_colon(registry: BodyRegistry, lists: str) -> None:
    found = _titles(DECISION.format(lists=lists), registry)
    assert not [s for s, _ in found if isinstance(s, InstrumentRef) and s.number in ("17", "7")]


def test_a_wrapped_title_stays_one(registry: BodyRegistry) -> None:
    lists = "Related decisions\n2031/17: Kelp strategic plan for the\nPacific Islands\n2029/7: Joint approach to cost recovery"
    found = _titles(DECISION.format(lists=lists), registry)
    assert not [t for s, t in found if isinstance(s, InstrumentRef) and s.number == "17" and t == "Kelp strategic plan for the"]
