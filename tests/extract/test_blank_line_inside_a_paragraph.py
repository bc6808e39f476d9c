"""A re-flowing tool (pdftotext -layout, lynx, html2text of a PDF's text) may set a blank line
inside a paragraph, after its first page's footer (L5): the paragraph's first part ends on a word
that certainly goes on ("for", "the", "of"), the rest follows the blank line in capitals or
figures. Read as one paragraph. Invented text and bodies."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean


def _texts(text: str) -> list[str]:
    cleaned = clean(text)
    return [cleaned.text[b.start : b.end] for b in cleaned.blocks]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "      4.    The Secretary recalled that, in its resolution 31/7 on the Office of\n"
            "    the\n\n"
            "    United Nations Regional Centre for Disaster Reduction, the Council had\n"
            "    requested a report.\n",
            "Office of the United Nations Regional Centre",
        ),
        (
            "      7.    The Board had before it the proposed budget for the biennium and funding for\n\n"
            "    2034 and 2035 (ABC/12/CRP.3), which it approved without amendment.\n",
            "funding for 2034 and 2035 (ABC/12/CRP.3)",
        ),
    ],
)
def test_paragraph_runs_on_across_a_blank_line(text: str, joined: str) -> None:
    assert any(joined in t for t in _texts(text))


def test_short_heading_or_finished_paragraph_stays_apart() -> None:
    # near misses: a short heading ending on "of", a paragraph ending on a stop
    text = (
        "Report of\n\n"
        "Members of the Bureau were elected by acclamation at the opening meeting.\n\n"
        "The Board adopted its agenda without amendment and approved the report.\n\n"
        "2034 and 2035 were set as the years of the next review.\n"
    )
    texts = _texts(text)
    assert "Report of" in texts
    assert "2034 and 2035 were set as the years of the next review." in texts
