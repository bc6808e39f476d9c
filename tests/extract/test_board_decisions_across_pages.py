"""A board's numbered decisions printed one after another across pages, and what their clauses
say of partners, of the board's own Bureau and of reports adopted at a session (E283):

- the decisions' numbers "NNNN/NN" alone on a line over the title and the bare formula ("The
  Executive Board"), each closed by the day it was adopted alone on a line: where a decision begins
  a page (its number under the running header) or its day begins or ends a page, the number has
  the shape of a page number and the day that of another page's, and neither is a running header;
  a text-box converter (pdfminer's pdf2txt.py) sets the paragraphs' numbers as a column of their
  own before the text ("1." alone), and puts the day above the last clause once a page break
  parts them. Near misses: the page numbers ("2/3") stay furniture, and a day printed only atop
  every page (a running date) is no adoption day;
- "Requests X, in consultation with A and B, to ...": A and B are partners, neither asked; but
  "Requests X and Y, in cooperation with A, to ..." asks both X and Y;
- "invites the Bureau of the Executive Board" in a decision that names another organization's
  Executive Board once ("a joint working group with the Executive Board of the Seed Fund"): the
  speaking board's Bureau;
- "the reports of the Working Group on those reviews (A, B and C), adopted at its fifth session":
  each report is of that session of the group; not where the body after "report(s) of" holds no
  sessions, or where the gathering word is not its own;
- an on-phrase title ends at the request's next task (", and to present ...") and at the verb's
  next document (", and of the management commentaries thereon").

Invented bodies and documents.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import stated
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/grain> a mg:Body ; mg:key "grain" ; skos:prefLabel "World Grain Programme"@en ; skos:altLabel "WGP"@en .
<body/grain/board> a mg:Body ; mg:key "grain/board" ;
    skos:prefLabel "Executive Board of the World Grain Programme"@en ; skos:altLabel "Executive Board of WGP"@en ;
    mg:shortName "Board" ; mg:symbolPrefix "WGP/EB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/grain/board/bureau> a mg:Body ; mg:key "grain/board/bureau" ;
    skos:prefLabel "Bureau of the Executive Board of the World Grain Programme"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/grain/board> .
<body/grain/director> a mg:Body ; mg:key "grain/director" ;
    skos:prefLabel "Executive Director of the World Grain Programme"@en ; mg:shortName "Executive Director" ;
    org:subOrganizationOf <body/grain> .
<body/seed> a mg:Body ; mg:key "seed" ; skos:prefLabel "Global Seed Fund"@en ; skos:altLabel "GSF"@en .
<body/seed/board> a mg:Body ; mg:key "seed/board" ;
    skos:prefLabel "Executive Board of the Global Seed Fund"@en ; skos:altLabel "Executive Board of GSF"@en ;
    mg:shortName "Executive Board" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/seed> .
<body/seed/board/bureau> a mg:Body ; mg:key "seed/board/bureau" ;
    skos:prefLabel "Bureau of the Executive Board of the Global Seed Fund"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/seed/board> .
<body/soil> a mg:Body ; mg:key "soil" ; skos:prefLabel "Soil Partnership"@en ; skos:altLabel "SOP"@en .
<body/audit> a mg:Body ; mg:key "audit" ; skos:prefLabel "Panel of External Auditors"@en .
<body/rights> a mg:Body ; mg:key "rights" ; skos:prefLabel "Council on Human Dignity"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "CHD" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/rights/review> a mg:Body ; mg:key "rights/review" ;
    skos:prefLabel "Working Group on Peer Review"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/rights> .
<body/rights/envoy> a mg:Body ; mg:key "rights/envoy" ;
    skos:prefLabel "Special Envoy on Human Dignity"@en ; org:subOrganizationOf <body/rights> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    found = stated(extract(text, source_key="t", registry=registry))
    return {f for f in found if not relations or f[0] in relations}


def decision(number: int, year: int = 2036) -> str:
    return f"grain/board/dec/{year}/{number}"


# Three decisions as pdf2txt.py writes them: the masthead, a contents table whose number column is a
# box of its own, decision 2036/4 beginning page 2 under the running header, 2036/5's paragraph
# numbers a column before its text, 2036/6's day above its last clause after the page break, and
# that day again closing page 3.
BOARD_DECISIONS = (
    "Executive Board of the World Grain Programme\n\nWGP/EB/2036/9\n\nDistr.: General\n20 February 2036\n\n"
    "First regular session 2036\nRome, 10 to 12 February 2036\n\n"
    "Decisions adopted by the Executive Board at its first regular session 2036\n\n"
    "Contents\n\n2036/4\n2036/5\n2036/6\n\n"
    "Title                                                   Page\n"
    "Country strategic plans ...................................  2\n"
    "Update on the supply chain ................................  2\n"
    "Audit and oversight .......................................  3\n\n"
    "36-01234 (E)    200236\n\n"
    "\fWGP/EB/2036/9\n\n"
    "2036/4\nCountry strategic plans\n\nThe Executive Board\n\n"
    "1. Approves the country strategic plans presented at the session;\n"
    "2. Requests the Executive Director, in consultation with the Global Seed Fund and the Soil\n"
    "Partnership, to report on their implementation at the annual session 2037.\n\n"
    "11 February 2036\n\n"
    "2036/5\nUpdate on the supply chain\n\nThe Executive Board\n\n"
    "1.\n\n2.\n\n"
    "Takes note of the update on the supply chain;\n"
    "Encourages the Executive Director to widen the use of local suppliers.\n\n"
    "11 February 2036\n\n"
    "2/3\n\n"
    "\fWGP/EB/2036/9\n\n"
    "2036/6\nAudit and oversight\n\nThe Executive Board\n\n"
    "1. Takes note of the report of the Panel of External Auditors;\n"
    "2. Requests the Executive Director to act on the recommendations of the Panel of External\n"
    "Auditors, and invites the Bureau of the Executive Board, in consultation with the Bureau of the\n"
    "Executive Board of the Global Seed Fund, to propose a calendar for joint briefings;\n\n"
    "3/3\n\n"
    "\fWGP/EB/2036/9\n\n"
    "12 February 2036\n\n"
    "3. Decides to consider at its annual session 2036 a proposal for a joint working group with the\n"
    "Executive Board of the Global Seed Fund.\n\n"
    "12 February 2036\n"
)


def test_each_decision_read_across_the_pages(registry: BodyRegistry) -> None:
    found = facts(BOARD_DECISIONS, registry, "title", "adoptedOn")
    assert {
        ("title", decision(4), "Country strategic plans"),
        ("title", decision(5), "Update on the supply chain"),
        ("title", decision(6), "Audit and oversight"),
        ("adoptedOn", decision(4), "2036-02-11"),
        ("adoptedOn", decision(5), "2036-02-11"),
        ("adoptedOn", decision(6), "2036-02-12"),
    } <= found
    # (the page numbers "2/3", "3/3" stay furniture: no decision of that number)
    assert not {f for f in found if f[1].endswith("/2/3") or f[1].endswith("/3/3")}


def test_clauses_stay_with_their_own_decision(registry: BodyRegistry) -> None:
    found = facts(BOARD_DECISIONS, registry, "requests", "encourages", "invites")
    assert ("requests", decision(4), "grain/director") in found
    assert ("encourages", decision(5), "grain/director") in found
    assert ("requests", decision(6), "grain/director") in found
    # the board's own Bureau, though the decision names the Seed Fund's Board once
    assert ("invites", decision(6), "grain/board/bureau") in found
    # partners after "in consultation with", joined by "and": neither asked
    assert not {f for f in found if f[2] in ("seed", "soil", "seed/board/bureau")}


def test_a_running_date_is_no_adoption_day(registry: BodyRegistry) -> None:
    # near miss: a day printed atop every page only (a running date), no decision closed by a day
    clauses = "".join(
        f"{n}. Requests the Executive Director to review item {n} of the working methods of the Board;\n" for n in range(1, 6)
    )
    text = (
        "Executive Board of the World Grain Programme\n\nWGP/EB/2036/10\n\nDistr.: General\n20 June 2036\n\n"
        "Annual session 2036\n\nDecisions adopted by the Executive Board\n\n"
        f"2036/7\nWorking methods\n\nThe Executive Board\n\n{clauses}\n"
        "\fWGP/EB/2036/10\n\n18 June 2036\n\n"
        f"2036/8\nTravel policy\n\nThe Executive Board\n\n{clauses}\n"
        "\fWGP/EB/2036/10\n\n18 June 2036\n\n"
        f"2036/9\nField offices\n\nThe Executive Board\n\n{clauses}"
    )
    found = facts(text, registry, "adoptedOn", "requests")
    assert {("requests", decision(n), "grain/director") for n in (7, 8, 9)} <= found
    assert not {f for f in found if f[0] == "adoptedOn"}


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        ("Requests the Executive Director, in consultation with the Global Seed Fund and the Soil Partnership, to report", {"grain/director"}),
        ("Requests the Executive Director, in close cooperation with GSF, SOP and the Panel of External Auditors, to report", {"grain/director"}),
        ("Invites the Executive Director, working with GSF or SOP, to report", {"grain/director"}),
        # near misses: the addressees before the partner are all asked
        ("Requests the Executive Director and the Global Seed Fund, in consultation with the Soil Partnership, to report", {"grain/director", "seed"}),
        ("Requests the Executive Director and the Soil Partnership to report", {"grain/director", "soil"}),
    ],
)
def test_partners_joined_after_in_consultation_with(registry: BodyRegistry, clause: str, asked: set[str]) -> None:
    text = (
        "Executive Board of the World Grain Programme\n\nWGP/EB/2036/11\n\nSecond regular session 2036\n\n"
        "Decisions adopted by the Executive Board\n\n2036/9\nJoint programming\n\nThe Executive Board\n\n"
        f"1. {clause} on joint programming at the annual session 2037.\n\n14 November 2036\n"
    )
    found = facts(text, registry, "requests", "invites")
    assert {f[2] for f in found if f[1] == decision(9)} == asked


COUNCIL_REPORT = (
    "CHD/41/2\n\nCouncil on Human Dignity\nForty-first session\n3-28 March 2036\n\n"
    "Report of the Council on Human Dignity on its forty-first session\n\n1. {s}\n"
)


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        (
            "The reports of the Working Group on Peer Review on those reviews (CHD/41/7, CHD/41/8 and CHD/41/9), "
            "adopted at its fifth session, were before the Council.",
            {"CHD/41/7", "CHD/41/8", "CHD/41/9"},
        ),
        (
            "The Council considered the report of the Working Group on Peer Review on the review (CHD/41/7), which was adopted "
            "during its fifth session.",
            {"CHD/41/7"},
        ),
        (
            "The Council had before it the reports of the Working Group on Peer Review (CHD/41/7; CHD/41/8), "
            "adopted at its fifth session.",
            {"CHD/41/7", "CHD/41/8"},
        ),
    ],
)
def test_reports_adopted_at_their_authors_session(registry: BodyRegistry, sentence: str, reports: set[str]) -> None:
    found = facts(COUNCIL_REPORT.format(s=sentence), registry, "reportOf")
    assert {f[1] for f in found if f[2] == "rights/review#5"} == reports


@pytest.mark.parametrize(
    "sentence",
    [
        # the envoy holds no sessions: "its" session is no report's
        "The report of the Special Envoy on Human Dignity (CHD/41/7), adopted at its fifth session, was before the Council.",
        # a meeting, where the group meets in sessions
        "The reports of the Working Group on Peer Review (CHD/41/7 and CHD/41/8), adopted at its fifth meeting, were before the Council.",
        # no "report(s) of" before the brackets
        "The outcomes of the reviews (CHD/41/7 and CHD/41/8), adopted at its fifth session, were before the Council.",
    ],
)
def test_no_report_of_a_session_where_nothing_says_whose(registry: BodyRegistry, sentence: str) -> None:
    found = facts(COUNCIL_REPORT.format(s=sentence), registry, "reportOf")
    assert not {f for f in found if f[1] in ("CHD/41/7", "CHD/41/8")}


@pytest.mark.parametrize(
    ("clause", "number", "title"),
    [
        (
            "Requests the Executive Director to align the plan with decision 2031/4 on the integrated road map "
            "of the Programme, and to present a midterm review at the annual session 2037;",
            "2031/4",
            "the integrated road map of the Programme",
        ),
        (
            "Takes note of the report (WGP/EB/2036/3), prepared pursuant to decision 2030/2 on the evaluation "
            "policy of the Programme, and of the management response thereto;",
            "2030/2",
            "the evaluation policy of the Programme",
        ),
        (
            "Takes note of the evaluation prepared pursuant to decision 2030/5 on the funding of the Programme, "
            "and also of its summary;",
            "2030/5",
            "the funding of the Programme",
        ),
        # near miss: "and to" inside a title without a comma goes on
        (
            "Recalls its decision 2029/7 on access to seed and to credit for smallholder farmers;",
            "2029/7",
            "access to seed and to credit for smallholder farmers",
        ),
    ],
)
def test_a_title_ends_at_the_next_task_or_document(registry: BodyRegistry, clause: str, number: str, title: str) -> None:
    text = (
        "Executive Board of the World Grain Programme\n\nWGP/EB/2036/11\n\nSecond regular session 2036\n\n"
        "Decisions adopted by the Executive Board\n\n2036/9\nPlans\n\nThe Executive Board\n\n"
        f"1. {clause}\n\n14 November 2036\n"
    )
    year, n = number.split("/")
    found = facts(text, registry, "title")
    assert ("title", decision(int(n), int(year)), title) in found
