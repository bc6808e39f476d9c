"""A title after "on" is the instrument's subject, never the text being read: "report further, in
accordance with resolution 88/196, on the implementation of the present recommendations" gives
88/196 no title ("the present recommendations" are this report's), while "resolution 77/12 on
cooperation between ..." keeps its title."""

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize("sentence", [
    "The Special Rapporteur intends to report further to the Assembly at its eightieth session, in accordance "
    "with resolution 77/12, on the implementation of the present recommendations.",
    "The Secretary-General will report, pursuant to resolution 77/12, on the follow-up to the present report.",
    "The Commission may wish to report, as requested in resolution 77/12, on the issues raised in this note.",
    "The Office will inform Member States, in line with resolution 77/12, on progress made in applying the present study.",
])
def test_a_subject_that_points_at_this_text_is_no_title(sentence):
    assert in_sg_report(sentence, "title") == set()


@pytest.mark.parametrize("sentence, title", [
    ("The present report is submitted pursuant to General Assembly resolution 77/12 on cooperation between the "
     "United Nations and the Caribbean Community.", "cooperation between the United Nations and the Caribbean Community"),
    ("Recalling resolution 77/12 on the implementation of the recommendations of the Board of Auditors, the "
     "Assembly requested a report.", "the implementation of the recommendations of the Board of Auditors"),
])
def test_a_subject_of_another_text_stays_its_title(sentence, title):
    assert ("ga/res/77/12", title) in in_sg_report(sentence, "title")
