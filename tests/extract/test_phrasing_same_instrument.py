"""A note recounting another body's instrument in several sentences: "In its resolution 2029/4
…, the Council requested …", then "In the same resolution 2029/4, the Council decided to
establish, under the Commission, an open-ended working group on …". The instrument opening the
sentence ("In/By/Through/Under its …", "In the same …") is the act of the subject named after
it, not the author's; where the new body is placed (", under the Commission,", ", within the
Commission,") is named before the body described and is not the body established."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

FIRST = "In its resolution 2029/4 of 3 June 2029, the Economic and Social Council requested the Secretary-General to report to the Commission."

SAME = [
    # (sentence, the instrument, the body established (a prefix of its minted key))
    ("In the same resolution 2029/4, the Council decided to establish, under the Commission, an open-ended working group on tsunami warning, which would meet in Bonn.",
     "ecosoc/res/2029/4", "working-group-on-tsunami-warning"),
    ("In the same resolution 2029/4, the Economic and Social Council decided to establish, within the Commission, an expert group on coastal erosion.",
     "ecosoc/res/2029/4", "expert-group-on-coastal-erosion"),
    ("By the same resolution 2029/4, the Council decided to establish, under the Commission on Coastal Resilience, an advisory group on sea-level rise.",
     "ecosoc/res/2029/4", "advisory-group-on-sea-level-rise"),
    ("In the same decision 2030/215, the Council decided to establish, under the Commission, a task force on mangrove restoration.",
     "ecosoc/dec/2030/215", "task-force-on-mangrove-restoration"),
]


@pytest.mark.parametrize("sentence, instrument, born", SAME)
def test_the_same_instrument_is_the_subjects(sentence: str, instrument: str, born: str) -> None:
    text = in_note(FIRST, sentence)
    established = facts(text, "establishes")
    assert any(s == instrument and o.endswith(born) for s, o in established), established
    # not the Commission's own instrument, and not the Commission established
    assert not any(s.startswith("ccr/") for s, _ in established | facts(text, "mentions"))
    assert not any(o == "ccr" for _, o in established)


OPENINGS = [
    ("By its resolution 2028/9 of 2 June 2028, the Economic and Social Council requested the Committee on Coastal Data to review the indicators.", "ecosoc/res/2028/9"),
    ("In their resolution 2028/9, the Economic and Social Council requested the Committee on Coastal Data to review the indicators.", "ecosoc/res/2028/9"),
]


@pytest.mark.parametrize("sentence, instrument", OPENINGS)
def test_an_opening_instrument_is_the_subjects(sentence: str, instrument: str) -> None:
    assert (instrument, "ccr/committee-on-data") in facts(in_note(sentence), "requests")


PLACED_UNDER_A_CHILD = [
    "In its resolution 11/3, the Commission decided to establish, under the Committee on Coastal Data, an expert group on coastal erosion.",
    "In the same resolution 11/3, the Commission decided to establish, within the Committee on Coastal Data, a task force on dune restoration.",
]


@pytest.mark.parametrize("sentence", PLACED_UNDER_A_CHILD)
def test_the_body_it_is_placed_under_is_not_established(sentence: str) -> None:
    text = in_note("By its resolution 11/3, the Commission requested the Executive Secretary to report.", sentence)
    established = facts(text, "establishes")
    assert ("ccr/res/11/3", "ccr/committee-on-data") not in established
    assert any(s == "ccr/res/11/3" and o.startswith("ccr/") and o != "ccr/committee-on-data" for s, o in established), established


def test_a_body_named_after_the_verb_is_still_established() -> None:
    # no aside: the known body named right after the verb is the one established
    text = in_note("In its resolution 2028/9, the Economic and Social Council decided to establish the Committee on Coastal Data.")
    assert ("ecosoc/res/2028/9", "ccr/committee-on-data") in facts(text, "establishes")


def test_the_same_instrument_without_a_subject_is_not_another_bodys() -> None:
    # "the same resolution 12/1" inside a sentence whose subject came before: no subject after it
    text = in_note("The Commission adopted resolution 12/1 at its twelfth session and, in the same resolution 12/1, requested the Executive Secretary to report.")
    assert not any(s.startswith("ecosoc/") for s, _ in facts(text, "mentions"))


FIRST_MEETINGS = [
    ("In the same resolution 2029/4, the Economic and Social Council decided to establish, under the Commission, an open-ended working group on tsunami warning, "
     "which would hold its first meeting in Bonn on 10 May 2031, immediately before the thirteenth session of the Commission.",
     "working-group-on-tsunami-warning", "Bonn", "2031-05-10"),
    ("By its decision 2030/215, the Council decided to establish an expert group on coastal erosion, which shall hold its first session in Nairobi from 3 to 5 June 2031.",
     "expert-group-on-coastal-erosion", "Nairobi", "2031-06-03/2031-06-05"),
]


@pytest.mark.parametrize("sentence, born, town, dates", FIRST_MEETINGS)
def test_the_first_meeting_of_a_body_a_recounted_instrument_established(sentence: str, born: str, town: str, dates: str) -> None:
    text = in_note(FIRST, sentence)
    held_in = {(s, o) for s, o in facts(text, "heldIn") if s.split("#")[0].endswith(born)}
    held_on = {(s, o) for s, o in facts(text, "heldOn") if s.split("#")[0].endswith(born)}
    assert {o for _, o in held_in} == {town} and {s.split("#")[1] for s, _ in held_in} == {"1"}
    assert {o for _, o in held_on} == {dates}
    # the other session the sentence names is still read
    if "thirteenth session" in sentence:
        assert ("ccr#13", "ccr") in facts(text, "meetingOf")


def test_a_first_meeting_told_without_an_instrument_is_no_new_body() -> None:
    text = in_note("The Council noted that an expert group on coastal erosion would hold its first meeting in Nairobi on 3 June 2031.")
    assert not facts(text, "establishes")


# "By the same resolution the Committee asks X to ..., and calls upon Y to ...": the back reference
# opening the sentence speaks for the verb coordinated with the first (E125)
@pytest.mark.parametrize("sentence", [
    "By the same resolution the Council asks the Secretary-General to transmit its findings to the Committee on Coastal"
    " Data, and calls upon the Committee on Coastal Data to review them.",
    "In the same resolution, the Council requests the Secretary-General to transmit its findings, and calls upon the"
    " Committee on Coastal Data to review them.",
    "Under that resolution the Council also requests the Secretary-General to transmit its findings, and further"
    " requests the Committee on Coastal Data to review them.",
])
def test_a_verb_coordinated_after_the_same_resolution(sentence: str) -> None:
    text = in_note(FIRST, sentence)
    told = facts(text, "requests") | facts(text, "encourages")
    assert ("ecosoc/res/2029/4", "ccr/committee-on-data") in told, told


def test_a_clause_with_its_own_subject_is_not_the_resolutions() -> None:
    sentence = (
        "By the same resolution the Council asks the Secretary-General to transmit its findings, and the Commission"
        " calls upon the Committee on Coastal Data to review them."
    )
    told = facts(in_note(FIRST, sentence), "requests") | facts(in_note(FIRST, sentence), "encourages")
    assert ("ecosoc/res/2029/4", "ccr/committee-on-data") not in told
