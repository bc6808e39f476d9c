"""A specialized agency's assembly and its decisions as a delegate forwards them in an e-mail (E236,
u289), read with an invented agency (tests/data/agency_assembly_e236.ttl), with a General Assembly
resolution and a regional commission's report for the other bodies:

- year pairs: "for the 2034/2035 biennium" is two years, no decision "2034/2035" (nor "2030/2033");
- "the work of the Committee at its twentieth and twenty-first sessions": the sessions of the body
  whose work it was, not of the sentence's subject (which "took note of the report of X at its
  session" still is);
- "The Forty-First Session of the Assembly met in Lisbon from September 24 to 28, 2035": "met" tells
  where and when a session was held, as "was held" does;
- "The decision was adopted on September 27, 2035 and carries the number 41/3": the number given
  after the day; "decision 41/4 …, adopted the same day": the day told last; each adopted at the
  session held on that day;
- "The IOCH Assembly, having considered document CH/A/41/6, …:" in a decision forwarded alone: the
  paper went to the session that adopted it;
- a work programme's table "| ICUS 22 | April 2036 |" under "| Session | Tentative dates |": the
  session of the body the acronym names (its reference data's label), months giving no days.

Near misses: a draft that "would have requested", a proposal not accepted, a session's Bureau that
"met", a body's habit ("meets in Geneva every year"), a citation's date ("decision 39/4 of
12 July 2033") that "the same day" does not mean, a recital of its own over numbered paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import REFERENCE, extracted_with, in_sg_report

AGENCY = Path(REFERENCE).parent / "agency_assembly_e236.ttl"
read = extracted_with(AGENCY)

_HEADERS = (
    "From: Adebayo Tunde <t.adebayo@delegation.example>\n"
    "Sent: Monday, October 8, 2035 10:15 AM\n"
    "To: Heritage Desk <heritage@capital.example>\n"
    "Subject: IOCH Assembly - decision on the Committee (CH/A/41/9 Prov.)\n\n"
    "Colleagues,\n\n"
)
_NARRATIVE = (
    "Below is the decision as it appears in the provisional report of the IOCH Assembly.\n"
    "The Forty-First Session of the Assembly met in Lisbon from September 24 to 28, 2035.\n"
    "The decision was adopted on September 27, 2035 and carries the number 41/3.\n\n"
    "Note that our proposal for a third thematic session was not accepted; the earlier draft\n"
    "(CH/A/41/6, annex) would have requested the Committee to convene an expert group.\n\n"
)
_DECISIONS = (
    "---------- text ----------\n\n"
    "Decision 41/3\n"
    "Matters Concerning the Intergovernmental Committee on Underwater Cultural Sites\n\n"
    "The IOCH Assembly, having considered document CH/A/41/6, which contains a report on the work of\n"
    "the Committee at its twentieth and twenty-first sessions, and recalling its decision 39/4 of\n"
    "July 12, 2033, by which it extended the mandate of the Committee for the 2034/2035 biennium:\n\n"
    "(a) decided that the mandate of the Committee be extended for the 2036/2037 biennium;\n\n"
    "(b) requested the International Bureau to continue to assist the Committee;\n\n"
    "Work programme for the 2036/2037 biennium\n\n"
    "| Session | Tentative dates | Activity |\n"
    "|---------|-----------------|----------|\n"
    "| ICUS 22 | April 2036      | Survey methods |\n"
    "| ICUS 23 | October 2036    | Stocktaking |\n\n"
    "Also, decision 41/4 on archives, adopted the same day:\n\n"
    "Decision 41/4\n"
    "Matters Concerning the Standing Committee on Maritime Archives\n\n"
    "The IOCH Assembly, having considered document CH/A/41/7, requested the Standing Committee on\n"
    "Maritime Archives (SCMA) to continue its work on digitization.\n"
)
EMAIL = _HEADERS + _NARRATIVE + _DECISIONS
DEC_3, DEC_4 = "ioch/assembly/dec/41/3", "ioch/assembly/dec/41/4"
SESSION = "ioch/assembly#41"


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in read(text) if r == relation}


def test_year_pairs_are_no_decisions() -> None:
    named = {o for _, o in facts(EMAIL, "mentions")} | {o for _, o in facts(EMAIL, "cites")}
    assert not any("/2034/" in key or "/2036/" in key for key in named)
    assert "ioch/assembly/dec/39/4" in named  # (the decision the same clause cites is still read)


@pytest.mark.parametrize("span", ["2030/2031", "2030/2033", "2034/2035"])
def test_other_year_spans(span: str) -> None:
    text = EMAIL.replace("for the 2034/2035 biennium", f"for the period {span}")
    assert not any(span.replace("/", "") in o.replace("/", "") for _, o in facts(text, "mentions"))


def test_the_work_of_a_body_at_its_sessions() -> None:
    meetings = facts(EMAIL, "meetingOf")
    assert {("ioch/icus#20", "ioch/icus"), ("ioch/icus#21", "ioch/icus")} <= meetings
    assert ("ioch/assembly#20", "ioch/assembly") not in meetings


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        ("The General Assembly took note of the work of the Commission on Narcotic Drugs at its sixty-eighth session.",
         ("ecosoc/cnd#68", "ecosoc/cnd"), ("ga#68", "ga")),
        ("The General Assembly welcomed the deliberations of the Commission on Narcotic Drugs at its sixty-eighth session.",
         ("ecosoc/cnd#68", "ecosoc/cnd"), ("ga#68", "ga")),
        # near miss: a report of the body considered by the subject at the subject's session (unchanged)
        ("The General Assembly took note of the report of the Commission on Narcotic Drugs at its eightieth session.",
         ("ga#80", "ga"), ("ecosoc/cnd#80", "ecosoc/cnd")),
    ],
)
def test_whose_session_in_a_general_assembly_text(sentence: str, expected: tuple[str, str], not_expected: tuple[str, str]) -> None:
    found = in_sg_report(sentence, "meetingOf")
    assert expected in found and not_expected not in found


def test_a_session_that_met() -> None:
    assert (SESSION, "Lisbon") in facts(EMAIL, "heldIn")
    assert (SESSION, "2035-09-24/2035-09-28") in facts(EMAIL, "heldOn")


@pytest.mark.parametrize(
    ("sentence", "session", "place", "days"),
    [
        ("The seventy-ninth session of the General Assembly met in New York from September 6 to 14, 2034.",
         "ga#79", "New York", "2034-09-06/2034-09-14"),
        ("The sixty-eighth session of the Commission on Narcotic Drugs met in Vienna from 10 to 14 March 2025.",
         "ecosoc/cnd#68", "Vienna", "2025-03-10/2025-03-14"),
        ("The Commission on Narcotic Drugs at its sixty-eighth session met in Vienna from 10 to 14 March 2025.",
         "ecosoc/cnd#68", "Vienna", "2025-03-10/2025-03-14"),
    ],
)
def test_sessions_that_met_elsewhere(sentence: str, session: str, place: str, days: str) -> None:
    assert (session, place) in in_sg_report(sentence, "heldIn")
    assert (session, days) in in_sg_report(sentence, "heldOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bureau of the sixty-eighth session met in Vienna on 3 March 2025.",
        "The drafting group established at the sixty-eighth session met in Vienna on 3 March 2025.",
    ],
)
def test_others_that_met_date_no_session(sentence: str) -> None:
    assert not any(s == "ecosoc/cnd#68" or s == "ga#68" for s, _ in in_sg_report(sentence, "heldOn"))


def test_adoptions_told_by_their_day() -> None:
    assert {(DEC_3, "2035-09-27"), (DEC_4, "2035-09-27")} <= facts(EMAIL, "adoptedOn")
    assert {(DEC_3, SESSION), (DEC_4, SESSION)} <= facts(EMAIL, "adoptedAt")
    # (the day of decision 39/4, cited with its date, is no day "the same day" means)
    assert (DEC_4, "2033-07-12") not in facts(EMAIL, "adoptedOn")


@pytest.mark.parametrize(
    "told",
    [
        "The decision was adopted on September 27, 2035, and was given the number 41/3.",
        "This decision was adopted on 27 September 2035 and bears the number 41/3.",
    ],
)
def test_the_number_given_after_the_day(told: str) -> None:
    text = EMAIL.replace("The decision was adopted on September 27, 2035 and carries the number 41/3.", told)
    assert (DEC_3, "2035-09-27") in facts(text, "adoptedOn")
    assert (DEC_3, SESSION) in facts(text, "adoptedAt")


def test_a_day_outside_the_session_gives_no_session() -> None:
    text = EMAIL.replace("adopted on September 27, 2035 and carries", "adopted on October 2, 2035 and carries")
    assert (DEC_3, "2035-10-02") in facts(text, "adoptedOn")
    assert (DEC_3, SESSION) not in facts(text, "adoptedAt")


def test_papers_considered_in_the_formula() -> None:
    assert {("CH/A/41/6", SESSION), ("CH/A/41/7", SESSION)} <= facts(EMAIL, "submittedTo")


def test_a_draft_that_would_have_requested_gives_nothing() -> None:
    assert not any(o == "ioch/icus" for _, o in facts(EMAIL, "requests"))


def test_a_work_programme_by_acronym() -> None:
    meetings = facts(EMAIL, "meetingOf")
    assert {("ioch/icus#22", "ioch/icus"), ("ioch/icus#23", "ioch/icus")} <= meetings
    assert not any(s.startswith("ioch/icus#2") for s, _ in facts(EMAIL, "heldOn"))  # months only


def test_an_acronym_of_no_body_lists_nothing() -> None:
    text = EMAIL.replace("| ICUS 22 |", "| ABCD 22 |")
    assert not any(s.endswith("#22") for s, _ in facts(text, "meetingOf"))


def test_a_one_sentence_decision_in_the_past_under_the_acronym() -> None:
    # "The IOCH Assembly, having considered document X, requested the Standing Committee …": the
    # formula's recital set off, then the verb in the past, as WHO's "The Executive Board, having
    # considered …, requested"
    assert (DEC_4, "ioch/scma") in facts(EMAIL, "requests")


def test_a_lead_in_to_the_next_text_is_no_citation() -> None:
    # "Also, decision 41/4 on archives, adopted the same day:" over "Decision 41/4": the writer's
    # line between two pasted texts, not a paragraph of 41/3 citing 41/4
    assert (DEC_3, DEC_4) not in facts(EMAIL, "cites")
    assert (DEC_3, "ioch/assembly/dec/39/4") in facts(EMAIL, "cites")


def test_a_paragraph_naming_another_text_before_a_colon_still_cites_it() -> None:
    # near miss: the text's own paragraph names another decision and ends with a colon, no heading of
    # that decision follows
    text = EMAIL.replace(
        "(b) requested the International Bureau to continue to assist the Committee;\n\n",
        "(b) requested the International Bureau to continue to assist the Committee;\n\n"
        "(c) recalled the priorities set out in decision 40/2:\n\n(i) survey methods;\n\n",
    )
    assert (DEC_3, "ioch/assembly/dec/40/2") in facts(text, "cites")


def test_a_document_that_contains_the_report_of_sessions() -> None:
    assert {("CH/A/41/6", "ioch/icus#20"), ("CH/A/41/6", "ioch/icus#21")} <= facts(EMAIL, "reportOf")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The General Assembly, having considered document A/80/7, which contains a factual report on the work of the "
         "Commission on Narcotic Drugs at its sixty-eighth session, decided to act.", {("A/80/7", "ecosoc/cnd#68")}),
        ("The General Assembly had before it document E/2025/28, containing the report of the Commission on Narcotic Drugs "
         "on its sixty-eighth session.", {("E/2025/28", "ecosoc/cnd#68")}),
        # near misses: a report of no gathering; gatherings of two bodies in the clause
        ("The Commission considered document E/CN.7/2025/2, which contains the report of the Secretary-General on drug "
         "control.", set()),
        ("The General Assembly had before it document A/80/7, which contains a report on the work of the Commission on "
         "Narcotic Drugs at its sixty-eighth session together with the views of the Commission on the Status of Women at its "
         "seventieth session.", set()),
    ],
)
def test_documents_that_contain_a_report(sentence: str, expected: set[tuple[str, str]]) -> None:
    found = {(s, o) for s, o in in_sg_report(sentence, "reportOf") if s != "A/79/400"}
    assert found == expected
