"""A page of the Journal of the United Nations for an expert body of the Economic and Social
Council whose sessions are named by their year and their ordinal at once ("2033 session (seventh
session)"), its decisions numbered "7/2" (session, then number):

- the day's programme: the body's name, its session's line (a bracketed note such as "[webcast]"
  may stand under it), meeting rows, "Item 4" over the item's title, documents listed under the
  items (one may print as a heading of its own: no full stop ends it). The documents are before
  the session; drafts ("/L.3") are not; a heading of words alone ("Other meetings") ends the part;
- the "Summary of official meetings": under a day's heading and the body's name, "The Group
  adopted draft decision X, entitled "...", as decision 7/1": the decision's title, its day and
  the session; "In the decision, the Group ..." tells that decision; "The expert team is to
  report ..." and "... is requested to ..." in the next sentence are its requests;
- the announcements: "The session opened on X and will close on Y"; "held in accordance with ...
  and Council decision 2032/210" (the Council's, though the group's decisions read "decision N/M"
  too); "Pursuant to decision 7/2, adopted on ..., the Group of Experts will hold its eighth
  session ..."; "the Group called upon its Bureau" (the group's bureau, not another body's);
- a telephone number "1 (212) 963-2791" is no resolution of a body numbering "{number} ({session})".
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

EXPERT_GROUP = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ecosoc/gemb> a mg:Body ; mg:key "ecosoc/gemb" ;
    skos:prefLabel "United Nations Group of Experts on Maritime Boundary Data"@en ;
    skos:altLabel "UNGEMB"@en ; mg:shortName "Group of Experts" ; mg:symbolPrefix "GEMB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/ecosoc> .
<body/ecosoc/gemb/bureau> a mg:Body ; mg:key "ecosoc/gemb/bureau" ;
    skos:prefLabel "Bureau of the United Nations Group of Experts on Maritime Boundary Data"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/ecosoc/gemb> .
<body/ecosoc/tidal-commission> a mg:Body ; mg:key "ecosoc/tidal-commission" ;
    skos:prefLabel "Commission on Tidal Observation"@en ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "resolution" ] .
<body/ecosoc/tidal-commission/bureau> a mg:Body ; mg:key "ecosoc/tidal-commission/bureau" ;
    skos:prefLabel "Bureau of the Commission on Tidal Observation"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/ecosoc/tidal-commission> .
<body/ecosoc/gemb/wg-seabed> a mg:Body ; mg:key "ecosoc/gemb/wg-seabed" ;
    skos:prefLabel "Working Group on Seabed Feature Names"@en ; org:subOrganizationOf <body/ecosoc/gemb> .
"""

SESSION_LINE = "2033 session (seventh session)"
ROW = "3rd meeting            10:00–13:00                          Conference Room 2"
DOCUMENT = (
    "                Report of the Working Group on Seabed Feature Names\n"
    "                (GEMB/2033/4)\n"
)


def page(session_line: str = SESSION_LINE, note: str = "[webcast]\n", row: str = ROW, document: str = DOCUMENT) -> str:
    return (
        "                                   JOURNAL\n"
        "                            OF THE UNITED NATIONS\n\n"
        "No. 2033/91                                                        Tuesday, 10 May 2033\n\n"
        "                        Programme of meetings and agenda\n\n"
        "Official meetings\n\n"
        "Economic and Social Council\n"
        "United Nations Group of Experts on Maritime Boundary Data\n"
        f"{session_line}\n{note}\n"
        f"{row}\n"
        "    Item 4      Seabed feature names\n"
        f"{document}"
        "    Item 6      Data standards\n"
        "                Note by the Secretariat on data standards for baselines (GEMB/2033/6),\n"
        "                prepared pursuant to decision 6/3\n"
        "    Action on draft decision GEMB/2033/L.3\n\n"
        "Other meetings\n"
        "Briefing by the Division for Ocean Affairs (GEMB/2033/INF/2): 13:15–14:30, Conference Room 7.\n\n"
        "Summary of official meetings\n\n"
        "Monday, 9 May 2033\n"
        "United Nations Group of Experts on Maritime Boundary Data\n"
        "2nd meeting\n"
        '    The Group of Experts adopted draft decision GEMB/2033/L.1, entitled "Names of undersea\n'
        '    features beyond national jurisdiction", without a vote, as decision 7/1. In the decision,\n'
        "    the Group recalled decision 6/4, and decided to set up a task team on baseline data.\n"
        "    The task team is to report to the Group at its 2035 session; the Working Group on Seabed\n"
        "    Feature Names is requested to support it.\n\n"
        "Announcements\n"
        "Seventh session of UNGEMB\n"
        "    The session opened on 8 May 2033 and will close on Friday, 12 May 2033. The session is held\n"
        "    in accordance with Economic and Social Council resolution 2018/2 and Council decision\n"
        "    2032/210. Delegations will be invited to approve the programme of work.\n"
        "Eighth session of UNGEMB\n"
        "    Pursuant to decision 7/2, adopted on 9 May 2033, the Group of Experts will hold its eighth\n"
        "    session in Geneva from 2 to 6 May 2035. In the same decision, the Group called upon its\n"
        "    Bureau to prepare the provisional agenda.\n\n"
        "For information on the programme of meetings, call 1 (212) 963-2791.\n"
    )


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, EXPERT_GROUP)


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize("session_line", [SESSION_LINE, "Seventh session (2033 session)", "2033 session (7th session)"])
@pytest.mark.parametrize("note", ["[webcast]\n", "(public)\n", ""])
def test_documents_under_a_session_named_by_year_and_ordinal(registry: BodyRegistry, session_line: str, note: str) -> None:
    submitted = facts(page(session_line=session_line, note=note), registry, "submittedTo")
    assert {("GEMB/2033/4", "ecosoc/gemb#7"), ("GEMB/2033/6", "ecosoc/gemb#7")} <= submitted
    # a draft acted on, and a paper of another meeting below "Other meetings": not before the session
    assert not any(doc in ("GEMB/2033/L.3", "GEMB/2033/INF/2") for doc, _ in submitted)


@pytest.mark.parametrize("document", [
    DOCUMENT,
    "                Report of the Working Group on Seabed Feature Names (GEMB/2033/4)\n",
    "                Report of the Working Group on Seabed\n                Feature Names (GEMB/2033/4)\n",
])
def test_a_document_wrapped_or_not_under_an_item_title(registry: BodyRegistry, document: str) -> None:
    assert ("GEMB/2033/4", "ecosoc/gemb#7") in facts(page(document=document), registry, "submittedTo")


def test_a_row_read_one_cell_a_line(registry: BodyRegistry) -> None:
    # a word processor's columns read one cell a line: the time and the room between the item's
    # number, its title and its document
    text = page(row="3rd meeting").replace(
        "    Item 4      Seabed feature names\n", "Item 4\n\n10:00–13:00\n\nSeabed feature names\n\nConference Room 2\n\n"
    )
    assert ("GEMB/2033/4", "ecosoc/gemb#7") in facts(text, registry, "submittedTo")


def test_a_row_read_as_a_table_row(registry: BodyRegistry) -> None:
    # a web page's table as html2text writes it
    text = page(row="3rd meeting | 10:00–13:00 | Conference Room 2\n---|---|---")
    assert ("GEMB/2033/4", "ecosoc/gemb#7") in facts(text, registry, "submittedTo")


def test_a_year_alone_opens_no_programme(registry: BodyRegistry) -> None:
    # "2033 session" says no ordinal: no session to key the documents by
    assert not facts(page(session_line="2033 session"), registry, "submittedTo")


def test_decisions_told_in_the_summary_of_meetings(registry: BodyRegistry) -> None:
    text = page()
    assert ("ecosoc/gemb/dec/7/1", "ecosoc/gemb#7") in facts(text, registry, "adoptedAt")
    assert ("ecosoc/gemb/dec/7/1", "2033-05-09") in facts(text, registry, "adoptedOn")
    assert ("ecosoc/gemb/dec/7/1", "Names of undersea features beyond national jurisdiction") in facts(text, registry, "title")
    assert ("ecosoc/gemb/dec/7/1", "ecosoc/gemb/dec/6/4") in facts(text, registry, "cites")
    assert ("ecosoc/gemb/dec/7/1", "ecosoc/gemb/task-team-on-baseline-data") in facts(text, registry, "establishes")
    requests = facts(text, registry, "requests")
    assert {("ecosoc/gemb/dec/7/1", "ecosoc/gemb/task-team-on-baseline-data"), ("ecosoc/gemb/dec/7/1", "ecosoc/gemb/wg-seabed")} <= requests


@pytest.mark.parametrize("auxiliary", ["will be", "was"])
def test_no_request_told_but_in_the_present(registry: BodyRegistry, auxiliary: str) -> None:
    # "will be requested to support it": what is to come, no request the decision makes
    text = page().replace("Feature Names is requested", f"Feature Names {auxiliary} requested")
    assert ("ecosoc/gemb/dec/7/1", "ecosoc/gemb/wg-seabed") not in facts(text, registry, "requests")


def test_no_summary_no_adoption_day(registry: BodyRegistry) -> None:
    # without the "Summary of official meetings" heading, the day above is no day the decision was adopted
    text = page().replace("Summary of official meetings", "Statements")
    assert not any(s == "ecosoc/gemb/dec/7/1" for s, _ in facts(text, registry, "adoptedOn"))


def test_the_session_announced(registry: BodyRegistry) -> None:
    text = page()
    assert ("ecosoc/gemb#7", "2033-05-08/2033-05-12") in facts(text, registry, "heldOn")
    pursuant = facts(text, registry, "pursuantTo")
    assert ("ecosoc/gemb#7", "ecosoc/dec/2032/210") in pursuant
    assert ("ecosoc/gemb#8", "ecosoc/gemb/dec/7/2") in pursuant
    assert ("ecosoc/gemb/dec/7/2", "ecosoc/gemb/bureau") in facts(text, registry, "requests")
    # "Delegations will be invited to approve ...": what the session will do, no request of a decision
    assert not any(o == "ecosoc/gemb#7" or s == "ecosoc/dec/2032/210" for s, o in facts(text, registry, "encourages"))


def test_a_telephone_number_is_no_resolution(registry: BodyRegistry) -> None:
    mentioned = {o for _, o in facts(page(), registry, "mentions")}
    assert not any(o.startswith("ecosoc/tidal-commission/") for o in mentioned)
