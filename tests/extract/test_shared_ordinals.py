"""One ordinal grammar for extraction and for the look-up of what a user types."""

from __future__ import annotations

import pytest

from mandate_graph.graph import resolve
from mandate_graph.graph.ordinals import ordinal_value
from mandate_graph.loaders.extract import ordinals as extraction_ordinals


@pytest.mark.parametrize(
    "text, value",
    [("the twenty-first session of the Conference", 21), ("thirty-third meeting of the Working Group", 33),
     ("11th meeting of the Working Group on Firearms", 11), ("the eleventh session of the Conference", 11),
     ("hundred and first session of the Assembly", 101), ("4 session of the Commission", 4)],
)
def test_look_up_reads_every_ordinal_extraction_reads(text: str, value: int) -> None:
    m = resolve._GATHERING_OF.match(text)
    assert m is not None
    assert (int(m["ordinal"]) if m["ordinal"].isdigit() else ordinal_value(m["ordinal"])) == value


def test_extraction_uses_the_same_grammar() -> None:
    assert extraction_ordinals.ordinal_value is ordinal_value
    assert extraction_ordinals.ordinal_value("sixty-fifth") == 65
