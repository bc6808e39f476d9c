"""cites: the preambular phrases of the Editorial Manual ("Recalling", "Reaffirming", "Bearing in
mind", "Guided by", "Taking note of", "Further recalling", "in particular its decision ..."),
lists and ranges of numbers, other issuers; and what cites nothing ("and all its subsequent
resolutions on the subject", an instrument named in a document's title)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

CITED = [
    ("Recalling its resolution 10/2 of 12 March 2029,", {"ccr/res/10/2"}),
    ("Reaffirming its resolution 10/2,", {"ccr/res/10/2"}),
    ("Bearing in mind its resolution 10/2 on early warning,", {"ccr/res/10/2"}),
    ("Guided by its resolution 10/2,", {"ccr/res/10/2"}),
    ("Taking note of its decision 11/101,", {"ccr/dec/11/101"}),
    ("Further recalling its resolution 10/2,", {"ccr/res/10/2"}),
    ("Recalling its previous resolutions on the subject, in particular its resolution 10/2,", {"ccr/res/10/2"}),
    ("Recalling its resolutions 7/1, 8/2 and 9/3,", {"ccr/res/7/1", "ccr/res/8/2", "ccr/res/9/3"}),
    ("Recalling its decisions 11/101 to 11/103,", {"ccr/dec/11/101", "ccr/dec/11/102", "ccr/dec/11/103"}),
    ("Recalling Economic and Social Council resolution 2030/7 of 24 July 2030,", {"ecosoc/res/2030/7"}),
    ("Reaffirming its resolution 9/1 and all its subsequent resolutions on the subject,", {"ccr/res/9/1"}),
    ("Recalling also its resolution 10/2,", {"ccr/res/10/2"}),
    ("Noting with appreciation its resolution 10/2,", {"ccr/res/10/2"}),
    ("Having regard to its resolution 10/2,", {"ccr/res/10/2"}),
    ("Welcoming the implementation of its resolution 10/2,", {"ccr/res/10/2"}),
    ("Recalling its resolution 10/2, in which it requested the Executive Secretary to report,", {"ccr/res/10/2"}),
    ("Recalling General Assembly resolution 80/141 of 17 December 2025,", {"ga/res/80/141"}),
]


@pytest.mark.parametrize("paragraph, cited", CITED)
def test_cites(paragraph: str, cited: set[str]) -> None:
    found = {o for s, o in facts(in_resolution(paragraph), "cites") if s == RESOLUTION}
    assert cited <= found


def test_subsequent_resolutions_name_no_instrument() -> None:
    found = {o for s, o in facts(in_resolution("Reaffirming its resolution 9/1 and all its subsequent resolutions on the subject,"), "cites")}
    assert found == {"ccr/res/9/1"}


def test_a_narrative_before_the_instrument_cites_nothing() -> None:
    text = in_resolution("1. Requests the Executive Secretary to report on the implementation of the present resolution;")
    assert not facts(text, "cites")
