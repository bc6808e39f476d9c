"""A decision written as one sentence, its recital first ("The Committee, recalling General
Assembly resolution 68/268 of 9 April 2014 on X, endorses ..."): the cited resolution's title
ends where the sentence's main verb begins, and the clauses after it are the decision's."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.titles import title_after

VERBS = ["endorses", "decides", "requests", "invites", "urges", "welcomes", "approves", "also requests", "takes note", "calls upon"]


@pytest.mark.parametrize("verb", VERBS)
def test_the_title_ends_at_the_main_verb(verb: str) -> None:
    text = f"resolution 31/7 of 2 May 2029 on coastal data and early warning, {verb} the report of the Bureau"
    found = title_after(text, len("resolution 31/7 of 2 May 2029"))
    assert found is not None and found.title == "coastal data and early warning"


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        # a verb inside the title, not after a comma, ends nothing
        (" on requests for assistance and the mechanism.", "requests for assistance and the mechanism"),
        (" on the Bureau's proposals, rules and notes on procedure.", "the Bureau's proposals, rules and notes on procedure"),
    ],
)
def test_no_verb_no_end(tail: str, title: str) -> None:
    found = title_after("resolution 31/7" + tail, len("resolution 31/7"))
    assert found is not None and found.title == title
