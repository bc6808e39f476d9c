"""Two instruments, one relative clause whose subject is both their issuers: "Recalling its
resolution 52/13 and Commission on Crime Prevention and Criminal Justice resolution 18/3, by which
the two Commissions established the standing working group ...". Each instrument of the pair
establishes the body (the unseen gold, u228); only the last of them did before (E185). The plural
subject may be "the two Commissions", "both Councils", "the Assembly and the Council" or "they".
A singular subject ("by which the Council established", "by which it established") leaves the
clause to the instrument right before it."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def established(sentence: str) -> set[str]:
    return {s for s, _ in in_sg_report(sentence, "establishes")}


@pytest.mark.parametrize(
    ("sentence", "instruments"),
    [
        ("The Assembly recalled its resolution 70/1 and Economic and Social Council resolution 2020/3, by which the "
         "Assembly and the Council established the Joint Panel on Coastal Data.", {"ga/res/70/1", "ecosoc/res/2020/3"}),
        ("Recalling Commission on Narcotic Drugs resolution 52/13 and Commission on Crime Prevention and Criminal Justice "
         "resolution 18/3, by which the two Commissions established the standing working group on finance,",
         {"ecosoc/cnd/res/52/13", "ecosoc/ccpcj/res/18/3"}),
        ("The Council recalled General Assembly resolution 77/5 of 3 May 2022 and Economic and Social Council resolution "
         "2022/9 of 4 June 2022, whereby both bodies jointly established the Reef Partnership Forum.",
         {"ga/res/77/5", "ecosoc/res/2022/9"}),
        ("It recalled General Assembly resolution 77/5 and Economic and Social Council resolution 2022/9, in which they "
         "established the Reef Partnership Forum.", {"ga/res/77/5", "ecosoc/res/2022/9"}),
    ],
)
def test_each_instrument_of_the_pair_establishes(sentence, instruments):
    assert established(sentence) == instruments


@pytest.mark.parametrize(
    ("sentence", "instrument"),
    [
        ("The Assembly recalled its resolution 70/1 and Economic and Social Council resolution 2020/3, by which the "
         "Council established the Joint Panel on Coastal Data.", "ecosoc/res/2020/3"),
        ("The Economic and Social Council recalled its resolution 2020/3 and its resolution 2021/7, by which it established the Joint Panel "
         "on Coastal Data.", "ecosoc/res/2021/7"),
    ],
)
def test_a_singular_subject_is_the_last_instruments(sentence, instrument):
    assert established(sentence) == {instrument}
