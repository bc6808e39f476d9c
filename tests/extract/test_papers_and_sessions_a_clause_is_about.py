"""E191: what a clause sends, reports on or cites, read from its own words.

- "the revised estimates will be submitted to the General Assembly at its eighty-ninth session", "would
  be included in the revised estimates to be submitted to the Assembly": a budget's paper to come, named
  by no symbol; neither the present report (a clause after a semicolon has its own subject) nor the
  draft resolution the sentence names is what goes to the Assembly.
- "his report on the implementation of the resolutions of the tenth session (X)": a report on what the
  session's texts asked, not the report of that session.
- "decided that its twelfth session would be held in Nairobi ..., in accordance with General Assembly
  resolution 73/260": the session's mandate, which the decision does not cite.
"""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note, in_sg_report


# ---------------------------------------------------------------- revised estimates


@pytest.mark.parametrize("sentence", [
    "The statements of programme budget implications of draft resolutions A/HRC/86/L.13 and A/HRC/86/L.22 are contained "
    "in annex IV to the present report; the revised estimates will be submitted to the General Assembly at its "
    "eighty-ninth session.",
    "Should the General Assembly adopt draft resolution A/C.2/89/L.31/Rev.1, additional requirements of $293,100 would be "
    "included in the revised estimates to be submitted to the Assembly at its eighty-ninth session.",
    "The costs of draft resolution A/C.3/89/L.12 are set out in the present statement, and the related revised estimates "
    "would be submitted to the General Assembly at its eighty-ninth session.",
])
def test_the_revised_estimates_to_come_are_no_paper_the_sentence_names(sentence: str) -> None:
    submitted = in_sg_report(sentence, "submittedTo")
    assert not any(session == "ga#89" for _, session in submitted)


@pytest.mark.parametrize("sentence", [
    # the present report itself, sent in the same clause
    "The present report is submitted to the General Assembly at its eighty-ninth session.",
    # a report named by its symbol and sent
    "The report of the Secretary-General on revised estimates (A/89/560) will be submitted to the General Assembly at "
    "its eighty-ninth session.",
])
def test_a_paper_the_clause_names_is_still_sent(sentence: str) -> None:
    assert any(session == "ga#89" for _, session in in_sg_report(sentence, "submittedTo"))


def test_the_present_report_before_a_semicolon_is_not_the_next_clauses_subject() -> None:
    sentence = (
        "The programme of work is annexed to the present note; the proposals of the Bureau will be submitted to the "
        "Commission at its thirteenth session."
    )
    assert ("E/CN.21/2032/4", "ccr#13") not in facts(in_note(sentence), "submittedTo") - facts(in_note("Nothing else."), "submittedTo")


# ---------------------------------------------------------------- a report on another session's texts


@pytest.mark.parametrize(("sentence", "document"), [
    ("The Executive Secretary also presented his report on the implementation of the resolutions of the twelfth session "
     "(E/CN.21/2032/5).", "E/CN.21/2032/5"),
    ("The Commission will have before it a report on the follow-up to the decisions adopted at its twelfth session "
     "(E/CN.21/2032/6).", "E/CN.21/2032/6"),
    ("The Secretariat has prepared a progress report on the resolutions and decisions of the twelfth session "
     "(E/CN.21/2032/7).", "E/CN.21/2032/7"),
])
def test_a_report_on_a_sessions_texts_is_no_report_of_that_session(sentence: str, document: str) -> None:
    text = in_note(sentence)
    assert (document, "ccr#12") not in facts(text, "reportOf")
    assert ("ccr#12", "ccr") in facts(text, "meetingOf")


def test_the_report_of_a_session_is_still_its_report() -> None:
    text = in_note("The Commission will have before it the report of the Commission on its twelfth session (E/2031/31).")
    assert ("E/2031/31", "ccr#12") in facts(text, "reportOf")


# ---------------------------------------------------------------- a session held under a mandate


@pytest.mark.parametrize("sentence", [
    "By decision 12/4, the Commission decided that its fourteenth session would be held in Nairobi from 2 to 6 March "
    "2033, in accordance with General Assembly resolution 73/260.",
    "In its decision 12/4, the Commission decided that the fourteenth session should be convened in Bonn in 2033 "
    "pursuant to General Assembly resolution 73/260.",
])
def test_the_mandate_of_a_session_to_be_held_is_not_the_decisions_citation(sentence: str) -> None:
    text = in_note(sentence)
    assert ("ccr/dec/12/4", "ga/res/73/260") not in facts(text, "cites")


@pytest.mark.parametrize("sentence", [
    # the clause's own citing: recalled, and a request made in accordance with an instrument
    "By decision 12/4, the Commission, recalling General Assembly resolution 73/260, decided that its fourteenth "
    "session would be held in Nairobi.",
    "By decision 12/4, the Commission requested the Secretariat to prepare a study in accordance with General Assembly "
    "resolution 73/260.",
])
def test_a_decisions_own_citing_is_still_read(sentence: str) -> None:
    assert ("ccr/dec/12/4", "ga/res/73/260") in facts(in_note(sentence), "cites")
