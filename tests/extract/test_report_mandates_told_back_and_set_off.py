"""A report's mandate told back without naming the request, joined to a second instrument, set off at
the clause's end, or after a connective more (E178, cells of the lead's grid `pur`):

- "In its resolution 77/12, the General Assembly requested the Secretary-General to report … The present
  report is submitted accordingly." / "…, and the present report has been prepared in response." / the
  request in the passive ("The Secretary-General was requested by the Assembly in its resolution 77/12
  to …"): the request told before (`rules/mandates_told_back.answers_unnamed_request`, only when a
  request was told in the sentence or the one before; `rules/documents._CLAUSE_ABOUT_ITSELF` after ",
  and");
- "pursuant to General Assembly resolution 77/12, as well as resolution 78/5": both
  (`rules/documents._UNDER_MANDATE`);
- "The present report provides an update on …, as called for in paragraph 15 of that resolution (of
  resolution 77/12)": the request set off at the clause's end (`documents.asked_for_at_the_end`,
  `relate._UNDER_THAT_INSTRUMENT`);
- "is submitted as a follow-up to resolution 77/12": right after the verb of the paper's issue.

Near misses: "accordingly" with no request told; the mandate of the previous report ("complements the
previous report submitted pursuant to resolution 76/3", "since my last report (S/2031/201), submitted
pursuant to …": that paper's, `documents.mandate_of_an_earlier_paper`); work done "as a follow-up to"."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import NOTE_SYMBOL, in_note, in_sg_report, key, registry

OWN = ("A/79/400", "ga/res/77/12")


def mandates(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "pursuantTo")


REQUESTED = "In its resolution 77/12, the General Assembly requested the Secretary-General to report to it at its seventy-ninth session."


@pytest.mark.parametrize(
    "sentence",
    [
        f"{REQUESTED} The present report is submitted accordingly.",
        f"{REQUESTED} The present report has therefore been prepared accordingly.",
        f"{REQUESTED} The present report is submitted in response.",
        f"{REQUESTED} This report is presented in response thereto.",
        "In its resolution 77/12, the General Assembly requested the Secretary-General to report to it at its seventy-ninth session on the"
        " implementation of the resolution, and the present report has been prepared in response.",
        "In resolution 77/12, the Assembly asked the Secretary-General to submit a report; the present report is submitted accordingly.",
        "The Secretary-General was requested by the General Assembly in its resolution 77/12 to submit a report at its seventy-ninth"
        " session. The present report is submitted in response.",
        "The Secretary-General was requested, in resolution 77/12, to report on the matter. The present report is submitted accordingly.",
    ],
)
def test_the_request_told_before_is_answered_without_being_named(sentence):
    assert OWN in mandates(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no request told: "accordingly" points at nothing the text gave
        "The General Assembly adopted resolution 77/12 on 7 December 2022. The present report is submitted accordingly.",
        "In its resolution 77/12, the General Assembly welcomed the progress made. The present report is submitted in response.",
    ],
)
def test_no_request_told_gives_no_mandate(sentence):
    assert OWN not in mandates(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The present report is submitted pursuant to General Assembly resolution 77/12, as well as resolution 78/5.",
         {OWN, ("A/79/400", "ga/res/78/5")}),
        ("The present report is submitted pursuant to General Assembly resolution 77/12, and resolution 78/5.",
         {OWN, ("A/79/400", "ga/res/78/5")}),
        ("The present report is submitted in accordance with Human Rights Council resolution 28/16 as well as General Assembly resolution 78/5.",
         {("A/79/400", "hrc/res/28/16"), ("A/79/400", "ga/res/78/5")}),
        ("The present report is submitted as a follow-up to General Assembly resolution 77/12.", {OWN}),
        ("The present report is prepared as follow-up to Economic and Social Council resolution 2022/5.",
         {("A/79/400", "ecosoc/res/2022/5")}),
        ("The present report provides an update on the implementation of resolution 77/12, as called for in paragraph 15 of that resolution.",
         {OWN}),
        ("The present report provides an update on the implementation of the strategy, as requested in paragraph 15 of resolution 77/12.",
         {OWN}),
        ("This report reviews the progress made, as mandated by the Economic and Social Council in its resolution 2022/5.",
         {("A/79/400", "ecosoc/res/2022/5")}),
    ],
)
def test_mandates_joined_set_off_or_followed_up(sentence, expected):
    assert mandates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report complements the previous report submitted pursuant to resolution 76/3.",
        "The present report complements my last report, which was submitted pursuant to General Assembly resolution 76/3.",
        "The present report updates the third progress report (A/78/150), prepared in accordance with resolution 76/3.",
        "The present report describes the activities carried out as a follow-up to resolution 76/3.",
        "The present report describes the measures taken pursuant to that resolution.",
    ],
)
def test_an_earlier_papers_mandate_or_other_work_is_not_the_reports(sentence):
    assert ("A/79/400", "ga/res/76/3") not in mandates(sentence)


def test_the_earlier_paper_named_by_its_symbol_keeps_its_mandate():
    facts = mandates("The present report updates the third progress report (A/78/150), prepared in accordance with resolution 76/3.")
    assert facts == {("A/78/150", "ga/res/76/3")}


def test_a_commission_s_note_told_back():
    text = in_note(
        "In its resolution 12/1, the Commission requested the Secretariat to report to it at its thirteenth session."
        " The present note is submitted accordingly."
    )
    extraction = extract(text, source_key="note", registry=registry())
    facts = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "pursuantTo"}
    assert (NOTE_SYMBOL, "ccr/res/12/1") in facts
