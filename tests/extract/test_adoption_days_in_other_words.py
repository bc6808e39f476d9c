"""The day an instrument was adopted, told in four more shapes: the day set off between the subject and
its verb ("The General Assembly, on 7 December 2022, adopted resolution 77/12"), the meeting "held on"
a day ("At its 45th plenary meeting, held on 7 December 2022, the Assembly adopted ..."), the act's noun
("Since the adoption of resolution 70/1 on 25 September 2015, ..."), and a plural subject "were both
adopted on". A grid of adoption frames in a report of the Secretary-General found these read as nothing
(`relate._ON_DAY_OPENING`, `relate._PLENARY`, `rules/passive_adoptions.py`)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def adopted_on(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "adoptedOn")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The General Assembly, on 7 December 2022, adopted resolution 77/12.", {("ga/res/77/12", "2022-12-07")}),
        ("The Economic and Social Council, on 21 July 2023, adopted resolution 2023/5.", {("ecosoc/res/2023/5", "2023-07-21")}),
        ("At its 45th plenary meeting, held on 7 December 2022, the Assembly adopted resolution 77/12.", {("ga/res/77/12", "2022-12-07")}),
        ("Since the adoption of resolution 70/1 on 25 September 2015, the Secretariat has reported annually.", {("ga/res/70/1", "2015-09-25")}),
        ("Following the adoption of General Assembly resolution 77/12 on 7 December 2022, the Secretariat acted.", {("ga/res/77/12", "2022-12-07")}),
        ("The adoption of resolutions 77/11 and 77/12 on 7 December 2022 was welcomed.", {("ga/res/77/11", "2022-12-07"), ("ga/res/77/12", "2022-12-07")}),
        ("Resolutions 77/11 and 77/12 were both adopted on 7 December 2022.", {("ga/res/77/11", "2022-12-07"), ("ga/res/77/12", "2022-12-07")}),
    ],
)
def test_the_day_of_the_adoption(sentence, expected):
    assert adopted_on(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the day is the report's, not the adoption's
        "Since the adoption of resolution 70/1, the Secretariat has reported, most recently on 25 September 2023.",
        # a day set off after a subject that adopts nothing
        "The General Assembly, on 7 December 2022, considered the report on resolution 77/12.",
    ],
)
def test_near_misses_date_no_adoption(sentence):
    assert adopted_on(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "At its seventy-seventh session, the Assembly, in resolution 77/12, requested a report.",
        "At its seventy-seventh session, the General Assembly, by its resolution 77/12, requested a report.",
    ],
)
def test_the_session_the_sentence_opens_on_adopted_the_instrument_its_subject_used(sentence):
    """The session, then its body set off as the subject, then the instrument it acted by
    (`rules/sessions_with_instruments._SESSION_THEN_INSTRUMENT`); another session's number adopts
    nothing."""
    assert in_sg_report(sentence, "adoptedAt") == {("ga/res/77/12", "ga#77")}
    assert not [session for _, session in in_sg_report(sentence.replace("77/12", "76/12"), "adoptedAt") if session == "ga#77"]
