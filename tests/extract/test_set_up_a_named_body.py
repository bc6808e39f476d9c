""""set up" in the active past before a named body that ends its clause (E177, from the spent u217):
"by which the Assembly ... and set up the Inter-Agency Standing Committee under the Coordinator's
chairmanship", "By its resolution 60/251, the Assembly set up the Human Rights Council." Before, only
"set up a/an …" and "set up the … group on/for …" were read. Near misses: "set up the meeting room
for", "set up the office in Bonn", "to set up the Committee" (a request to act)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


@pytest.mark.parametrize(
    "sentence, fact",
    [
        ("By its resolution 60/251, the Assembly set up the Human Rights Council.", ("ga/res/60/251", "hrc")),
        ("In resolution 60/251 the General Assembly set up the Human Rights Council, which replaced the Commission.",
         ("ga/res/60/251", "hrc")),
        ("The Council traces its origin to General Assembly resolution 60/251 of 15 March 2006, by which the Assembly set up "
         "the Human Rights Council as a subsidiary organ.", ("ga/res/60/251", "hrc")),
        ("By its decision 2031/5, the Economic and Social Council set up the Statistical Commission.",
         ("ecosoc/dec/2031/5", "ecosoc/statistical-commission")),
    ],
)
def test_set_up_the_named_body(sentence: str, fact: tuple[str, str]) -> None:
    assert fact in in_sg_report(sentence, "establishes")


@pytest.mark.parametrize(
    "sentence",
    [
        "By its resolution 60/251, the Assembly set up the meeting room for the Human Rights Council.",
        "In 2020 the secretariat set up the office in Bonn.",
        "By its resolution 60/251, the Assembly asked the Secretary-General to set up the Human Rights Council.",
    ],
)
def test_no_body_set_up(sentence: str) -> None:
    assert not {o for s, o in in_sg_report(sentence, "establishes") if s == "ga/res/60/251" and o == "hrc"}
