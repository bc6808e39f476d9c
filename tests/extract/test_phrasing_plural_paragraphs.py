"""Several paragraphs of one instrument as the subject of a plural present verb, in a note: "Paragraphs
3 and 4 of resolution 12/1 encourage the Bureau to ...", "Paragraphs 3 to 5 of ... invite",
"notes that paragraphs 2, 3 and 7 of ... request", "... (2031) also request". The same as a
singular paragraph's verb ("Paragraph 5 of resolution 12/1 encourages"); not several instruments
("paragraphs 3 and 4 of resolutions 12/1 and 12/2 request": whose is which is not told), nor a
bare verb after any number ("The 12 members request", "In 2031 request")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

ASKED = ("requests", "encourages", "invites")


def asked(paragraph: str) -> set[tuple[str, str]]:
    text = in_note(paragraph)
    return set().union(*(facts(text, relation) for relation in ASKED))


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Paragraphs 3 and 4 of resolution 12/1 encourage the Bureau to review the guidelines.", ("ccr/res/12/1", "ccr/bureau")),
    ("Paragraphs 3 and 4 of resolution 12/1 request the secretariat to report on progress.", ("ccr/res/12/1", "ccr/secretariat")),
    ("Paragraphs 3 to 5 of resolution 11/2 invite the Bureau to consider the matter.", ("ccr/res/11/2", "ccr/bureau")),
    ("Paragraphs 2, 3 and 7 of Commission resolution 11/2 urge the Bureau to act.", ("ccr/res/11/2", "ccr/bureau")),
    ("Operative paragraphs 3 and 4 of resolution 12/1 also request the Executive Secretary to report.", ("ccr/res/12/1", "ccr/executive-secretary")),
    ("Paragraphs 3 and 4 of resolution 12/1 further encourage the Bureau to act.", ("ccr/res/12/1", "ccr/bureau")),
    ("The Commission will recall that paragraphs 3 and 4 of resolution 12/1 request the secretariat to report.", ("ccr/res/12/1", "ccr/secretariat")),
    ("Paragraph 5 of resolution 12/1 encourages the Bureau to review the guidelines.", ("ccr/res/12/1", "ccr/bureau")),
])
def test_several_paragraphs_speak_in_the_plural(paragraph: str, expected: tuple[str, str]) -> None:
    assert expected in asked(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Paragraphs 3 and 4 of resolutions 12/1 and 12/2 request the secretariat to report.",
    "Resolutions 12/1 and 12/2 request the secretariat to report.",
    "The States that adopted resolution 12/1 request the secretariat to report.",
    "In 2031 request the Bureau to act.",
    "The 12 members request the Bureau to act.",
    "As of 2031 request forms reach the secretariat through the Bureau.",
    "The delegations that cited paragraph 3 of resolution 12/1 request the Bureau to act.",
])
def test_no_plural_paragraphs_no_instrument_speaks(paragraph: str) -> None:
    assert not asked(paragraph)
