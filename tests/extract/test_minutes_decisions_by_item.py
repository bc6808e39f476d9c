"""A governing body's minutes told item by item (E188): the session in the running masthead ("214th
Session, Rome, 3–12 March 2031"), each agenda item's heading over the symbol of its document, the
discussion, then "Decision" and the decision's text closed by its source note "(EXC.214/PRG/3,
paragraph 12)" — the decision known by the symbol of the document it was adopted on, titled by the
item's heading, adopted at the masthead's session (`rules/own_numbering._closing_notes`,
`rules/instrument_headings.noted_below`, `rules/minutes_items.py`). With it, families any board's
minutes share: "for its 216th Session" of the masthead's long series, a symbol alone in brackets
after a report named as the paper itself, "the Committee examined at its 88th meeting" (a body
called again by its head noun), a report "covers the cases that the Committee examined at its 88th
meeting" (`rules/reports_covering.py`), "The document reported on resolution X, in which the
Assembly requested ..., and invited Y" (a paper does not invite), a resolution's number wrapped onto a
line that looks like a page number.

Invented bodies (an organization's executive council whose documents are "EXC.<session>/<section>/<n>",
a fund's board whose documents are "FB.<session>/<section>/<n>"), invented texts in the layouts
pdftotext and Word give, and the near misses that must give nothing."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ifo> a mg:Body ; mg:key "ifo" ; skos:prefLabel "International Forestry Organization"@en ; skos:altLabel "IFO"@en .
<body/ifo/conference> a mg:Body ; mg:key "ifo/conference" ; skos:prefLabel "Forestry Conference"@en ;
    mg:shortName "Conference" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/ifo> .
<body/ifo/council> a mg:Body ; mg:key "ifo/council" ;
    skos:prefLabel "Executive Council of the International Forestry Organization"@en ; mg:shortName "Executive Council" ;
    mg:symbolPrefix "EXC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/ifo> .
<body/ifo/office> a mg:Body ; mg:key "ifo/office" ; skos:prefLabel "International Forestry Office"@en ;
    mg:shortName "Office" ; org:subOrganizationOf <body/ifo> .
<body/ifo/dg> a mg:Body ; mg:key "ifo/dg" ; skos:prefLabel "Director-General of the International Forestry Office"@en ;
    mg:shortName "Director-General" ; org:subOrganizationOf <body/ifo/office> .
<body/ifo/council/tenure> a mg:Body ; mg:key "ifo/council/tenure" ; skos:prefLabel "Committee on Forest Tenure"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ifo/council> .
<body/ifo/council/review> a mg:Body ; mg:key "ifo/council/review" ;
    skos:prefLabel "Standards Review Tripartite Working Group"@en ; skos:altLabel "SRTWG"@en ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ifo/council> .
<body/gwf> a mg:Body ; mg:key "gwf" ; skos:prefLabel "Global Wetlands Fund"@en .
<body/gwf/board> a mg:Body ; mg:key "gwf/board" ; skos:prefLabel "Executive Board of the Global Wetlands Fund"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "FB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/gwf> .
<body/gwf/ed> a mg:Body ; mg:key "gwf/ed" ; skos:prefLabel "Executive Director of the Global Wetlands Fund"@en ;
    mg:shortName "Executive Director" ; org:subOrganizationOf <body/gwf> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


COUNCIL_214 = GatheringRef("ifo/council", "session", 214)


def _decision(number: str, section: str = "PRG", session: str = "214", issuer: str = "ifo/council") -> InstrumentRef:
    return InstrumentRef(issuer, "decision", f"{session}-{section}", number)


# --------------------------------------------------------------------------- the minutes' layouts

# pdftotext without -layout: the masthead one item a line, the item's heading and its symbol on lines
# of their own, numbered paragraphs, the running head between items
PDFTOTEXT = """INTERNATIONAL FORESTRY OFFICE
Executive Council
214th Session, Rome, 3–12 March 2031
EXC.214/PRG/PV
Programme Section
Minutes of the Programme Section
1. The Programme Section of the Executive Council met on 4 and 5 March 2031.
First item on the agenda
Approval of the minutes of the 213th Session of the Executive Council
(EXC.214/PRG/1)
Decision
2. The Executive Council approved the minutes of its 213th Session.
(EXC.214/PRG/1, paragraph 4)
Second item on the agenda
Forest fire preparedness: proposals for follow-up
(EXC.214/PRG/2)
3. The Employer spokesperson proposed that the Office be requested to prepare a separate study. The
proposal was not supported.
4. A Government representative of Chile welcomed the proposals.
Decision
5. The Executive Council:
(a) decided to establish a Tripartite Technical Working Group on Forest Fire Preparedness;
(b) requested the Director-General to prepare, for its 216th Session, a report on the follow-up.
(EXC.214/PRG/2, paragraph 15, as amended by the Executive Council)
EXC.214/PRG/PV 3
Third item on the agenda
Report of the Standards Review Tripartite Working Group
(EXC.214/PRG/3)
Decision
6. The Executive Council, recalling its decision EXC.210/PRG/5 and taking note of the report of the fifth meeting of the
Standards Review Tripartite Working Group (EXC.214/PRG/3), held in Rome from 1 to 3 February 2031:
(a) endorsed the recommendations adopted by the SRTWG at its fifth meeting;
(b) requested the Office to report to the Conference at its 45th Session;
(c) invited the Conference to take the recommendations into account.
(EXC.214/PRG/3, paras 20 and 21)
"""


def test_each_decision_is_known_by_its_items_document(registry: BodyRegistry) -> None:
    facts = _facts(PDFTOTEXT, registry)
    assert (COUNCIL_214, "meetingOf", BodyRef("ifo/council")) in facts
    assert (COUNCIL_214, "heldIn", "Rome") in facts
    titles = {
        "1": "Approval of the minutes of the 213th Session of the Executive Council",
        "2": "Forest fire preparedness: proposals for follow-up",
        "3": "Report of the Standards Review Tripartite Working Group",
    }
    for number, title in titles.items():
        own = _decision(number)
        assert (own, "title", title) in facts
        assert (own, "adoptedAt", COUNCIL_214) in facts
    second, third = _decision("2"), _decision("3")
    assert any(s == second and r == "establishes" for s, r, _ in facts)
    assert (second, "requests", BodyRef("ifo/dg")) in facts
    assert (third, "requests", BodyRef("ifo/office")) in facts
    assert (third, "endorses", GatheringRef("ifo/council/review", "meeting", 5)) in facts
    assert (third, "cites", _decision("5", session="210")) in facts
    assert (third, "invites", BodyRef("ifo/conference")) in facts


def test_what_the_minutes_say_around_the_decisions(registry: BodyRegistry) -> None:
    facts = _facts(PDFTOTEXT, registry)
    # "for its 216th Session": the masthead's series, the Director-General holding no sessions
    assert (GatheringRef("ifo/council", "session", 216), "meetingOf", BodyRef("ifo/council")) in facts
    # "to the Conference at its 45th Session": the Conference's, named before "its"
    assert (GatheringRef("ifo/conference", "session", 45), "meetingOf", BodyRef("ifo/conference")) in facts
    assert not any(o == GatheringRef("ifo/council", "session", 45) for _, _, o in facts)
    # the symbol alone in brackets after the report is the paper, reporting on the meeting
    assert (DocumentRef(symbols=("EXC.214/PRG/3",)), "reportOf", GatheringRef("ifo/council/review", "meeting", 5)) in facts
    # the discussion before "Decision" is no decision's text: the proposal not supported asks nothing
    assert not any(r == "requests" and o == BodyRef("ifo/office") and s == _decision("2") for s, r, o in facts)


# Word's text: one paragraph a line, blank lines between, no paragraph numbers, the heading and the
# symbol on one line; a fund's board whose documents are "FB.<session>/<section>/<n>"
WORD_TEXT = """Global Wetlands Fund

Executive Board

61st Session, Nairobi, 14–16 June 2032

FB.61/INS/PV

Minutes

Item 1. Approval of the agenda (FB.61/INS/1)

The Chair opened the session.

Decision

The Executive Board approved the agenda.

(FB.61/INS/1, paragraph 2)

Item 2. Wetland restoration finance (FB.61/INS/2)

Decision

The Executive Board requested the Executive Director to prepare a report on restoration finance.

(FB.61/INS/2, paragraph 9)
"""


def test_a_funds_board_in_word_text(registry: BodyRegistry) -> None:
    facts = _facts(WORD_TEXT, registry)
    board_61 = GatheringRef("gwf/board", "session", 61)
    first, second = _decision("1", "INS", "61", "gwf/board"), _decision("2", "INS", "61", "gwf/board")
    assert (first, "title", "Approval of the agenda") in facts
    assert (second, "adoptedAt", board_61) in facts
    assert (second, "requests", BodyRef("gwf/ed")) in facts
    assert (board_61, "heldIn", "Nairobi") in facts


# --------------------------------------------------------------------------- other boards' mastheads

OTHER_BOARDS = """<body/who-eb> a mg:Body ; mg:key "who-eb" ; skos:prefLabel "Executive Board of the World Health Organization"@en ;
    mg:shortName "Executive Board" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/imo-council> a mg:Body ; mg:key "imo-council" ; skos:prefLabel "Council of the International Maritime Organization"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/unesco-eb> a mg:Body ; mg:key "unesco-eb" ; skos:prefLabel "Executive Board of UNESCO"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@pytest.mark.parametrize(
    ("masthead", "body", "ordinal", "town"),
    [
        ("EXECUTIVE BOARD OF THE WORLD HEALTH ORGANIZATION\n158th session, Geneva, 2–7 February 2026", "who-eb", 158, "Geneva"),
        ("COUNCIL OF THE INTERNATIONAL MARITIME ORGANIZATION\n132nd Session, London, 8–12 July 2024", "imo-council", 132, "London"),
        ("Executive Board of UNESCO\n221st session, Paris, 4–18 October 2024", "unesco-eb", 221, "Paris"),
    ],
)
def test_a_boards_session_line_under_its_name(
    masthead: str, body: str, ordinal: int, town: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    registry = registry_from_turtle(tmp_path_factory, BODIES + OTHER_BOARDS)
    # the next session of the masthead's long series, "its" after an officer who holds none
    text = f"{masthead}\n\nSummary of decisions\n\n1. The Board requested the Director-General to submit, for its {_ordinal(ordinal + 2)} session, a report.\n"
    facts = _facts(text, registry)
    session = GatheringRef(body, "session", ordinal)
    assert (session, "meetingOf", BodyRef(body)) in facts
    assert (session, "heldIn", town) in facts
    assert (GatheringRef(body, "session", ordinal + 2), "meetingOf", BodyRef(body)) in facts


# --------------------------------------------------------------------------- near misses


@pytest.mark.parametrize(
    "text",
    [
        # "Decision" over a text with no source note: a draft the Council may adopt, keyed by nothing
        "Executive Council\n\n214th Session, Rome, 3–12 March 2031\n\nDraft decision\n\n"
        "Decision\n\nThe Executive Council may wish to request the Director-General to prepare a study.\n",
        # a source note whose prefix no body issuing instruments declares
        "Executive Council\n\n214th Session, Rome, 3–12 March 2031\n\nDecision\n\n"
        "The Executive Council requested the Director-General to prepare a study.\n\n(XYZ.214/PRG/4, paragraph 3)\n",
        # a note under a report's own paragraph, no "Decision" line above it
        "Executive Council\n\n214th Session, Rome, 3–12 March 2031\n\n"
        "7. The Executive Council requested the Director-General to prepare a study.\n\n(EXC.214/PRG/4, paragraph 3)\n",
    ],
)
def test_no_decision_without_its_line_and_note(text: str, registry: BodyRegistry) -> None:
    assert not any(isinstance(s, InstrumentRef) for s, _, _ in _facts(text, registry))


def test_a_session_line_naming_a_body_gives_no_place(registry: BodyRegistry) -> None:
    text = "Executive Council\n\nNinth session, Executive Board, 4 March 2031\n\nMinutes\n\n1. The Council met.\n"
    assert not any(r == "heldIn" for _, r, _ in _facts(text, registry))


# --------------------------------------------------------------------------- reports covering a meeting

TENURE_ITEM = """Executive Council
214th Session, Rome, 3–12 March 2031
EXC.214/PRG/PV
Fourth item on the agenda
52nd Report of the Committee on Forest Tenure
(EXC.214/PRG/4)
8. {sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The 52nd Report of the Committee on Forest Tenure covers the cases that the Committee examined at its 88th meeting, "
         "held in Rome from 2 to 6 February 2031.", True),
        ("The 52nd report of the Committee on Forest Tenure covered the matters which the Committee considered during its 88th meeting.", True),
        # a period, not what was done at the meeting
        ("The 52nd Report of the Committee on Forest Tenure covers the period since the Committee met at its 88th meeting.", False),
        # another report than the one the heading gave a symbol
        ("The annual report of the Office covers the cases that the Committee examined at its 88th meeting.", False),
    ],
)
def test_a_report_covering_what_a_committee_examined_at_a_meeting(sentence: str, reported: bool, registry: BodyRegistry) -> None:
    facts = _facts(TENURE_ITEM.format(sentence=sentence), registry)
    meeting = GatheringRef("ifo/council/tenure", "meeting", 88)
    if reported:
        # (the Committee named by its head noun after its full name: its meeting)
        assert (meeting, "meetingOf", BodyRef("ifo/council/tenure")) in facts
    assert any(r == "reportOf" for _, r, _ in facts) is reported
    assert ((DocumentRef(symbols=("EXC.214/PRG/4",)), "reportOf", meeting) in facts) is reported


# --------------------------------------------------------------------------- a paper tells, it invites no one


@pytest.mark.parametrize(
    ("sentence", "invited"),
    [
        ("The document reported on General Assembly resolution 87/243, in which the Assembly requested the Secretary-General, in "
         "consultation with the International Forestry Organization, to report annually, and invited the International Forestry "
         "Organization to take part in the review.", True),
        ("The note described resolution 87/243, in which the Assembly requested the Secretary-General to report, and invited the "
         "International Forestry Organization to take part.", True),
        # a body the sentence's subject: "invited" may be its own act, as before
        ("The Executive Council recalled resolution 87/243, in which the Assembly requested the Secretary-General to report, and "
         "invited the International Forestry Organization to take part.", False),
    ],
)
def test_a_paper_tells_the_resolutions_second_verb(sentence: str, invited: bool, registry: BodyRegistry) -> None:
    text = f"Executive Council\n\n214th Session, Rome, 3–12 March 2031\n\nMinutes\n\n15. {sentence}\n"
    facts = _facts(text, registry)
    resolution = InstrumentRef("ga", "resolution", "87", "243")
    assert (resolution, "requests", BodyRef("secretary-general")) in facts
    assert ((resolution, "invites", BodyRef("ifo")) in facts) is invited


# --------------------------------------------------------------------------- a number wrapped after "resolution"


def test_a_resolutions_number_on_the_next_line_is_no_page_number() -> None:
    text = "Matters relating to the United Nations system: Follow-up to General Assembly resolution\n87/243\n(EXC.214/PRG/7)\n"
    assert "resolution 87/243 (EXC.214/PRG/7)" in clean(text).text
    # a page number under an ordinary line is still furniture
    assert "3/8" not in clean("The Council met in Rome.\n3/8\nThe Council adjourned.\n").text
