"""E255's families, on invented text:

- a series part with its session in Roman figures in brackets ("TD/B(LXXXV)/3", "FTC/SG(XII)/40",
  the UNCTAD family's numbering), read as one symbol; an instrument's number "649 (LXXXIII)" is none;
- "the Group" in the report of a body whose short name it is, the document naming that body in full:
  not another organization's "Working Group" (a head-noun guess across organizations);
- w3m's box-drawn tables ("┌──┬──┐", "│") read as grid tables, a first row that names a table of
  instruments ("Resolution | Title | Meeting | Date adopted") its header, ruled off or not; a
  number in words wrapped in its cell ("thirty-" / "eighth") keeps its hyphen;
- "SYMBOL – Committee X: report on the thirty-eighth plenary session": the kind of session between;
- "by which it established an expert group on X, and requested the Commission to review ... at its
  sixty-eighth session": "its" the Commission's, past the second verb;
- a list of documents before two sessions, its rows under each session's own heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols

from .phrasing import BASE, key, shipped_registry, stated

TTL = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ftc> a mg:Body ; mg:key "ftc" ; skos:prefLabel "Fisheries Trade Centre"@en .
<body/ftc/sg> a mg:Body ; mg:key "ftc/sg" ;
    skos:prefLabel "Joint Steering Group on the Fisheries Trade Centre"@en ;
    mg:shortName "Group" ; mg:symbolPrefix "FTC/SG" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/ftc> .
<body/fdc> a mg:Body ; mg:key "fdc" ; skos:prefLabel "Fisheries Development Conference"@en .
<body/fdc/board> a mg:Body ; mg:key "fdc/board" ; skos:prefLabel "Fisheries Development Board"@en ;
    mg:shortName "Board" ; mg:gatheringTerm "session" ; mg:symbolPrefix "FD/B" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/fdc> .
<body/fdc/board/wg> a mg:Body ; mg:key "fdc/board/wg" ;
    skos:prefLabel "Intergovernmental Working Group of Experts on Catch Statistics"@en ;
    mg:shortName "Working Group" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/fdc/board> .
<body/tbx> a mg:Body ; mg:key "tbx" ; skos:prefLabel "Committee on Seafarers' Rights"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "SRC/C" ; mg:gatheringTerm "session" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("e255") / "bodies.ttl"
    path.write_text(TTL, encoding="utf-8")
    return load_registry(BASE, [path])


def facts(text: str, registry, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="doc", registry=registry)) if not relations or f[0] in relations}


# --------------------------------------------------------------------------- Roman sessions in symbols


@pytest.mark.parametrize(("text", "symbols"), [
    ("the report on its sixty-ninth session (ITC/AG(LXIX)/301), which", ("ITC/AG(LXIX)/301",)),
    ("see TD/B(LXXXV)/3 and TD/B(LXXXV)/INF.1.", ("TD/B(LXXXV)/3", "TD/B(LXXXV)/INF.1")),
    ("FTC/SG(XII)/40/Rev.1 List of participants", ("FTC/SG(XII)/40/Rev.1",)),
])
def test_a_roman_session_in_brackets_is_part_of_the_symbol(text, symbols):
    assert tuple(s for m in find_symbols(text) for s in m.symbols) == symbols


@pytest.mark.parametrize("text", [
    "decision 649 (LXXXIII) of the Board", "resolution 1514 (XV) of the Assembly",
    "Conclusion No. 130 (LXXXV) - 2034", "Chapter (IV)/ annex", "the Group (XII) met",
])
def test_roman_figures_that_number_no_document_give_no_symbol(text):
    assert not [s for m in find_symbols(text) for s in m.symbols if "(" in s]


REPORT = (
    "FTC/SG(XII)/40\nFisheries Trade Centre\nDistr.: General\n20 May 2031\nOriginal: English\n"
    "Joint Steering Group on the\nFisheries Trade Centre\nTwelfth session\nRome, 3 and 4 May 2031\n"
    "Report of the Joint Steering Group on the Fisheries Trade Centre\non its twelfth session\n\n"
    "I. Opening of the session\n\n"
    "1. The Group adopted its agenda as contained in document FTC/SG(XII)/37.\n"
    "2. The annual report of the Centre (FTC/SG(XII)/38) had been prepared in accordance with decision 12 (XL) "
    "of the Fisheries Development Board, in which the Board had asked the Centre to report.\n"
    "3. {closing}\n"
)


def test_the_reports_own_symbol_and_its_group_by_a_roman_session(registry):
    found = facts(REPORT.format(closing="The Group agreed that its thirteenth session would be held in Rome on 2 and 3 May 2032."), registry)
    assert ("reportOf", "FTC/SG(XII)/40", "ftc/sg#12") in found
    assert ("submittedTo", "FTC/SG(XII)/37", "ftc/sg#12") in found
    assert ("meetingOf", "ftc/sg#13", "ftc/sg") in found
    assert ("heldIn", "ftc/sg#13", "Rome") in found
    # the Board's working group, named "Working Group" by its short name, is no "Group" here
    assert not [f for f in found if "fdc/board/wg" in f[1] or "fdc/board/wg" in f[2]]


@pytest.mark.parametrize("closing", [
    "At its closing meeting, the Group decided that its thirteenth session would be held in Rome.",
    "The Group will hold its thirteenth session in Rome in May 2032, after the Board has met.",
])
def test_the_group_stays_the_one_named_in_full_whatever_the_tense(registry, closing):
    found = facts(REPORT.format(closing=closing), registry, "meetingOf")
    assert ("meetingOf", "ftc/sg#13", "ftc/sg") in found
    assert not [f for f in found if f[2] == "fdc/board/wg"]


# --------------------------------------------------------------------------- box-drawn tables

BOX_PAGE = """Resolutions and decisions of the General Assembly, ninetieth session

Resolutions

┌──────────┬─────────────────────────────────────────────┬──────────┬────────────────┐
│{number:<10}│Title                                        │Meeting   │Date adopted    │
├──────────┼─────────────────────────────────────────────┼──────────┼────────────────┤
│90/1      │Strengthening of coastal early warning       │12th      │4 October 2035  │
├──────────┼─────────────────────────────────────────────┼──────────┼────────────────┤
│90/2      │Report of the Committee on Seafarers' Rights │14th      │9 October 2035  │
│          │on its thirty-                               │          │                │
│          │eighth session                               │          │                │
└──────────┴─────────────────────────────────────────────┴──────────┴────────────────┘
"""


def test_a_box_drawn_table_of_resolutions_gives_titles_and_dates():
    found = facts(BOX_PAGE.format(number="Resolution"), shipped_registry(), "title", "adoptedOn")
    assert ("title", "ga/res/90/1", "Strengthening of coastal early warning") in found
    assert ("adoptedOn", "ga/res/90/1", "2035-10-04") in found
    assert ("adoptedOn", "ga/res/90/2", "2035-10-09") in found
    # wrapped in its cell, the number in words keeps its hyphen
    assert ("title", "ga/res/90/2", "Report of the Committee on Seafarers' Rights on its thirty-eighth session") in found


def test_a_box_drawn_table_whose_first_row_names_no_instruments_gives_none():
    # "Symbol | Title": a list of papers, no table of instruments; and a record's fields
    papers = (
        "Documents of the General Assembly\n\n"
        "┌──────────┬───────────────────────────────┐\n"
        "│Symbol    │Title                          │\n"
        "├──────────┼───────────────────────────────┤\n"
        "│A/90/312  │Report of the Secretary-General│\n"
        "└──────────┴───────────────────────────────┘\n"
    )
    assert not facts(papers, shipped_registry(), "title", "adoptedOn")
    record = "┌──────────┬──────────────────┐\n│Symbol    │A/90/312          │\n├──────────┼──────────────────┤\n│Type      │Report            │\n└──────────┴──────────────────┘\n"
    assert not facts(record, shipped_registry(), "title", "adoptedOn")


def test_a_grid_table_whose_header_is_ruled_like_its_rows():
    grid = (
        "Decisions of the General Assembly, ninetieth session\n\n+----------+--------------------------------+----------------+\n"
        "| Decision | Title                          | Date adopted   |\n"
        "+----------+--------------------------------+----------------+\n"
        "| 90/501   | Scale of assessments           | 2 March 2036   |\n"
        "+----------+--------------------------------+----------------+\n"
    )
    found = facts(grid, shipped_registry(), "title", "adoptedOn")
    assert ("title", "ga/dec/90/501", "Scale of assessments") in found
    assert ("adoptedOn", "ga/dec/90/501", "2036-03-02") in found


# --------------------------------------------------------------------------- catalogue titles


@pytest.mark.parametrize("kind", ["plenary ", "regular ", ""])
def test_a_catalogue_title_with_the_kind_of_session(kind):
    text = f"Related documents\n\n  • E/2036/33 – Commission for Social Development: report on the thirty-eighth {kind}session (New York, 2–6 February 2036)\n"
    found = facts(text, shipped_registry(), "reportOf")
    assert ("reportOf", "E/2036/33", "ecosoc/csocd#38") in found


# --------------------------------------------------------------------------- "its" past a second verb

from .phrasing import in_sg_report  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "The Council adopted resolution 2036/9, by which it established an expert group on prices, and requested the Statistical Commission to review its terms at its sixty-eighth session.",
    "The Council adopted resolution 2036/9, by which it had created a task force on prices and asked the Statistical Commission to consider its report at its sixty-eighth session.",
])
def test_its_gathering_is_the_addressees_past_a_second_verb(sentence):
    assert ("ecosoc/statistical-commission#68", "ecosoc/statistical-commission") in in_sg_report(sentence, "meetingOf")


def test_a_group_set_up_at_its_session_is_still_the_setters():
    # near miss: one verb only, the group held no session before it was set up
    sentence = "The Assembly recalled resolution 88/5, by which it had set up an informal working group on prices at its eighty-eighth session."
    assert ("ga#88", "ga") in in_sg_report(sentence, "meetingOf")


# --------------------------------------------------------------------------- lists of documents by session

LIST = (
    "SRC/C/9/5\nCommittee on Seafarers' Rights\nReport of the Committee on Seafarers' Rights on its eighth and ninth sessions\n\n"
    "1. The Committee met twice.\n\n"
    "Annex\n\n\tList of documents before the Committee at its eighth and ninth sessions\n\n"
    "\t{first}\n\nSRC/C/8/1\tProvisional agenda and annotations\nSRC/C/8/2\tNote by the secretariat\n\n"
    "\t{second}\n\nSRC/C/9/1\tProvisional agenda and annotations\n"
)


def test_each_sessions_heading_takes_its_own_rows(registry):
    found = facts(LIST.format(first="Eighth session", second="Ninth session"), registry, "submittedTo")
    assert ("submittedTo", "SRC/C/8/1", "tbx#8") in found
    assert ("submittedTo", "SRC/C/8/2", "tbx#8") in found
    assert ("submittedTo", "SRC/C/9/1", "tbx#9") in found
    assert ("submittedTo", "SRC/C/8/1", "tbx#9") not in found
    assert ("submittedTo", "SRC/C/9/1", "tbx#8") not in found


def test_a_heading_of_another_session_says_nothing_of_the_rows(registry):
    # near miss: "Tenth session" is none of the list's; its rows are no document of the list
    found = facts(LIST.format(first="Eighth session", second="Tenth session"), registry, "submittedTo")
    assert ("submittedTo", "SRC/C/8/1", "tbx#8") in found
    assert ("submittedTo", "SRC/C/9/1", "tbx#8") not in found
