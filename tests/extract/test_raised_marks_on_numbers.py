"""E269: a note's mark raised and glued to a number ("resolution WHA86.11¹.", "resolution 78/12²",
"of 4 December 2023³") is no part of the number: the sentence states what it states without the
mark. A raised figure after a letter ("km²") or opening a footnote line ("¹ Resolution ...") is left."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report

RELATIONS = ("adoptedAt", "adoptedOn", "requests", "mentions", "title", "pursuantTo")

SENTENCES = [
    "By its resolution 78/12{m}, the General Assembly requested the Secretary-General to report.",
    "The Council had before it the resolutions of the seventy-eighth session of the General Assembly, among them resolution 78/12{m}.",
    "Pursuant to General Assembly resolution 78/12{m}, the Secretary-General submits the present report.",
    "In its resolution 78/12{m} on oceans and the law of the sea, the Assembly requested the Secretary-General to submit a report.",
    "Recalling Economic and Social Council resolution 2023/5{m}; the Council requested the Secretary-General to report on it.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("mark", ["\u00b9", "\u00b2", "\u00b9\u2070"])
def test_a_raised_mark_on_a_number_changes_nothing(sentence: str, mark: str) -> None:
    plain = in_sg_report(sentence.format(m=""), *RELATIONS)
    assert plain
    assert in_sg_report(sentence.format(m=mark), *RELATIONS) == plain


def test_the_mark_no_longer_hides_the_number() -> None:
    found = in_sg_report("Pursuant to General Assembly resolution 78/12\u00b2, the Secretary-General submits the present report.", "pursuantTo")
    assert ("A/79/400", "ga/res/78/12") in found


def test_raised_figures_not_on_a_number_are_left() -> None:
    # near misses: a unit's exponent after a letter, a footnote line opening on its mark
    assert in_sg_report("The Secretary-General notes that 40 km\u00b2 of mangroves were restored.", "requests") == set()
    assert in_sg_report("\u00b9 Resolution 78/12 of the General Assembly.", "requests") == set()
