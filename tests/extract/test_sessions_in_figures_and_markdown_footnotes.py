"""A body's sessions numbered in figures where the body is not named right before "at its":
"At its 126th Session, the Council adopted decision ..." (the subject follows) and "The Council
considered ... at its 127th Session, held from ..." (the sentence's subject, no other body
between); and Markdown footnotes ("...Session.[^1]" and "[^1]: The note"), whose marker leaves no
text and whose label makes the line a footnote.

Invented sentences on the phrasing body (tests/data/phrasing.ttl: the Commission holds sessions,
the Working Group meetings); negatives: "of its 98th session" in a recital, a sitting ("its 8th
meeting") of a body that holds sessions, two bodies before "at its".
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from tests.extract.phrasing import facts, in_note

NAMED = [
    ("At its 11th session, the Commission on Coastal Resilience adopted resolution 11/2.", "ccr#11"),
    ("At its 11th Session, held in Geneva from 3 to 5 May 2030, the Commission on Coastal Resilience decided to act.", "ccr#11"),
    ("The Commission on Coastal Resilience considered an advance version of the study at its 11th session, held from 7 to 10 October 2030.", "ccr#11"),
    ("During its 4th meeting, the Working Group on Early Warning Systems adopted its report.", "ccr/wg-early-warning#4"),
]


@pytest.mark.parametrize("sentence, gathering", NAMED)
def test_a_session_in_figures_of_the_sentences_subject(sentence: str, gathering: str) -> None:
    body = gathering.split("#")[0]
    assert (gathering, body) in facts(in_note(sentence), "meetingOf")


def test_its_dates_and_what_it_adopted() -> None:
    text = in_note(
        "The Commission on Coastal Resilience considered an advance version of the study at its 11th session, held from 7 to 10 October 2030.",
        "At its 11th session, the Commission on Coastal Resilience adopted resolution 11/2.",
    )
    assert ("ccr#11", "2030-10-07/2030-10-10") in facts(text, "heldOn")
    assert ("ccr/res/11/2", "ccr#11") in facts(text, "adoptedAt")


NOT_NAMED = [
    # a recital: "of its", not "at its"
    "The Commission on Coastal Resilience recalled resolution 9/4 of its 98th session.",
    # a sitting of a body that holds sessions
    "At its 8th meeting, the Commission on Coastal Resilience adopted the agenda.",
    # two bodies before "at its": whose session it is the sentence does not say
    "The Commission on Coastal Resilience and the Working Group on Early Warning Systems met at its 40th session.",
]


@pytest.mark.parametrize("sentence", NOT_NAMED)
def test_no_session_in_figures(sentence: str) -> None:
    found = facts(in_note(sentence), "meetingOf")
    assert not any(g in ("ccr#98", "ccr#8", "ccr#40") for g, _ in found)


@pytest.mark.parametrize(
    "markdown",
    [
        "1. This note was circulated to the Commission at its 12th session.[^1]\n\n[^1]: The Commission considered an advance version.\n",
        "1. This note was circulated to the Commission at its 12th session.[^note]\n\n[^note]: The Commission considered an advance version.\n",
    ],
)
def test_markdown_footnotes(markdown: str) -> None:
    cleaned = clean(markdown)
    texts = [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]
    assert ("footnote", "The Commission considered an advance version.") in texts
    assert not any("[^" in t for _, t in texts)
