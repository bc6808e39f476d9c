"""An adoption told with its gathering right after the subject, no commas (E295): "The Assembly at
its 39th session adopted resolution …", "The Governing Council during its ninth meeting adopted
…" — the instrument was adopted at that gathering, as when the gathering is set off by commas
("The Committee, at its 106th session, adopted …").

Near misses: a gathering after a noun that is no subject of the verb ("The report adopted at its
eleventh session recalled resolution …"), an adoption whose gathering is named nowhere. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    ("sentence", "adopted_at"),
    [
        ("The Commission at its eleventh session adopted resolution 11/3.", {("ccr/res/11/3", "ccr#11")}),
        ("The Commission during its eleventh session adopted resolution 11/3.", {("ccr/res/11/3", "ccr#11")}),
        ("The Commission at its eleventh session also adopted resolution 11/3 on 4 March 2031.", {("ccr/res/11/3", "ccr#11")}),
        ("The Commission at its eleventh session had adopted resolutions 11/3 and 11/4.", {("ccr/res/11/3", "ccr#11"), ("ccr/res/11/4", "ccr#11")}),
    ],
)
def test_gathering_right_after_the_subject(sentence: str, adopted_at: set[tuple[str, str]]) -> None:
    assert facts(in_note(sentence), "adoptedAt") == adopted_at


@pytest.mark.parametrize(
    "sentence",
    [
        "The report adopted at its eleventh session recalled resolution 11/3.",
        "The Commission adopted resolution 11/3, on the strategic plan.",
    ],
)
def test_no_gathering_of_the_adoption(sentence: str) -> None:
    assert facts(in_note(sentence), "adoptedAt") == set()
