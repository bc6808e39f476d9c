"""A council's working paper on the implications of an assembly's resolutions (E138): its symbol
("C-WP/16588", a paper series hyphened to the council's prefix) and the session line below it
("COUNCIL — 246TH SESSION", a short name several organisations' councils share) make it the
council's paper for that session; the symbols a summary box lists under "References:" head no text;
"By decision C-DEC 245/6, taken at its 245th Session on 11 November 2031" is an adoption; each
section headed "RESOLUTION A44-9: TITLE" tells that resolution paragraph by paragraph ("Operative
paragraph 3 of Resolution A44-9 requests ...", "Operative paragraph 4 directs ...", "In Appendix C,
the Assembly urges ...").

Also the other narrated forms of this round: rows of a list of documents that pdftotext ran into one
paragraph, adoptions told after a quoted title, "made the same request of", "drawn up to give effect
to", "was tabled at".

Invented bodies, symbols, numbers and sentences, not the unseen documents' lines.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.documents import rows_run_on
from mandate_graph.loaders.extract.rules.narrated_headings import heads_an_account
from mandate_graph.loaders.extract.rules.shared_prefixes import symbol_author
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.reference_data import registry_from_turtle

RAIL = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rail-assembly> a mg:Body ; mg:key "rail-assembly" ;
    skos:prefLabel "Assembly of the World Railway Organization"@en ; skos:altLabel "WRO Assembly"@en ;
    mg:shortName "Assembly" ; mg:symbolPrefix "A" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "A{session}-{number}" ; mg:instrumentKind "resolution" ] .
<body/rail-assembly/council> a mg:Body ; mg:key "rail-assembly/council" ;
    skos:prefLabel "Council of the World Railway Organization"@en ; skos:altLabel "WRO Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "C-DEC {session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/rail-assembly> .
<body/rail-assembly/council/tsc> a mg:Body ; mg:key "rail-assembly/council/tsc" ;
    skos:prefLabel "Technical Standards Commission"@en ; mg:shortName "Commission" ;
    org:subOrganizationOf <body/rail-assembly/council> .
<body/wro-secretariat/secretary-general> a mg:Body ; mg:key "wro-secretariat/secretary-general" ;
    skos:prefLabel "Secretary General of the World Railway Organization"@en ; mg:shortName "Secretary General" .
<body/uic> a mg:Body ; mg:key "uic" ; skos:prefLabel "International Union of Railways"@en .
"""

COUNCIL = BodyRef("rail-assembly/council")
COMMISSION = BodyRef("rail-assembly/council/tsc")
SG = BodyRef("wro-secretariat/secretary-general")


@pytest.fixture(scope="module")
def rail(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, RAIL)


@lru_cache(maxsize=1)
def shipped() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def assembly(session: int, number: int) -> InstrumentRef:
    return InstrumentRef("rail-assembly", "resolution", str(session), str(number))


def council_decision(session: int, number: int) -> InstrumentRef:
    return InstrumentRef("rail-assembly/council", "decision", str(session), str(number))


def paper(session: int, sections: str, symbol: str = "C-WP/17230", references: str = "C-DEC 266/3") -> str:
    return (
        f"{'':84}{symbol}\n{'':84}4/3/33\n{'':84}English only\n\n"
        f"{'':33}COUNCIL — {session}TH SESSION\n\n"
        "Subject No. 9:      Financial matters\n"
        "Subject No. 9.1:    Implications of Assembly resolutions\n\n\n"
        f"{'':12}IMPLICATIONS OF THE REQUESTS OF THE 45TH SESSION OF THE WRO ASSEMBLY\n\n"
        f"{'':30}(Presented by the Secretary General)\n\n"
        f"{'':46}SUMMARY\n"
        "    This paper sets out what each resolution of the World Railway Organization Assembly asks.\n"
        f"    References:             Doc 10412, Report of the 45th Session of the Assembly\n"
        f"{'':28}{references}\n{'':28}C-WP/17101\n\n\n"
        f"{sections}"
    )


SECTIONS = (
    "1.     INTRODUCTION\n\n"
    "1.1    By decision C-DEC 266/3, taken at its 266th Session on 9 March 2033, the Council\n"
    "       asked the Secretary General to present the implications at the present session.\n\n"
    "2.     RESOLUTION A45-2: SAFETY OF CROSS-BORDER FREIGHT CORRIDORS\n\n"
    "2.1    Operative paragraph 4 of Resolution A45-2 calls upon the Council to set up a corridor\n"
    "       safety panel. Operative paragraph 5\n"
    "       directs the Technical Standards Commission to review the draft standards.\n\n"
    "2.2    In Appendix B, the Assembly urges the Council to keep the guidance under review.\n"
)


def facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def test_the_hyphened_paper_series_and_the_shared_short_name_make_the_paper_the_councils(rail: BodyRegistry) -> None:
    found = extract(paper(267, SECTIONS), source_key="doc", registry=rail)
    assert found.document.author == "rail-assembly/council"
    got = {(f.subject, f.relation, f.object) for f in found.facts}
    session = GatheringRef("rail-assembly/council", "session", 267)
    assert (session, "meetingOf", COUNCIL) in got
    assert (DocumentRef(symbols=("C-WP/17230",)), "submittedTo", session) in got


def test_the_symbols_listed_under_references_head_no_text(rail: BodyRegistry) -> None:
    got = facts(paper(267, SECTIONS), rail)
    # the decision listed under "References:" is no text the paper holds: the paragraphs below
    # are the paper's, not that decision's operative part
    assert (council_decision(266, 3), "containedIn", DocumentRef(symbols=("C-WP/17230",))) not in got
    assert not any(s == council_decision(266, 3) and r in ("cites", "invites", "encourages") for s, r, _ in got)


def test_a_decision_taken_at_a_session_on_a_day_is_adopted_there(rail: BodyRegistry) -> None:
    got = facts(paper(267, SECTIONS), rail)
    assert (council_decision(266, 3), "adoptedAt", GatheringRef("rail-assembly/council", "session", 266)) in got
    assert (council_decision(266, 3), "requests", SG) in got
    # the day is the decision's, not the whole session's
    assert not any(s == GatheringRef("rail-assembly/council", "session", 266) and r == "heldOn" for s, r, _ in got)


@pytest.mark.parametrize(
    "sections",
    [
        SECTIONS,
        # another resolution, the break moved, "requests" for "calls upon"
        SECTIONS.replace("calls upon", "requests").replace("Operative paragraph 5\n       directs", "Operative\n       paragraph 5 directs"),
    ],
)
def test_each_section_tells_the_resolution_its_heading_names(rail: BodyRegistry, sections: str) -> None:
    got = facts(paper(267, sections), rail)
    resolution = assembly(45, 2)
    assert (resolution, "title", "SAFETY OF CROSS-BORDER FREIGHT CORRIDORS") in got
    assert (resolution, "requests", COUNCIL) in got
    assert (resolution, "requests", COMMISSION) in got
    assert (resolution, "encourages", COUNCIL) in got


def test_a_heading_over_a_paragraph_on_another_resolution_heads_no_account() -> None:
    assert heads_an_account("RESOLUTION A45-2: TITLE", ["Operative paragraph 4 of Resolution A45-2 requests the Council"])
    assert heads_an_account("RESOLUTION A45-2: TITLE", ["Paragraph 4 (b) of Resolution A45-2 directs the Commission"])
    assert not heads_an_account("RESOLUTION A45-2: TITLE", ["Operative paragraph 4 of Resolution A45-7 requests the Council"])
    assert not heads_an_account("RESOLUTION A45-2: TITLE", ["The costs of Resolution A45-2 are low."])


@pytest.mark.parametrize(
    ("symbol", "author"),
    [
        ("C-WP/17230", "rail-assembly/council"),  # working papers
        ("C-DEC 266/3", None),  # a decision's record: no paper of the series
        ("C-12/4", None),  # a hyphen and a number: no series of papers
        ("CWP/17230", None),
    ],
)
def test_a_series_hyphened_to_a_one_letter_prefix(rail: BodyRegistry, symbol: str, author: str | None) -> None:
    assert symbol_author(rail, symbol, ["rail-assembly"]) == author


# --------------------------------------------------------------------------- a list of documents run together

def test_rows_run_into_one_paragraph_are_each_a_row() -> None:
    text = (
        "MSP/2033/3 Progress report on the action plan, submitted by the President "
        "MSP/2033/4 Request for an extension of the deadline under article 4 of the Convention, "
        "submitted by Ruritania MSP/2033/INF.1 Information for participants"
    )
    rows = rows_run_on(text, find_symbols(text))
    assert [r.symbols[0] for r in rows] == ["MSP/2033/4", "MSP/2033/INF.1"]


def test_a_symbol_named_inside_a_title_is_no_row() -> None:
    text = "MSP/2033/6 Addendum to document MSP/2033/5 (MSP/2033/2) and the note in MSP/2033/7 of the Meeting"
    assert rows_run_on(text, find_symbols(text)) == []


# --------------------------------------------------------------------------- narrated forms

@pytest.mark.parametrize(
    "sentence",
    [
        'In its resolution 87/14, entitled "Assistance in demining" and adopted on 6 December 2032 at its'
        " eighty-seventh session, the General Assembly requested the Secretary-General to report.",
        'In its resolution 87/14, entitled “Assistance in demining”, and adopted on 6 December 2032 at its'
        " eighty-seventh session, the General Assembly requested the Secretary-General to report.",
    ],
)
def test_an_adoption_told_after_a_quoted_title(sentence: str) -> None:
    got = facts(sentence, shipped())
    ga = InstrumentRef("ga", "resolution", "87", "14")
    assert (ga, "adoptedAt", GatheringRef("ga", "session", 87)) in got
    assert any(s == ga and r == "adoptedOn" and str(o) == "2032-12-06" for s, r, o in got)


def test_a_request_told_again() -> None:
    got = facts(
        "2. In its resolution 87/14 the General Assembly requested the Secretary-General to report. In resolution"
        " 86/30 the Assembly had made the same request of the Secretary-General as in resolution 87/14.",
        shipped(),
    )
    assert (InstrumentRef("ga", "resolution", "86", "30"), "requests", BodyRef("secretary-general")) in got


def test_a_request_not_made_is_none() -> None:
    got = facts("2. A proposal that the Assembly make a request of the Secretary-General in resolution 86/30 was withdrawn.", shipped())
    assert (InstrumentRef("ga", "resolution", "86", "30"), "requests", BodyRef("secretary-general")) not in got


def test_a_document_drawn_up_to_give_effect_to_an_instrument() -> None:
    got = facts(
        "The Secretariat introduced a background note (A/87/512), drawn up to give effect to General Assembly"
        " resolution 87/14. Members discussed it.",
        shipped(),
    )
    assert (DocumentRef(symbols=("A/87/512",)), "pursuantTo", InstrumentRef("ga", "resolution", "87", "14")) in got


@pytest.mark.parametrize("verb", ["was tabled at", "was laid before"])
def test_a_document_tabled_at_a_session(verb: str) -> None:
    got = facts(
        f"The Secretariat presented the outline in document A/87/512, which {verb} the eighty-seventh session of"
        " the General Assembly. Members welcomed it.",
        shipped(),
    )
    assert (DocumentRef(symbols=("A/87/512",)), "submittedTo", GatheringRef("ga", "session", 87)) in got


SPAN_NUMBERED = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/tide-board> a mg:Body ; mg:key "tide-board" ;
    skos:prefLabel "Intergovernmental Tide Board"@en ; mg:shortName "Tide Board" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}-{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("The Intergovernmental Tide Board, in resolution 2031-4, requested the secretariat to report.", True),
        ("The Intergovernmental Tide Board noted that the work is beyond the activities funded in the budget for 2032-2034.", False),
        ("The Intergovernmental Tide Board noted that the work is funded in the programme for 1998-2001.", False),
    ],
)
def test_a_span_of_years_is_no_number_of_a_hyphened_convention(
    tmp_path_factory: pytest.TempPathFactory, sentence: str, read: bool
) -> None:
    registry = registry_from_turtle(tmp_path_factory, SPAN_NUMBERED)
    got = facts(sentence, registry)
    assert any(isinstance(o, InstrumentRef) and o.issuer == "tide-board" for _, r, o in got if r == "mentions") == read


def test_a_number_and_its_year_are_no_span() -> None:
    # "resolution 2087 (2013)": a number above its year, read as ever
    got = facts("In resolution 2087 (2013), adopted on 22 January 2013, the Security Council requested the Secretary-General to report.", shipped())
    assert (InstrumentRef("security-council", "resolution", "2013", "2087"), "requests", BodyRef("secretary-general")) in got


@pytest.mark.parametrize(
    ("sentence", "both"),
    [
        ("In its resolution 87/14 the General Assembly requested the Secretary-General, together with the Economic and"
         " Social Council, to prepare a report.", True),
        ("In its resolution 87/14 the General Assembly requested the Secretary-General, jointly with the Economic and"
         " Social Council, to prepare a report.", True),
        # working with a body is no task given to it
        ("In its resolution 87/14 the General Assembly requested the Secretary-General to work together with the"
         " Economic and Social Council on a report.", False),
    ],
)
def test_a_second_addressee_together_with_the_first(sentence: str, both: bool) -> None:
    got = facts(sentence, shipped())
    resolution = InstrumentRef("ga", "resolution", "87", "14")
    assert (resolution, "requests", BodyRef("secretary-general")) in got
    assert ((resolution, "requests", BodyRef("ecosoc")) in got) == both


def test_a_span_of_days_before_its_month_is_no_number(tmp_path_factory: pytest.TempPathFactory) -> None:
    registry = registry_from_turtle(tmp_path_factory, SPAN_NUMBERED)
    got = facts("The Intergovernmental Tide Board met in New York, 9-20 July 2031. It adopted resolution 9-20.", registry)
    mentioned = {o for _, r, o in got if r == "mentions" and isinstance(o, InstrumentRef)}
    assert mentioned == {InstrumentRef("tide-board", "resolution", "9", "20")}  # the number after "resolution" only
