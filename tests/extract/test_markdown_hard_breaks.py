"""Markdown from pandoc ends a line broken inside a Word paragraph with a backslash
("**HUMAN RIGHTS COUNCIL**\\"): the line ends there, the backslash is no text, and the next
line is an item of its own (a masthead's session line, the agenda item under an adoption line)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


DOCUMENT = (
    "**HUMAN RIGHTS COUNCIL**\\\nFifty-eighth session\\\nAgenda item 3\n\n"
    "**Resolution 58/3**\n\n**Adopted on 4 April 2025**\\\n(Agenda item 3)\n\n"
    "**Access to justice for all**\n\nThe Human Rights Council,\n\nRecalling its earlier work,\n\n"
    "1. Requests the Secretary-General to report to the Council at its 60th session.\n"
)


def test_each_broken_line_is_an_item_without_its_backslash() -> None:
    texts = [p.text for p in segment(clean(DOCUMENT))]
    assert texts[:3] == ["HUMAN RIGHTS COUNCIL", "Fifty-eighth session", "Agenda item 3"]
    assert not any(t.endswith("\\") for t in texts)


@pytest.mark.parametrize(
    "line",
    [
        "C:\\\\Users\\\\folder\\\\\\\\",  # an escaped backslash at the end: text, no break
        "a path C:\\temp\\file here",  # backslashes inside a line
    ],
)
def test_a_backslash_that_is_no_break_stays(line: str) -> None:
    texts = [p.text for p in segment(clean(f"The report says that\n{line}\nnext words.\n"))]
    assert any("next words" in t and "\\" in t for t in texts)  # one paragraph, backslashes kept


def test_the_masthead_session_and_a_later_one_are_read(registry: BodyRegistry) -> None:
    facts = {(f.subject, f.relation, f.object) for f in extract(DOCUMENT, source_key="doc", registry=registry).facts}
    own = InstrumentRef("hrc", "resolution", "58", "3")
    assert (own, "adoptedAt", GatheringRef("hrc", "session", 58)) in facts
    assert (own, "title", "Access to justice for all") in facts
    # a later session of the body whose session the document is of: a session, not a sitting
    assert (GatheringRef("hrc", "session", 60), "meetingOf", BodyRef("hrc")) in facts


@pytest.mark.parametrize(
    "line",
    ["WORLD HEALTH ASSEMBLY\\", "ASSEMBLY\\ \t", "a\\\\", "escaped \\\\  ", "x\\ y", "\\", "plain line", "ends\\\u00a0"],
)
def test_only_a_line_ending_in_a_backslash_is_searched_for_a_hard_break(line: str) -> None:
    # clean._lines searches for the break only in lines whose text ends with a backslash
    from mandate_graph.loaders.extract.clean import _HARD_BREAK

    if _HARD_BREAK.search(line) is not None:
        assert line.rstrip().endswith("\\")
