"""Ways of saying things the spent u121, u124 and u127 missed that other bodies' documents share
(E106), on an invented commission (tests/data/phrasing.ttl): a body kept as a standing
"sub-group" or "sub-committee"; a relative clause on an instrument told with its date and in the
pluperfect ("decision 11/9 of 14 July 2030, which had also requested the Bureau to ..."); "its
report (X)" after a session said to be held; a note that "also responds to paragraph 9 of"
an instrument; a footnote saying when the instrument its mark follows was adopted."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, RESOLUTION, facts, in_note, in_resolution


@pytest.mark.parametrize("kind", ["sub-committee", "sub-group", "subgroup", "sub-body"])
@pytest.mark.parametrize("verb", ["shall continue as", "would continue as", "shall henceforth be"])
def test_a_body_kept_as_a_standing_sub_body(kind: str, verb: str) -> None:
    text = in_resolution(f"1. Decides that the Committee on Coastal Data {verb} a standing {kind} of the Commission;")
    assert (RESOLUTION, "ccr/committee-on-data") in facts(text, "makesConstantElement")


@pytest.mark.parametrize("body", [("the Bureau", "ccr/bureau"), ("the Executive Secretary", "ccr/executive-secretary")])
@pytest.mark.parametrize("verb", [("had also requested", "requests"), ("has also invited", "invites"), ("requested", "requests")])
@pytest.mark.parametrize("cited", ["resolution 11/9 of 14 July 2030", "resolution 11/9 (E/CN.21/2030/3)", "resolution 11/9"])
def test_a_relative_clause_on_an_instrument_told_with_its_date_or_in_the_pluperfect(
    cited: str, verb: tuple[str, str], body: tuple[str, str]
) -> None:
    text = in_note(f"The Working Group was set up by {cited}, which {verb[0]} {body[0]} to review its terms of reference.")
    assert ("ccr/res/11/9", body[1]) in facts(text, verb[1])


@pytest.mark.parametrize("held", ["held in Nairobi from 2 to 6 March 2031", "which met in Nairobi from 2 to 6 March 2031"])
@pytest.mark.parametrize("join", ["; its report", ". Its report"])
def test_its_report_after_a_session_said_to_be_held(held: str, join: str) -> None:
    text = in_note(
        f"The twelfth session of the Commission, {held}, had discussed early warning{join} (E/CN.21/2031/9) was presented to the Economic and Social Council."
    )
    assert ("E/CN.21/2031/9", "ccr#12") in facts(text, "reportOf")


def test_its_report_of_a_body_with_no_session_said_is_of_none() -> None:
    text = in_note("The Bureau discussed early warning; its report (E/CN.21/2031/9) was presented to the Commission.")
    assert not facts(text, "reportOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "The note also responds to paragraph 9 of Commission resolution 11/4, in which the Commission invited the Bureau to report.",
        "This note responds to Commission resolution 11/4.",
        "The present note also responds to paragraphs 3 and 4 of resolution 11/4.",
        "The note is also submitted in response to resolution 11/4.",
    ],
)
def test_the_note_responds_to_an_instrument(sentence: str) -> None:
    assert (NOTE_SYMBOL, "ccr/res/11/4") in facts(in_note(sentence), "pursuantTo")


def test_a_body_that_responds_to_an_instrument_is_no_mandate_of_the_note() -> None:
    text = in_note("The Bureau responds to resolution 11/4 in its own report.")
    assert (NOTE_SYMBOL, "ccr/res/11/4") not in facts(text, "pursuantTo")


_TITLED = 'In the period under review, the Commission implemented resolution 11/4, entitled "Coastal data for all".{mark} It reported on it.'


@pytest.mark.parametrize(
    ("mark", "note"),
    [
        ("¹", "¹ Adopted without a vote on 14.03.2031 (see E/2031/31, chap. I)."),
        ("¹", "¹ Adopted by consensus on 14 March 2031."),
        ("²", "² Adopted by a recorded vote of 30 to 10, with 7 abstentions, on 14 March 2031."),
        ("[1]", "[1] Adopted at the 9th meeting, on 14 March 2031."),
    ],
)
def test_a_note_on_an_instrument_says_when_it_was_adopted(mark: str, note: str) -> None:
    text = in_note(_TITLED.format(mark=mark)) + "\n__________________\n" + note + "\n"
    assert ("ccr/res/11/4", "2031-03-14") in facts(text, "adoptedOn")


def test_a_note_on_other_words_dates_no_instrument() -> None:
    text = in_note("In the period under review, the Commission implemented resolution 11/4 and reported on its progress.¹") + (
        "\n__________________\n¹ Adopted without a vote on 14.03.2031.\n"
    )
    assert not facts(text, "adoptedOn")


@pytest.mark.parametrize("group", ["technical working group on tidal data", "expert group on tidal data", "contact group on tidal data"])
@pytest.mark.parametrize("verb", [("invited", "invites"), ("requested", "requests"), ("asked", "requests")])
@pytest.mark.parametrize(
    "approved",
    [
        "The establishment of {a} {group} was approved by resolution 11/4.",
        "In resolution 11/4, the Commission requested the Bureau to report. The establishment of {a} {group} was approved in paragraph 7 of that resolution.",
    ],
)
def test_the_issuer_goes_on_telling_of_the_instrument_and_its_group_named_in_lower_case(approved: str, group: str, verb: tuple[str, str]) -> None:
    article = "an" if group[0] in "aeiou" else "a"
    text = in_note(approved.format(a=article, group=group) + f" The Commission {verb[0]} the group to share its findings with the Bureau.")
    born = {o for s, o in facts(text, "establishes") if s == "ccr/res/11/4"}
    assert len(born) == 1
    assert ("ccr/res/11/4", next(iter(born))) in facts(text, verb[1])


def test_another_body_going_on_speaks_for_no_instrument() -> None:
    text = in_note(
        "The establishment of an expert group on tidal data was approved by resolution 11/4. "
        "The Bureau invited the group to share its findings with the Commission."
    )
    assert not facts(text, "invites")


def test_a_sentence_after_one_that_names_no_instrument_speaks_for_none() -> None:
    text = in_note(
        "By resolution 11/4, the Commission decided to establish an expert group on tidal data.",
        "The group met twice in 2031. The Commission invited the Bureau to share its findings with the group.",
    )
    assert ("ccr/res/11/4", "ccr/bureau") not in facts(text, "invites")


@pytest.mark.parametrize("lead", ["Decides that", "Also decides that", "Further decides that"])
@pytest.mark.parametrize("obliged", ["should examine", "is to examine", "should also examine"])
def test_decides_that_a_body_should_act(lead: str, obliged: str) -> None:
    text = in_resolution(f"5. {lead} the Committee on Coastal Data {obliged} the criteria for inscription and report to the Commission;")
    assert (RESOLUTION, "ccr/committee-on-data") in facts(text, "requests")


@pytest.mark.parametrize(
    "arrangement",
    ["shall report to the Commission at its next session", "is to be a standing body of the Commission", "should meet once a year"],
)
def test_decides_that_a_body_shall_or_is_to_be_is_no_request(arrangement: str) -> None:
    text = in_resolution(f"5. Decides that the Committee on Coastal Data {arrangement};")
    assert (RESOLUTION, "ccr/committee-on-data") not in facts(text, "requests")


_HELD_THEN_ITS_REPORT = (
    "The fifth session of the Committee on Coastal Data was held in Suva from 3 to 5 May 2031.",
    "At its 7th meeting, the Commission adopted the resolutions reproduced below, on the basis of the drafts "
    "recommended by the Committee on Coastal Data in its report ({symbol}), which the Commission had before it.",
)


@pytest.mark.parametrize("symbol", ["E/CN.21/CD/5/12", "E/CN.21/CD/5/3/Add.1"])
def test_its_report_whose_symbol_numbers_a_session_the_text_held(symbol: str) -> None:
    text = in_note(_HELD_THEN_ITS_REPORT[0], _HELD_THEN_ITS_REPORT[1].format(symbol=symbol))
    assert (symbol, "ccr/committee-on-data#5") in facts(text, "reportOf")


@pytest.mark.parametrize("symbol", ["E/CN.21/CD/7/12", "E/CN.21/CD/2031/12"])
def test_its_report_whose_symbol_numbers_no_session_held_is_of_none(symbol: str) -> None:
    text = in_note(_HELD_THEN_ITS_REPORT[0], _HELD_THEN_ITS_REPORT[1].format(symbol=symbol))
    assert not {f for f in facts(text, "reportOf") if f[0] == symbol}
