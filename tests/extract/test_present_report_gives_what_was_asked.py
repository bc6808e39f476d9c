"""A report's mandate told by what it gives or under what it is issued: "The present report provides the
information requested by the General Assembly in its resolution 77/12", "This report is the fifth
submitted under resolution 77/12", "The present report is prepared on the basis of the mandate in
resolution 77/12". A grid of pursuance phrases in a report of the Secretary-General found these read as
nothing (`rules/documents.py`: `_RESPONDS_ITSELF`, `_UNDER_MANDATE`). "Under" gives a mandate only
right after a verb of a paper's issue ("the Working Group established under resolution 77/12" tells of a
body's origin), and information others gave gives the report none."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def mandates_of_the_report(sentence: str) -> set[str]:
    return {instrument for document, instrument in in_sg_report(sentence, "pursuantTo") if document == "A/79/400"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report provides the information requested by the General Assembly in its resolution 77/12.",
        "The present report contains the information requested in General Assembly resolution 77/12.",
        "This report presents the information called for in paragraph 5 of General Assembly resolution 77/12.",
        "This report is the fifth submitted under General Assembly resolution 77/12.",
        "The present report is issued under General Assembly resolution 77/12.",
        "The present report is prepared on the basis of the mandate in General Assembly resolution 77/12.",
        "The present report was prepared on the basis of General Assembly resolution 77/12.",
    ],
)
def test_the_report_is_issued_under_the_resolution(sentence):
    assert mandates_of_the_report(sentence) == {"ga/res/77/12"}


@pytest.mark.parametrize(
    "sentence",
    [
        "States provided the information requested in General Assembly resolution 77/12.",
        "The Working Group was established under General Assembly resolution 77/12.",
        "On the basis of General Assembly resolution 77/12, the Committee met twice.",
        "Reports submitted under General Assembly resolution 77/12 are listed in the annex.",
    ],
)
def test_near_misses_give_the_report_no_mandate(sentence):
    assert mandates_of_the_report(sentence) == set()
