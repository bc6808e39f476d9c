"""G6 (round 24): E283-E285's rules on bodies and layouts their writers did not use. The cells of
the probe `/work/grid/r24/g6_probe.py` worth keeping: the shipped data with `optional/un-system.ttl`,
the phrasing file and invented bodies — a treaty's Conference of the States Parties with its
Subsidiary Body (sessions) and Implementation Committee (meetings), a fund's Executive Board with
its Bureau, an agency's Executive Board.

Widened here (each cell failed before):
- "Report of the Second Committee" / "Rapporteur: Mr. A. Name (Chile)": a short title line that the
  text's cleaning joins to the Rapporteur's field under it still names the reporter of the meetings
  ("at its 5th, 6th and 8th meetings, on 10, 11 and 14 October") (`meeting_reporters`);
- "(E/CN.3/2037/2 and E/CN.3/2037/3), as adopted at its sixty-eighth session" (E283's reports);
- "The present document contains the report of the Commission on its seventy-ninth and eightieth
  sessions" (E285's report on two sessions);
- "pursuant to resolution 78/4 on drug-free workplaces, and the note by the Secretariat": the next
  paper the body has before it ends the title as ", and of the note" did (E283's title ends);
- "Official Records of the General Assembly" / "Ninety-second Session" / "Supplement No. 30": the
  cover's three lines (E285).
Held (read on main already): partners after "in consultation with" in a GA, Security Council,
treaty and ECOSOC text; the board's own Bureau; a Main Committee's dated meeting in other tenses;
"retained/kept/converted" for ECOSOC, Security Council and GA organs; "In the same decision/
resolution"."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import stated
from tests.extract.probe_bodies import probe_registry


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return probe_registry(tmp_path_factory)


def facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="t", registry=registry)) if not relations or f[0] in relations}


def para(mast: str, *ps: str) -> str:
    return mast + "\n\n".join(f"{n}. {p}" for n, p in enumerate(ps, 1)) + "\n"


SG = ("A/91/300\nGeneral Assembly\nDistr.: General\n3 August 2036\nOriginal: English\nNinety-first session\n"
      "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n")
SC = "S/2036/88\nSecurity Council\nDistr.: General\n3 February 2036\nOriginal: English\n\nReport of the Secretary-General\n\n"
CND = ("E/CN.7/2036/3\nEconomic and Social Council\nDistr.: General\n2 January 2036\nOriginal: English\n\n"
       "Commission on Narcotic Drugs\nSeventy-ninth session\nVienna, 9-13 March 2036\nItem 5 of the provisional agenda\n\nNote by the Secretariat\n\n")
CSP = ("RSC/CSP/13/2\nDistr.: General\n2 August 2036\nOriginal: English\n\nConference of the States Parties to the Convention "
       "on River Sediments\nThirteenth session\nBonn, 3-7 November 2036\nItem 4 of the provisional agenda\n\nNote by the secretariat\n\n")
CSP_DECISION = ("RSC/CSP/13/9\n\nConference of the States Parties to the Convention on River Sediments\nThirteenth session\n\n"
                "Decision 13/{n}\n\n{title}\n\nThe Conference of the States Parties,\n\n1. {clause}\n")
MAIN_REPORT = ("United Nations A/91/402\nGeneral Assembly Distr.: General\n20 November 2036\nOriginal: English\n"
               "Ninety-first session\nAgenda item 21\nMacroeconomic policy questions\n{title}\nRapporteur: Mr. A. Name (Chile)\n"
               "I. Introduction\n1. {s}\n")


# ---- widened: a Main Committee's short title line joined to its Rapporteur's field ----

@pytest.mark.parametrize(
    ("title", "sentence", "committee", "days"),
    [
        ("Report of the Second Committee", "The Committee considered the item at its 5th, 6th and 8th meetings, on 10, 11 and 14 October 2036.",
         "ga/second-committee", {5: "2036-10-10", 6: "2036-10-11", 8: "2036-10-14"}),
        ("Report of the Third Committee", "The item was considered by the Committee at its 11th and 12th meetings, on 9 and 10 October 2036.",
         "ga/third-committee", {11: "2036-10-09", 12: "2036-10-10"}),
        ("Report of the Economic and Financial Committee\n(Second Committee)",
         "The Second Committee held a general debate on the item at its 8th and 9th meetings, on 14 and 15 October 2036, "
         "and took action on it at its 20th meeting, on 4 November 2036.",
         "ga/second-committee", {8: "2036-10-14", 9: "2036-10-15", 20: "2036-11-04"}),
        ("Report of the Administrative and Budgetary\nCommittee (Fifth Committee)",
         "The Fifth Committee considered the item at its 8th and 9th meetings, on 14 and 15 October 2036.",
         "ga/fifth-committee", {8: "2036-10-14", 9: "2036-10-15"}),
    ],
)
def test_a_main_committees_meetings_under_its_title(registry: BodyRegistry, title: str, sentence: str, committee: str, days: dict[int, str]) -> None:
    found = facts(MAIN_REPORT.format(title=title, s=sentence), registry, "heldOn")
    assert {("heldOn", f"{committee}#{n}", day) for n, day in days.items()} <= found


def test_a_title_going_on_past_the_committee_names_no_reporter(registry: BodyRegistry) -> None:
    # near miss: "... (Second Committee) on its informal consultations" is no "Report of the X"
    text = MAIN_REPORT.format(title="Report of the Economic and Financial Committee\n(Second Committee) on its informal consultations",
                              s="The Committee considered the item at its 5th and 6th meetings.")
    assert not {f for f in facts(text, registry, "meetingOf") if f[1].startswith("ga/second-committee#")}


@pytest.mark.parametrize(
    ("sentence", "committee", "number", "day"),
    [
        ("The Second Committee will consider the item at its 20th meeting, on 3 November 2036.", "second", 20, "2036-11-03"),
        ("The Third Committee is scheduled to take up the report at its 5th meeting, on Tuesday, 8 October 2036.", "third", 5, "2036-10-08"),
        ("The Fifth Committee would take up the proposals at its 7th meeting, to be held on 14 October 2036.", "fifth", 7, "2036-10-14"),
        ("The Sixth Committee had considered the question at its 12th meeting, on 21 October 2036.", "sixth", 12, "2036-10-21"),
    ],
)
def test_a_main_committees_dated_meeting_in_other_tenses(registry: BodyRegistry, sentence: str, committee: str, number: int, day: str) -> None:
    text = "A/91/300\nGeneral Assembly\nDistr.: General\n3 August 2036\nNinety-first session\nItem 140\n\nNote by the Secretary-General\n\n1. " + sentence + "\n"
    assert ("heldOn", f"ga/{committee}-committee#{number}", day) in facts(text, registry, "heldOn")


# ---- widened: "as adopted at its Nth session"; held: a treaty's bodies ----

@pytest.mark.parametrize(
    ("text", "reports", "gathering"),
    [
        (para(SG, "The Council considered the reports of the Statistical Commission on the data programmes (E/CN.3/2037/2 and "
                  "E/CN.3/2037/3), as adopted at its sixty-eighth session."),
         {"E/CN.3/2037/2", "E/CN.3/2037/3"}, "ecosoc/statistical-commission#68"),
        (para(CSP, "The Conference will have before it the reports of the Subsidiary Body on Scientific Advice on sediment loads "
                   "(RSC/SBSA/13/5 and RSC/SBSA/13/6), adopted at its thirteenth session."),
         {"RSC/SBSA/13/5", "RSC/SBSA/13/6"}, "rsc-cop/sbsa#13"),
        (para(CSP, "The Conference had before it the reports of the Implementation Committee on compliance (RSC/IC/8/3, RSC/IC/8/4), "
                   "adopted at its eighth meeting."),
         {"RSC/IC/8/3", "RSC/IC/8/4"}, "rsc-cop/ic#8"),
    ],
)
def test_reports_adopted_at_their_authors_gathering(registry: BodyRegistry, text: str, reports: set[str], gathering: str) -> None:
    assert {("reportOf", r, gathering) for r in reports} <= facts(text, registry, "reportOf")


def test_reports_adopted_at_a_gathering_of_another_word_are_nobodys(registry: BodyRegistry) -> None:
    # near miss: the Implementation Committee meets in meetings, not sessions
    text = para(CSP, "The Conference had before it the reports of the Implementation Committee (RSC/IC/8/3 and RSC/IC/8/4), as adopted at its eighth session.")
    assert not {f for f in facts(text, registry, "reportOf") if f[1] in ("RSC/IC/8/3", "RSC/IC/8/4")}


# ---- widened: "The present document contains the report of X on its Nth and Mth sessions" ----

def test_the_present_document_contains_the_report_of_two_sessions(registry: BodyRegistry) -> None:
    head = "E/CN.7/2036/14\nEconomic and Social Council\nDistr.: General\n2 December 2036\n\nAnnual report of the Commission on Narcotic Drugs\n\n"
    found = facts(para(head, "The present document contains the report of the Commission on Narcotic Drugs on its seventy-ninth and eightieth sessions."),
                  registry, "reportOf")
    assert {("reportOf", "E/CN.7/2036/14", "ecosoc/cnd#79"), ("reportOf", "E/CN.7/2036/14", "ecosoc/cnd#80")} <= found
    # near miss: a summary of a report is not the report
    found = facts(para(head, "The present document contains a summary of the report of the Commission on Narcotic Drugs on its seventy-ninth "
                             "and eightieth sessions."), registry, "reportOf")
    assert not {f for f in found if f[1] == "E/CN.7/2036/14"}
    # held: a treaty body's report on two sessions, each then held where the text says
    head = "RSC/SBSA/13/6\nDistr.: General\n2 October 2036\nOriginal: English\n\nAnnual report of the Subsidiary Body on Scientific Advice\n\n"
    found = facts(para(head, "The present report, which is the report of the Subsidiary Body on Scientific Advice on its twelfth and thirteenth "
                             "sessions, is submitted to the Conference.",
                       "The twelfth session was held in Bonn from 3 to 7 March 2036, and the thirteenth session in Manila from 1 to 5 September 2036."),
                  registry, "reportOf", "heldIn")
    assert {("reportOf", "RSC/SBSA/13/6", "rsc-cop/sbsa#12"), ("heldIn", "rsc-cop/sbsa#12", "Bonn"), ("heldIn", "rsc-cop/sbsa#13", "Manila")} <= found


# ---- widened: a title ends at ", and the note"; held: other bodies' next task ----

@pytest.mark.parametrize(
    ("text", "instrument", "title"),
    [
        (para(CND, "The Commission will have before it the report of the Executive Director prepared pursuant to resolution 78/4 on "
                   "drug-free workplaces, and the note by the Secretariat on the matter."), "ecosoc/cnd/res/78/4", "drug-free workplaces"),
        (para(SC, "The Council requested me to monitor the implementation of resolution 2700 (2033) on sediment trafficking, and to report "
                  "every six months."), "security-council/res/2033/2700", "sediment trafficking"),
        (CSP_DECISION.format(n=5, title="Data", clause="Takes note of the report prepared pursuant to decision 12/3 on sediment data and "
                                                       "monitoring, and of the comments of the Subsidiary Body thereon;"),
         "rsc-cop/dec/12/3", "sediment data and monitoring"),
        # near miss: "and the" inside a title without a comma goes on
        (para(CND, "The Commission recalled its resolution 78/5 on drug courts and the rights of the child."),
         "ecosoc/cnd/res/78/5", "drug courts and the rights of the child"),
    ],
)
def test_a_title_ends_at_the_next_paper_or_task(registry: BodyRegistry, text: str, instrument: str, title: str) -> None:
    assert ("title", instrument, title) in facts(text, registry, "title")


# ---- widened: the Official Records line over three lines ----

@pytest.mark.parametrize(
    "series",
    [
        "Official Records of the General Assembly\nNinety-second Session\nSupplement No. 30",
        "Official Records of the General Assembly, Ninety-second Session, Supplement No. 30",
    ],
)
def test_an_official_records_cover_on_three_lines(registry: BodyRegistry, series: str) -> None:
    text = f"A/92/30\n\nReport of the International Civil Service Commission for 2037\n\n{series}\n\n1. The Commission met twice in 2037.\n"
    assert ("submittedTo", "A/92/30", "ga#92") in facts(text, registry, "submittedTo")


def test_another_supplements_cover_names_no_session(registry: BodyRegistry) -> None:
    # near miss: the cover names Supplement No. 31, the document is A/92/30
    text = ("A/92/30\n\nReport of the Commission\n\nOfficial Records of the General Assembly\nNinety-second Session\nSupplement No. 31\n\n"
            "1. The Commission met twice in 2037.\n")
    assert not {f for f in facts(text, registry, "submittedTo") if f[1] == "A/92/30"}


# ---- held: partners after "in consultation with"; the board's own Bureau ----

GA_RES = ("A/RES/91/12\nGeneral Assembly\nDistr.: General\n20 December 2036\n\nNinety-first session\nAgenda item 20\n\n"
          "Resolution adopted by the General Assembly on 18 December 2036\n\n91/12. Urban resilience\n\nThe General Assembly,\n\n")


@pytest.mark.parametrize(
    ("text", "asked", "partners", "relation"),
    [
        (GA_RES + "1. Requests the Secretary-General, in consultation with the United Nations Environment Programme and the United Nations "
                  "Human Settlements Programme, to submit a report;\n", {("ga/res/91/12", "secretary-general")}, {"unep", "un-habitat"}, "requests"),
        (para(SG, "In its resolution 90/5, the General Assembly requested the Secretary-General, in close consultation with the United Nations "
                  "Environment Programme as well as UN-Women, to report to it at its ninety-first session."),
         {("ga/res/90/5", "secretary-general")}, {"unep", "un-women"}, "requests"),
        (CSP_DECISION.format(n=2, title="Sediment data", clause="Requests the Subsidiary Body on Scientific Advice, in consultation with the United "
                             "Nations Environment Programme, the United Nations Development Programme and the Implementation Committee, to prepare guidance;"),
         {("rsc-cop/dec/13/2", "rsc-cop/sbsa")}, {"unep", "undp", "rsc-cop/ic"}, "requests"),
        (para(CND, "By its resolution 79/3, the Commission on Narcotic Drugs invited the United Nations Office on Drugs and Crime, in consultation "
                   "with UN-Women and the United Nations Children's Fund, to develop guidance."),
         {("ecosoc/cnd/res/79/3", "unodc")}, {"un-women", "unicef"}, "invites"),
        # near miss: the bodies before the partner are all asked
        (para(CND, "By its resolution 79/4, the Commission on Narcotic Drugs requested the United Nations Office on Drugs and Crime and UN-Women, "
                   "in consultation with the United Nations Children's Fund, to report."),
         {("ecosoc/cnd/res/79/4", "unodc"), ("ecosoc/cnd/res/79/4", "un-women")}, {"unicef"}, "requests"),
    ],
)
def test_partners_after_in_consultation_with(registry: BodyRegistry, text: str, asked: set[tuple[str, str]], partners: set[str], relation: str) -> None:
    found = facts(text, registry, relation)
    assert {(relation, s, o) for s, o in asked} <= found
    assert not {f for f in found if f[2] in partners}


@pytest.mark.parametrize(
    ("text", "fact", "other"),
    [
        ("Executive Board of the Mangrove Fund\n\nMF/EB/2037/5\n\nAnnual session 2037\n\nDecisions adopted by the Executive Board\n\n"
         "2037/8\nJoint briefings\n\nThe Executive Board\n\n1. Invites the Bureau of the Executive Board to propose a calendar of joint "
         "briefings;\n2. Decides to hold a joint meeting with the Executive Board of the United Nations Children's Fund in 2038.\n\n14 June 2037\n",
         ("invites", "mfund/eb/dec/2037/8", "mfund/eb/bureau"), "unicef"),
        (CSP_DECISION.format(n=4, title="Cooperation with other conventions", clause="Requests the Bureau of the Conference to explore joint "
                             "activities with the Conference of the States Parties to the Convention on Tidal Wetlands;"),
         ("requests", "rsc-cop/dec/13/4", "rsc-cop/bureau"), "wet-cop"),
    ],
)
def test_the_speaking_bodys_own_bureau(registry: BodyRegistry, text: str, fact: tuple[str, str, str], other: str) -> None:
    found = facts(text, registry, "invites", "requests")
    assert fact in found
    assert not {f for f in found if f[2].startswith(other)}


# ---- held: made permanent; "In the same decision/resolution" ----

@pytest.mark.parametrize(
    ("text", "body"),
    [
        (para(SG, "The Committee for Development Policy was maintained as a standing subsidiary organ of the Economic and Social Council by "
                  "resolution 2036/5."), "ecosoc/cdp"),
        (para(SC, "The Security Council Committee established pursuant to resolution 1718 (2006) was kept as a standing committee of the "
                  "Council by resolution 2850 (2036)."), "security-council/1718-committee"),
        (para(SG, "The Committee on the Peaceful Uses of Outer Space was converted into a permanent committee of the General Assembly by "
                  "resolution 1472 (XIV)."), "ga/copuos"),
    ],
)
def test_an_organ_made_permanent_in_other_bodies(registry: BodyRegistry, text: str, body: str) -> None:
    assert body in {f[2] for f in facts(text, registry, "makesConstantElement")}


def test_a_rejected_proposal_to_retain_makes_nothing_permanent(registry: BodyRegistry) -> None:
    text = para(SG, "A proposal to retain the Committee for Development Policy as a permanent organ of the Council by resolution 2036/5 was rejected.")
    assert not facts(text, registry, "makesConstantElement")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (para(SG, "By section II of Economic and Social Council resolution 2036/7, the Council requested the Secretary-General to prepare a "
                  "report. In the same section, the Council encouraged the Commission on the Status of Women to consider the matter."),
         ("encourages", "ecosoc/res/2036/7", "ecosoc/csw")),
        (para(CSP, "By decision 12/3, the Conference of the States Parties invited the Parties to submit data. In the same decision, the "
                   "Conference requested the Subsidiary Body on Scientific Advice to assess it."),
         ("requests", "rsc-cop/dec/12/3", "rsc-cop/sbsa")),
        (para(SC, "By resolution 2850 (2036), the Security Council extended the mandate of the Mission. In the same resolution, the Council "
                  "requested the Secretary-General to report every 90 days."),
         ("requests", "security-council/res/2036/2850", "secretary-general")),
    ],
)
def test_in_the_same_section_or_instrument(registry: BodyRegistry, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text, registry, fact[0])
