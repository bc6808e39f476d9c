"""A word processor's comments in a plain-text download (Google Docs): the lettered anchors in
the text ("session[a]") and the threads after the last rule of underscores go; nothing goes
where the letters are not such anchors (`loaders/extract/plain_layouts.py`). Invented text."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.plain_layouts import normalise_layout

DRAFT = (
    "Report of the Harbour Council on its twelfth session[a]\n\n\n"
    "1. Requests the secretariat to prepare a study on port fees by 1 May 2031;[b]\n\n\n"
    "2. Invites the Shipping Forum[c] to contribute to the study.\n\n\n"
    "{rule}\n"
    "[a]Maria Lopez: keep the session number in the heading?\n"
    "_Marked as resolved_\n"
    "[b]J. Okafor: the date was moved to June.\n"
    "_Reopened_\n"
    "[c]Maria Lopez: fine by me.\n"
)


@pytest.mark.parametrize("rule", ["________________", "    ____________________________"])
def test_anchors_and_threads_go(rule: str) -> None:
    text = DRAFT.format(rule=rule)
    fixed, offsets = normalise_layout(text)
    assert "[a]" not in fixed and "[b]" not in fixed
    assert "Maria Lopez" not in fixed and "Reopened" not in fixed
    assert "on its twelfth session\n" in fixed and "1 May 2031;\n" in fixed
    assert offsets is not None
    cleaned = clean(text)
    at = cleaned.text.index("Invites")
    assert text[cleaned.offsets[at] : cleaned.offsets[at] + 7] == "Invites"


@pytest.mark.parametrize(
    "text",
    [
        # list items lettered in the text, no rule: nothing is a comment
        "The Council decided:\n\n[a] to meet in May;\n\n[b] to report in June.\n",
        # a rule with threads whose anchors are not in the text
        "Text of the report.\n\n________________\n[a]Note one.\n[b]Note two.\n",
        # a signature line of underscores, one lettered line after it
        "Signed at Geneva[a]\n\n________________\n[a]Chair\n",
    ],
)
def test_lettered_brackets_that_are_no_comments_stay(text: str) -> None:
    fixed, _ = normalise_layout(text)
    assert fixed.count("[a]") == text.count("[a]")
