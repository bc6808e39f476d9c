"""E166: a joint document's own body, a label of a body's kind and a generic complement, a committee's
report under its parent's masthead, and the phrasings of an inter-agency committee's report.

- A reference file's label "Meeting of the Parties to the Protocol" (the one body whose file gives it)
  is no sign that a document names that body where the words head a longer name ("the Meeting of
  the Parties to the Protocol on River Health"): another protocol's meeting keeps its decisions.
- "ECE/MP.AL/2031/4–ECE/MP.AL/GM/2031/4" over two stacked mastheads, each body with its session: the
  document is the first symbol's body's, not the second's whose series lies inside the first's.
- "Report of the Compliance Committee on its activities" / "Prepared by the Compliance Committee"
  under its parent's masthead: "the Committee" of the text is the committee reporting; a series of
  its sessions told with the verb and the word said once is held, each on its days, all in one town.
- "the Standing Committees on Finance and on Audit": one plural head, two bodies.
- "The Committee was reminded of resolution X, in which the Assembly requested A ..., and invited B":
  both verbs are the resolution's.
- "the Executive Director" in a report to a board serving two funds: the one of the fund the text is
  about.
- "General Assembly resolution X on <its subject> requested ...": the resolution is the subject.

Invented bodies: tests/data/joint_symbols_e166.ttl."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract.descriptive_names import (
    goes_on_into_a_longer_name,
    kind_with_generic_complement,
    stands_whole_in,
)
from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "joint_symbols_e166.ttl")

GLACIER = "alpine-mop-gm"
ALPINE = "alpine-mop"
RIVER = "river-health-mop"
COMMITTEE = "alpine-mop/compliance-committee"


def _of(found: tuple[tuple[str, str, str], ...], key: str) -> list[tuple[str, str, str]]:
    return [f for f in found if f[1].startswith(key) or f[2].startswith(key)]


# -- a label of a body's kind and a generic complement -------------------------------------------


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Meeting of the Parties to the Protocol", True),
        ("Group of Experts", True),
        ("Conference of the Parties", True),
        ("Executive Board", False),  # a kind alone: an organisation's name for its own organ
        ("Meeting of the Parties to the Protocol on Glacier Monitoring", False),
        ("Working Group on River Health", False),
    ],
)
def test_what_names_a_body_by_its_kind_and_a_generic_complement(name: str, kind: bool) -> None:
    assert kind_with_generic_complement(name) is kind


@pytest.mark.parametrize(
    "text, whole",
    [
        ("Eighth session of the Meeting of the Parties to the Protocol on River Health (Geneva)", False),
        ("the Meeting of the Parties to the Protocol on\nRiver Health adopted", False),
        ("the Meeting of the Parties to the Protocol for the Protection of Alpine Lakes", False),
        ("It is also submitted to the Meeting of the Parties to the Protocol at its seventh session.", True),
        ("REPORT OF THE MEETING OF THE PARTIES TO THE PROTOCOL ON ITS SEVENTH SESSION", True),
        ("the Meeting of the Parties to the Protocol to the Convention", True),
        ("the Meeting of the Parties to the Protocol, at its seventh session", True),
    ],
)
def test_a_kind_label_stands_whole_only_where_no_proper_complement_goes_on(text: str, whole: bool) -> None:
    assert stands_whole_in("Meeting of the Parties to the Protocol", text) is whole


def test_a_group_of_experts_on_a_named_subject_is_another_group() -> None:
    text = "the Group of Experts on Geographical Names met in New York"
    end = text.index(" on Geographical")
    assert goes_on_into_a_longer_name(text, end)
    assert not stands_whole_in("Group of Experts", text)
    assert stands_whole_in("Group of Experts", "The Group of Experts met in Geneva.")


RIVER_NOTES = {
    "a tracker's rows": (
        "Mandates tracker of the Meeting of the Parties to the Protocol on River Health\n\n"
        "Decision {number} | {ordinal} session of the Meeting of the Parties to the Protocol on River Health (Geneva, 18–20 November 2030)\n\n"
        "In decision {number}, the Meeting of the Parties requested the Working Group on River Health to oversee the implementation of the programme of work.\n"
    ),
    "a note": (
        "Note by the secretariat\n\n"
        "1.\tAt its {lower} session (Geneva, 18–20 November 2030), the Meeting of the Parties to the Protocol on\nRiver Health adopted decision {number}, "
        "in which it requested the Working Group on River Health to oversee the implementation of the programme of work.\n"
    ),
}


@pytest.mark.parametrize("layout", list(RIVER_NOTES))
@pytest.mark.parametrize("number, session", [("VIII/1", 8), ("VII/3", 7), ("IX/2", 9)])
def test_another_protocols_meeting_keeps_its_decisions(layout: str, number: str, session: int) -> None:
    ordinal = {7: "Seventh", 8: "Eighth", 9: "Ninth"}[session]
    found = facts(RIVER_NOTES[layout].format(number=number, ordinal=ordinal, lower=ordinal.lower()))
    assert _of(found, GLACIER) == []
    n = number.split("/")[1]
    assert ("requests", f"{RIVER}/dec/{session}/{n}", "river-health-mop/working-group") in found


# -- a joint document of two bodies, each with its session ---------------------------------------

JOINT_HEAD = (
    "{first}–{second}\n"
    "Economic Commission for Europe\n"
    "Meeting of the Parties to the Convention on Alpine Lakes\n"
    "Eleventh session\n"
    "Meeting of the Parties to the Convention on Alpine Lakes serving as the Meeting of the Parties to the Protocol on Glacier Monitoring\n"
    "Seventh session\n"
    "Tallinn, 8–10 December 2031\n"
    "Item 4 (a) of the provisional agenda\n"
    "Review of compliance\n\n"
)
REPORT_TITLES = {
    "report on its activities": "Report of the Compliance Committee on its activities since the tenth session of the Meeting of the Parties\n\n",
    "prepared by": "Review of compliance\n\nPrepared by the Compliance Committee\n\n",
    "both": "Report of the Compliance Committee on its activities since the tenth session of the Meeting of the Parties\n\n"
    "Prepared by the Compliance Committee\n\n",
}
SESSIONS = {
    "took place": (
        "Since the tenth session of the Meeting of the Parties, the Committee has met four times: its fifth session took "
        "place from 3 to 5 February 2031, its sixth from 12 to 14 May 2031 and its seventh from 8 to 10 September 2031, "
        "all in Geneva; its eighth session was held online on 2 November 2031."
    ),
    "was held": (
        "Since the tenth session of the Meeting of the Parties, the Committee has met four times: its fifth session was "
        "held from 3 to 5 February 2031, its sixth from 12 to 14 May 2031, and its seventh from 8 to 10 September 2031, "
        "all in Geneva; its eighth session was held online on 2 November 2031."
    ),
}


def committee_report(title: str, sessions: str, first: str = "ECE/MP.AL/2031/4", second: str = "ECE/MP.AL/GM/2031/4") -> str:
    paragraphs = [
        "The Compliance Committee was established by decision II/4 of the Meeting of the Parties, adopted at its second session (Sofia, 26–27 February 2001).",
        SESSIONS[sessions],
        "The Committee agreed to hold its ninth session in Geneva from 16 to 18 February 2032.",
    ]
    return (
        JOINT_HEAD.format(first=first, second=second) + REPORT_TITLES[title]
        + "".join(f"{i}.\t{p}\n" for i, p in enumerate(paragraphs, 1))
    )


@pytest.mark.parametrize("sessions", list(SESSIONS))
@pytest.mark.parametrize("title", list(REPORT_TITLES))
def test_a_committees_report_under_its_parents_joint_masthead(title: str, sessions: str) -> None:
    found = facts(committee_report(title, sessions))
    # the first symbol's body's document: its decisions, the Committee its own
    assert ("establishes", f"{ALPINE}/dec/2/4", COMMITTEE) in found
    assert ("adoptedAt", f"{ALPINE}/dec/2/4", f"{ALPINE}#2") in found
    assert not [f for f in _of(found, GLACIER) if f[0] != "meetingOf" and "#7" not in f[1] + f[2]]
    # the Committee's sessions, told with the verb and the word once
    days = {5: "2031-02-03/2031-02-05", 6: "2031-05-12/2031-05-14", 7: "2031-09-08/2031-09-10"}
    for n, held in days.items():
        assert ("heldOn", f"{COMMITTEE}#{n}", held) in found
        assert ("heldIn", f"{COMMITTEE}#{n}", "Geneva") in found
    assert ("heldOn", f"{COMMITTEE}#8", "2031-11-02") in found
    assert ("heldIn", f"{COMMITTEE}#9", "Geneva") in found
    assert not [f for f in found if f[1] in (f"{ALPINE}#5", f"{ALPINE}#6", f"{ALPINE}#8")]


def test_the_symbols_in_the_other_order_are_the_protocols_meeting() -> None:
    """The near miss: the protocol's meeting's symbol first, its document."""
    found = facts(committee_report("both", "took place", first="ECE/MP.AL/GM/2031/4", second="ECE/MP.AL/2031/4"))
    assert ("establishes", f"{GLACIER}/dec/2/4", COMMITTEE) in found


def test_without_a_title_naming_the_committee_its_head_noun_is_not_read() -> None:
    """The near miss: no "Report of the Compliance Committee" nor "Prepared by" line; "the Committee"
    is no body the text names, and its sessions are nobody's."""
    document = JOINT_HEAD.format(first="ECE/MP.AL/2031/4", second="ECE/MP.AL/GM/2031/4") + (
        "Note by the secretariat\n\n1.\tThe Committee agreed to hold its ninth session in Geneva from 16 to 18 February 2032.\n"
    )
    assert not [f for f in facts(document) if COMMITTEE in f[1] + f[2]]


# -- an inter-agency committee's report ----------------------------------------------------------

HLC_HEAD = (
    "United Nations                                          OCB/2031/3\n\n"
    "Orchard Coordination Board\n\n"
    "Report of the Standing Committee on Finance on its twelfth session\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "By its resolution 2030/11, the Economic and Social Council invited the Standing Committees on Finance and on Audit to present a joint update.",
        "By its resolution 2030/11, the Economic and Social Council invited the Standing Committees on Finance and on\nAudit to present a joint update.",
        "In resolution 2030/11, the Economic and Social Council invited the Standing Committees for Finance and for Audit to present a joint update.",
    ],
)
def test_one_plural_head_shared_by_two_bodies_joined_by_on(sentence: str) -> None:
    found = facts(HLC_HEAD + "1.\t" + sentence + "\n")
    if " for " in sentence:
        # "Committees for Finance and for Audit": names the reference data does not know, nothing read
        assert not [f for f in found if f[0] == "invites"]
        return
    assert ("invites", "ecosoc/res/2030/11", "orchard-board/finance") in found
    assert ("invites", "ecosoc/res/2030/11", "orchard-board/audit") in found


@pytest.mark.parametrize("told", ["was also reminded of", "was informed of", "had been reminded of"])
@pytest.mark.parametrize("between", ["", ', entitled "Human resources management",'])
def test_verbs_after_the_relative_clause_of_an_instrument_the_subject_was_told_of(told: str, between: str) -> None:
    sentence = (
        f"The Committee {told} General Assembly resolution 84/257{between} in which the Assembly requested the "
        "Secretary-General, in his capacity as Chair of the Board, to report on progress, and invited the Standing "
        "Committee on Audit to support that work."
    )
    found = facts(HLC_HEAD + "1.\t" + sentence + "\n")
    assert ("requests", "ga/res/84/257", "secretary-general") in found
    assert ("invites", "ga/res/84/257", "orchard-board/audit") in found


@pytest.mark.parametrize(
    "subject",
    [
        "General Assembly resolution 84/196 on the implementation of the Programme of Action of the International Conference on Population and Development",
        "General Assembly resolution 84/196 on gender parity",
        "General Assembly resolution 84/196 on the review of the\nProgramme of Action",
    ],
)
@pytest.mark.parametrize("verb, relation", [("requested", "requests"), ("had invited", "invites")])
def test_an_instrument_with_its_subject_after_on_is_the_subject_of_its_verb(subject: str, verb: str, relation: str) -> None:
    found = facts(HLC_HEAD + f"1.\t{subject} {verb} the Secretary-General, in cooperation with the Board, to report on the review.\n")
    assert (relation, "ga/res/84/196", "secretary-general") in found


def test_a_clause_of_its_own_inside_the_subject_keeps_its_verb() -> None:
    """The near miss: "on the programme that the Board requested ...": the verb of a clause inside
    the subject, with a subject of its own, is not the resolution's."""
    found = facts(HLC_HEAD + "1.\tGeneral Assembly resolution 84/196 on the programme that the Board requested the Secretary-General to prepare was noted.\n")
    assert ("requests", "ga/res/84/196", "secretary-general") not in found


# -- "the Executive Director" of a board serving two funds ---------------------------------------

BOARD_REPORT = (
    "United Nations                                          SBS/2031/4\n\n"
    "Executive Board of the\nOrchard Programme, the Seed Bank\nFund and the Soil Fund\n\n"
    "Annual session 2031\n\n"
    "{fund} - Annual report of the Executive Director\n\n"
    "1.\tIn decision 2025/16 of 12 September 2025, the Executive Board approved the strategic plan and requested "
    "{fund} to report annually on progress. In its decision 2027/9 on the midterm review of the strategic plan, the Board further requested the "
    "Executive Director to include in each annual report an analysis of funding.\n"
)


@pytest.mark.parametrize("fund, office", [("SBF", "sbf/executive-director"), ("SOF", "sof/executive-director"), ("Seed Bank Fund", "sbf/executive-director")])
def test_the_executive_director_of_the_fund_the_report_is_about(fund: str, office: str) -> None:
    """Of the two funds' executive directors, whose organizations the board's name both names, the one
    of the fund the paragraph speaks of (its report, its plan)."""
    found = facts(BOARD_REPORT.format(fund=fund))
    assert ("requests", "seeds-board/dec/2027/9", office) in found
    other = "sof/executive-director" if office.startswith("sbf") else "sbf/executive-director"
    assert not [f for f in found if f[2] == other]


# -- a document presented "under" an instrument ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This report is presented to the Meeting of the Parties at its eleventh session under decision X/1.",
        "The present report is submitted under decision X/1, in which the Meeting of the Parties requested the Committee to report.",
        "This note has been prepared under paragraph 3 of decision X/1.",
    ],
)
def test_a_document_presented_under_a_decision_is_pursuant_to_it(sentence: str) -> None:
    found = facts(committee_report("both", "took place").replace("1.\tThe Compliance", "1.\t" + sentence + "\n2.\tThe Compliance", 1))
    assert ("pursuantTo", "ECE/MP.AL/2031/4", f"{ALPINE}/dec/10/1") in found


def test_a_body_established_under_a_decision_is_no_mandate_of_the_document() -> None:
    """The near miss: "established under" tells the body's origin, whatever the sentence then says."""
    sentence = "The Compliance Committee established under decision X/1 presented its findings."
    found = facts(committee_report("both", "took place").replace("1.\tThe Compliance", "1.\t" + sentence + "\n2.\tThe Compliance", 1))
    assert ("pursuantTo", "ECE/MP.AL/2031/4", f"{ALPINE}/dec/10/1") not in found
