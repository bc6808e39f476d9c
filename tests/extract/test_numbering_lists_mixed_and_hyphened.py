"""A1's family 4 (non-standard numbering and ranges), in the default numbering: a plural keyword's
list that goes from the General Assembly's numbering until 1976 ("2150 (XXI)", the session in Roman
numerals in brackets) to the slash of later years ("31/192"), or back, and a range written with an
ASCII hyphen ("decisions 11/101 - 11/103", "resolutions 78/12-78/14"), as plain-text tools and web
pages print the dash. Each reader of `references.find_instruments` followed its own form only, and
the range reader took the dash and the en dash alone: the members after the first were lost.
Near misses: a hyphen between numbers of two sessions or counting down (no range), paragraphs,
years, articles and pages written with a slash or a dot (no instrument)."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_resolution, in_sg_report


def mentioned(sentence: str) -> set[str]:
    return {o for _, o in in_sg_report(sentence, "mentions")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In its resolutions 2150 (XXI) and 31/192, the Assembly requested the Secretary-General to report.",
         {"ga/res/21/2150", "ga/res/31/192"}),
        ("In its resolutions 31/192 and 2150 (XXI), the Assembly requested the Secretary-General to report.",
         {"ga/res/21/2150", "ga/res/31/192"}),
        # each member dated: the list goes on past the date
        ("In its resolutions 2150 (XXI) of 4 November 1966 and 31/192 of 22 December 1976, the Assembly acted.",
         {"ga/res/21/2150", "ga/res/31/192"}),
        ("The present report responds to resolutions 1514 (XV), 2150 (XXI) and 31/192.",
         {"ga/res/15/1514", "ga/res/21/2150", "ga/res/31/192"}),
        ("The present report responds to resolutions 31/192, 1514 (XV) and 2150 (XXI).",
         {"ga/res/15/1514", "ga/res/21/2150", "ga/res/31/192"}),
        ("In its resolutions 2150 (XXI), 2205 (XXI) and 32/197, the Assembly requested the Secretary-General to report.",
         {"ga/res/21/2150", "ga/res/21/2205", "ga/res/32/197"}),
        # another organ that numbered so until 1976
        ("The Economic and Social Council, in its resolutions 1296 (XLIV) of 23 May 1968 and 1996/31 of 25 July 1996, set out the arrangements.",
         {"ecosoc/res/44/1296", "ecosoc/res/1996/31"}),
    ],
)
def test_a_list_goes_on_in_the_other_form(sentence, expected):
    assert mentioned(sentence) == expected


def test_each_member_of_a_mixed_list_keeps_its_own_date():
    dated = in_sg_report(
        "In its resolutions 2150 (XXI) of 4 November 1966 and 31/192 of 22 December 1976, the Assembly acted.", "adoptedOn"
    )
    assert dated == {("ga/res/21/2150", "1966-11-04"), ("ga/res/31/192", "1976-12-22")}


def test_every_member_of_a_mixed_list_requests():
    asked = in_sg_report("In its resolutions 31/192 and 2150 (XXI), the Assembly requested the Secretary-General to report.", "requests")
    assert asked == {("ga/res/31/192", "secretary-general"), ("ga/res/21/2150", "secretary-general")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report is submitted pursuant to General Assembly resolutions 78/12 - 78/14.",
        "The present report is submitted pursuant to General Assembly resolutions 78/12-78/14.",
        "The present report is submitted pursuant to General Assembly resolutions 78/12–78/14.",
        "The present report is submitted pursuant to General Assembly resolutions 78/12 to 78/14.",
    ],
)
def test_a_range_with_a_hyphen_is_a_range(sentence):
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/400", f"ga/res/78/{n}") for n in (12, 13, 14)}


def test_a_commission_recalls_a_range_of_its_decisions_with_a_hyphen():
    cited = facts(in_resolution("Recalling its decisions 10/101 - 10/103 and its resolution 11/2,", "1. Requests the Secretariat to report;"), "cites")
    assert cited == {("ccr/res/12/1", f"ccr/dec/10/{n}") for n in (101, 102, 103)} | {("ccr/res/12/1", "ccr/res/11/2")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no range: another session after the hyphen, or counting down
        ("The present report is submitted pursuant to General Assembly resolutions 78/14 - 78/12.", {"ga/res/78/14"}),
        # a title after a hyphen
        ("The present report is submitted pursuant to resolution 78/12 - Strengthening coordination.", {"ga/res/78/12"}),
        # a paragraph range of one resolution
        ("The present report is submitted pursuant to General Assembly resolution 78/12, paragraphs 4 - 14.", {"ga/res/78/12"}),
        # a singular keyword opens no list
        ("In its resolution 2150 (XXI) and 31/192 of the Council, the Assembly acted.", {"ga/res/21/2150"}),
        # years, paragraphs, articles and pages
        ("The Assembly approved the budget for the biennium 2034/2035 and took note of paragraph 9.3 of the annex.", set()),
        ("As stated in article 17.61 of the Staff Regulations and on page 12/40 of the manual, the rule applies.", set()),
    ],
)
def test_near_misses(sentence, expected):
    assert mentioned(sentence) == expected
