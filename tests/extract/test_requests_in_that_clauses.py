"""A request whose addressee is told in a "that" clause (E192, cells of the lead's grid r16):

- the noun, the instrument, then the clause: "in response to the request made by the General Assembly
  in resolution 77/12 that the Secretary-General report …", "the request contained in paragraph 5 of
  decision 7/2 of the Meeting of the Parties … that the Implementation Committee review …", "the
  Commission's request, in resolution 11/2, that the Executive Secretary prepare …": the instrument
  asks the clause's subjects, as "requested that the Secretary-General report" says
  (`rules/nominal_requests.that_clause_of_request`, `relate.Reader.requests_told_as_nouns`); the
  document answering the request keeps its mandate (`pursuantTo`);
- the paper asked for in a passive clause: "the Assembly requested that a report be submitted by the
  Secretary-General": the agent is asked (`relate._PAPER_TO_BE_DONE_BY`).

Near misses: "that Member States report" names no body; a relative clause after the instrument ("the
request in resolution 77/12 that the Secretary-General answered last year"); a delegation's question;
a draft resolution's request; a paper to be considered (not written) by a body."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import NOTE_SYMBOL, REFERENCE, extracted_with, in_note, in_sc_report, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")


def requests(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "requests")


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The present report is submitted in response to the request made by the General Assembly in resolution 77/12 that the"
         " Secretary-General report on the matter at its seventy-ninth session.", {"secretary-general"}),
        ("The present report responds to the Assembly's request, in resolution 77/12, that the Secretary-General and the United Nations"
         " Environment Programme prepare a joint study.", {"secretary-general", "unep"}),
        ("The request contained in paragraph 5 of resolution 77/12 that the United Nations Environment Programme should prepare a study"
         " has been met.", {"unep"}),
        ("Action on the request of the General Assembly in its resolution 77/12 that the Secretary-General continue to report is"
         " described below.", {"secretary-general"}),
        ("By resolution 77/12, the Assembly requested that a report be submitted by the Secretary-General at its seventy-ninth session.",
         {"secretary-general"}),
        ("In resolution 77/12, the General Assembly requested that a comprehensive study on the matter be prepared by the United Nations"
         " Environment Programme.", {"unep"}),
        ("In its resolution 77/12, the Assembly requests that a further report be submitted to it by the Secretary-General.",
         {"secretary-general"}),
    ],
)
def test_the_instrument_asks_the_clauses_subject(sentence, asked):
    assert requests(sentence) == {("ga/res/77/12", a) for a in asked}


def test_the_answer_keeps_its_mandate():
    sentence = (
        "The present report is submitted in response to the request made by the General Assembly in resolution 77/12 that the"
        " Secretary-General report on the matter at its seventy-ninth session."
    )
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/400", "ga/res/77/12")}


def test_a_commission_asks_its_executive_secretary():
    sentence = (
        "The present note was prepared in response to the request made by the Commission in resolution 11/2 that the Executive"
        " Secretary report to it at its twelfth session."
    )
    found = with_treaty(in_note(sentence))
    assert ("requests", "ccr/res/11/2", "ccr/executive-secretary") in found
    assert ("pursuantTo", NOTE_SYMBOL, "ccr/res/11/2") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The present note responds to the request made by the Meeting of the Parties to the Convention on Coastal Wetlands in decision"
        " 7/2 that the Implementation Committee review the matter.",
        "The present note responds to the request made in decision 7/2 of the Meeting of the Parties to the Convention on Coastal"
        " Wetlands that the Implementation Committee review the matter.",
    ],
)
def test_a_treaty_body_asks_its_committee(sentence):
    assert ("requests", "cw-mop/dec/7/2", "cw-mop/implementation-committee") in with_treaty(in_note(sentence))


def test_the_security_council_asks_the_secretary_general():
    sentence = (
        "The present report responds to the request of the Security Council in resolution 2700 (2031) that the Secretary-General report"
        " every 90 days."
    )
    assert in_sc_report(sentence, "requests") == {("security-council/res/2031/2700", "secretary-general")}


@pytest.mark.parametrize(
    "sentence",
    [
        # no body: Member States
        "The Secretary-General welcomes the request in resolution 77/12 that Member States report on progress.",
        "In resolution 77/12, the Assembly requested that a report be submitted by Member States.",
        # "that" opens a relative clause: the verb is finite
        "The present report follows up on the request in resolution 77/12 that the Secretary-General answered last year.",
        "The request in resolution 77/12 that the United Nations Environment Programme has met is described below.",
        # no instrument: a delegation's question, a draft
        "The present report is submitted in response to a question from the representative of Chile that the Secretary-General clarify"
        " the matter.",
        "The present report takes note of the request in draft resolution A/C.3/79/L.5 that the Secretary-General report annually.",
        # the paper is to be considered, not written, by the body
        "In resolution 77/12, the Assembly requested that the report be considered by the Third Committee.",
        # no instrument asks: the Secretary-General asks on his own
        "The Secretary-General requested that a report be prepared by the United Nations Environment Programme.",
    ],
)
def test_near_misses_ask_nobody(sentence):
    assert requests(sentence) == set()
