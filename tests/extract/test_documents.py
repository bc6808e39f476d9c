"""Documents sent to sessions and meetings (submittedTo), the mandate they are prepared or
held under (pursuantTo), and the reports of meetings named in footnotes and by dates
(reportOf). Sentences written for the purpose, for two treaty bodies, in several phrasings."""

from __future__ import annotations


import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.rules import documents as rules
from tests.support.extraction import facts, registry_with_uncac

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
WG_FA = "cop-untoc/wg-firearms"
WG_IC = "cop-untoc/wg-international-cooperation"
WG_TA = "cop-untoc/wg-technical-assistance"
COSP = "cosp-uncac"
IRG = "cosp-uncac/irg"
WG_AR = "cosp-uncac/wg-asset-recovery"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return registry_with_uncac()


def doc(*symbols: str) -> DocumentRef:
    return DocumentRef(symbols=symbols)


def session(body: str, n: int) -> GatheringRef:
    return GatheringRef(body, "session", n)


def meeting(body: str, n: int) -> GatheringRef:
    return GatheringRef(body, "meeting", n)


def res(issuer: str, session_number: int, number: int) -> InstrumentRef:
    return InstrumentRef(issuer, "resolution", str(session_number), str(number))


COSP_NOTE = (
    "United Nations CAC/COSP/2030/7\n\n"
    "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
    "Distr.: General\n2 February 2030\n\nOriginal: English\n\nNinth session\n\nNairobi, 3–7 June 2030\n\n"
    "Note by the Secretariat\n\n"
)
COP_AGENDA = (
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 March 2031\n\nOriginal: English\n\nFifteenth session\n\nVienna, 10–14 October 2031\n\n"
    "Annotated provisional agenda\n\n"
)
COP_REPORT = (
    "United Nations CTOC/COP/2031/12\n\n"
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 November 2031\n\nOriginal: English\n\n"
    "Report of the Conference of the Parties to the United Nations Convention against Transnational "
    "Organized Crime on its fifteenth session, held in Vienna from 10 to 14 October 2031\n\n"
)


# --------------------------------------------------------------------------- the pure rules


@pytest.mark.parametrize(
    "sentence, receiver_first",
    [
        ("For its consideration of the item, the Working Group will have before it a note (A/1).", True),
        ("The Commission had before it the following:", True),
        ("The report (A/1) will be made available to the Conference at its ninth session.", False),
        ("Both reports are transmitted to the Conference for its consideration.", False),
        ("The reports (A/1 and A/2, respectively) are before the Conference at its ninth session.", False),
        ("The present note has been prepared to transmit to the Assembly the report of the Board.", False),
    ],
)
def test_submission_phrases(sentence: str, receiver_first: bool) -> None:
    found = rules.find_submissions(sentence)
    assert [s.receiver_first for s in found] == [receiver_first]


@pytest.mark.parametrize(
    "sentence",
    [
        "States parties must submit their credentials at the latest before the end of the session.",
        "The Working Group met before the opening of the session.",
        "Draft resolutions should be submitted to facilitate the negotiations.",
    ],
)
def test_no_submission_phrase(sentence: str) -> None:
    assert rules.find_submissions(sentence) == []


@pytest.mark.parametrize(
    "before, expected",
    [
        ("In accordance with ", True),
        ("Pursuant to its ", True),
        ("held with a thematic discussion in line with Conference ", True),
        ("in accordance with paragraph 3 of ", True),
        ("As requested by the Assembly in its ", True),
        ("The Conference is to be convened under the terms of ", True),
        ("prepared under the provisions of ", True),
        ("Recalling its ", False),
        ("The Working Group established under ", False),
        ("In accordance with established practice, the Conference adopted ", False),
    ],
)
def test_a_mandate_clause(before: str, expected: bool) -> None:
    text = before + "resolution 8/3"
    assert rules.under_mandate(text, len(before)) is expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("In accordance with resolution 8/3, both reports are transmitted", "all"),
        ("In line with established practice, the report was submitted", "last"),
        ("it will be before", "last"),
        ("The report on the meeting (A/1) will be made available", None),
        ("The Chair presented", None),
    ],
)
def test_documents_taken_up_again(clause: str, expected: str | None) -> None:
    assert rules.taken_up_again(clause + " to the Conference.", len(clause) - len(clause.split()[-1])) == expected


def test_a_footnote_that_only_cites_documents() -> None:
    text = "CAC/COSP/WG.2/2030/3, paras. 4–9."
    assert rules.bare_citation(text, [(0, 20)])
    assert rules.bare_citation("A/1/2 and B/1/2, respectively.", [(0, 5), (10, 15)])
    assert not rules.bare_citation("See the report of the Board (A/1/2).", [(29, 34)])
    assert not rules.bare_citation("A/1/2.", [(0, 5)])  # nothing says which passage or which order


# --------------------------------------------------------------------------- submittedTo


def test_an_agenda_documentation_list_goes_to_its_session(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "2. Review of implementation\n\n"
        "The Conference is to consider the implementation of the Convention.\n\n"
        "Documentation\n\n"
        "Report of the Secretariat on the activities of the Office (CTOC/COP/2031/4)\n\n"
        "Note by the Secretariat on financial and budgetary matters (CTOC/COP/2031/9)\n\n"
        "3. Other matters\n\nNo documentation is foreseen under this item.\n"
    )
    assert facts(text, registry, "submittedTo") == {
        (doc("CTOC/COP/2031/4"), session(COP, 15)),
        (doc("CTOC/COP/2031/9"), session(COP, 15)),
    }


def test_a_list_after_had_before_it_the_following(registry: BodyRegistry) -> None:
    text = COP_REPORT + (
        "12. At its 3rd meeting, on 11 October 2031, the Conference considered agenda item 4. For its "
        "consideration of the item, the Conference had before it the following:\n\n"
        "(a) Report of the Secretariat on technical assistance (CTOC/COP/2031/6);\n\n"
        "(b) Conference room paper on the status of adherence (CTOC/COP/2031/CRP.2).\n\n"
        "13. Statements were made by the representatives of Chile and Kenya.\n\n"
        "(c) Report of the Bureau on credentials (CTOC/COP/2031/11).\n"
    )
    found = facts(text, registry, "submittedTo")
    assert {(doc("CTOC/COP/2031/6"), session(COP, 15)), (doc("CTOC/COP/2031/CRP.2"), session(COP, 15))} <= found
    assert (doc("CTOC/COP/2031/11"), session(COP, 15)) not in found  # the list had ended


def test_reports_taken_up_again_with_their_mandates(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "5. The Working Group on Asset Recovery held its fourth meeting from 2 to 4 May 2029 and its fifth "
        "meeting on 8 and 9 April 2030. The report on the fourth meeting is contained in document "
        "CAC/COSP/WG.2/2029/3 and the report on the fifth meeting in document CAC/COSP/WG.2/2030/2. In "
        "accordance with paragraph 2 of resolution 8/3 and resolution 6/1, both reports are transmitted to "
        "the Conference for its consideration at its ninth session.\n"
    )
    reports = {doc("CAC/COSP/WG.2/2029/3"), doc("CAC/COSP/WG.2/2030/2")}
    assert {d for d, s in facts(text, registry, "submittedTo") if s == session(COSP, 9)} == reports
    assert facts(text, registry, "pursuantTo") == {(d, r) for d in reports for r in (res(COSP, 8, 3), res(COSP, 6, 1))}


def test_the_present_note_is_the_document_itself(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The present note has been prepared to transmit to the Conference, at its ninth session, the "
        "reports of its subsidiary bodies.\n"
    )
    assert (doc("CAC/COSP/2030/7"), session(COSP, 9)) in facts(text, registry, "submittedTo")


def test_a_receiver_without_a_session_is_the_meeting_the_document_is_for(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "3. Information on the status of contributions will be made available to the Conference in a note "
        "by the Secretariat (CAC/COSP/2030/9).\n\n"
        "4. The secretariat made available to Member States a questionnaire (CAC/COSP/2030/INF/1).\n"
    )
    assert facts(text, registry, "submittedTo") == {(doc("CAC/COSP/2030/9"), session(COSP, 9))}


def test_an_earlier_session_named_after_the_verb(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "The draft recommendations were annexed to the report on the meeting of the Working Group "
        "(CTOC/COP/WG.6/2029/3). In line with established practice, the report was submitted to the "
        "Conference of the Parties at its fourteenth session.\n"
    )
    assert facts(text, registry, "submittedTo") == {(doc("CTOC/COP/WG.6/2029/3"), session(COP, 14))}
    assert facts(text, registry, "pursuantTo") == set()


def test_a_report_known_by_its_meeting(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "7. At its seventh meeting, held in Vienna from 4 to 6 June 2029, the Working Group on Asset Recovery "
        "considered the return of assets. The report on that meeting is contained in document "
        "CAC/COSP/WG.2/2029/4.\n\n"
        "8. The eighth meeting of the Working Group is scheduled to be held from 15 to 17 March 2030. Pursuant "
        "to resolution 8/2, the report on that meeting (CAC/COSP/WG.2/2030/4) will be made available to the "
        "Conference at its ninth session, together with the report on the seventh meeting.\n"
    )
    found = facts(text, registry, "submittedTo")
    assert {(doc("CAC/COSP/WG.2/2030/4"), session(COSP, 9)), (doc("CAC/COSP/WG.2/2029/4"), session(COSP, 9))} <= found


# --------------------------------------------------------------------------- pursuantTo of meetings


def test_a_meeting_held_in_line_with_a_resolution(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "The ninth meeting of the Working Group on Firearms will be held from 2 to 4 June 2031, with a "
        "thematic discussion in line with Conference resolution 14/2, back to back with the sixth meeting "
        "of the Working Group on International Cooperation.\n"
    )
    found = facts(text, registry, "pursuantTo")
    assert (meeting(WG_FA, 9), res(COP, 14, 2)) in found
    assert (meeting(WG_IC, 6), res(COP, 14, 2)) not in found


def test_meetings_named_by_bodies_and_dates_get_their_mandate(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "The eighth meeting of the Working Group on International Cooperation will be opened on Monday, "
        "2 June 2031.\n\n"
        "The eighth meeting of the Working Group of Government Experts on Technical Assistance will be "
        "opened on Monday, 2 June 2031.\n\n"
        "The Bureau approved the dates for the meetings of the Working Group on International Cooperation "
        "and the Working Group of Government Experts on Technical Assistance, to be held back-to-back from "
        "2 to 6 June 2031, with a joint discussion, in accordance with Conference resolution 14/5.\n"
    )
    text = text.replace("will be opened on Monday, 2 June 2031.", "will be held from 2 to 6 June 2031.")
    found = facts(text, registry, "pursuantTo")
    assert {(meeting(WG_IC, 8), res(COP, 14, 5)), (meeting(WG_TA, 8), res(COP, 14, 5))} <= found


# --------------------------------------------------------------------------- reportOf


def test_reports_on_meetings_named_by_their_dates(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "The Working Group on Firearms held its sixth meeting from 10 to 12 May 2029 and its seventh meeting "
        "on 4 and 5 May 2030.\n\n"
        "Documentation\n\n"
        "Reports on the meetings of the Working Group on Firearms held in Vienna from 10 to 12 May 2029 and "
        "on 4 and 5 May 2030 (CTOC/COP/WG.6/2029/4 and CTOC/COP/WG.6/2030/4)\n\n"
        "Note by the Secretariat transmitting the reports on the meetings of the Working Group on Firearms "
        "held in Vienna from 10 to 12 May 2029 and on 4 and 5 May 2030 (CTOC/COP/2031/5)\n"
    )
    assert facts(text, registry, "reportOf") == {
        (doc("CTOC/COP/WG.6/2029/4"), meeting(WG_FA, 6)),
        (doc("CTOC/COP/WG.6/2030/4"), meeting(WG_FA, 7)),
    }


def test_reports_in_footnotes(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "2. The Conference endorsed the recommendations adopted by the Implementation Review Group at its "
        "eleventh and twelfth sessions.<sup>2</sup> It also welcomed the conclusions of the Working Group on "
        "Asset Recovery at its seventh meeting.<sup>3</sup>\n\n"
        "<sup>2</sup> CAC/COSP/IRG/2029/5 and CAC/COSP/IRG/2030/4, respectively.\n\n"
        "<sup>3</sup> CAC/COSP/WG.2/2029/4, paras. 10–14.\n\n"
        "<sup>4</sup> CAC/COSP/2029/CRP.3, para. 2.\n"
    )
    assert facts(text, registry, "reportOf") == {
        (doc("CAC/COSP/IRG/2029/5"), session(IRG, 11)),
        (doc("CAC/COSP/IRG/2030/4"), session(IRG, 12)),
        (doc("CAC/COSP/WG.2/2029/4"), meeting(WG_AR, 7)),
    }


def test_a_footnote_sentence_names_a_report_and_its_session(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "2. By its resolution 2/1, the Conference established the Group.<sup>1</sup>\n\n"
        "<sup>1</sup> See the report of the Conference of the States Parties on its second session, held in "
        "Bali, Indonesia, from 28 January to 1 February 2008 (CAC/COSP/2008/15), chap. I.\n"
    )
    assert (doc("CAC/COSP/2008/15"), session(COSP, 2)) in facts(text, registry, "reportOf")
    assert (session(COSP, 2), "Bali") in facts(text, registry, "heldIn")


def test_two_reports_each_after_its_own_phrase(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "6. The Working Group on Asset Recovery held its fourth meeting from 2 to 4 May 2029 and its fifth "
        "meeting on 8 and 9 April 2030. The report on the fourth meeting is contained in document "
        "CAC/COSP/WG.2/2029/3 and the report on the fifth meeting in document CAC/COSP/WG.2/2030/2.\n"
    )
    assert facts(text, registry, "reportOf") == {
        (doc("CAC/COSP/WG.2/2029/3"), meeting(WG_AR, 4)),
        (doc("CAC/COSP/WG.2/2030/2"), meeting(WG_AR, 5)),
    }


def test_a_report_issued_in_parts_is_one_report(registry: BodyRegistry) -> None:
    text = COP_REPORT + (
        "40. At its 9th meeting, on 14 October 2031, the Conference adopted the report on its fifteenth session "
        "(CTOC/COP/2031/L.1, CTOC/COP/2031/L.1/Add.1 and CTOC/COP/2031/L.1/Add.2), as orally amended.\n"
    )
    assert facts(text, registry, "reportOf") >= {(doc("CTOC/COP/2031/L.1"), session(COP, 15))}
    assert not {d for d, _ in facts(text, registry, "reportOf") if "Add" in d.symbols[0]}


def test_what_was_presented_at_the_session_a_report_is_of(registry: BodyRegistry) -> None:
    text = COP_REPORT + (
        "21. The Chair of the Working Group on Firearms presented the report on the sixth meeting of the "
        "Working Group (CTOC/COP/WG.6/2030/4) and, on behalf of the Chair of the seventh meeting, presented "
        "the report on that meeting (CTOC/COP/WG.6/2031/3).\n"
    )
    assert facts(text, registry, "submittedTo") == {
        (doc("CTOC/COP/WG.6/2030/4"), session(COP, 15)),
        (doc("CTOC/COP/WG.6/2031/3"), session(COP, 15)),
    }


def test_presented_in_a_note_sends_nothing(registry: BodyRegistry) -> None:
    text = COSP_NOTE + "3. The Chair presented the report on the fourth meeting (CAC/COSP/WG.2/2029/3).\n"
    assert facts(text, registry, "submittedTo") == set()


def test_the_mandate_of_a_paper_whose_receiver_is_unknown(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "Pursuant to resolution 14/4, a background paper (CTOC/COP/2031/3) has been prepared by the "
        "Secretariat; it will be before the expert group under agenda item 2.\n"
    )
    assert facts(text, registry, "pursuantTo") == {(doc("CTOC/COP/2031/3"), res(COP, 14, 4))}


def test_a_footnote_skips_later_sentences_about_other_meetings(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "2. The Conference endorsed the recommendations adopted by the Working Group on Asset Recovery at its "
        "fourth and fifth meetings, which are contained in the reports on those meetings.<sup>2</sup> It "
        "requested the Working Group to report on its sixth meeting to the Conference.\n\n"
        "<sup>2</sup> CAC/COSP/WG.2/2029/3 and CAC/COSP/WG.2/2030/2, respectively.\n"
    )
    assert facts(text, registry, "reportOf") == {
        (doc("CAC/COSP/WG.2/2029/3"), meeting(WG_AR, 4)),
        (doc("CAC/COSP/WG.2/2030/2"), meeting(WG_AR, 5)),
    }


def test_a_session_report_titled_without_its_body(registry: BodyRegistry) -> None:
    text = (
        "United Nations E/2031/28-E/CN.15/2031/14\n\nEconomic and Social Council\n\n"
        "Distr.: General\n2 June 2031\n\nOriginal: English\n\n"
        "Commission on Crime Prevention and Criminal Justice\n\n"
        "Report on the fortieth session (12–16 May 2031)\n\n"
        "# Chapter III\n\n"
        "4. For its consideration of item 3, the Commission had before it the following:\n\n"
        "(a) Report of the Secretary-General on crime trends (E/CN.15/2031/2);\n\n"
        "(b) Note by the Secretariat on the Congress (E/CN.15/2031/5).\n"
    )
    ccpcj = session("ecosoc/ccpcj", 40)
    assert (doc("E/2031/28", "E/CN.15/2031/14"), ccpcj) in facts(text, registry, "reportOf")
    assert facts(text, registry, "submittedTo") == {(doc("E/CN.15/2031/2"), ccpcj), (doc("E/CN.15/2031/5"), ccpcj)}


def test_a_report_the_secretary_general_will_submit(registry: BodyRegistry) -> None:
    text = COP_AGENDA + (
        "Pursuant to General Assembly resolution 85/12, the Secretary-General will submit to the Conference at "
        "its fifteenth session a report on the follow-up to the Congress (CTOC/COP/2031/8).\n\n"
        "In its resolution 14/2, the Conference requested the secretariat to submit to the Conference at its "
        "sixteenth session a report on the implementation of that resolution.\n"
    )
    assert facts(text, registry, "submittedTo") == {(doc("CTOC/COP/2031/8"), session(COP, 15))}
    assert facts(text, registry, "pursuantTo") == {(doc("CTOC/COP/2031/8"), InstrumentRef("ga", "resolution", "85", "12"))}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The present note, which is the second of its kind, has been prepared pursuant to resolution 8/3.", True),
        ("This report is submitted in accordance with resolution 8/3.", True),
        ("The report of the Group was prepared pursuant to resolution 8/3.", False),
        ("The present note recalls resolution 8/3.", False),
    ],
)
def test_the_document_prepared_under_a_mandate_is_the_one_read(sentence: str, expected: bool, registry: BodyRegistry) -> None:
    found = facts(COSP_NOTE + "1. " + sentence + "\n", registry, "pursuantTo")
    assert ((doc("CAC/COSP/2030/7"), res(COSP, 8, 3)) in found) is expected
