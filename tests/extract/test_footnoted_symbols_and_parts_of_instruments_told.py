"""A LaTeX footnote set inside a sentence keeps a space before its text, so the symbol it holds
("procedure\\footnote{\\symbol{E/CN.21/2031/3}.}") is read as one, and a participle after the
footnote's full stop ("..., prepared pursuant to resolution 10/2, and the joint note (Y)") is that
document's alone. "In the preamble of that resolution, the Commission recalled X" is a citation by
the resolution named before; "called for the Working Group on Early Warning (WGEW) to review" asks
that body, its abbreviation in brackets between. Rules from the spent held-out set x65-x69 (E56)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(("source", "expected"), [
    ("on the simplified procedure\\footnote{\\symbol{E/CN.21/2031/3}.}, prepared", "on the simplified procedure E/CN.21/2031/3., prepared"),
    ("a report\\footnote[2]{See E/CN.21/2031/4.} was issued", "a report See E/CN.21/2031/4. was issued"),
])
def test_a_footnote_keeps_a_space_before_its_text(source: str, expected: str) -> None:
    text = "\\documentclass{article}\n\\begin{document}\n\\section{Work}\n\\emph{x} \\textbf{y}\n" + source + "\n\\end{document}\n"
    fixed, _ = unwrap_export(text)
    assert expected in " ".join(fixed.split())


def test_the_participle_after_a_footnoted_symbol_is_its_own() -> None:
    sentence = (
        "The Commission had before it the note by the secretariat on the simplified procedure E/CN.21/2031/3., prepared "
        "pursuant to resolution 10/2, and the joint note by the secretariats on joint comments (E/CN.21/2031/5)."
    )
    mandated = facts(in_note(sentence), "pursuantTo")
    assert ("E/CN.21/2031/3", "ccr/res/10/2") in mandated
    assert ("E/CN.21/2031/5", "ccr/res/10/2") not in mandated


@pytest.mark.parametrize("second", [
    "In the preamble of that resolution, the Commission recalled its resolution 7/2 on coastal data.",
    "In the preamble of the same resolution, the Commission recalled its resolution 7/2 on coastal data.",
])
def test_the_preamble_of_the_instrument_named_before(second: str) -> None:
    text = in_note(f"By its resolution 11/4, the Commission decided to review the guidelines. {second}")
    assert ("ccr/res/11/4", "ccr/res/7/2") in facts(text, "cites")


@pytest.mark.parametrize(("sentence", "asked"), [
    ("The Commission, in its resolution 10/3, called for the Working Group on Early Warning Systems (WGEW) to review the templates.", "ccr/wg-early-warning"),
    ("The Commission, in its resolution 10/3, called for the Bureau to review the templates.", "ccr/bureau"),
])
def test_called_for_a_body_to_act(sentence: str, asked: str) -> None:
    assert ("ccr/res/10/3", asked) in facts(in_note(sentence), "requests")


def test_called_for_a_thing_asks_no_body() -> None:
    text = in_note("The Commission, in its resolution 10/3, called for the strengthening of the Bureau (WGEW) and its work.")
    assert not facts(text, "requests")
