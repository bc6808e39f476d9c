"""submittedTo from a resolution's preamble printed in capitals, as some governing bodies print
their preambular words (or the whole clause): "HAVING CONSIDERED THE EVALUATION (X),", "HAVING
ALSO EXAMINED the note by the Secretariat (X),". It reads as "Having considered ... (X)" does
(`test_phrasing_considered_at_the_session.py`); other capitalised openings send nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

DOC = "E/CN.21/2031/6"


@pytest.mark.parametrize("paragraph", [
    "HAVING CONSIDERED THE EVALUATION (E/CN.21/2031/6),",
    "HAVING CONSIDERED the report of the Executive Secretary on early warning (E/CN.21/2031/6),",
    "HAVING ALSO EXAMINED the note by the Secretariat (E/CN.21/2031/6),",
    "HAVING CONSIDERED DOCUMENT E/CN.21/2031/6,",
])
def test_capitalised_preamble_considered(paragraph: str) -> None:
    assert (DOC, "ccr#12") in facts(in_resolution(paragraph), "submittedTo")


@pytest.mark.parametrize("paragraph", [
    "HAVING REGARD TO the report of the Executive Secretary (E/CN.21/2031/6),",
    "RECALLING that it considered the report of the Executive Secretary (E/CN.21/2031/6) at its eleventh session,",
    "HAVING CONSIDERED the views of States on the report of the Executive Secretary (see E/CN.21/2031/6, para. 4),",
])
def test_capitalised_opening_sending_nothing(paragraph: str) -> None:
    assert (DOC, "ccr#12") not in facts(in_resolution(paragraph), "submittedTo")
