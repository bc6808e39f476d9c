"""Three families of E241 (spent set u290–u294):

- the sitting and its day told before the adopter ("At its 6th plenary meeting, on 16 December 2036,
  the Commission adopted the following resolutions, which are brought to the attention of the
  Council:"): the day of every text listed below, as "adopted the following resolutions at its 6th
  meeting, on …" gives it; near miss: a day that is no sitting's ("In December 2036, the Commission
  adopted the following"), a sitting told in another clause;
- gatherings held in pairs of place and days without "respectively" ("its twenty-second and
  twenty-third meetings, held in Beirut on 4 and 5 June 2035 and in Tunis on 9 and 10 June 2036
  (X and Y, respectively)"): the n-th pair is the n-th gathering's; near miss: two places and one
  span, or pairs that do not number the gatherings;
- a lettered part inside a list of resolutions ("resolutions 48/218 B and 54/244"), and the work a
  report gives account of, told bare under its mandate ("OIOS conducted the evaluation pursuant to
  its mandate under …"): the report's `pursuantTo` each; near miss: "an evaluation", "the
  evaluation of UNEP" (another piece of work).
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SESSION_REPORT, facts, in_sg_report, shipped_registry, stated

LIST_REPORT = SESSION_REPORT.split("1. The following")[0] + (
    "1. {s}\n\n"
    "12/4. Coastal data for all\n\nThe Commission on Coastal Resilience,\n\n"
    "1. Requests the Executive Secretary to report to the Commission at its thirteenth session;\n\n"
    "12/5. Tides and currents\n\nThe Commission on Coastal Resilience,\n\n"
    "1. Invites the Tides Committee to share its data.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 6th plenary meeting, on 14 March 2031, the Commission adopted the following resolutions, "
        "which are brought to the attention of the Council:",
        "At its 9th meeting, on 14 March 2031, the Commission on Coastal Resilience adopted the following resolutions:",
        "During its closing meeting, on 14 March 2031, the Commission also adopted the following resolutions:",
    ],
)
def test_the_day_of_the_sitting_before_the_adopter(sentence: str) -> None:
    found = facts(LIST_REPORT.format(s=sentence), "adoptedOn")
    assert {("ccr/res/12/4", "2031-03-14"), ("ccr/res/12/5", "2031-03-14")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "In March 2031, the Commission adopted the following resolutions:",
        "At its 6th plenary meeting, on 14 March 2031, the Commission heard a statement; it adopted the following resolutions:",
    ],
)
def test_no_day_of_a_sitting_before_the_adopter(sentence: str) -> None:
    found = facts(LIST_REPORT.format(s=sentence), "adoptedOn")
    assert not any(s in ("ccr/res/12/4", "ccr/res/12/5") for s, _ in found)


PAIRS = [
    (
        "The Commission considered the reports of the Statistical Commission on its sixty-first and sixty-second "
        "sessions, held in New York on 4 and 5 March 2030 and in Geneva on 9 and 10 March 2031 (E/2030/24 and "
        "E/2031/24, respectively).",
        {("ecosoc/statistical-commission#61", "New York"), ("ecosoc/statistical-commission#62", "Geneva")},
        {("ecosoc/statistical-commission#61", "2030-03-04/2030-03-05"), ("ecosoc/statistical-commission#62", "2031-03-09/2031-03-10")},
    ),
    (
        "The Board recalled the Commission on Narcotic Drugs' sixty-eighth and sixty-ninth sessions, which were held "
        "in Vienna from 10 to 14 March 2025 and at Nairobi from 9 to 13 March 2026.",
        {("ecosoc/cnd#68", "Vienna"), ("ecosoc/cnd#69", "Nairobi")},
        {("ecosoc/cnd#68", "2025-03-10/2025-03-14"), ("ecosoc/cnd#69", "2026-03-09/2026-03-13")},
    ),
]


@pytest.mark.parametrize("sentence, places, days", PAIRS)
def test_each_pair_of_place_and_days_is_its_gatherings(sentence: str, places: set, days: set) -> None:
    assert places <= in_sg_report(sentence, "heldIn")
    assert days <= in_sg_report(sentence, "heldOn")


@pytest.mark.parametrize(
    "sentence",
    [
        # three pairs for two sessions: no pairing
        "The Commission considered the reports of the Statistical Commission on its sixty-first and sixty-second "
        "sessions, held in New York on 4 March 2030, in Geneva on 9 March 2031 and in Rome on 2 May 2031.",
        # one place, two spans
        "The Commission considered the reports of the Statistical Commission on its sixty-first and sixty-second "
        "sessions, held in New York on 4 March 2030 and on 9 March 2031 (E/2030/24 and E/2031/24, respectively).",
    ],
)
def test_pairs_that_do_not_number_the_gatherings(sentence: str) -> None:
    held_in = in_sg_report(sentence, "heldIn")
    assert ("ecosoc/statistical-commission#62", "Rome") not in held_in
    assert ("ecosoc/statistical-commission#61", "Geneva") not in held_in


@pytest.mark.parametrize(
    "sentence, mandates",
    [
        ("The present report was prepared pursuant to General Assembly resolutions 48/218 B and 54/244.", {"ga/res/48/218", "ga/res/54/244"}),
        ("The report is submitted in accordance with resolutions 60/254 A, 61/275 and 64/263.", {"ga/res/60/254", "ga/res/61/275", "ga/res/64/263"}),
        ("OIOS conducted the evaluation pursuant to its mandate under General Assembly resolutions 48/218 B and 54/244.", {"ga/res/48/218", "ga/res/54/244"}),
        ("The Inspectors undertook the present review in accordance with General Assembly resolution 88/262.", {"ga/res/88/262"}),
        ("The Board of Auditors carried out the audit in accordance with General Assembly resolution 74/249.", {"ga/res/74/249"}),
    ],
)
def test_the_reports_mandates(sentence: str, mandates: set[str]) -> None:
    assert {("A/79/400", m) for m in mandates} <= in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "OIOS conducted an evaluation pursuant to General Assembly resolution 88/262.",
        "OIOS conducted the evaluation of UNEP pursuant to General Assembly resolution 88/262.",
        "In 2030, OIOS had conducted the evaluation in consultation with the Department, as the Assembly noted in resolution 88/262.",
    ],
)
def test_another_piece_of_work_is_not_the_reports(sentence: str) -> None:
    assert ("A/79/400", "ga/res/88/262") not in in_sg_report(sentence, "pursuantTo")


def test_the_parts_of_one_resolution_are_not_a_list() -> None:
    found = in_sg_report("The report responds to General Assembly resolution 48/218 A and B.", "mentions")
    assert ("A/79/400", "ga/res/48/218") in found
    assert len(found) == 1


# A masthead that dates the parts of a session one a line (as the Committee for Programme and
# Coordination's does; here a functional commission's): the substantive part's days are the session's;
# the organizational part's one day is no span of the session (E241)
CPC_MASTHEAD = (
    "E/CN.3/2031/4\nEconomic and Social Council\nDistr.: General\n19 March 2031\nOriginal: English\n\n"
    "Statistical Commission\nSeventy-first session\n{parts}\n"
    "Item 3 (b) of the provisional agenda\nProgramme questions: evaluation\n\n"
    "Report of the Secretary-General\n\n1. The present report reviews the programme of work.\n"
)


def _held_on(text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in stated(extract(text, source_key="test", registry=shipped_registry())) if r == "heldOn"}


@pytest.mark.parametrize("dash", ["–", "-"])
def test_the_substantive_parts_days_are_the_sessions(dash: str) -> None:
    text = CPC_MASTHEAD.format(parts=f"Organizational session, 18 April 2031\nSubstantive session, 1{dash}26 June 2031")
    assert _held_on(text) == {("ecosoc/statistical-commission#71", "2031-06-01/2031-06-26")}


def test_the_organizational_day_alone_dates_no_session() -> None:
    assert not _held_on(CPC_MASTHEAD.format(parts="Organizational session, 18 April 2031"))
