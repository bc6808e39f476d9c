"""submittedTo from a resolution's preamble: "Having considered / examined the report of ...
(X)" in a resolution printed in the report on its issuer's session (chapter I) says X was
before that session, as it does in a decision whose adopting meeting is known; a report the
preamble tells was considered at another session, or that another body considered, is not."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

DOC = "E/CN.21/2031/2"


@pytest.mark.parametrize("paragraph", [
    "Having considered the report of the Executive Secretary on early warning (E/CN.21/2031/2),",
    "Having examined the report of the Executive Secretary on early warning (E/CN.21/2031/2),",
    "Having considered the note by the Secretariat (E/CN.21/2031/2),",
])
def test_before_the_adopting_session(paragraph: str) -> None:
    assert (DOC, "ccr#12") in facts(in_resolution(paragraph), "submittedTo")


@pytest.mark.parametrize("paragraph", [
    "Recalling that it considered the report of the Executive Secretary (E/CN.21/2031/2) at its eleventh session,",
    "Noting that the Committee on Coastal Data considered the report of the Executive Secretary (E/CN.21/2031/2),",
])
def test_considered_elsewhere(paragraph: str) -> None:
    assert (DOC, "ccr#12") not in facts(in_resolution(paragraph), "submittedTo")


@pytest.mark.parametrize("paragraph", [
    "Having also considered the note by the Secretariat (E/CN.21/2031/2),",
    "Having considered the evaluation of the Working Group (E/CN.21/2031/2),",
    "Having considered document E/CN.21/2031/2,",
])
def test_other_words_for_what_was_considered(paragraph: str) -> None:
    assert (DOC, "ccr#12") in facts(in_resolution(paragraph), "submittedTo")
