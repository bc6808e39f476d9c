"""A report whose masthead names its body but no session ("Report of the Working Group on Tide
Gauges" / "Sea-level datasets", as the Working Group on the Universal Periodic Review titles its
report on each State reviewed): the text tells which session adopted it ("The Working Group ...
held its twelfth session from ... At its 6th meeting, ..., the Working Group adopted the report on
sea-level datasets"), and the documents "issued for the review" listed under it went to that session.
Around it: two mandates each given by a paragraph of an instrument's annex ("In accordance with
paragraph 4 of the annex to Council resolution 3/2 and paragraph 2 of the annex to Council
resolution 30/8") are both the listed documents' mandates, and "X, established in accordance with
resolution 3/2, held its twelfth session" tells X's origin, no mandate of its session.

(Unseen u236 showed the family; the texts here are invented: a working group of an invented council
of the Assembly, `tests/data/working_groups_of_a_council.ttl`, and the phrasing commission's
Committee on Coastal Data, `tests/data/phrasing.ttl`.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with

DATA = Path(__file__).resolve().parents[1] / "data"
extracted = extracted_with(DATA / "working_groups_of_a_council.ttl")

WG = "ga/council-on-tidal-affairs/wg-tide-gauges"
COUNCIL = "ga/council-on-tidal-affairs"

COUNCIL_REPORT = (
    "United Nations\tA/TA/41/7\n"
    "\tGeneral Assembly\tDistr.: General\n12 May 2033\n\n"
    "Council on Tidal Affairs\nForty-first session\n2–20 June 2033\n\n"
    "\tReport of the Working Group on Tide Gauges\n\n"
    "\tSea-level datasets\n\n"
    "1.\t{first}\n"
    "2.\t{second}\n"
    "\t(a)\tA note by the secretariat (A/TA/WG.1/12/2);\n"
    "\t(b)\tA compilation of national submissions (A/TA/WG.1/12/3).\n"
)
HELD = "The Working Group on Tide Gauges held its twelfth session from 3 to 7 March 2033."
LISTED = "the following documents were issued for the review of the datasets:"
DOCS = ("A/TA/WG.1/12/2", "A/TA/WG.1/12/3")


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for rel, s, o in extracted(text) if rel == relation}


@pytest.mark.parametrize(
    "adopted",
    [
        "At its 6th meeting, held on 7 March 2033, the Working Group adopted the report on sea-level datasets.",
        "At its 6th meeting, on 7 March 2033, the Working Group adopted the present report.",
        "The Working Group adopted its report ad referendum at the closing meeting.",
        "On 7 March 2033, the Working Group on Tide Gauges adopted this report.",
    ],
)
def test_the_session_that_adopted_the_report_is_the_one_it_reports(adopted: str) -> None:
    text = COUNCIL_REPORT.format(first=f"{HELD} {adopted}", second=f"In accordance with Council resolution 3/2, {LISTED}")
    assert ("A/TA/41/7", f"{WG}#12") in facts(text, "reportOf")
    # the documents issued for the work the session did went to it
    assert {(doc, f"{WG}#12") for doc in DOCS} <= facts(text, "submittedTo")


@pytest.mark.parametrize(
    "lead",
    [
        LISTED,
        "the following reports were prepared for the consideration of the datasets:",
        "the following documents had been made available for the session:",
    ],
)
def test_a_list_issued_for_the_work_goes_to_the_session_reported(lead: str) -> None:
    adopted = "At its 6th meeting, the Working Group adopted the report on sea-level datasets."
    text = COUNCIL_REPORT.format(first=f"{HELD} {adopted}", second=f"In accordance with Council resolution 3/2, {lead}")
    assert {(doc, f"{WG}#12") for doc in DOCS} <= facts(text, "submittedTo")


@pytest.mark.parametrize(
    "adopted",
    [
        # another body adopted it
        "At its 6th meeting, the Council on Tidal Affairs adopted the report on sea-level datasets.",
        # another paper, named
        "At its 6th meeting, the Working Group adopted the report of the secretariat (A/TA/WG.1/12/4).",
        "At its 6th meeting, the Working Group adopted the draft report on sea-level datasets.",
        # not adopted
        "At its 6th meeting, the Working Group took note of the report on sea-level datasets.",
        # the report of another session, named
        "At its 6th meeting, the Working Group adopted the report on its eleventh session.",
    ],
)
def test_no_session_for_another_adoption(adopted: str) -> None:
    text = COUNCIL_REPORT.format(first=f"{HELD} {adopted}", second=f"In accordance with Council resolution 3/2, {LISTED}")
    assert not {o for s, o in facts(text, "reportOf") if s == "A/TA/41/7"}
    assert not facts(text, "submittedTo") & {(doc, f"{WG}#12") for doc in DOCS}


def test_two_sessions_told_held_leave_the_report_without_one() -> None:
    first = (
        "The Working Group on Tide Gauges held its eleventh session from 4 to 8 March 2032 and its twelfth "
        "session from 3 to 7 March 2033. At its 6th meeting, the Working Group adopted the report on sea-level datasets."
    )
    text = COUNCIL_REPORT.format(first=first, second=f"In accordance with Council resolution 3/2, {LISTED}")
    assert not {o for s, o in facts(text, "reportOf") if s == "A/TA/41/7"}


def test_a_list_issued_for_the_review_with_no_session_reported_goes_nowhere() -> None:
    text = COUNCIL_REPORT.format(first="The Working Group met to review the datasets.", second=f"In accordance with Council resolution 3/2, {LISTED}")
    assert not {(doc, g) for doc, g in facts(text, "submittedTo") if doc in DOCS}


def test_a_report_of_a_known_session_keeps_it() -> None:
    # the phrasing commission's committee: its masthead names the session, the text's adoption adds nothing
    from .phrasing import facts as phrasing_facts

    text = (
        "United Nations E/CN.21/CD/2031/9\n\nCommission on Coastal Resilience\n\n"
        "Report of the Committee on Coastal Data on its ninth session\n\n"
        "1. The Committee on Coastal Data held its ninth session in Apia from 3 to 5 March 2031. At its closing "
        "meeting, the Committee adopted the present report.\n"
    )
    assert phrasing_facts(text, "reportOf") == {("E/CN.21/CD/2031/9", "ccr/committee-on-data#9")}


@pytest.mark.parametrize(
    "mandate",
    [
        "In accordance with paragraph 4 of the annex to Council resolution 3/2 and paragraph 2 of the annex to Council resolution 30/8,",
        "Pursuant to paragraph 4 (b) of the annex to Council resolution 3/2 and paragraph 2 of the annex to Council resolution 30/8,",
        "In accordance with Council resolution 3/2 and paragraph 2 of the annex to Council resolution 30/8,",
        "In accordance with paragraph 4 of the annex to Council resolution 3/2, as well as paragraph 2 of the annex to Council resolution 30/8,",
        # the first one's issuer named in full, before or after its number
        "In accordance with paragraph 4 (b) of the annex to General Assembly resolution 60/251 and paragraph 2 of the annex to Council resolution 30/8,",
        "In accordance with paragraph 4 of the annex to resolution 3/2 of the Council on Tidal Affairs and paragraph 2 of the annex to Council resolution 30/8,",
    ],
)
def test_two_annexed_paragraphs_give_each_listed_document_both_mandates(mandate: str) -> None:
    adopted = "At its 6th meeting, the Working Group adopted the report on sea-level datasets."
    text = COUNCIL_REPORT.format(first=f"{HELD} {adopted}", second=f"{mandate} {LISTED}")
    first = "ga/res/60/251" if "60/251" in mandate else f"{COUNCIL}/res/3/2"
    assert {(doc, ref) for doc in DOCS for ref in (first, f"{COUNCIL}/res/30/8")} <= facts(text, "pursuantTo")


@pytest.mark.parametrize(
    "origin",
    [
        "The Working Group on Tide Gauges, established in accordance with Council resolution 3/2, held its twelfth session from 3 to 7 March 2033.",
        "The Working Group on Tide Gauges, set up pursuant to Council resolution 3/2, held its twelfth session from 3 to 7 March 2033.",
        "The Working Group on Tide Gauges, created under Council resolution 3/2, held its twelfth session from 3 to 7 March 2033.",
    ],
)
def test_the_origin_of_the_body_is_no_mandate_of_its_session(origin: str) -> None:
    text = COUNCIL_REPORT.format(first=origin, second="The Working Group reviewed the datasets.")
    assert ("ga/council-on-tidal-affairs/res/3/2", WG) in facts(text, "establishes")
    assert not {(g, m) for g, m in facts(text, "pursuantTo") if g.startswith(WG + "#")}


def test_a_session_held_under_a_mandate_keeps_it() -> None:
    # control: the mandate of the session itself ("In accordance with ..., the Working Group held ...")
    first = "In accordance with Council resolution 30/8, the Working Group on Tide Gauges held its twelfth session from 3 to 7 March 2033."
    text = COUNCIL_REPORT.format(first=first, second="The Working Group reviewed the datasets.")
    assert (f"{WG}#12", f"{COUNCIL}/res/30/8") in facts(text, "pursuantTo")
