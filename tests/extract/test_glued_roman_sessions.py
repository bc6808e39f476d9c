"""A Roman session glued to its number (E258): "resolution 2150(XXI)", "resolutions 1514(XV) and
2150(XXI)", as some prints and OCR write it, is read as "2150 (XXI)" (`references._ROMAN_BRACKETED`,
`_ROMAN_BRACKETED_NEXT`). A body whose convention writes the glued shape ("{number}({session})") reads it
in that convention first. Near misses: a subparagraph's letter ("decision 12(c)"), a year glued
("resolution 2150(2031)"). Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    ("sentence", "relation", "expected"),
    [
        ("The present report responds to General Assembly resolution 2150(XXI) of 4 November 1966.", "mentions", ("A/79/400", "ga/res/21/2150")),
        ("The present report responds to General Assembly resolution 2150(XXI) of 4 November 1966.", "adoptedOn", ("ga/res/21/2150", "1966-11-04")),
        ("The Joint Inspection Unit was established by the General Assembly in its resolution 2150(XXI).", "establishes",
         ("ga/res/21/2150", "ga/joint-inspection-unit")),
        ("Recalling its resolutions 1514(XV) and 2150(XXI), the Assembly requested the Secretary-General to report.", "mentions",
         ("A/79/400", "ga/res/15/1514")),
        ("Recalling its resolutions 1514(XV) and 2150(XXI), the Assembly requested the Secretary-General to report.", "mentions",
         ("A/79/400", "ga/res/21/2150")),
    ],
)
def test_a_roman_session_glued_to_its_number(sentence: str, relation: str, expected: tuple[str, str]) -> None:
    assert expected in in_sg_report(sentence, relation)


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report responds to paragraph 3 of decision 12(c) of the Council.",
        "The present report responds to General Assembly resolution 2150(2031).",
    ],
)
def test_no_roman_session_glued(sentence: str) -> None:
    assert not [o for _, o in in_sg_report(sentence, "mentions") if o.endswith("/2150") or o.endswith("/12")]
