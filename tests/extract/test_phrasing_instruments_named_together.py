"""Two instruments of two organs named together, as the reports of bodies the General Assembly
and the Security Council created jointly put them:

- "submitted pursuant to paragraph 15 (b) of General Assembly resolution 80/12 and paragraph 15 (b)
  of Security Council resolution 2790 (2026)": both are the document's mandate;
- "It covers ..., and also responds to the request in paragraph 12 of resolution 12/1", after a
  sentence about the present report: "It" is the report, and the resolution its mandate;
- "was established under General Assembly resolution 80/12 and Security Council resolution 2790
  (2026)": both establish the body;
- "..., both of 20 December 2025": the shared date is each one's day of adoption.

Negative cases: a second instrument that is recalled, not named as a mandate; "It" after a
sentence about something else; one date after one instrument of two ("and resolution 12/1 of ...")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note

GA, SC = "ga/res/80/12", "security-council/res/2026/2790"


@pytest.mark.parametrize("sentence", [
    "The present report is submitted pursuant to paragraph 15 (b) of General Assembly resolution 80/12 and paragraph 15 (b) of Security Council resolution 2790 (2026).",
    "The present note is submitted in accordance with General Assembly resolution 80/12 and paragraph 4 of Security Council resolution 2790 (2026), by which the Commission is to report annually.",
])
def test_two_mandates_each_with_its_paragraph(sentence: str) -> None:
    mandates = facts(in_note(sentence), "pursuantTo")
    assert {(NOTE_SYMBOL, GA), (NOTE_SYMBOL, SC)} <= mandates


def test_a_second_instrument_recalled_is_no_mandate() -> None:
    sentence = ("The present report is submitted pursuant to General Assembly resolution 80/12; the Commission also "
                "discussed the situation addressed by Security Council resolution 2790 (2026).")
    assert (NOTE_SYMBOL, SC) not in facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize("sentences", [
    "The present report is submitted pursuant to resolution 11/2. It covers the year 2031 and also responds to the request in paragraph 12 of resolution 12/1.",
    "This report is presented in accordance with resolution 11/2. It covers the twelfth session, from 10 to 14 March 2031, and responds to the request contained in resolution 12/1.",
])
def test_it_goes_on_with_the_present_report(sentences: str) -> None:
    assert (NOTE_SYMBOL, "ccr/res/12/1") in facts(in_note(sentences), "pursuantTo")


def test_it_after_another_subject_is_not_the_report() -> None:
    sentences = "The Bureau met twice in 2031. It also responds to the request in paragraph 12 of resolution 12/1."
    assert (NOTE_SYMBOL, "ccr/res/12/1") not in facts(in_note(sentences), "pursuantTo")


@pytest.mark.parametrize("sentence", [
    "The Committee on Coastal Data was established under General Assembly resolution 80/12 and Security Council resolution 2790 (2026), both of 20 December 2025, as an advisory body.",
    "The Committee on Coastal Data was established by General Assembly resolution 80/12 and Security Council resolution 2790 (2026).",
])
def test_established_under_two_instruments(sentence: str) -> None:
    established = facts(in_note(sentence), "establishes")
    assert {(GA, "ccr/committee-on-data"), (SC, "ccr/committee-on-data")} <= established


@pytest.mark.parametrize("sentence", [
    "The Committee on Coastal Data was established under General Assembly resolution 80/12 and Security Council resolution 2790 (2026), both of 20 December 2025.",
    "The Commission recalled General Assembly resolution 80/12 and Security Council resolution 2790 (2026), both dated 20 December 2025.",
    "The Commission recalled resolutions 11/2, 11/3 and General Assembly resolution 80/12, all of 20 December 2025.",
])
def test_one_date_for_instruments_named_together(sentence: str) -> None:
    dated = facts(in_note(sentence), "adoptedOn")
    assert (GA, "2025-12-20") in dated
    assert (SC, "2025-12-20") in dated or "80/12, all" in sentence
    if "all of" in sentence:
        assert {("ccr/res/11/2", "2025-12-20"), ("ccr/res/11/3", "2025-12-20")} <= dated


@pytest.mark.parametrize("sentence", [
    # "both" of three: which two is not said
    "The Commission recalled resolution 11/2, General Assembly resolution 80/12 and Security Council resolution 2790 (2026), both of 20 December 2025.",
    # the date is the second one's alone
    "The Commission recalled General Assembly resolution 80/12 and Security Council resolution 2790 (2026) of 20 December 2025.",
])
def test_no_shared_date(sentence: str) -> None:
    assert (GA, "2025-12-20") not in facts(in_note(sentence), "adoptedOn")
