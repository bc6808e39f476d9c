"""The decisions a conference of the parties (or an assembly) adopted at one meeting, as the
convention's web page saved as text (E195, from u243): the page's chrome, its title "Decisions
adopted by X at its Nth meeting", its meeting fields ("Meeting:<tab>…", "Dates:<tab>…",
"Venue:<tab>…", "Held jointly with:<tab>…"), then each decision under a rule of underscores: its
number in the body's own convention and title, a line of fields with the day of its adoption
("Cluster: …    Adopted: 10 May 2035    Download decision (PDF, 214 KB)"), its formula (with or
without its comma) and its text; a page's note under a text ("Note: …").

Families, each for any convention: rows of fields and rules over headings part the page's blocks
(`clean`); a line of fields with the adoption day is the decision's adoption note, no part of its
title (`segment.ADOPTION_NOTE`, `instrument_headings.ADOPTION_FIELDS`); the page's meeting fields
say where and when the meeting its title names was held, and which gatherings met jointly with it
(`Reader.place_and_dates_fields`, `held_jointly_with`; a venue named after its town:
`places.without_venue`); "the recommendations adopted by the committee at that meeting" after a
recital naming the meeting (`Reader.endorsements`); a kind word in lower case names again the body
of that kind the text named in lower case (`Scope.kind_named_last_before`); a page's note is no
words of the decision.

Bodies, numbers, places and days are invented (tests/data/cop_decisions_pages_e195.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules import places

from .phrasing import BASE, key

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "cop_decisions_pages_e195.ttl"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE])


def read(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), f.relation, key(f.object)) for f in extraction.facts if f.relation in relations}


CHROME_TOP = (
    "Skip to main content\n"
    "Home   About   Meetings   Documents   News   Contact\n"
    "You are here: Home > Meetings > {short} > Decisions\n"
    "Share   Print   Subscribe to updates\n\n"
)
CHROME_FOOT = "Last updated: 2 June 2031\nAbout us   Contact   Privacy\n© 2031 Secretariat of the Convention\n"


def page(body: str, ordinal: str, first: str, second: str, fields: tuple[str, str], formula: str = "The Conference of the Parties,") -> str:
    """A page of two decisions of ``body`` at its ``ordinal`` meeting, numbered ``first`` and
    ``second``, each under a rule with its line of ``fields``; the second a decision of one
    paragraph under its formula without the comma."""
    return (
        CHROME_TOP.format(short="COP")
        + f"Decisions adopted by the {body} at its {ordinal} meeting\n\n"
        f"Meeting:\t{ordinal.capitalize()} meeting of the {body}\n"
        "Dates:\t3–14 May 2031\n"
        "Venue:\tWorld Conference Center Bonn, Bonn, Germany\n\n"
        "The texts below are advance versions. Filter by topic:  All | Science | Finance\n\n"
        "________________________________________\n"
        f"{first}: Programme of work and budget\n{fields[0]}\n\n"
        f"{formula}\n"
        "Recalling its earlier decisions on the programme of work,\n"
        "1. Approves the programme of work for the biennium;\n"
        "2. Requests the Secretariat to report on its implementation.\n\n"
        "________________________________________\n"
        f"{second}: Date and venue of the next meeting\n{fields[1]}\n\n"
        f"{formula.rstrip(',')}\n"
        "Decides to hold its next meeting in Geneva in 2033.\n\n"
        "________________________________________\n"
        "Related documents\n" + CHROME_FOOT
    )


CONVENTIONS = [
    # (body, ordinal, first number, second number, the instruments' and the meeting's keys)
    ("Conference of the Parties to the Minamata Convention on Mercury", "sixth", "MC-6/3", "MC-6/12",
     "e195-minamata/dec/6/3", "e195-minamata/dec/6/12", "e195-minamata#6"),
    ("Conference of the Parties to the Basel Convention", "seventeenth", "BC-17/3", "BC-17/12",
     "e195-basel/dec/17/3", "e195-basel/dec/17/12", "e195-basel#17"),
    ("Conference of the Parties to the Convention on Biological Diversity", "sixteenth", "COP 16/3", "COP 16/12",
     "e195-cbd/dec/16/3", "e195-cbd/dec/16/12", "e195-cbd#16"),
    ("Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna and Flora",
     "nineteenth", "Conf. 19.2", "Conf. 19.12", "e195-cites/res/19/2", "e195-cites/res/19/12", "e195-cites#19"),
]
FIELD_LINES = [
    ("Cluster: Financial    Adopted: 12 May 2031    Download decision (PDF, 120 KB)",
     "Cluster: Organizational    Adopted: 14 May 2031    Download decision (PDF, 64 KB)"),
    ("Adopted: 12 May 2031    Vote: without a vote", "Topic: Organizational    Date of adoption: 14 May 2031"),
    ("Agenda item: 4    Theme: Finance    Adoption date: 12 May 2031", "Adopted on: 14 May 2031"),
]


@pytest.mark.parametrize("fields", FIELD_LINES)
@pytest.mark.parametrize(("body", "ordinal", "first", "second", "one", "two", "meeting"), CONVENTIONS)
def test_each_decision_of_the_page_gets_its_title_day_and_meeting(registry, body, ordinal, first, second, one, two, meeting, fields):
    text = page(body, ordinal, first, second, fields)
    assert read(text, registry, "title", "adoptedOn", "adoptedAt") == {
        (one, "title", "Programme of work and budget"),
        (one, "adoptedOn", "2031-05-12"),
        (one, "adoptedAt", meeting),
        (two, "title", "Date and venue of the next meeting"),
        (two, "adoptedOn", "2031-05-14"),
        (two, "adoptedAt", meeting),
    }


@pytest.mark.parametrize(("body", "ordinal", "first", "second", "one", "two", "meeting"), CONVENTIONS)
def test_the_first_decision_under_the_page_intro_is_read_as_a_text(registry, body, ordinal, first, second, one, two, meeting):
    # the introduction ends on a word ("Finance"): the rule below it parts it from the heading
    text = page(body, ordinal, first, second, FIELD_LINES[0])
    owner = meeting.split("#")[0]
    assert read(text, registry, "requests") == {(one, "requests", f"{owner}/secretariat")}


def test_an_assemblys_resolutions_page(registry):
    text = (
        CHROME_TOP.format(short="UNEA-7")
        + "Resolutions adopted by the United Nations Environment Assembly at its seventh session\n\n"
        "Session:\tSeventh session of the United Nations Environment Assembly\n"
        "Dates:\t8–12 December 2031\n"
        "Place:\tUnited Nations Office at Nairobi, Nairobi, Kenya\n\n"
        "________________________________________\n"
        "UNEP/EA.7/Res.3: Sound management of chemicals and waste\n"
        "Theme: Chemicals    Adopted: 12 December 2031\n\n"
        "The United Nations Environment Assembly,\n"
        "Recalling its earlier resolutions,\n"
        "1. Requests the Executive Director to report on progress.\n\n"
        "________________________________________\n"
        "Related documents\n" + CHROME_FOOT
    )
    facts = read(text, registry, "title", "adoptedOn", "adoptedAt", "heldOn", "heldIn")
    assert facts == {
        ("e195-unea/res/7/3", "title", "Sound management of chemicals and waste"),
        ("e195-unea/res/7/3", "adoptedOn", "2031-12-12"),
        ("e195-unea/res/7/3", "adoptedAt", "e195-unea#7"),
        ("e195-unea#7", "heldOn", "2031-12-08/2031-12-12"),
        ("e195-unea#7", "heldIn", "Nairobi"),
    }


JOINT_PAGE = (
    CHROME_TOP.format(short="MC COP-6")
    + "Decisions adopted by the Conference of the Parties to the Minamata Convention on Mercury at its sixth meeting\n\n"
    "Meeting:\tSixth meeting of the Conference of the Parties to the Minamata Convention on Mercury\n"
    "Dates:\t3–14 May 2031\n"
    "Venue:\tInternational Conference Centre Geneva, Geneva, Switzerland\n"
    "{joint_label}:\tthe nineteenth meeting of the Conference of the Parties to the Basel Convention and "
    "the twelfth meeting of the Conference of the Parties to the Rotterdam Convention\n\n"
    "The Conference of the Parties adopted 14 decisions at its sixth meeting.\n\n"
    "________________________________________\n"
    "MC-6/3: Programme of work\n"
    "Cluster: Financial    Adopted: 12 May 2031    Download decision (PDF, 120 KB)\n\n"
    "The Conference of the Parties,\n"
    "1. Approves the programme of work.\n\n"
    "________________________________________\n"
    "Related documents\n" + CHROME_FOOT
)


@pytest.mark.parametrize("joint_label", ["Held jointly with", "Held back to back with", "Jointly with", "Held in conjunction with"])
def test_the_meeting_fields_give_the_pages_meeting_its_days_and_town_and_the_joint_meetings(registry, joint_label):
    facts = read(JOINT_PAGE.format(joint_label=joint_label), registry, "heldOn", "heldIn", "meetingOf", "jointWith")
    assert {f for f in facts if f[1] in ("heldOn", "heldIn")} == {
        # the joint meetings' own days and places are not said: only the page's meeting's
        ("e195-minamata#6", "heldOn", "2031-05-03/2031-05-14"),
        ("e195-minamata#6", "heldIn", "Geneva"),
    }
    assert {f for f in facts if f[1] == "meetingOf"} == {
        ("e195-minamata#6", "meetingOf", "e195-minamata"),
        ("e195-basel#19", "meetingOf", "e195-basel"),
        ("e195-rotterdam#12", "meetingOf", "e195-rotterdam"),
    }
    assert ("e195-minamata#6", "jointWith", "e195-basel#19") in facts
    assert ("e195-rotterdam#12", "jointWith", "e195-minamata#6") in facts


@pytest.mark.parametrize(
    ("value", "town"),
    [
        ("International Conference Centre Geneva, Geneva, Switzerland", "Geneva, Switzerland"),
        ("World Conference Center Bonn, Bonn, Germany", "Bonn, Germany"),
        ("the Kenyatta International Convention Centre, Nairobi", "Nairobi"),
        # a venue whose last word is no town said again: the value as it is
        ("United Nations Conference Centre Bangkok, Thailand", "United Nations Conference Centre Bangkok, Thailand"),
        ("Bonn, Germany", "Bonn, Germany"),
    ],
)
def test_a_venue_named_after_its_town(value, town):
    assert places.without_venue(value) == town


MINAMATA_DECISIONS = (
    CHROME_TOP.format(short="MC COP-6")
    + "Decisions adopted by the Conference of the Parties to the Minamata Convention on Mercury at its sixth meeting\n\n"
    "The Conference of the Parties adopted 14 decisions at its sixth meeting.\n\n"
    "________________________________________\n"
    "MC-6/4: Compliance\n"
    "Cluster: Legal    Adopted: 12 May 2031\n\n"
    "The Conference of the Parties,\n"
    "1. Requests the Implementation and Compliance Committee to report on its work;\n"
    "2. Invites Parties to cooperate with the Committee.\n\n"
    "________________________________________\n"
    "MC-6/7: Technical matters\n"
    "Cluster: Scientific    Adopted: 13 May 2031\n\n"
    "The Conference of the Parties,\n"
    "Having considered the report of the technical expert committee on its fourth meeting, held in Geneva from 2 to 4 March 2031,\n"
    "1. {endorses};\n"
    "2. {requests} to prepare, for its seventh meeting, guidance on emissions.\n"
    "{note}\n\n"
    "________________________________________\n"
    "Related documents\n" + CHROME_FOOT
)


def minamata(endorses: str = "Takes note of the report", requests: str = "Requests the committee", note: str = "") -> str:
    return MINAMATA_DECISIONS.format(endorses=endorses, requests=requests, note=note)


@pytest.mark.parametrize(
    "endorses",
    [
        "Endorses the recommendations adopted by the technical expert committee at that meeting",
        "Endorses the recommendations adopted by the committee at that meeting",
        "Endorses the recommendations made at that meeting",
        "Endorses the recommendations of that meeting",
    ],
)
def test_recommendations_adopted_at_that_meeting_are_the_recitals_meetings(registry, endorses):
    assert read(minamata(endorses=endorses), registry, "endorses") == {("e195-minamata/dec/6/7", "endorses", "e195-minamata/tec#4")}


def test_no_meeting_told_is_no_endorsement(registry):
    assert read(minamata(endorses="Endorses the recommendations of the technical expert committee"), registry, "endorses") == set()


@pytest.mark.parametrize(
    ("requests", "addressee"),
    [
        # the kind word in lower case names again the committee the recital named in lower case
        ("Requests the committee", "e195-minamata/tec"),
        ("Also requests the committee", "e195-minamata/tec"),
        ("Requests the technical expert committee", "e195-minamata/tec"),
        # in capitals: the body the data calls "the Committee"
        ("Requests the Committee", "e195-minamata/icc"),
        ("Requests the Implementation and Compliance Committee", "e195-minamata/icc"),
    ],
)
def test_a_kind_word_in_lower_case_names_again_the_body_named_so(registry, requests, addressee):
    facts = read(minamata(requests=requests), registry, "requests")
    assert ("e195-minamata/dec/6/7", "requests", addressee) in facts
    assert {f for f in facts if f[0] == "e195-minamata/dec/6/7"} == {("e195-minamata/dec/6/7", "requests", addressee)}


@pytest.mark.parametrize(
    "note",
    [
        "Note: A proposal that the technical expert committee be made a standing subsidiary body of the Conference was not agreed (see the report of the meeting, para. 118).",
        "Editorial note: A proposal that the technical expert committee be made a standing body was not agreed.",
        "Note by the secretariat: The proposal to make the technical expert committee a permanent body did not attract consensus.",
    ],
)
def test_a_pages_note_under_a_decision_is_no_words_of_it(registry, note):
    text = minamata(note=note)
    assert read(text, registry, "makesConstantElement", "establishes") == set()
    # the decision's own clauses are still read
    assert ("e195-minamata/dec/6/7", "requests", "e195-minamata/tec") in read(text, registry, "requests")


@pytest.mark.parametrize(
    "fields",
    [
        # a line of fields without the adoption day: nothing to say when it was adopted
        "Cluster: Financial    Download decision (PDF, 120 KB)",
        # a field naming a day that is no adoption
        "Cluster: Financial    Published: 2 June 2031",
    ],
)
def test_fields_without_an_adoption_day_give_no_day(registry, fields):
    text = page("Conference of the Parties to the Basel Convention", "seventeenth", "BC-17/3", "BC-17/12", (fields, fields))
    assert {f for f in read(text, registry, "adoptedOn")} == set()


def test_a_reports_section_under_a_number_is_no_decisions_text(registry):
    text = (
        "UNEP/CHW.17/INF/4\n\nDistr.: General\n3 June 2031\n\nNote by the Secretariat\n\n"
        "________________________________________\n"
        "BC-17/3: progress in its implementation\n"
        "Cluster: Financial    Adopted: 12 May 2031\n\n"
        "1. The Secretariat has prepared a table of the submissions received.\n"
    )
    assert read(text, registry, "title", "adoptedOn") == set()
