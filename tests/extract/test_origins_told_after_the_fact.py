"""A1's family 5: a body whose establishment the text tells after the fact, and what the text then
asks of it. Two gaps a grid of invented cells found (/work/grid/r20/e239.grid):

- "was launched" read only with the instrument right after "by" ("was launched by resolution 2452
  (2019)"): not with the issuer and "in its" before it ("launched by the Security Council in its
  resolution 2452 (2019)"), nor with when before it ("launched in 2019 by ...", "launched by the
  Commission in 2029 by its resolution 11/2"), as the other verbs of the family are read.
- "Requests the Expert Group on Coastal Statistics, established by its resolution 11/2, to report
  ...": the verb that asks comes before the participle that creates the body, and found no body; the
  origin set off after the name (a comma, ", which was") is now read first (`relate.Reader.
  appositive_origins_first`).

Near misses: a mandate renewed, extended or reviewed; "established in 2029" with no instrument;
"established practice"; an initiative launched by a person; a body named only as a partner ("in
consultation with"); a body never established asked nothing."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note, in_resolution, in_sg_report, ACTION_TAKEN

GROUP = "ccr/expert-group-on-coastal-statistics"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Panel of Experts was launched by the Security Council in its resolution 2452 (2019).",
         ("security-council/res/2019/2452", "security-council/panel-of-experts")),
        ("The Panel of Experts was launched in 2019 by Security Council resolution 2452 (2019).",
         ("security-council/res/2019/2452", "security-council/panel-of-experts")),
        ("The Panel of Experts was launched by Security Council resolution 2452 (2019).",
         ("security-council/res/2019/2452", "security-council/panel-of-experts")),
        ("The Advisory Group on Rural Water was launched by the General Assembly in its resolution 77/12.",
         ("ga/res/77/12", "ga/advisory-group-on-rural-water")),
    ],
)
def test_launched_with_the_issuer_or_when_before_the_instrument(sentence, fact):
    assert in_sg_report(sentence, "establishes") == {fact}


def test_launched_by_a_commission_in_a_year_by_its_resolution():
    text = ACTION_TAKEN.format(s="The Expert Group on Coastal Statistics was launched by the Commission in 2029 by its resolution 11/2.")
    assert facts(text, "establishes") == {("ccr/res/11/2", GROUP)}


@pytest.mark.parametrize(
    ("paragraph", "relation", "instrument"),
    [
        ("1. Requests the Expert Group on Coastal Statistics, established by its resolution 11/2, to report to the Commission at its thirteenth session;",
         "requests", "ccr/res/11/2"),
        ("1. Requests the Expert Group on Coastal Statistics, which was established by resolution 11/2, to report to the Commission;",
         "requests", "ccr/res/11/2"),
        ("1. Encourages the Expert Group on Coastal Statistics, set up under its decision 11/102, to consult widely;",
         "encourages", "ccr/dec/11/102"),
        ("1. Invites the Expert Group on Coastal Statistics, created by its resolution 11/2, to share its findings;",
         "invites", "ccr/res/11/2"),
    ],
)
def test_the_body_set_off_with_its_origin_is_the_one_asked(paragraph, relation, instrument):
    text = in_resolution(paragraph)
    assert facts(text, "establishes") == {(instrument, GROUP)}
    assert ("ccr/res/12/1", GROUP) in facts(text, relation)


def test_a_known_body_set_off_with_its_origin_is_still_asked():
    text = in_resolution("1. Requests the Working Group on Early Warning Systems, established by its resolution 10/3, to report;")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(text, "requests")
    assert facts(text, "establishes") == {("ccr/res/10/3", "ccr/wg-early-warning")}


def test_a_general_assembly_body_set_off_with_its_origin_is_asked():
    asked = in_sg_report(
        "The Assembly requested the Advisory Group on Rural Water, established by its resolution 77/12, to report at its eightieth session.",
        "requests", "establishes",
    )
    assert ("ga/res/77/12", "ga/advisory-group-on-rural-water") in asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission extended the mandate of the Expert Group on Coastal Statistics by its resolution 12/3.",
        "The Commission renewed the mandate of the Expert Group on Coastal Statistics in its resolution 12/3.",
        "The Commission reviewed the Expert Group on Coastal Statistics, established in 2029.",
        "In line with established practice under resolution 11/2, the Expert Group on Coastal Statistics met twice.",
    ],
)
def test_no_establishment(sentence):
    assert facts(in_note(sentence), "establishes") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign was launched by the Secretary-General in 2019 in line with resolution 70/1.",
        "The initiative was launched by the Secretary-General at the Summit, as requested in resolution 70/1.",
    ],
)
def test_an_initiative_launched_by_a_person_is_no_body(sentence):
    assert in_sg_report(sentence, "establishes") == set()


def test_a_partner_set_off_with_its_origin_is_not_asked():
    text = in_resolution(
        "1. Requests the Secretariat, in consultation with the Expert Group on Coastal Statistics, established by resolution 11/2, to report;"
    )
    assert ("ccr/res/12/1", GROUP) not in facts(text, "requests")


def test_a_body_never_established_is_asked_nothing():
    text = in_resolution("1. Requests the Expert Group on Coastal Statistics to report to the Commission at its thirteenth session;")
    assert facts(text, "requests") == set()
