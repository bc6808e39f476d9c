"""A passive request whose addressee and verb stand apart (E192, cells of the lead's grid r16):

- a mandate phrase set off by commas between them: "The Secretary-General, in accordance with
  resolution 77/12, was requested to report", "The Working Group …, pursuant to resolution 12/3, was
  requested to …", "UNEP, under the terms of resolution 77/12, is required to …": the instrument asks
  the subject, as "The Secretary-General was, in resolution 77/12, requested" was read
  (`relate._SUBJECT_THEN_MANDATE_SET_OFF` in `intro_instruments`, `_SET_OFF_BEFORE_AUXILIARY` in
  `subject_before`); the issuer's name in front of the number or after "of" is no subject ("…, in
  accordance with General Assembly resolution 77/12, was requested"), and may stand in the set-off
  phrase as in the other places an instrument is set off ("was, in General Assembly resolution 77/12,
  requested", `mandate_verbs._PASSIVE_BEFORE`, `relate._THROUGH_ITS`);
- "is required to": "Under the terms of resolution 77/12, the Secretary-General is required to report
  annually", "is required by resolution 77/12 to" (`rules/mandate_verbs.MANDATE_VERB`, a request);
  "Under the terms (provisions) of" names the instrument's text as "Under" does.

Near misses: an active verb after the set-off phrase is the subject's own act under the mandate; "is
required to be submitted" tells of a paper; "the resources required to"; Member States; a draft's
"would be required"; a note's own invitation after "Pursuant to" ("the Assembly is invited to take
note")."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, REFERENCE, extracted_with, in_sc_report, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The Secretary-General, in accordance with resolution 77/12, was requested to report on the matter.", "secretary-general"),
        ("The Secretary-General, in accordance with General Assembly resolution 77/12, was requested to report on the matter.",
         "secretary-general"),
        ("The Secretary-General, pursuant to paragraph 5 of resolution 77/12, was also requested to submit a study.", "secretary-general"),
        ("The United Nations Environment Programme, under the terms of resolution 77/12, is required to report annually.", "unep"),
        ("The United Nations Environment Programme, in line with resolution 77/12, has been invited to contribute.", "unep"),
        ("The Secretary-General, in General Assembly resolution 77/12, was requested to report on the matter.", "secretary-general"),
        ("The Secretary-General was, in General Assembly resolution 77/12, requested to report on the matter.", "secretary-general"),
        ("Under the terms of resolution 77/12, the Secretary-General is required to report annually on the matter.", "secretary-general"),
        ("Pursuant to resolution 77/12, the Secretary-General is also required to submit a report.", "secretary-general"),
        ("The Secretary-General is required by resolution 77/12 to report annually.", "secretary-general"),
        ("The Secretary-General was required, under resolution 77/12, to report annually.", "secretary-general"),
        ("Under the terms of resolution 77/12, the Secretary-General is requested to report annually on the matter.", "secretary-general"),
    ],
)
def test_the_instrument_asks_the_subject(sentence, asked):
    relation = "invites" if "invited" in sentence else "requests"
    assert in_sg_report(sentence, relation) == {("ga/res/77/12", asked)}


def test_a_commissions_working_group_in_its_report():
    sentence = "The Working Group on Early Warning Systems, in accordance with resolution 12/3, was requested to prepare guidelines."
    assert ("requests", "ccr/res/12/3", "ccr/wg-early-warning") in with_treaty(ACTION_TAKEN.format(s=sentence))


def test_a_treaty_bodys_committee_asked_by_its_decision():
    sentence = (
        "The Implementation Committee of the Convention on Coastal Wetlands, in accordance with decision 7/2 of the Meeting of the"
        " Parties to the Convention on Coastal Wetlands, was requested to review the matter."
    )
    found = with_treaty(ACTION_TAKEN.format(s=sentence))
    assert {(s, o) for r, s, o in found if r == "requests"} == {("cw-mop/dec/7/2", "cw-mop/implementation-committee")}


def test_the_security_council_asks_the_secretary_general():
    sentence = "The Secretary-General, in accordance with resolution 2700 (2031), was requested to report every 90 days."
    assert in_sc_report(sentence, "requests") == {("security-council/res/2031/2700", "secretary-general")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject's own act under the mandate
        "The Secretary-General, pursuant to resolution 77/12, submitted a report on the matter.",
        "The Secretary-General, in accordance with resolution 77/12, convened a meeting of experts.",
        # a paper, things, Member States
        "Under resolution 77/12, the report is required to be submitted annually.",
        "The resources required to implement resolution 77/12 are set out below.",
        "Under resolution 77/12, Member States are required to report annually.",
        # a draft
        "Under draft resolution A/C.3/79/L.5, the Secretary-General would be required to report annually.",
        # the note's own suggestion
        "Pursuant to resolution 77/12, the General Assembly is invited to take note of the present report.",
    ],
)
def test_near_misses_ask_nobody(sentence):
    assert in_sg_report(sentence, "requests", "invites") == set()
