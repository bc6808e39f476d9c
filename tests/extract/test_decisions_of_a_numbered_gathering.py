"""(E265) The annex of a treaty meeting's final report that lists the decisions of that meeting,
numbered from 1 at each meeting: a heading "Decisions adopted by the Fourth Meeting of States
Parties" (the gathering named by its ordinal and the body's own name, not "at its fourth session")
over headings "Decision 1" alone on their line with the title on the next one (a PDF converter's
Markdown gives each its own "##"), or "Decision 2: Title" on one line
(`rules/own_numbering._session_list_numbering`); and one verb that establishes two bodies ("to
establish an informal working group on X and an informal working group on Y, Z and W",
`rules/new_bodies.joined_after`).

Invented bodies and texts; near misses: a list heading without an ordinal, "Decision 1" headings
without any list heading, draft decisions "submitted to" the meeting, a second thing established
that is no body."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cco-revcon> a mg:Body ; mg:key "cco-revcon" ;
    skos:prefLabel "Review Conference of the States Parties to the Convention on Coastal Ordnance"@en ;
    mg:shortName "Review Conference" ; mg:symbolPrefix "CCO/CONF" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true .
<body/cco-msp> a mg:Body ; mg:key "cco-msp" ;
    skos:prefLabel "Meeting of States Parties to the Convention on Coastal Ordnance"@en ;
    mg:shortName "Meeting" ; mg:symbolPrefix "CCO/MSP" ; mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/cco-revcon> .
<body/cco-revcon/pc> a mg:Body ; mg:key "cco-revcon/pc" ;
    skos:prefLabel "Preparatory Committee for the 2031 Review Conference of the States Parties to the Convention on Coastal Ordnance"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "CCO/CONF.2031/PC" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/cco-revcon> .
<body/cco-msp/bureau> a mg:Body ; mg:key "cco-msp/bureau" ;
    skos:prefLabel "Bureau of the Convention on Coastal Ordnance"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/cco-msp> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


_MASTHEAD = "Fourth Meeting of States Parties to the Convention on Coastal Ordnance\n\nApia, 3-7 June 2030\n\nCCO/MSP/2030/8\n\nDistr.: General\n12 June 2030\n\n"

# Markdown from a PDF converter: every heading "##", the operative verbs in italics
_MARKDOWN = (
    "## Final report of the Fourth Meeting of States Parties\n\n## Annex I\n\n"
    "## Decisions adopted by the Fourth Meeting of States Parties\n\n"
    "The annex contains the decisions adopted by the Meeting at its 6th plenary meeting, on 7 June 2030.\n\n"
    "## Decision 1\n\n## Clearance of coastal waters\n\n*The Fourth Meeting of States Parties,*\n\n"
    "1. *Requests* the Bureau to report on clearance to the Fifth Meeting of States Parties;\n\n"
    "6th plenary meeting\n7 June 2030\n\n"
    "## Decision 2\n\n## Arrangements for the Fifth Meeting\n\n*The Fourth Meeting of States Parties,*\n\n"
    "1. *Requests* the Secretary-General to convene the Fifth Meeting of States Parties.\n\n"
    "6th plenary meeting\n7 June 2030\n"
)
# the same list in a word processor's plain text, the title after a colon on the heading's line
_PLAIN = (
    "Final report of the Fourth Meeting of States Parties\n\nAnnex I\n\n"
    "Decisions adopted at the Fourth Meeting of the States Parties\n\n"
    "Decision 1: Clearance of coastal waters\n\nThe Fourth Meeting of States Parties,\n\n"
    "1. Requests the Bureau to report on clearance to the Fifth Meeting of States Parties;\n\n"
    "Decision 2: Arrangements for the Fifth Meeting\n\nThe Fourth Meeting of States Parties,\n\n"
    "1. Requests the Secretary-General to convene the Fifth Meeting of States Parties.\n"
)


@pytest.mark.parametrize("annex", [_MARKDOWN, _PLAIN], ids=["markdown-headings", "plain-colon"])
def test_decisions_listed_under_the_meeting_named_by_its_ordinal(annex: str, registry: BodyRegistry) -> None:
    facts = _facts(_MASTHEAD + annex, registry)
    first, second = (InstrumentRef("cco-msp", "decision", "4", str(n)) for n in (1, 2))
    meeting = GatheringRef("cco-msp", "meeting", 4)
    assert (first, "title", "Clearance of coastal waters") in facts
    assert (second, "title", "Arrangements for the Fifth Meeting") in facts
    assert (first, "adoptedAt", meeting) in facts and (second, "adoptedAt", meeting) in facts
    assert (first, "requests", BodyRef("cco-msp/bureau")) in facts
    assert (second, "requests", BodyRef("secretary-general")) in facts
    # the report's title names the Meeting by the head of its name: the report of that meeting
    assert (DocumentRef(symbols=("CCO/MSP/2030/8",)), "reportOf", meeting) in facts
    if "plenary meeting\n" in annex:  # the meeting and day printed under each decision
        assert (first, "adoptedOn", dt.date(2030, 6, 7)) in facts and (second, "adoptedOn", dt.date(2030, 6, 7)) in facts


def test_a_review_conferences_decisions(registry: BodyRegistry) -> None:
    text = (
        "Final document of the Second Review Conference of the States Parties to the Convention on Coastal Ordnance\n\n"
        "Part II\n\nDecisions adopted by the Second Review Conference\n\n"
        "Decision 1\n\nUniversalization\n\nThe Second Review Conference,\n\n"
        "1. Requests the Secretary-General to report on universalization to each Meeting of States Parties.\n"
    )
    facts = _facts(text, registry)
    own = InstrumentRef("cco-revcon", "decision", "2", "1")
    assert (own, "title", "Universalization") in facts
    assert (own, "requests", BodyRef("secretary-general")) in facts


@pytest.mark.parametrize(
    "heading",
    [
        "## Decisions adopted by the Meeting of States Parties",  # no ordinal: which meeting is not said
        "## Summary of the discussion",  # no list heading at all
        "## Draft decisions submitted to the Fourth Meeting of States Parties",  # drafts, not adopted
    ],
)
def test_headings_without_a_list_of_a_numbered_meeting_give_no_decisions(heading: str, registry: BodyRegistry) -> None:
    text = _MASTHEAD + _MARKDOWN.replace("## Decisions adopted by the Fourth Meeting of States Parties", heading)
    facts = _facts(text, registry)
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "cco-msp" and s.session == "4" for s, _, _ in facts)


def _established(paragraph: str, registry: BodyRegistry) -> list[object]:
    text = _MASTHEAD + _PLAIN.split("1. Requests the Bureau")[0] + paragraph + "\n"
    own = InstrumentRef("cco-msp", "decision", "4", "1")
    return sorted((o for s, rel, o in _facts(text, registry) if s == own and rel == "establishes"), key=str)


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Decides to establish an informal working group on universalization and an informal working group on"
        " victim assistance, environmental remediation and international cooperation, each to be co-chaired by two States;",
        "1. Establishes an open-ended working group on marking and fencing and an ad hoc expert group on survey"
        " methods to report to the Fifth Meeting of States Parties;",
    ],
)
def test_one_verb_establishes_two_bodies(paragraph: str, registry: BodyRegistry) -> None:
    established = _established(paragraph, registry)
    assert len(established) == 2
    names = " ".join(str(b) for b in established)
    assert "victim-assistance-environmental-remediation" in names or "survey" in names


def test_a_body_and_a_thing_that_is_no_body(registry: BodyRegistry) -> None:
    # "a roster of experts" is established with the group, but is no body
    established = _established(
        "1. Decides to establish an informal working group on universalization and a roster of experts on clearance;", registry
    )
    assert len(established) == 1


def test_a_masthead_in_a_pipe_table_under_a_pictures_placeholder(registry: BodyRegistry) -> None:
    # Docling's Markdown: the emblem's placeholder, the body's name and place as headings, then the
    # symbol, distribution and date as a pipe table's rows
    masthead = (
        "<!-- image -->\n\n## Fourth Meeting of States Parties to the Convention on Coastal Ordnance\n\n"
        "Apia, 3-7 June 2030\n\n| CCO/MSP/2030/8 | |\n|---|---|\n| Distr.: General | 12 June 2030 |\n\n"
    )
    facts = _facts(masthead + _MARKDOWN, registry)
    report = DocumentRef(symbols=("CCO/MSP/2030/8",))
    assert (report, "reportOf", GatheringRef("cco-msp", "meeting", 4)) in facts
    assert (InstrumentRef("cco-msp", "decision", "4", "1"), "containedIn", report) in facts


@pytest.mark.parametrize(
    "title",
    ["Report of the Preparatory Committee on its second session", "Report of the Preparatory Committee on the work of its second session"],
)
def test_a_report_titled_by_the_head_of_its_bodys_name(title: str, registry: BodyRegistry) -> None:
    # "NPT/CONF.2035/PC.II/15"-like: the session in Roman numerals after the prefix's dot, and the
    # title naming the body by the words before "for the 2031 Review Conference ..."
    text = (
        "CCO/CONF.2031/PC.II/12\n\nPreparatory Committee for the 2031 Review Conference of the States Parties to the"
        " Convention on Coastal Ordnance\n\n14 May 2030\n\nSecond session\nSuva, 5-9 May 2030\n\n"
        f"{title}\n\n1. The Preparatory Committee held its second session in Suva from 5 to 9 May 2030.\n"
    )
    facts = _facts(text, registry)
    report = DocumentRef(symbols=("CCO/CONF.2031/PC.II/12",))
    assert (report, "reportOf", GatheringRef("cco-revcon/pc", "session", 2)) in facts
    assert not any(rel == "reportOf" and isinstance(o, GatheringRef) and o.body == "cco-revcon" for s, rel, o in facts)


def test_a_title_naming_another_body_is_no_report_of_the_authors_session(registry: BodyRegistry) -> None:
    # "Bureau" is no head of the author's name: the Bureau's report, whose session is not the Committee's
    text = (
        "CCO/CONF.2031/PC.II/12\n\nPreparatory Committee for the 2031 Review Conference of the States Parties to the"
        " Convention on Coastal Ordnance\n\nSecond session\nSuva, 5-9 May 2030\n\n"
        "Report of the Preparatory Bureau on its second session\n\n1. The Bureau met twice.\n"
    )
    facts = _facts(text, registry)
    assert (DocumentRef(symbols=("CCO/CONF.2031/PC.II/12",)), "reportOf", GatheringRef("cco-revcon/pc", "session", 2)) not in facts


@pytest.mark.parametrize(
    "opening",
    ["In paragraph 4 of its resolution 84/61 of 5 December 2029", "In paragraphs 4 and 5 of its resolution 84/61 of 5 December 2029",
     "By paragraph 4 (b) of its resolution 84/61 of 5 December 2029"],
)
def test_the_paragraph_of_its_resolution_before_the_subject(opening: str, registry: BodyRegistry) -> None:
    # a treaty meeting's report: "its" is the General Assembly's, named after the opening phrase
    text = _MASTHEAD + f"Final report\n\n1. {opening}, the General Assembly requested the Secretary-General to convene the Fourth Meeting.\n"
    facts = _facts(text, registry)
    resolution = InstrumentRef("ga", "resolution", "84", "61")
    assert (resolution, "requests", BodyRef("secretary-general")) in facts
    assert (resolution, "adoptedOn", dt.date(2029, 12, 5)) in facts


def test_the_paragraph_of_its_own_report_is_no_instrument(registry: BodyRegistry) -> None:
    text = _MASTHEAD + "Final report\n\n1. In paragraph 4 of its report, the Bureau requested the Secretary-General to convene the Fourth Meeting.\n"
    facts = _facts(text, registry)
    assert not any(rel == "requests" for _, rel, _ in facts)
