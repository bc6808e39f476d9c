"""Bodies an instrument created, told in a report's narrative in three ways the new-body rules did not
read:

- named again by its kind after the establishing verb, described before in the same sentence (an
  agenda item's or a report's title): "Item 41, "Report of the open-ended working group on the
  follow-up to X", is included pursuant to resolution 86/241, by which the Assembly decided to
  establish that working group and requested it to report";
- described with what it follows up before its kind: "an intergovernmental follow-up committee on
  graduation support", "a follow-up mechanism on ...";
- a bank, a fund or an institute named in capitals: "the Technology Bank for the Least Developed
  Countries, which the Assembly brought into being by its resolution 71/251", "the Adaptation Fund,
  established by ...".

Near misses: the kind said again with no body described before it, a body of another kind described
before, a known bank only named, a follow-up meeting (an event), the fund or institute whose organ is
established ("the Executive Board of the Adaptation Fund ... shall be established")."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def established(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "establishes")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ('Item 41, "Report of the open-ended working group on the follow-up to the Declaration on Future Generations", '
         "is included pursuant to General Assembly resolution 86/241, by which the Assembly decided to establish that "
         "working group and requested it to report to the Assembly.",
         ("ga/res/86/241", "ga/working-group-on-the-follow-up-to-the-declaration-on-future-generations")),
        # a functional commission's expert group, named in a report's title, "this" and "set up"
        ("The report of the expert group on ocean accounts (E/CN.3/2031/12) is before the Commission under "
         "Economic and Social Council resolution 2029/7, by which the Council decided to set up this expert group.",
         ("ecosoc/res/2029/7", "ecosoc/expert-group-on-ocean-accounts")),
        # a task force described as the subject, "the same task force" after "created"
        ("The work of the inter-agency task force on rural water, for which the General Assembly provided in "
         "resolution 77/12, by which it decided to create the same task force, is summarized below.",
         ("ga/res/77/12", "ga/task-force-on-rural-water")),
    ],
)
def test_a_body_named_again_by_its_kind_is_the_one_described_before(sentence, fact):
    assert established(sentence) == {fact}


def test_the_body_named_again_is_also_the_one_asked():
    sentence = (
        'Item 41, "Report of the open-ended working group on the follow-up to the Declaration on Future Generations", '
        "is included pursuant to General Assembly resolution 86/241, by which the Assembly decided to establish that "
        "working group and requested it to report to the Assembly."
    )
    assert in_sg_report(sentence, "requests") == {
        ("ga/res/86/241", "ga/working-group-on-the-follow-up-to-the-declaration-on-future-generations")
    }


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("By its resolution 86/212, the General Assembly decided to create an intergovernmental follow-up committee "
         "on graduation support, to be serviced by the Office.",
         ("ga/res/86/212", "ga/committee-on-graduation-support")),
        ("In resolution 2031/5, the Economic and Social Council decided to establish a follow-up mechanism on the "
         "review of national reports.",
         ("ecosoc/res/2031/5", "ecosoc/mechanism-on-the-review-of-national-reports")),
        ("By resolution 77/12, the General Assembly established a followup working group on coastal data.",
         ("ga/res/77/12", "ga/working-group-on-coastal-data")),
    ],
)
def test_a_follow_up_body_is_described_by_its_kind(sentence, fact):
    assert established(sentence) == {fact}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Office also hosts the secretariat of the Technology Bank for the Least Developed Countries, which the "
         "Assembly brought into being by its resolution 71/251 of 23 December 2016.",
         ("ga/res/71/251", "ga/technology-bank-for-the-least-developed-countries")),
        ("The Adaptation Fund for Coastal Communities, established by General Assembly resolution 77/12, met twice.",
         ("ga/res/77/12", "ga/adaptation-fund-for-coastal-communities")),
        ("The Research Institute on Drylands was set up by Economic and Social Council resolution 2030/4.",
         ("ecosoc/res/2030/4", "ecosoc/research-institute-on-drylands")),
    ],
)
def test_a_bank_a_fund_or_an_institute_named_in_capitals_is_a_body(sentence, fact):
    assert established(sentence) == {fact}


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("By resolution 77/12, the General Assembly decided that the Executive Board of the Adaptation Fund for Coastal "
         "Communities shall be established.", "ga/adaptation-fund-for-coastal-communities"),
        ("The Governing Council of the Research Institute on Drylands was established by General Assembly resolution "
         "77/12.", "ga/research-institute-on-drylands"),
    ],
)
def test_the_fund_whose_organ_is_established_is_not(sentence, owner):
    assert owner not in {body for _, body in established(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        # the kind said again, no body described before it
        "By resolution 86/241, the General Assembly decided to establish that working group.",
        # a body of another kind described before
        'Item 41, "Report of the expert group on coastal data", is included pursuant to General Assembly resolution '
        "86/241, by which the Assembly decided to establish that working group.",
        # a bank named, nothing set up
        "The General Assembly, in resolution 77/12, invited the World Bank and the African Development Bank to report.",
        # a follow-up meeting: an event, no body
        "By resolution 77/12, the General Assembly decided to convene a follow-up meeting on coastal data.",
    ],
)
def test_near_misses_establish_nothing(sentence):
    assert established(sentence) == set()
