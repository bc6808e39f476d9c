"""A secretariat's report to a governing body whose decisions are numbered in the body's own
template, with literal text around the number and the session ("Decision 415 (R33)", "88
(EB34)", "Res. 12 (XC19)", "207(K35)"), the session a year's last two digits and the body's
papers "R34/12-F": what a user loading such a report gets is every fact hanging on those
instruments, not only their mentions.

- the report's own symbol in a Word masthead's row ("Agenda item: FIN 4<tab>Document R34/12-F"):
  the language version ("-F", "-E") is no part of the symbol; a series of one letter glued to its
  session ("R34") is the body's whose organisation the report gives evidence of, and no body's
  otherwise;
- a working group's papers carry their meeting after a second hyphen ("CWG-TT-9/3");
- paragraphs numbered "1.1<tab>" under numbered sections are text, not table rows;
- the narrative: "By Decision 415 (R33), adopted at its fourth plenary meeting on 9 May 2033, the
  Council requested ...", "Decision 402 (R31), adopted by the Council on ..., had requested ...",
  "Decision 415 (R33) recalls ... It also invites ..., and encourages ...", a title ending at the
  subject's next verb, a paper "also prepared in accordance with that decision", a paper a
  working group "considered ... at its ninth meeting" or "will have before it ... at its tenth
  meeting".

Bodies, templates, numbers and sentences are invented, so that the rules are the templates' and
the phrasing's, not one report's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.layout import analyse
from mandate_graph.loaders.extract.references import body_matcher
from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.facts import Extraction
from tests.support.extraction import BASE

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/iru> a mg:Body ; mg:key "iru" ;
    skos:prefLabel "International Rail Union"@en ; skos:altLabel "IRU"@en .
<body/iru/council> a mg:Body ; mg:key "iru/council" ;
    skos:prefLabel "Council of the International Rail Union"@en ; skos:altLabel "IRU Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "R" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/iru> ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} (R{session})" ; mg:instrumentKind "decision" ] .
<body/iru/secretary-general> a mg:Body ; mg:key "iru/secretary-general" ;
    skos:prefLabel "Secretary-General of the International Rail Union"@en ; mg:shortName "Secretary-General" ;
    org:subOrganizationOf <body/iru> .
<body/iru/council/cwg-tt> a mg:Body ; mg:key "iru/council/cwg-tt" ;
    skos:prefLabel "Council Working Group on Timetables"@en ; skos:altLabel "CWG-TT"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/iru/council> .
<body/iru/council/cwg-fin> a mg:Body ; mg:key "iru/council/cwg-fin" ;
    skos:prefLabel "Council Working Group on Finance"@en ; skos:altLabel "CWG-FIN"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/iru/council> .
<body/iru/freight-bureau> a mg:Body ; mg:key "iru/freight-bureau" ;
    skos:prefLabel "Freight Bureau"@en ; org:subOrganizationOf <body/iru> .

<body/otn> a mg:Body ; mg:key "otn" ;
    skos:prefLabel "Organization of Tidal Networks"@en ; skos:altLabel "OTN"@en .
<body/otn/board> a mg:Body ; mg:key "otn/board" ;
    skos:prefLabel "Executive Board of the Organization of Tidal Networks"@en ; mg:shortName "Board" ;
    mg:symbolPrefix "EB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/otn> ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} (EB{session})" ; mg:instrumentKind "decision" ] .
<body/otn/director-general> a mg:Body ; mg:key "otn/director-general" ;
    skos:prefLabel "Director-General of the Organization of Tidal Networks"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/otn> .

<body/gla> a mg:Body ; mg:key "gla" ;
    skos:prefLabel "Global Lighthouse Alliance"@en ; skos:altLabel "GLA"@en .
<body/gla/congress> a mg:Body ; mg:key "gla/congress" ;
    skos:prefLabel "Congress of the Global Lighthouse Alliance"@en ; mg:shortName "Congress" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/gla> ;
    mg:instrumentNumbering [ mg:numberTemplate "Res. {number} (XC{session})" ; mg:instrumentKind "resolution" ] .

<body/wca> a mg:Body ; mg:key "wca" ;
    skos:prefLabel "World Canal Association"@en ; skos:altLabel "WCA"@en .
<body/wca/council> a mg:Body ; mg:key "wca/council" ;
    skos:prefLabel "Council of the World Canal Association"@en ; mg:shortName "Council" ; mg:symbolPrefix "K" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/wca> ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}(K{session})" ; mg:instrumentKind "decision" ] .
<body/wca/secretary-general> a mg:Body ; mg:key "wca/secretary-general" ;
    skos:prefLabel "Secretary-General of the World Canal Association"@en ; mg:shortName "Secretary-General" ;
    org:subOrganizationOf <body/wca> .

<body/sla> a mg:Body ; mg:key "sla" ;
    skos:prefLabel "Assembly of the Salt Lakes Authority"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SLA {session}/{number}" ; mg:instrumentKind "resolution" ] .
"""

IRU = "iru/council"
SG = BodyRef("iru/secretary-general")


def _decision(number: str, session: str, issuer: str = IRU) -> InstrumentRef:
    return InstrumentRef(issuer, "decision", session, number)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "councils.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _masthead(year: int = 2034, symbol: str = "R34/12-F", item: str = "FIN 4") -> str:
    return (
        f"Council {year}\nBern, 2-6 May {year}\n\n"
        f"Agenda item: {item}\tDocument {symbol}\n\t1 March {year}\n\tOriginal: French\n"
        "Report by the Secretary-General\nFOLLOW-UP TO DECISION 415 (R33)\n\n"
    )


def _read(text: str, registry: BodyRegistry) -> Extraction:
    return extract(text, source_key="report", registry=registry)


def _facts(e: Extraction, relation: str) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in e.facts if f.relation == relation}


# ---------------------------------------------------------------------------- the instruments


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Council recalled Decision 415 (R33) on night trains.", [(IRU, "decision", "33", "415")]),
        ("The Board recalled its decision 88 (EB34) on tide gauges.", [("otn/board", "decision", "34", "88")]),
        ("The Congress recalled Res. 12 (XC19) on beacons.", [("gla/congress", "resolution", "19", "12")]),
        ("The Council of the World Canal Association recalled decision 207(K35).", [("wca/council", "decision", "35", "207")]),
        ("The Assembly recalled resolution SLA 7/31 on brine.", [("sla", "resolution", "7", "31")]),
        # the literal text around the number must be there: "(Q33)" is nobody's session
        ("Table 415 (Q33) gives the figures.", []),
    ],
)
def test_template_numbers_with_literal_text_around_them_name_their_instrument(
    registry: BodyRegistry, sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = body_matcher(registry).numbering.find(sentence)
    assert [(n.issuer, n.kind, n.session, n.number) for n in found] == expected


# ---------------------------------------------------------------------------- the masthead


@pytest.mark.parametrize(
    "text, symbols",
    [
        ("Document R34/12-F", ("R34/12",)),
        ("Document CWG-TT-9/3-E", ("CWG-TT-9/3",)),
        ("(Document R34/INF/2-S)", ("R34/INF/2",)),
        ("papers CWG-FIN-4/1 and EG-RAIL-2/7", ("CWG-FIN-4/1", "EG-RAIL-2/7")),
        # a letter after a series without its session is an agenda item's paper, kept
        ("WFP/EB.A/2031/6-C", ("WFP/EB.A/2031/6-C",)),
    ],
)
def test_language_version_is_no_part_of_a_symbol(text: str, symbols: tuple[str, ...]) -> None:
    assert tuple(s for m in find_symbols(text) for s in m.symbols) == symbols


def test_report_reads_its_own_symbol_and_body_from_a_word_masthead_row(registry: BodyRegistry) -> None:
    e = _read(_masthead() + "1\tBackground\n1.1\tThe IRU network grew.\n", registry)
    assert e.document.ref == DocumentRef(symbols=("R34/12",))
    assert e.document.author == IRU


def test_one_letter_series_glued_to_its_session_needs_the_organisation_in_evidence(registry: BodyRegistry) -> None:
    # no sign of the Rail Union anywhere: "R34/12" is read, but authored by no body rather than
    # guessed from the letter alone
    e = _read(_masthead() + "1\tBackground\n1.1\tThe network grew.\n", registry)
    assert e.document.ref == DocumentRef(symbols=("R34/12",))
    assert e.document.author != IRU


def test_a_glued_symbol_is_never_the_shipped_one_letter_series(registry: BodyRegistry) -> None:
    # "A" is the General Assembly's series in the shipped reference data: "A34/12" (an assembly's
    # paper glued to its session, as a World Health Assembly's "A79/12") is not the GA's
    e = _read(_masthead(symbol="A34/12-E") + "1\tBackground\n1.1\tThe IRU network grew.\n", registry)
    assert e.document.ref == DocumentRef(symbols=("A34/12",))
    assert e.document.author != "ga"


def test_dotted_paragraph_numbers_after_a_tab_are_text(registry: BodyRegistry) -> None:
    text = _masthead() + (
        "1\tBackground\n"
        "1.1\tBy Decision 415 (R33), the Council requested the Secretary-General to prepare a new IRU standard.\n"
        "2.3\tBy Decision 416 (R33), the Council invited the Freight Bureau to review it.\n"
    )
    e = _read(text, registry)
    assert (_decision("415", "33"), SG) in _facts(e, "requests")
    assert (_decision("416", "33"), BodyRef("iru/freight-bureau")) in _facts(e, "invites")


def test_section_number_over_its_sub_paragraphs_is_a_heading_not_a_footnote() -> None:
    lines = [
        "Report by the Secretary-General", "", "1\tBackground", "1.1\tThe network grew.", "",
        "2 Working groups", "2.1 The groups met twice.", "", "3 See the annex of document R34/12.",
    ]
    footnotes = analyse(lines).footnotes
    assert 2 not in footnotes and 5 not in footnotes
    assert 8 in footnotes  # a note below text, no "3.1" under it


# ---------------------------------------------------------------------------- a whole report


_REPORT = _masthead() + (
    "1\tBackground\n"
    "1.1\tBy Decision 415 (R33), adopted at its fourth plenary meeting on 9 May 2033, the Council requested "
    "the Secretary-General to prepare a new timetable standard, and instructed the Council Working Group on "
    "Timetables (CWG-TT) to review it.\n"
    '1.2\tDecision 415 (R33), entitled "Timetables for cross-border services", recalls Decision 402 (R31) on '
    "night trains and Decision 399 (R30) on station access, and takes into account the work of IRU members. "
    "It also invites the Council Working Group on Finance to estimate the cost, and encourages the Freight "
    "Bureau to share its data.\n"
    "1.3\tThe present report has been prepared pursuant to Decision 415 (R33). A note on the cost of the "
    "standard (Document R34/INF/2), also prepared in accordance with that decision, accompanies it.\n"
    "\n2\tEarlier decisions\n"
    "2.1\tDecision 402 (R31), adopted by the Council on 3 June 2031, had requested the Secretary-General to "
    "publish a study, and had encouraged the Freight Bureau to contribute to it.\n"
    "\n3\tWorking groups\n"
    "3.1\tCWG-FIN considered a first estimate (Document CWG-FIN-9/4) at its ninth meeting, held in Bern on "
    "10 and 11 January 2034. It will have before it the final estimate (Document CWG-FIN-10/2) at its tenth "
    "meeting in September 2034.\n"
)


@pytest.fixture(scope="module")
def report(registry: BodyRegistry) -> Extraction:
    return _read(_REPORT, registry)


def test_template_numbered_decision_keeps_its_adoption_day_and_mandates(report: Extraction) -> None:
    d415, d402 = _decision("415", "33"), _decision("402", "31")
    assert (d415, dt.date(2033, 5, 9)) in _facts(report, "adoptedOn")
    assert (d402, dt.date(2031, 6, 3)) in _facts(report, "adoptedOn")
    assert {(d415, SG), (d415, BodyRef("iru/council/cwg-tt")), (d402, SG)} <= _facts(report, "requests")
    # "had encouraged": the pluperfect of a note telling what an earlier decision did
    assert (d402, BodyRef("iru/freight-bureau")) in _facts(report, "encourages")


def test_template_numbered_decision_as_subject_cites_and_goes_on_with_it(report: Extraction) -> None:
    d415 = _decision("415", "33")
    assert {(d415, _decision("402", "31")), (d415, _decision("399", "30"))} <= _facts(report, "cites")
    # "It also invites X ..., and encourages Y ...": both verbs are the decision's
    assert (d415, BodyRef("iru/council/cwg-fin")) in _facts(report, "invites")
    assert (d415, BodyRef("iru/freight-bureau")) in _facts(report, "encourages")
    titles = _facts(report, "title")
    assert (d415, "Timetables for cross-border services") in titles
    # the title ends where the subject's next verb begins, with or without a comma
    assert (_decision("402", "31"), "night trains") in titles
    assert (_decision("399", "30"), "station access") in titles


def test_papers_prepared_under_that_decision_and_before_a_working_groups_meetings(report: Extraction) -> None:
    d415 = _decision("415", "33")
    pursuant = _facts(report, "pursuantTo")
    assert (DocumentRef(symbols=("R34/12",)), d415) in pursuant
    assert (DocumentRef(symbols=("R34/INF/2",)), d415) in pursuant
    submitted = _facts(report, "submittedTo")
    assert (DocumentRef(symbols=("CWG-FIN-9/4",)), GatheringRef("iru/council/cwg-fin", "meeting", 9)) in submitted
    assert (DocumentRef(symbols=("CWG-FIN-10/2",)), GatheringRef("iru/council/cwg-fin", "meeting", 10)) in submitted


def test_other_templates_and_word_orders_give_the_same_facts(registry: BodyRegistry) -> None:
    text = (
        "Executive Board 2035\n\nDocument EB35/7-E\n\nReport by the Director-General\n\n"
        "1\tIntroduction\n"
        "1.1\tThe Board, in Decision 88 (EB34) adopted on 4 April 2034, requested the Director-General to map "
        "the OTN gauges.\n"
        "1.2\tDecision 90 (EB34) reaffirms Decision 61 (EB32). It further requests the Director-General to "
        "report in 2036.\n"
    )
    e = _read(text, registry)
    assert e.document.ref == DocumentRef(symbols=("EB35/7",)) and e.document.author == "otn/board"
    d88, d90 = _decision("88", "34", "otn/board"), _decision("90", "34", "otn/board")
    assert (d88, BodyRef("otn/director-general")) in _facts(e, "requests")
    assert (d90, _decision("61", "32", "otn/board")) in _facts(e, "cites")
    assert (d90, BodyRef("otn/director-general")) in _facts(e, "requests")


def test_unglued_template_without_a_space_reads_in_a_whole_report(registry: BodyRegistry) -> None:
    text = (
        "Council 2036\n\nDocument K36/4-E\n\nReport by the Secretary-General\n\n"
        "2\tLocks\n"
        "2.1\tBy Decision 207(K35), adopted at its third plenary meeting on 1 July 2035, the Council requested "
        "the Secretary-General to survey the WCA locks.\n"
    )
    e = _read(text, registry)
    d207 = _decision("207", "35", "wca/council")
    assert e.document.author == "wca/council"
    assert (d207, dt.date(2035, 7, 1)) in _facts(e, "adoptedOn")
    assert (d207, BodyRef("wca/secretary-general")) in _facts(e, "requests")


def test_a_bare_it_after_a_decision_is_not_read_as_the_decision(registry: BodyRegistry) -> None:
    # "It calls upon ..." without "also"/"further" may be the meeting's or the body's own voice
    text = _masthead() + (
        "1\tBackground\n"
        "1.1\tDecision 415 (R33) requests the Secretary-General to publish the IRU standard. "
        "It calls upon the Freight Bureau to help.\n"
    )
    e = _read(text, registry)
    assert (_decision("415", "33"), SG) in _facts(e, "requests")
    assert not any(o == BodyRef("iru/freight-bureau") for _, o in _facts(e, "requests") | _facts(e, "encourages"))
