""""In the same decision" after a sentence that only recites another instrument set off after its
subject: "Decision 76/12 / At its 12th meeting, the Commission, recalling its decision 68/2, decided
to extend the mandate ... In the same decision, the Commission invited the Commission on Crime
Prevention and Criminal Justice to take a parallel decision." The decision recited ("recalling its
decision 68/2") is not what the text goes on about; the decision whose text this is, is (E185).
A preambular paragraph's own "Recalling resolution 3/2029, ...; Having considered the report ...
pursuant to that resolution" still points back to the instrument recited (u123)."""

from __future__ import annotations

import pytest

from .phrasing import SESSION_REPORT, extracted_with

extracted = extracted_with()

DECISION = SESSION_REPORT.replace(
    "1. The following resolution adopted by the Commission is brought to the attention of the Council:\n\n"
    "Resolution 12/1\n\nStrengthening early warning for coastal communities\n\nThe Commission on Coastal Resilience,\n\n",
    "1. The following decision adopted by the Commission is brought to the attention of the Council:\n\n"
    "Decision 12/4\n\nMandate of the Working Group on Early Warning Systems\n\n",
)


@pytest.mark.parametrize(
    ("first", "then", "fact"),
    [
        ("At its 9th meeting, on 12 March 2031, the Commission on Coastal Resilience, recalling its decision 8/2, decided "
         "to extend the mandate of the Working Group on Early Warning Systems until 2033.",
         "In the same decision, the Commission invited the World Coastal Congress to take a parallel decision.",
         ("invites", "ccr/dec/12/4", "wcc")),
        ("At its 9th meeting, the Commission, reaffirming its resolution 7/1 and bearing in mind its decision 8/2, decided "
         "to extend the mandate of the Working Group on Early Warning Systems.",
         "By the same decision, the Commission requested the Committee on Coastal Data to report to it.",
         ("requests", "ccr/dec/12/4", "ccr/committee-on-data")),
    ],
)
def test_the_same_decision_is_the_one_whose_text_this_is(first, then, fact):
    facts = extracted(DECISION + first + " " + then + "\n")
    assert fact in facts
    assert not [f for f in facts if f[0] == fact[0] and f[2] == fact[2] and f[1] != fact[1]]


def test_a_preambular_paragraphs_own_recital_is_what_that_resolution_means():
    text = SESSION_REPORT + (
        "The Commission on Coastal Resilience, Recalling its resolution 9/3, adopted at its ninth session, on coastal data;\n"
        "Having considered the report of the Executive Secretary (E/CN.21/2031/5), submitted to the Commission at this "
        "session pursuant to that resolution;\n1.\tRequests the Executive Secretary to report.\n"
    )
    pursuant = {(s, o) for r, s, o in extracted(text) if r == "pursuantTo"}
    assert pursuant == {("E/CN.21/2031/5", "ccr/res/9/3")}
