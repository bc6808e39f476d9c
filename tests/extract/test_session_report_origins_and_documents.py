"""A subsidiary body's session report and an annotated agenda (E141, from the spent u166 and u168):
origins told in the passive, a decision's invitation told back with "It had", the documents before a
session and where the next session meets. Invented sentences, numbers and dates, with the bodies of
the spent set's reference data (a convention's review committee, a General Assembly committee):

- "was brought into being by the Conference of the Parties (COP) through decision 1/COP.5", "was
  established, under its former name of ..., by the General Assembly in its resolution 33/134";
- "It had also invited X and Y to report": the decision the sentence before told of invites both;
- "ICCD/CRIC(26)/INF.1", "ICCD/COP(16)/L.3": a bracketed session, then a kind of paper;
- a documents row whose title's later sentence says "prepared pursuant to decision 7/COP.19";
- "adopted the draft report on its twenty-sixth session (X)", "(X) was introduced at the twenty-fifth
  session": before that session;
- "would be held in conjunction with COP 20, in Santiago, ..., from ... to ...", "is expected to
  take place in New York".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import BASE, REFERENCE, key

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"

CRIC_HEAD = (
    "United Nations Convention to Combat Desertification\nICCD/CRIC(24)/9\nDistr.: General\n3 May 2029\n"
    "Original: English\nCommittee for the Review of the Implementation of the Convention\nTwenty-fourth session\n"
    "Bonn, 23–27 April 2029\n\nReport of the Committee for the Review of the Implementation of the Convention on its "
    "twenty-fourth session, held in Bonn from 23 to 27 April 2029\n\n"
)
HLC_HEAD = (
    "                                                                   SSC/24/1\n United Nations\n"
    "                                                                   Distr.: General\n"
    " High-level Committee on\n South-South Cooperation                  Original: English\n"
    " Twenty-fourth session\n New York, 2–5 June 2029\n\n            Provisional agenda and annotations\n\n"
)
CRIC = "unccd-cop/cric"
HLC = "ga/hlc-south-south"


@lru_cache(maxsize=1)
def _registry():
    return load_registry(BASE, [REFERENCE, UNSEEN / "unccd.ttl", UNSEEN / "unccd-cric.ttl", UNSEEN / "south-south-committee.ttl"])


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="t", registry=_registry()).facts}


def _cric(*paragraphs: str) -> set[tuple[str, str, str]]:
    return _facts(CRIC_HEAD + "".join(f"{n}.\t{p}\n" for n, p in enumerate(paragraphs, 1)))


def _hlc(*paragraphs: str) -> set[tuple[str, str, str]]:
    return _facts(HLC_HEAD + "".join(f"          {p}\n\n" for p in paragraphs))


@pytest.mark.parametrize(
    "told",
    [
        "was brought into being by the Conference of the Parties (COP) through decision 1/COP.5 of 12 October 2001.",
        "was brought into existence by the Conference through its decision 1/COP.5.",
        "was established by the Conference of the Parties (COP) in its decision 1/COP.5.",
        "was established, under its former name of Committee on Land Review, by the Conference in its decision 1/COP.5.",
        "was brought into being, under its original name of Committee on Land Review, by decision 1/COP.5.",
    ],
)
def test_origin_in_the_passive_with_issuer_or_former_name_between(told: str) -> None:
    facts = _cric(f"The Committee for the Review of the Implementation of the Convention (CRIC) {told}")
    assert ("establishes", "unccd-cop/dec/5/1", CRIC) in facts


def test_brought_into_being_by_no_instrument_is_no_origin() -> None:
    facts = _cric("The Committee for the Review of the Implementation of the Convention was brought into being by the "
                  "efforts of the Parties, and decision 1/COP.5 welcomed it.")
    assert not any(rel == "establishes" for rel, _, _ in facts)


@pytest.mark.parametrize("verb", ["It had also invited", "It had invited", "It also invited"])
def test_it_had_invited_two_goes_on_with_the_decision_before(verb: str) -> None:
    facts = _cric("In decision 7/COP.21, the Conference requested the secretariat to prepare an assessment. "
                  f"{verb} the Global Environment Facility and the Green Climate Fund to report to the Committee.")
    assert {("invites", "unccd-cop/dec/21/7", "gef"), ("invites", "unccd-cop/dec/21/7", "gcf")} <= facts


def test_a_body_set_up_earlier_in_a_relative_clause_is_not_created_by_the_decision_before() -> None:
    facts = _cric("By decision 9/COP.21, the Intergovernmental Working Group on Drought, which had been set up for a single "
                  "biennium, was converted into a permanent component of the institutional arrangements of the Convention.")
    assert not any(rel == "establishes" for rel, _, _ in facts)


@pytest.mark.parametrize("symbol", ["ICCD/CRIC(26)/INF.1", "ICCD/COP(16)/L.3", "ICCD/CRIC(24)/INF.2/Rev.1"])
def test_bracketed_session_then_a_kind_of_paper_is_one_symbol(symbol: str) -> None:
    found = find_symbols(f"the note ({symbol}) and")
    assert [m.symbols for m in found] == [(symbol,)]
    assert find_symbols("ICCD/CRIC(26) and the Committee") == []


@pytest.mark.parametrize("participle", ["prepared pursuant to decision 7/COP.21", "submitted in accordance with decision 7/COP.21"])
def test_documents_row_mandate_in_the_titles_later_sentence(participle: str) -> None:
    facts = _facts(
        CRIC_HEAD + "1.\tThe Committee met.\n\nAnnex\nDocuments before the Committee at its twenty-fourth session\nSymbol\tTitle\n"
        f"ICCD/CRIC(24)/2\tAssessment of progress. Report by the secretariat {participle}\n"
        "ICCD/CRIC(24)/INF.1\tInformation for participants\n"
    )
    assert ("pursuantTo", "ICCD/CRIC(24)/2", "unccd-cop/dec/21/7") in facts
    assert ("submittedTo", "ICCD/CRIC(24)/INF.1", f"{CRIC}#24") in facts
    assert not any(rel == "pursuantTo" and s == "ICCD/CRIC(24)/INF.1" for rel, s, _ in facts)


def test_draft_report_adopted_was_before_the_session() -> None:
    facts = _cric("At its 6th meeting, on 27 April 2029, the Committee adopted the draft report on its twenty-fourth session "
                  "(ICCD/CRIC(24)/L.1) and authorized the Rapporteur to finalize it.")
    assert ("submittedTo", "ICCD/CRIC(24)/L.1", f"{CRIC}#24") in facts
    assert ("reportOf", "ICCD/CRIC(24)/L.1", f"{CRIC}#24") in facts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A draft decision on an advisory group (SSC/23/L.6) was introduced at the twenty-third session but withdrawn "
         "before action was taken on it, and no proposal to that effect is before the Committee.", ("SSC/23/L.6", 23)),
        ("Draft decision SSC/23/L.3 was introduced at the twenty-third session by the representative of Chile.", ("SSC/23/L.3", 23)),
        ("A draft decision (SSC/24/L.2) will be introduced at the twenty-fifth session.", ("SSC/24/L.2", 25)),
    ],
)
def test_draft_introduced_at_a_session(sentence: str, expected: tuple[str, int]) -> None:
    symbol, ordinal = expected
    submitted = {(s, o) for rel, s, o in _hlc(sentence) if rel == "submittedTo" and s != "SSC/24/1"}
    assert submitted == {(symbol, f"{HLC}#{ordinal}")}


def test_an_item_introduced_sends_no_paper_named_after_it() -> None:
    facts = _hlc("The item was introduced at the twenty-third session; the Committee also had the report (SSC/23/4).")
    assert ("submittedTo", "SSC/23/4", f"{HLC}#23") not in facts


@pytest.mark.parametrize(
    "held",
    [
        "in conjunction with COP 20, in Santiago, Chile, from 8 to 12 November 2032",
        "back to back with COP 20 in Santiago, from 8 to 12 November 2032",
        "in Santiago from 8 to 12 November 2032, in conjunction with COP 20",
    ],
)
def test_next_session_held_with_another_gathering(held: str) -> None:
    facts = _cric("The Committee was established by the Conference of the Parties (COP).",
                  f"The Committee agreed that its twenty-fifth session would be held {held}.")
    assert ("heldIn", f"{CRIC}#25", "Santiago") in facts
    assert ("heldOn", f"{CRIC}#25", "2032-11-08/2032-11-12") in facts


def test_held_with_no_gathering_keeps_nothing_of_the_words() -> None:
    facts = _cric("The Committee agreed that its twenty-fifth session would be held in conjunction with a regional workshop, "
                  "in Santiago, from 8 to 12 November 2032.")
    assert not any(s == f"{CRIC}#25" and rel in ("heldIn", "heldOn") for rel, s, _ in facts)


@pytest.mark.parametrize("verb", ["is expected to take place", "is scheduled to take place", "is expected to be held"])
def test_next_session_expected_in_a_town(verb: str) -> None:
    facts = _hlc(f"The twenty-fifth session {verb} in New York in 2031; its dates will be fixed by the General Assembly.")
    assert ("heldIn", f"{HLC}#25", "New York") in facts


def test_expected_in_a_year_is_no_town() -> None:
    facts = _hlc("The twenty-fifth session is expected to take place in 2031.")
    assert not any(rel == "heldIn" and s == f"{HLC}#25" for rel, s, _ in facts)


@pytest.mark.parametrize(
    "told",
    [
        'in decision 23/4, entitled "Provisional agenda for the twenty-fourth session", on 1 June 2027',
        "in its decision 23/4 on 1 June 2027",
    ],
)
def test_approved_in_an_instrument_on_a_day_dates_the_instrument(told: str) -> None:
    facts = _hlc(f"The provisional agenda for the twenty-fourth session was approved by the Committee {told}.")
    assert ("adoptedOn", f"{HLC}/dec/23/4", "2027-06-01") in facts


@pytest.mark.parametrize(
    "told",
    [
        "was approved by the Committee in decision 23/4 and published on 1 June 2027",
        "was approved by the Committee in decisions 23/3 and 23/4, on 1 June 2027",
        "was prepared by the Committee in decision 23/4 on 1 June 2027",
    ],
)
def test_a_day_not_of_the_approval_dates_nothing(told: str) -> None:
    facts = _hlc(f"The programme of work {told}.")
    assert not any(rel == "adoptedOn" for rel, _, _ in facts)
