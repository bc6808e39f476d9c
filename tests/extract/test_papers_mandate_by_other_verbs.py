"""A paper's mandate told with other verbs than "pursuant to" (E200, the lead's grid `r17/e200.grid`).

- The paper being read as the subject of a verb of answering: "The present note follows up on
  resolution 11/2", "gives effect to", "answers (implements, discharges, meets, addresses, carries
  out) the request in", "fulfils the mandate given in", "was requested by the Commission in"
  (`rules/documents._RESPONDS_ITSELF`, `_UNDER_MANDATE`).
- The instrument as the subject of the request whose infinitive's object is the paper being read:
  "Resolution 11/2 requested the Secretariat to prepare the present note", "In its resolution 78/12,
  the Assembly requested the Secretary-General to submit to it at its seventy-ninth session the
  present report" (`rules/documents.asks_for_itself`; instruments recalled in passing are not it).
- A second paper of the sentence answering the instrument named before it: "(X), submitted pursuant
  to resolution 78/254, and … (Y), which responds to paragraph 20 of the same resolution"
  (`rules/mandates_told_back.instrument_named_back_after_symbol`).

Near misses: the paper that "does not address" or "does not follow up on" the instrument, the
"follow-up to" an instrument reported later, a body that follows up on it, a paper asked for with
"a note", a topic the paper "addresses", two papers each with its own instrument; the passive
"was requested" of the paper asks no one.
"""

from __future__ import annotations

import pytest

from .phrasing import NOTE_SYMBOL, facts, in_note, in_resolution, in_sc_report, in_sg_report

NOTE = NOTE_SYMBOL
RES = "ccr/res/11/2"


def note_mandates(sentence: str) -> set[tuple[str, str]]:
    return facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The present note follows up on resolution 11/2.",
        "The present note follows up on paragraph 4 of resolution 11/2.",
        "This note also follows up resolution 11/2.",
        "This note gives effect to resolution 11/2.",
        "The present note answers the request in resolution 11/2.",
        "The present note implements the request contained in paragraph 3 of resolution 11/2.",
        "The present note discharges the mandate conferred on the Secretariat by resolution 11/2.",
        "This note fulfils the mandate given in resolution 11/2.",
        "The present note meets the requests made in resolution 11/2.",
        "The present note was requested by the Commission in resolution 11/2.",
        "The present note was requested in resolution 11/2.",
        "The present note has been mandated by resolution 11/2.",
        "Resolution 11/2 requested the Secretariat to prepare the present note.",
        "In resolution 11/2, the Commission requested the Secretariat to prepare the present note.",
        "The Commission, in its resolution 11/2, asked the Secretariat to submit this note.",
        "By resolution 11/2, the Commission requested the Secretariat to prepare for its thirteenth session the present note.",
        "The Commission, recalling resolution 10/4, in resolution 11/2 requested the Secretariat to prepare the present note.",
    ],
)
def test_the_note_being_read_answers_the_instrument(sentence: str) -> None:
    assert note_mandates(sentence) == {(NOTE, RES)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The present note does not address resolution 11/2.",
        "Follow-up to resolution 11/2 will be reported later.",
        "The Secretariat will report on the follow-up to resolution 11/2 at a later session.",
        "In resolution 11/2, the Commission requested the Secretariat to prepare a note on the matter.",
        "The present note does not follow up on resolution 11/2, which the Commission will take up later.",
        "In resolution 11/2, the Commission requested the Secretariat to prepare a study, which the present note does not replace.",
        "The Commission follows up on resolution 11/2 through its working group.",
        "The present note addresses the topics of resolution 11/2.",
    ],
)
def test_near_misses_give_the_note_no_mandate(sentence: str) -> None:
    assert note_mandates(sentence) == set()


def test_a_paper_requested_asks_no_one() -> None:
    assert facts(in_note("The present note was requested by the Commission in resolution 11/2."), "requests") == set()


@pytest.mark.parametrize(
    ("sentence", "mandate"),
    [
        ("In its resolution 78/12, the General Assembly requested the Secretary-General to submit to it at its seventy-ninth "
         "session the present report.", "ga/res/78/12"),
        ("Resolution 78/12 requested the Secretary-General to prepare the present report.", "ga/res/78/12"),
        ("The present report follows up on General Assembly resolution 78/12.", "ga/res/78/12"),
        ("The present report gives effect to General Assembly resolution 78/12.", "ga/res/78/12"),
    ],
)
def test_a_report_to_the_assembly(sentence: str, mandate: str) -> None:
    assert ("A/79/400", mandate) in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report fulfils the mandate given to me in Security Council resolution 2700 (2030).",
        "In resolution 2700 (2030), the Security Council requested me to submit the present report.",
        "The present report follows up on resolution 2700 (2030).",
    ],
)
def test_a_report_to_the_security_council(sentence: str) -> None:
    assert ("S/2031/512", "security-council/res/2030/2700") in in_sc_report(sentence, "pursuantTo")


def test_the_resolution_that_recalls_is_not_the_mandate() -> None:
    told = note_mandates("The Commission, recalling resolution 10/4, in resolution 11/2 requested the Secretariat to prepare the present note.")
    assert (NOTE, "ccr/res/10/4") not in told


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The Committee took note of the report on staffing (A/79/175), submitted pursuant to resolution 78/254, and of the report "
         "on mediation (A/79/176), which responds to paragraph 20 of the same resolution.", "A/79/176"),
        ("The report on staffing (A/79/175) was prepared pursuant to resolution 78/254, and the report on mediation (A/79/176), "
         "prepared under paragraph 9 of that resolution, is also before the Assembly.", "A/79/176"),
        ("The Assembly had before it the note (A/79/175), issued in accordance with resolution 78/254, and the study (A/79/176), "
         "which gives effect to the said resolution.", "A/79/176"),
    ],
)
def test_a_second_paper_answers_the_instrument_named_back(sentence: str, second: str) -> None:
    told = in_sg_report(sentence, "pursuantTo")
    assert {("A/79/175", "ga/res/78/254"), (second, "ga/res/78/254")} <= told


def test_a_second_paper_in_a_commission_report() -> None:
    text = in_note(
        "The Commission had before it the note (E/CN.21/2032/5), submitted pursuant to decision 11/102, and the study "
        "(E/CN.21/2032/6), which follows up on the same decision."
    )
    assert {("E/CN.21/2032/5", "ccr/dec/11/102"), ("E/CN.21/2032/6", "ccr/dec/11/102")} <= facts(text, "pursuantTo")


def test_two_papers_with_their_own_instruments_keep_them() -> None:
    told = in_sg_report(
        "The report on staffing (A/79/175), submitted pursuant to resolution 78/254, and the report on mediation (A/79/176), "
        "submitted pursuant to resolution 78/300, were before the Assembly.",
        "pursuantTo",
    )
    assert ("A/79/176", "ga/res/78/254") not in told and ("A/79/176", "ga/res/78/300") in told


def test_this_resolution_in_a_resolution_is_the_resolution_itself() -> None:
    text = in_resolution(
        "1. Takes note of the report (E/CN.21/2031/7), submitted pursuant to resolution 10/3, and of the study "
        "(E/CN.21/2031/8), which responds to this resolution;"
    )
    assert ("E/CN.21/2031/8", "ccr/res/10/3") not in facts(text, "pursuantTo")
