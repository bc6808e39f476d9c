""""By its resolution 43/53 of 6 December 1988, the UN General Assembly endorsed ...": the press and
bulletins write an organ with its organisation's abbreviation before it ("the UN General
Assembly", "the United Nations Security Council"); the subject named after the opening phrase is
still the issuer (not the document's own body)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence, instrument", [
    ("By its resolution 43/53 of 6 December 1988, the UN General Assembly endorsed the plan.", "ga/res/43/53"),
    ("In its resolution 77/161, the United Nations General Assembly requested the Commission to report.", "ga/res/77/161"),
    ("By its resolution 43/53 of 6 December 1988, the General Assembly endorsed the plan.", "ga/res/43/53"),
])
def test_the_organ_after_the_opening_is_the_issuer(sentence: str, instrument: str) -> None:
    mentioned = {o for _, o in facts(in_note(sentence), "mentions")}
    assert instrument in mentioned and not any(o.startswith("ccr/res/") for o in mentioned)


def test_a_body_that_is_no_subject_takes_no_instrument() -> None:
    # the UN named as an organisation, no organ after it: the note's own body's resolution
    mentioned = {o for _, o in facts(in_note("By its resolution 12/1, the Commission welcomed the UN report."), "mentions")}
    assert "ccr/res/12/1" in mentioned
