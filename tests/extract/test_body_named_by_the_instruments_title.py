"""An instrument whose title names a body ("Decision 12/4 / Mandate of the Working Group on Early
Warning Systems") and whose text then calls it by the head of its name alone: "decided to extend the
mandate of the working group until 2033 and requested the working group to submit a report". The
title is the part's first naming of the body, as an earlier paragraph of the same part would be
(`Reader.named_by_head`, E185). A body the sentence itself names with that head is still the one
meant; a title naming no such body gives nobody."""

from __future__ import annotations

from .phrasing import SESSION_REPORT, extracted_with

extracted = extracted_with()


def decision(title: str, text: str) -> set[tuple[str, str]]:
    report = SESSION_REPORT.replace(
        "1. The following resolution adopted by the Commission is brought to the attention of the Council:\n\n"
        "Resolution 12/1\n\nStrengthening early warning for coastal communities\n\nThe Commission on Coastal Resilience,\n\n",
        f"1. The following decision adopted by the Commission is brought to the attention of the Council:\n\nDecision 12/4\n\n{title}\n\n",
    )
    return {(s, o) for r, s, o in extracted(report + text + "\n") if r == "requests"}


def test_the_working_group_of_the_title():
    for text in (
        "At its 9th meeting, the Commission decided to extend the mandate of the working group until 2033 and requested "
        "the working group to submit a report on its work to the Commission.",
        "The Commission on Coastal Resilience requests the working group to report to it at its thirteenth session.",
    ):
        assert decision("Mandate of the Working Group on Early Warning Systems", text) == {("ccr/dec/12/4", "ccr/wg-early-warning")}


def test_a_title_naming_no_working_group_gives_none():
    text = "The Commission on Coastal Resilience requests the working group to report to it at its thirteenth session."
    assert decision("Programme of work for 2032", text) == set()
