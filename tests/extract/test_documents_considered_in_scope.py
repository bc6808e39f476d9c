"""A document considered at the session in scope (E238, A1's family 2 of the first-sight misses,
`docs/briefs/first_sight_misses.md`): a session report, a board's decisions or a report of the
Secretary-General tells that a body acted "on the basis of", "in the light of", "following its
consideration of" or "after considering" a paper, or "having considered" one named by its kind (a
compilation, a synthesis, an update, an information document, a conference room paper). The paper
was before the session the sentence is in: the session reported on, the session of the decisions
printed, or the subject's session set off after its name ("the General Assembly, at its
seventy-eighth session, adopted"). The phrase counts where it opens the sentence or the recitals
after the body's name; inside a clause on another act ("resolution 11/2, adopted on the basis of the
report"), in an operative request, for another body's act or an instrument of another session, it
sends nothing, nor does a draft resolution the act made an instrument.

"Took note of the report (X)" is left as it was: the unseen gold is split on it (u46, u183, u279
give `submitted_to`; u71, u239, u266 and x104 do not)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract import phrasing as P

# the invented Commission's report on its twelfth session (chapter V), a functional commission the
# shipped reference data knows, an invented treaty's conference of the parties, and its reference data
from tests.extract.test_actions_taken_in_session_reports import CCR, COP, CSW, _treaty

# the decisions an invented fund's executive board adopted at a session, one decision's text
BOARD = (
    "CWF/EB.21/12\n\nDistr.: General\n14 June 2031\n\nExecutive Board of the Coastal Wetlands Fund\n"
    "Twenty-first session\nManila, 9–11 June 2031\n\n"
    "Decisions adopted by the Executive Board at its twenty-first session\n\nDecision 21/4\n\nProgramme of work\n\n{s}\n"
)
FRAMES = {"ccr": CCR, "csw": CSW, "cop": COP, "board": BOARD, "sg": P.SG_REPORT}


def submitted(frame: str, sentence: str) -> set[tuple[str, str]]:
    registry = {"ccr": P.registry(), "csw": P.shipped_registry(), "cop": _treaty(), "board": _treaty(), "sg": P.shipped_registry()}[frame]
    extraction = extract(FRAMES[frame].format(s=sentence), source_key="t", registry=registry)
    return {(P.key(f.subject), P.key(f.object)) for f in extraction.facts if f.relation == "submittedTo"}


@pytest.mark.parametrize(
    ("frame", "sentence", "fact"),
    [
        ("ccr", "15. On the basis of the report of the Executive Secretary (E/CN.21/2031/9), the Commission decided to renew the programme.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("ccr", "15. Based on the report of the Executive Secretary (E/CN.21/2031/9), the Commission decided to renew the programme.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("ccr", "15. In light of the report of the Executive Secretary (E/CN.21/2031/9), the Commission adopted resolution 12/4.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("ccr", "15. Upon consideration of the report of the Executive Secretary (E/CN.21/2031/9), the Commission adopted resolution 12/4.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("ccr", "15. At its 5th meeting, on the basis of document E/CN.21/2031/9, the Commission approved the programme of work.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("ccr", "15. On the basis of the recommendations contained in the report of the Bureau (E/CN.21/2031/9), the Commission adopted resolution 12/4.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("csw", "15. On the basis of the report of the Secretary-General on the review of implementation (E/CN.6/2031/3), the Commission adopted resolution 75/2.",
         ("E/CN.6/2031/3", "ecosoc/csw#75")),
        ("csw", "15. In the light of the synthesis of national reports (E/CN.6/2031/4), the Commission decided to continue its work.",
         ("E/CN.6/2031/4", "ecosoc/csw#75")),
        ("csw", "15. Following its consideration of the note by the Secretariat (E/CN.6/2031/5), the Commission decided to defer the item.",
         ("E/CN.6/2031/5", "ecosoc/csw#75")),
        ("cop", "15. On the basis of the compilation prepared by the secretariat (UNEP/RS/COP.15/7), the Conference of the Parties adopted decision 15/3.",
         ("UNEP/RS/COP.15/7", "rs-cop#15")),
        ("cop", "15. After considering the information document on coral monitoring (UNEP/RS/COP.15/INF/4), the Conference of the Parties adopted decision 15/4.",
         ("UNEP/RS/COP.15/INF/4", "rs-cop#15")),
        ("board", "The Executive Board, on the basis of the report of the Executive Director (CWF/EB.21/5), approves the programme of work for 2032.",
         ("CWF/EB.21/5", "wetland-fund-board#21")),
        ("board", "The Executive Board, in the light of the assessment by the Evaluation Office (CWF/EB.21/7), requests the Executive Director to revise the plan.",
         ("CWF/EB.21/7", "wetland-fund-board#21")),
        # the subject's session set off after its name
        ("sg", "On the basis of the report of the Secretary-General (A/78/250), the General Assembly, at its seventy-eighth session, adopted resolution 78/120.",
         ("A/78/250", "ga#78")),
        ("sg", "In the light of the report of the Committee on Contributions (A/78/11), the General Assembly, during its seventy-eighth session, decided to review the methodology.",
         ("A/78/11", "ga#78")),
        ("sg", "Having considered the report of the Secretary-General (A/78/250), the General Assembly, at its seventy-eighth session, adopted resolution 78/120.",
         ("A/78/250", "ga#78")),
    ],
)
def test_a_paper_the_act_rests_on_was_before_the_session(frame, sentence, fact):
    assert fact in submitted(frame, sentence)


@pytest.mark.parametrize(
    ("frame", "sentence", "fact"),
    [
        ("ccr", "15. Having considered the compilation of national submissions (E/CN.21/2031/9), the Commission adopted resolution 12/4.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("ccr", "15. The Commission considered an initial written update by the secretariat (E/CN.21/2031/9) and decided to defer the item.",
         ("E/CN.21/2031/9", "ccr#12")),
        ("csw", "15. The Commission examined the synthesis of national submissions (E/CN.6/2031/6) and decided to continue its work.",
         ("E/CN.6/2031/6", "ecosoc/csw#75")),
        ("sg", "At its seventy-eighth session, the General Assembly considered an update by the Secretary-General (A/78/300).",
         ("A/78/300", "ga#78")),
        ("cop", "15. Having examined the conference room paper submitted by the Bureau (UNEP/RS/COP.15/CRP.2), the Conference of the Parties adopted decision 15/5.",
         ("UNEP/RS/COP.15/CRP.2", "rs-cop#15")),
        ("cop", "15. At its 4th plenary meeting, having considered the synthesis (UNEP/RS/COP.15/7), the Conference of the Parties adopted decision 15/3.",
         ("UNEP/RS/COP.15/7", "rs-cop#15")),
        ("board", "Having considered the overview of evaluations (CWF/EB.21/8), the Executive Board approves the programme of work for 2032.",
         ("CWF/EB.21/8", "wetland-fund-board#21")),
        ("board", "The Executive Board, having considered document CWF/EB.21/6, approves the budget for 2032.",
         ("CWF/EB.21/6", "wetland-fund-board#21")),
    ],
)
def test_a_paper_named_by_its_kind(frame, sentence, fact):
    assert fact in submitted(frame, sentence)


@pytest.mark.parametrize(
    ("frame", "sentence", "symbol"),
    [
        # the phrase inside a clause on another act
        ("ccr", "15. The Commission recalled resolution 11/2, adopted on the basis of the report of the Executive Secretary (E/CN.21/2030/5).",
         "E/CN.21/2030/5"),
        ("sg", "The Secretary-General, on the basis of the report of the Board of Auditors (A/79/5), proposes to strengthen internal controls.",
         "A/79/5"),
        ("ccr", "15. The secretariat drafted the programme in the light of the synthesis report (E/CN.21/2031/9).", "E/CN.21/2031/9"),
        # another body's act
        ("ccr", "15. On the basis of the report of the Executive Secretary (E/CN.21/2031/9), the Bureau decided to defer the item.",
         "E/CN.21/2031/9"),
        # an instrument of another session: a history told
        ("cop", "15. On the basis of the compilation prepared by the secretariat (UNEP/RS/COP.14/7), the Conference of the Parties adopted decision 14/3.",
         "UNEP/RS/COP.14/7"),
        # a draft the act made an instrument
        ("ccr", "15. On the basis of the draft resolution (E/CN.21/2031/L.4), the Commission adopted resolution 12/4.", "E/CN.21/2031/L.4"),
        ("ccr", "15. Having considered the draft resolution (E/CN.21/2031/L.4), the Commission adopted resolution 12/4.", "E/CN.21/2031/L.4"),
        # another session, to come

        # a preamble's welcome is no consideration
        ("board", "The Executive Board, welcoming the compilation of submissions (CWF/EB.21/9), approves the programme of work for 2032.",
         "CWF/EB.21/9"),
    ],
)
def test_near_misses_send_nothing_to_the_session(frame, sentence, symbol):
    assert not any(s == symbol for s, _ in submitted(frame, sentence))


def test_a_paper_to_be_considered_later_goes_to_that_session_only():
    found = submitted("ccr", "15. The Commission decided to consider the report of the Executive Secretary (E/CN.21/2031/9) at its thirteenth session.")
    assert ("E/CN.21/2031/9", "ccr#12") not in found


def test_a_request_in_an_operative_paragraph_sends_nothing():
    text = P.in_resolution(
        "Recalling its resolution 11/2, adopted on the basis of the report of the Executive Secretary (E/CN.21/2030/5),",
        "2. Requests the Executive Secretary to prepare, on the basis of the compilation of national submissions (E/CN.21/2031/9), "
        "a synthesis for the thirteenth session;",
    )
    assert not {s for s, _ in P.facts(text, "submittedTo")} & {"E/CN.21/2030/5", "E/CN.21/2031/9"}


def test_a_recital_of_the_resolution_sends_its_paper():
    text = P.in_resolution("On the basis of the report of the Executive Secretary (E/CN.21/2031/9),", "1. Decides to renew the programme;")
    assert ("E/CN.21/2031/9", "ccr#12") in P.facts(text, "submittedTo")
