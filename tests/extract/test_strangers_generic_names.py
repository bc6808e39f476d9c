"""A document of another organization calls its own bodies by generic words that the shipped
reference data gives the crime convention's and UNODC's bodies as names (E115): "the Conference",
"the Conference of the Parties", "COP", "the Review Mechanism", "the Implementation Review
Mechanism", "the Secretariat". Where the document never points to those bodies (their organization
named in full, its abbreviation, the convention its conference is of), the words are not theirs:
"the Secretariat" is the secretariat of the author's organization (a body the document's graph
adds when the user's file declares none), the others name no body. The crime convention's own
documents, and a document that names the convention, still read them. Invented treaty and texts
(tests/data/strangers_generic_names.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "strangers_generic_names.ttl")

OWN_SECRETARIAT = "gl-mop/secretariat"
DECISION = "gl-mop/dec/9/2"
LAYOUTS = {
    "report": (
        "Meeting of the Parties to the Convention on Glacial Lakes\tGL/MOP/9/6\n\nDistr.: General\n14 November 2031\n\n"
        "Ninth meeting\nThimphu, 3–7 November 2031\n\nReport of the Meeting of the Parties on its ninth meeting\n\n"
    ),
    "decisions": (
        "Meeting of the Parties to the Convention on Glacial Lakes\tGL/MOP/9/7\n\nDistr.: General\n14 November 2031\n\n"
        "Decisions adopted by the Meeting of the Parties at its ninth meeting\n\n"
    ),
    "no masthead": "",
}


def text(layout: str, *paragraphs: str) -> str:
    return LAYOUTS[layout] + "".join(f"{n}.\t{p}\n" for n, p in enumerate(paragraphs, 1))


def strangers(found: tuple[tuple[str, str, str], ...]) -> list[tuple[str, str, str]]:
    """The facts naming a body of the crime convention or of UNODC."""
    return [f for f in found if any(part.startswith(("cop-untoc", "unodc")) for part in f[1:])]


# how a decision tells its secretariat what to do
SECRETARIAT_ASKED = [
    "In decision 9/2, the Meeting requested the Secretariat to prepare a synthesis of national glacial lake inventories.",
    "In decision 9/2, the Meeting requested the secretariat to prepare a synthesis of national glacial lake inventories.",
    "By decision 9/2, the Meeting of the Parties also requested the Secretariat, subject to the availability of resources, to convene a workshop on early warning.",
    "Decision 9/2 requested the secretariat to report to the Meeting at its tenth meeting on the outburst flood database.",
]


@pytest.mark.parametrize("layout", ["report", "decisions"])
@pytest.mark.parametrize("sentence", SECRETARIAT_ASKED)
def test_the_secretariat_of_a_treaty_with_none_declared_is_its_own(layout: str, sentence: str) -> None:
    found = facts(text(layout, "The Meeting considered the outcome of the glacial lake survey.", sentence))
    assert strangers(found) == []
    assert ("requests", DECISION, OWN_SECRETARIAT) in found


@pytest.mark.parametrize("sentence", SECRETARIAT_ASKED)
def test_the_secretariat_in_a_document_of_no_known_author_is_no_ones(sentence: str) -> None:
    # no author: no secretariat of the document's own to take the words, and not UNODC's
    assert strangers(facts(text("no masthead", sentence))) == []


CONFERENCE_CALLED = [
    "Decision 9/2 invited the Conference to consider the outburst flood database at its tenth session.",
    "In decision 9/2, the Meeting invited the Conference of the Parties to take note of the database at its tenth session.",
    "In decision 9/2, the Meeting invited the Conference of the Parties to the Convention on Mountain Rivers to take note of the database.",
    "In decision 9/2, the Meeting invited COP to take note of the database.",
    "The Conference will hold its tenth session in Bonn in October 2032.",
    "In decision 9/2, the Meeting requested the Review Mechanism to consider the national inventories.",
    "In decision 9/2, the Meeting requested the Implementation Review Mechanism to consider the national inventories.",
    "The Bureau of the Conference will meet in Bonn in March 2032.",
]


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("sentence", CONFERENCE_CALLED)
def test_another_treatys_conference_and_mechanism_are_not_the_crime_conventions(layout: str, sentence: str) -> None:
    assert strangers(facts(text(layout, "The Meeting considered the outcome of the glacial lake survey.", sentence))) == []


# the other side: the words are the crime convention's where the document points to it
UNTOC_NAMED = [
    "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopted resolution 11/2 at its eleventh session.",
    "States parties to the Organized Crime Convention reported on its implementation.",
    "UNODC presented the results of the review.",
]


@pytest.mark.parametrize("named", UNTOC_NAMED[:2])
def test_where_the_document_names_the_crime_convention_its_conference_is_read(named: str) -> None:
    found = facts(text("no masthead", named, "The Conference will hold its twelfth session in Vienna in October 2032."))
    assert ("meetingOf", "cop-untoc#12", "cop-untoc") in found


@pytest.mark.parametrize("named", UNTOC_NAMED[:2])
def test_where_the_document_names_the_crime_convention_its_review_mechanism_is_read(named: str) -> None:
    found = facts(text("no masthead", named, "In its resolution 11/2, the Conference of the Parties requested the Review Mechanism to report to it."))
    assert ("requests", "cop-untoc/res/11/2", "cop-untoc/implementation-review-mechanism") in found


@pytest.mark.parametrize(
    "opening",
    [
        "In its resolution 11/2, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        "In its resolution 11/2, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime and the Protocols thereto",
        "Reaffirming the United Nations Convention against Transnational Organized Crime, the Conference, in its resolution 11/2,",
    ],
)
@pytest.mark.parametrize("called", ["the secretariat", "the Secretariat"])
def test_the_crime_conventions_secretariat_is_unodcs(opening: str, called: str) -> None:
    # the shipped secretariat's names say whose it is: the crime convention's Conference's, whose
    # documents need not name UNODC
    found = facts(text("no masthead", f"{opening} requested {called} to prepare a study on firearms trafficking."))
    assert ("requests", "cop-untoc/res/11/2", "unodc/secretariat") in found


# A user who loaded no file for the treaty: its conference's documents name the treaty after
# "Conference of the Parties" in their masthead and title; that makes the crime convention's
# Conference neither their author nor the body their sessions are of. (A masthead that prints
# "Conference of the Parties" alone above "Report of the Conference of the Parties on its twelfth
# session", and "Decision 12/3 ... The Conference of the Parties," as an instrument's heading, are
# still read as the crime convention's: the report's title and the instrument's heading take the
# name on paths of their own, left for another round.)
bare = extracted_with()
TREATIES = ["Convention on Tidal Energy", "Framework Convention on Coastal Erosion"]
MASTHEADS = {
    "named with its treaty": lambda treaty: (
        f"Conference of the Parties to the {treaty}\nTwelfth session\nLima, 3–14 November 2031\n\n"
        f"Decisions adopted by the Conference of the Parties to the {treaty} at its twelfth session\n\n"
    ),
    "its treaty on the line below": lambda treaty: (
        f"Conference of the Parties to the\n{treaty}\nTwelfth session\nLima, 3–14 November 2031\n\n"
    ),
}
OPERATIVE = [
    "Requests the secretariat to prepare a synthesis report for consideration by the Conference of the Parties at its thirteenth session;",
    "Invites the Conference of the Parties to the {treaty} to consider the synthesis report at its thirteenth session;",
    "Decides that the thirteenth session of the Conference of the Parties shall be held in Nairobi in November 2032;",
]


@pytest.mark.parametrize("treaty", TREATIES)
@pytest.mark.parametrize("masthead", list(MASTHEADS))
@pytest.mark.parametrize("operative", OPERATIVE)
def test_another_treatys_conference_with_no_reference_file_is_not_the_crime_conventions(treaty: str, masthead: str, operative: str) -> None:
    document = MASTHEADS[masthead](treaty) + "1.\t" + operative.format(treaty=treaty) + "\n"
    assert strangers(bare(document)) == []


def test_the_crime_conventions_masthead_still_makes_its_conference_the_author() -> None:
    # the other side: its conference named in full atop its own decisions
    document = (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n"
        "Twelfth session\nVienna, 14–18 October 2024\n\n"
        "Decisions adopted by the Conference of the Parties at its twelfth session\n\n"
        "Decision 12/3\n\nCooperation on firearms\n\nThe Conference of the Parties,\n\n"
        "1.\tRequests the secretariat to prepare a study on firearms trafficking for the Conference at its thirteenth session;\n"
    )
    found = bare(document)
    assert ("requests", "cop-untoc/dec/12/3", "unodc/secretariat") in found


# E118: the paths left above, closed at once by the matcher (`BodyMatcher._strangers_set_aside`):
# where a document never points to the crime convention, its Conference is no body the document's
# generic words, heading, masthead, report title or bare numbers can name.
SESSION_REPORTS = {
    "masthead alone": lambda n, treaty: (
        f"Conference of the Parties\n\nDistr.: General\n2 February 2032\n\n"
        f"Report of the Conference of the Parties on its {n} session, held in Lima from 3 to 14 November 2031\n\n"
        f"Addendum\n\nPart two: Action taken by the Conference of the Parties at its {n} session\n\n"
    ),
    "masthead and symbol": lambda n, treaty: (
        f"Conference of the Parties\tTE/CP/2031/9/Add.1\n\nDistr.: General\n\n"
        f"Report of the Conference of the Parties on its {n} session\n\n"
    ),
}
HEADINGS = [
    "Decision 12/3\n\nCapacity-building for coastal monitoring\n\nThe Conference of the Parties,\n\n",
    "Decision 12/3. Capacity-building for coastal monitoring\n\nThe Conference of the Parties,\n\nRecalling its decision 11/7,\n\n",
    "Decision TE-12/3: Capacity-building for coastal monitoring\n\nThe Conference of the Parties,\n\nRecalling decision TE-11/7,\n\n",
]
ACTIONS = [
    "1.\tRequests the secretariat to prepare a synthesis report for the thirteenth session of the Conference;\n",
    "1.\tDecides that its thirteenth session shall be held in Nairobi in November 2032;\n",
]


@pytest.mark.parametrize("n", ["twelfth", "thirtieth"])
@pytest.mark.parametrize("masthead", list(SESSION_REPORTS))
@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("action", ACTIONS)
def test_a_treatys_session_report_with_no_reference_file_gives_the_crime_convention_nothing(
    n: str, masthead: str, heading: str, action: str
) -> None:
    document = SESSION_REPORTS[masthead](n, TREATIES[0]) + heading + action
    assert strangers(bare(document)) == []


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_decision_heading_alone_is_not_the_crime_conventions(heading: str) -> None:
    assert strangers(bare(heading + ACTIONS[0])) == []


def test_the_crime_conventions_report_by_its_symbol_alone_is_still_its_conferences() -> None:
    # the other side: a document printing the conference's symbol series is the conference's,
    # whether or not its words name the convention
    document = (
        "Conference of the Parties\tCTOC/COP/2024/15\n\nDistr.: General\n2 November 2024\n\n"
        "Report of the Conference of the Parties on its twelfth session, held in Vienna from 14 to 18 October 2024\n\n"
        "Decision 12/3\n\nCooperation on firearms\n\nThe Conference of the Parties,\n\n"
        "1.\tRequests the secretariat to prepare a study on firearms trafficking for the Conference at its thirteenth session;\n"
    )
    found = bare(document)
    assert ("requests", "cop-untoc/dec/12/3", "unodc/secretariat") in found
