"""E261: a short name ("the Commission") after a title that names a namesake in full goes to that
nearest full name where the paragraph named the others only in passing or by their short name."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report

CND, CSW = ("ecosoc/cnd#81", "ecosoc/cnd"), ("ecosoc/csw#81", "ecosoc/csw")


@pytest.mark.parametrize(
    "sentence",
    [
        # the title in the paragraph after the one naming the other namesake
        'Acting on the advice of the Commission on Narcotic Drugs, the Council asked for a study before the eightieth session of the Commission.\n\n'
        'Resolution 2036/7, entitled "Methods of work of the Commission on the Status of Women", was adopted; a proposal to hold the eighty-first session of the Commission in two parts failed.',
        # in one paragraph, the other named in passing and told back by its short name
        'In resolution 2036/3, adopted on the recommendation of the Commission on Narcotic Drugs, the Council asked for a study before the eightieth session of the Commission. '
        'Decision 2036/9, entitled "Follow-up to the Commission on the Status of Women", was adopted, and the eighty-first session of the Commission will be shorter.',
    ],
)
def test_the_title_s_namesake_is_the_nearest(sentence: str) -> None:
    found = in_sg_report(sentence, "meetingOf")
    assert CSW in found and CND not in found


def test_a_namesake_named_as_a_clause_s_subject_stays() -> None:
    # near miss: the Commission on Narcotic Drugs is what the sentence is about; the title's
    # commission is only a title's word
    found = in_sg_report(
        'The Commission on Narcotic Drugs adopted resolution 60/1, entitled "Cooperation with the Commission on the Status of Women"; '
        "it asked that the eighty-first session of the Commission be short.",
        "meetingOf",
    )
    assert CND in found and CSW not in found
