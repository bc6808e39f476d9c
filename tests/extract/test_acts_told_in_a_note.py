"""E275: a resolution's acts told as history in a note: "its own resolution" after another body's
resolution in a sentence that opens on a phrase set off by a comma; a list of instruments each with an
unquoted title ("resolution 96/9, on …, and decision 96/102, on …") keeps its issuer and its adoption;
the gathering set off between "adopted" and its object ("adopted, at its ninety-sixth session,
resolution 96/9")."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report

OWN_AFTER_OPENING = [
    # (sentence, the own instrument's key)
    ("In the preamble of Human Rights Council resolution 52/4, the Council recalled General Assembly resolution 53/144 "
     "of 9 December 1998 and its own resolution 49/8 of 4 April 2022.", "hrc/res/49/8"),
    ("In its resolution 2031/7, the Economic and Social Council reaffirmed General Assembly resolution 70/1 "
     "and its own resolution 2029/3.", "ecosoc/res/2029/3"),
    ("By paragraph 2 of resolution 52/4 of the Human Rights Council, the Council recalled General Assembly resolution 60/251, "
     "and its resolution 5/1.", "hrc/res/5/1"),
]


@pytest.mark.parametrize("sentence, own", OWN_AFTER_OPENING)
def test_its_own_resolution_after_an_opening_phrase(sentence: str, own: str) -> None:
    cited = {o for _, o in in_sg_report(sentence, "cites")}
    assert own in cited
    assert not any(o.startswith("ga/") and o.endswith(own.split("/", 2)[2]) for o in cited)


def test_its_own_is_not_the_speaker_of_a_relative_clause() -> None:
    # near miss: "its" of a relative clause on another body's instrument stays unread as the subject's
    found = in_sg_report(
        "In the preamble of Human Rights Council resolution 52/4, the Council recalled General Assembly resolution 53/144, "
        "by which the Assembly adopted the Declaration, which welcomed its resolution 51/20.", "cites")
    assert ("hrc/res/52/4", "hrc/res/51/20") not in found


TITLED_LISTS = [
    ("The Human Rights Council also adopted, at its fifty-second session, resolution 52/9, on the right to food, "
     "and decision 52/102, on a panel discussion on reprisals.", {"hrc/res/52/9", "hrc/dec/52/102"}),
    ("At its fifty-second session, the Human Rights Council adopted resolution 52/9, on the right to food, "
     "and decision 52/102, on a panel discussion.", {"hrc/res/52/9", "hrc/dec/52/102"}),
    ("The Human Rights Council, at its fifty-second session, adopted resolution 52/9, on the right to food, "
     "as well as resolution 52/10, on the right to water.", {"hrc/res/52/9", "hrc/res/52/10"}),
]


@pytest.mark.parametrize("sentence, adopted", TITLED_LISTS)
def test_a_titled_list_keeps_its_issuer_and_session(sentence: str, adopted: set[str]) -> None:
    assert {s for s, o in in_sg_report(sentence, "adoptedAt") if o == "hrc#52"} == adopted
    assert {o for _, o in in_sg_report(sentence, "mentions")} >= adopted
    assert not any(o.startswith("ga/") for _, o in in_sg_report(sentence, "mentions"))


def test_a_titled_list_item_of_another_verb_is_not_adopted() -> None:
    # near miss: the second instrument is recalled, not adopted at the session
    found = in_sg_report(
        "The Human Rights Council, at its fifty-second session, adopted resolution 52/9, on the right to food, "
        "and recalled decision 48/102.", "adoptedAt")
    assert found == {("hrc/res/52/9", "hrc#52")}


def test_set_off_session_of_another_verb_gives_no_adoption() -> None:
    # near miss: "considered, at its session, resolution X" is no adoption
    assert in_sg_report(
        "The Human Rights Council considered, at its fifty-second session, resolution 50/9, on the right to food.", "adoptedAt"
    ) == set()


PARAGRAPH_OF_THE_INSTRUMENT = [
    "The Human Rights Council adopted resolution 52/4 on 3 April 2023. In paragraph 6 of the resolution, the Council "
    "decided to establish, for a period of three years, a group of independent experts on human rights defenders.",
    "The Human Rights Council adopted resolution 52/4 on 3 April 2023. By paragraph 6 of the resolution, the Council "
    "decided to establish a group of independent experts on human rights defenders.",
    "The Human Rights Council adopted resolution 52/4 on 3 April 2023. In paragraphs 6 and 7 of the resolution, the "
    "Council decided to establish a group of independent experts on human rights defenders.",
]


@pytest.mark.parametrize("sentence", PARAGRAPH_OF_THE_INSTRUMENT)
def test_a_paragraph_of_the_resolution_named_last(sentence: str) -> None:
    assert {s for s, _ in in_sg_report(sentence, "establishes")} == {"hrc/res/52/4"}


def test_a_paragraph_of_the_resolution_with_no_instrument_before() -> None:
    # near miss: no instrument named before, nothing to point back at
    assert in_sg_report(
        "In paragraph 6 of the resolution, the Council decided to establish a group of independent experts on human "
        "rights defenders.", "establishes") == set()
