"""A governing body's list of the decisions and resolutions of one session (E171, from the spent u210):
"EB178/DIV/3" / "EXECUTIVE BOARD" / "178th session" / "Decisions and list of resolutions", each
resolution listed by its number and title with the sitting that adopted it in brackets, each decision
printed with its text in the past tense ("The Executive Board, having considered the report …,1
endorsed … and requested …", "… decided: (1) to establish …; (2) that the working group shall …; (3) to
request …"), the notes giving the papers ("1 Document EB178/3."), a draft the decision recommends to
another body quoted below it, and the dates of the next sessions.

The families, each read wherever any body's text uses it:
- a title naming the instruments a session adopted ("Decisions and list of resolutions", "Resolutions
  and decisions", "List of decisions and resolutions") under a masthead naming the session: each
  instrument listed was adopted at that session;
- pdftotext -layout's hanging indent: a number in the margin, its title beside it wrapped onto lines
  under the title's first word (a line ending on "and" or on "resolution" runs on), and the bracketed
  sitting under a one-line title a line of its own (the instrument's day, no part of its title; the
  sitting is the issuer's, whatever body the title names);
- a title that follows up another instrument ("…: follow-up to resolution WHA81.12") is the title, and
  the document mentions the instrument it names;
- a decision told in the past with recitals set off between the body and its verb ("The Executive
  Board, having considered …, endorsed … and requested …"), or "decided:" over lower-case items "(1) to
  establish …", "(3) to request …": the decision's own operative words; "(2) that the working group shall
  … submit" is an arrangement, no request;
- the text quoted after "… recommend … the adoption of the following draft decision:" is a draft for
  another body: it requests and cites nothing (its gatherings and the instruments it names are still
  named in the document);
- a note "1 Document EB178/3." gives the paper of the recital bearing its mark, whatever stands between
  the gathering and the mark (", held in Geneva on 30 and 31 January 2036,1"), and a report of a gathering
  is that gathering's, not the session the sentence names after the mark; "having noted the report" of a
  decision's recital sends the paper to the session as "having considered" does.

Invented organisations and texts, in two layouts, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wsa> a mg:Body ; mg:key "wsa" ;
    skos:prefLabel "World Soil Assembly"@en ; skos:altLabel "Soil Assembly"@en ; mg:shortName "Soil Assembly" ;
    mg:symbolPrefix "WSA" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "WSA{session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/wsa/council> a mg:Body ; mg:key "wsa/council" ;
    skos:prefLabel "Executive Council of the World Soil Organization"@en ; skos:altLabel "Executive Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "SC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SC{session}.R{number}" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "SC{session}({number})" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/wsa> .
<body/wso/director-general> a mg:Body ; mg:key "wso/director-general" ;
    skos:prefLabel "Director-General of the World Soil Organization"@en ; skos:altLabel "Director-General"@en ;
    mg:shortName "Director-General" .
<body/wsa/council/finance-committee> a mg:Body ; mg:key "wsa/council/finance-committee" ;
    skos:prefLabel "Finance and Programme Committee of the Executive Council"@en ;
    skos:altLabel "Finance and Programme Committee"@en ; mg:shortName "Committee" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/wsa/council> .
<body/wsa/council/erosion-committee> a mg:Body ; mg:key "wsa/council/erosion-committee" ;
    skos:prefLabel "Standing Committee on Erosion Monitoring and Early Action"@en ;
    mg:shortName "Standing Committee" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/wsa/council> .
<body/rca> a mg:Body ; mg:key "rca" ;
    skos:prefLabel "Regional Committee for the Andes"@en ; mg:shortName "Regional Committee" ;
    mg:symbolPrefix "RCA" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RCA{session}/R{number}" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "RCA{session}({number})" ; mg:instrumentKind "decision" ] .
<body/rca/director> a mg:Body ; mg:key "rca/director" ;
    skos:prefLabel "Regional Director for the Andes"@en ; skos:altLabel "Regional Director"@en ;
    mg:shortName "Regional Director" ; org:subOrganizationOf <body/rca> .
<body/rca/subcommittee> a mg:Body ; mg:key "rca/subcommittee" ;
    skos:prefLabel "Subcommittee on Programme and Budget"@en ; mg:shortName "Subcommittee" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/rca> .
"""

COUNCIL = "wsa/council"
SESSION = GatheringRef(COUNCIL, "session", 64)
DG = BodyRef("wso/director-general")
FINANCE_9 = GatheringRef("wsa/council/finance-committee", "meeting", 9)


def res(number: str) -> InstrumentRef:
    return InstrumentRef(COUNCIL, "resolution", "64", number)


def dec(number: str, session: str = "64") -> InstrumentRef:
    return InstrumentRef(COUNCIL, "decision", session, number)


MASTHEAD = """                                                                                 SC64/DIV/2
                                                                               9 March 2031

EXECUTIVE COUNCIL
Sixty-fourth session
Rome, 24–28 February 2031




                          {title}



"""

# the first page, pdftotext -layout: resolutions listed by number and title, two decisions with their texts
FIRST_PAGE = """     The Executive Council held its sixty-fourth session in Rome from 24 to 28
  February 2031. The texts below are those it adopted at that session.


  I.    RESOLUTIONS

  SC64.R1       Soil carbon accounting
                (Third meeting, 25 February 2031)

  SC64.R2       Land degradation neutrality: implementation of resolution
                WSA40.7
                (Sixth meeting, 27 February 2031)


  II.   DECISIONS

  SC64(1)       Standing Committee on Erosion Monitoring and Early Action: review
                of its terms of reference

                The Executive Council, having examined the report of the Finance and
                Programme Committee of the Executive Council on its ninth meeting,
                held in Rome on 20 and 21 February 2031,1 approved the
                recommendations contained therein and asked the Director-General to
                report on them to the Council at its sixty-sixth session.
                (Second meeting, 24 February 2031)

  SC64(2)       Safe use of wastewater in agriculture

                The Executive Council, having considered the report by the Director-
                General,2 decided to recommend to the Forty-first World Soil Assembly
                the adoption of the following draft resolution:

                       The Forty-first World Soil Assembly, recalling resolution
                       WSA39.4, decided to request the Director-General to report to
                       the Forty-third World Soil Assembly.
                (Fourth meeting, 26 February 2031)

  __________________
     1 Document SC64/5.
     2 Document SC64/11.


SC64/DIV/2                                                                               2

"""

# the second page: "decided:" over its items, a mandate extended, the next sessions' dates
SECOND_PAGE = """  SC64(3)       Expert group on soil data interoperability

                The Executive Council, recalling resolution SC62.R4, decided:

                (1)   to establish an open-ended Member State expert group on soil data
                      interoperability;

                (2)   that the expert group shall meet twice and shall present its
                      findings to the Council at its sixty-sixth session;

                (3)   to request the Director-General to support the expert group;

                (4)   to invite the expert group to consult the Standing Committee on
                      Erosion Monitoring and Early Action.
                (Fifth meeting, 26 February 2031)

  SC64(4)       Standing Committee on Erosion Monitoring and Early Action

                The Executive Council, recalling decision SC60(2), by which it
                established the Standing Committee on Erosion Monitoring and Early
                Action, and having noted the report of the Standing Committee on its
                fourth meeting,3 decided to extend the mandate of the Standing
                Committee until 2034.
                (Seventh meeting, 27 February 2031)

  SC64(5)       Date, place and duration of the Forty-first World Soil Assembly and
                of the sixty-fifth session of the Executive Council

                The Executive Council decided that the Forty-first World Soil Assembly
                should be held in the Palais des Congrès, Rome, opening on Monday,
                12 May 2031, and closing no later than Friday, 16 May 2031. The
                Council further decided that its sixty-fifth session should be
                convened at the Organization's headquarters, Rome, on Monday, 19 May
                2031, and close no later than Tuesday, 20 May 2031.
                (Eighth meeting, 28 February 2031)

  __________________
     3 Document SC64/7.
"""

LIST = MASTHEAD.format(title="Resolutions and decisions") + FIRST_PAGE + SECOND_PAGE


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[object, object]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.object) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize("title", ["Resolutions and decisions", "Decisions and list of resolutions", "List of decisions and resolutions"])
def test_each_instrument_listed_under_the_title_was_adopted_at_the_masthead_session(registry: BodyRegistry, title: str) -> None:
    text = MASTHEAD.format(title=title) + FIRST_PAGE + SECOND_PAGE
    assert facts(text, registry, "adoptedAt") == {
        (res("1"), SESSION), (res("2"), SESSION), *((dec(n), SESSION) for n in "12345"),
    }


@pytest.mark.parametrize("title", ["Draft resolutions and decisions", "Decisions"])
def test_a_title_of_drafts_or_of_one_kind_alone_dates_nothing_to_the_session(registry: BodyRegistry, title: str) -> None:
    # (the text's sentence "The texts below are those it adopted" is left out: it says the same)
    opening = "     The Executive Council met in plenary and in two committees of the whole.\n\n\n"
    text = MASTHEAD.format(title=title) + opening + "  I.    RESOLUTIONS" + FIRST_PAGE.split("  I.    RESOLUTIONS")[1]
    assert facts(text, registry, "adoptedAt") == set()


def test_titles_in_a_hanging_indent_and_the_sittings_under_them(registry: BodyRegistry) -> None:
    titles = facts(LIST, registry, "title")
    assert (res("1"), "Soil carbon accounting") in titles
    assert (res("2"), "Land degradation neutrality: implementation of resolution WSA40.7") in titles
    assert (dec("1"), "Standing Committee on Erosion Monitoring and Early Action: review of its terms of reference") in titles
    assert (dec("5"), "Date, place and duration of the Forty-first World Soil Assembly and of the sixty-fifth session of the Executive Council") in titles
    assert facts(LIST, registry, "adoptedOn") >= {
        (res("1"), dt.date(2031, 2, 25)), (res("2"), dt.date(2031, 2, 27)), (dec("1"), dt.date(2031, 2, 24)),
        (dec("4"), dt.date(2031, 2, 27)), (dec("5"), dt.date(2031, 2, 28)),
    }
    # the number a title wraps onto its next line is no instrument's heading of its own
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "wsa" for s, _ in titles)


def test_the_layout_keeps_a_wrapped_title_whole_and_its_sitting_apart() -> None:
    text = clean(LIST).text
    assert "Standing Committee on Erosion Monitoring and Early Action: review of its terms of reference\n\n" in text
    assert "Soil carbon accounting\n\n(Third meeting, 25 February 2031)" in text
    assert "Date, place and duration of the Forty-first World Soil Assembly and of the sixty-fifth session" in text
    wrapped = "  SC64(4)       Standing Committee on Erosion Monitoring and Early Action and\n                Response\n"
    assert "Early Action and Response" in clean(wrapped).text


def test_a_masthead_in_two_columns_keeps_its_items_apart() -> None:
    masthead = "Sixty-fourth session                       Distr.: General\n                                           9 March 2031\n"
    assert "Distr.: General\n\n9 March 2031" in clean(masthead).text


def test_the_sitting_closing_a_decision_is_the_issuers_not_the_titled_bodys(registry: BodyRegistry) -> None:
    # "SC64(4) Standing Committee on ..." / "(Seventh meeting, 27 February 2031)": a sitting of the
    # Council's session, no seventh meeting of the Standing Committee
    meetings = facts(LIST, registry, "meetingOf")
    assert {g.body for g, _ in meetings if isinstance(g, GatheringRef)} <= {COUNCIL, "wsa", "wsa/council/finance-committee", "wsa/council/erosion-committee"}
    assert (GatheringRef("wsa/council/erosion-committee", "meeting", 4), BodyRef("wsa/council/erosion-committee")) in meetings
    assert not any(g.ordinal in (7, 8) for g, _ in meetings if isinstance(g, GatheringRef) and g.body == "wsa/council/erosion-committee")


def test_a_title_naming_the_instrument_it_follows_up_mentions_it(registry: BodyRegistry) -> None:
    assert (DocumentRef(symbols=("SC64/DIV/2",)), InstrumentRef("wsa", "resolution", "40", "7")) in facts(LIST, registry, "mentions")
    one_line = LIST.replace("implementation of resolution\n                WSA40.7\n", "implementation of resolution WSA40.7\n")
    assert (res("2"), "Land degradation neutrality: implementation of resolution WSA40.7") in facts(one_line, registry, "title")
    assert (res("2"), SESSION) in facts(one_line, registry, "adoptedAt")


def test_a_decision_told_in_the_past_after_its_recitals_asks_and_endorses(registry: BodyRegistry) -> None:
    assert facts(LIST, registry, "requests") == {(dec("1"), DG), (dec("3"), DG)}
    assert (dec("1"), FINANCE_9) in facts(LIST, registry, "endorses")


def test_decided_over_lower_case_items_establishes_and_asks(registry: BodyRegistry) -> None:
    born = [k for (s, k) in facts(LIST, registry, "establishes") if s == dec("3")]
    assert len(born) == 1 and "expert-group-on-soil-data-interoperability" in born[0].key
    assert (dec("3"), born[0]) in facts(LIST, registry, "invites")
    # "(2) that the expert group shall ... present its findings": an arrangement, no request
    assert not any(s == dec("3") and o == born[0] for s, o in facts(LIST, registry, "requests"))


def test_a_mandate_extended_establishes_nothing_new(registry: BodyRegistry) -> None:
    established = facts(LIST, registry, "establishes")
    assert (dec("2", "60"), BodyRef("wsa/council/erosion-committee")) in established
    assert not any(s == dec("4") for s, _ in established)


def test_the_draft_a_decision_recommends_asks_and_cites_nothing(registry: BodyRegistry) -> None:
    cited = InstrumentRef("wsa", "resolution", "39", "4")
    assert not any(s == dec("2") for s, _ in facts(LIST, registry, "cites"))
    assert not any(s == dec("2") for s, _ in facts(LIST, registry, "requests"))
    assert (DocumentRef(symbols=("SC64/DIV/2",)), cited) in facts(LIST, registry, "mentions")
    assert {(GatheringRef("wsa", "session", n), BodyRef("wsa")) for n in (41, 43)} <= facts(LIST, registry, "meetingOf")
    # the same text adopted by the Council itself ("decided to request") is its own
    adopted = LIST.replace(
        "decided to recommend to the Forty-first World Soil Assembly\n                the adoption of the following draft resolution:",
        "recalled resolution WSA39.4 and decided to ask the Director-General to\n                report on the matter.",
    )
    assert (dec("2"), cited) in facts(adopted, registry, "cites")


def test_notes_giving_the_papers_of_the_recitals(registry: BodyRegistry) -> None:
    submitted = facts(LIST, registry, "submittedTo")
    assert {(DocumentRef(symbols=(s,)), SESSION) for s in ("SC64/5", "SC64/11", "SC64/7")} <= submitted
    reports = facts(LIST, registry, "reportOf")
    assert (DocumentRef(symbols=("SC64/5",)), FINANCE_9) in reports
    assert (DocumentRef(symbols=("SC64/7",)), GatheringRef("wsa/council/erosion-committee", "meeting", 4)) in reports
    # the session named after the mark ("to the Council at its sixty-sixth session") is no report's
    assert not any(o == GatheringRef(COUNCIL, "session", 66) for _, o in reports)
    assert not any(s == DocumentRef(symbols=("SC64/11",)) for s, _ in reports)


def test_two_recitals_whose_marks_the_layout_took_out_give_each_paper_no_wrong_gathering(registry: BodyRegistry) -> None:
    text = LIST.replace(
        "fourth meeting,3 decided", "fourth meeting,3 and having considered the report by the\n                Director-General,4 decided"
    ).replace("     3 Document SC64/7.\n", "     3 Document SC64/7.\n     4 Document SC64/9.\n")
    submitted = facts(text, registry, "submittedTo")
    assert {(DocumentRef(symbols=("SC64/7",)), SESSION), (DocumentRef(symbols=("SC64/9",)), SESSION)} <= submitted
    assert not any(s == DocumentRef(symbols=("SC64/9",)) for s, _ in facts(text, registry, "reportOf"))


def test_the_dates_and_places_of_the_next_sessions(registry: BodyRegistry) -> None:
    held_on = facts(LIST, registry, "heldOn")
    assert (GatheringRef("wsa", "session", 41), dt_range(dt.date(2031, 5, 12), dt.date(2031, 5, 16))) in {(g, _span(d)) for g, d in held_on}
    assert (GatheringRef(COUNCIL, "session", 65), dt_range(dt.date(2031, 5, 19), dt.date(2031, 5, 20))) in {(g, _span(d)) for g, d in held_on}
    held_in = facts(LIST, registry, "heldIn")
    assert {(GatheringRef("wsa", "session", 41), "Rome"), (GatheringRef(COUNCIL, "session", 65), "Rome")} <= held_in


ANDES = """RCA31/DIV/1
14 October 2032
REGIONAL COMMITTEE FOR THE ANDES
Thirty-first session
Quito, 4–8 October 2032

List of decisions and resolutions

RCA31/R1

Health workforce in remote valleys
(Second meeting, 5 October 2032)

RCA31(1)

Report of the Subcommittee on Programme and Budget

The Regional Committee, having reviewed the report of the Subcommittee on Programme and Budget on its twelfth meeting (RCA31/4), endorsed the recommendations contained therein and invited the Regional Director to report on their implementation to the Committee at its thirty-third session.
(First meeting, 4 October 2032)

RCA31(2)

Working group on cold-chain logistics

The Regional Committee decided:
(1) to establish a regional working group on cold-chain logistics;
(2) that the working group shall report to the Committee at its thirty-second session;
(3) to request the Regional Director to convene the working group.
(Third meeting, 6 October 2032)
"""


def test_a_regional_committees_list_one_paragraph_a_line(registry: BodyRegistry) -> None:
    session = GatheringRef("rca", "session", 31)
    r1, d1, d2 = (InstrumentRef("rca", "resolution", "31", "1"), InstrumentRef("rca", "decision", "31", "1"),
                  InstrumentRef("rca", "decision", "31", "2"))
    assert facts(ANDES, registry, "adoptedAt") == {(r1, session), (d1, session), (d2, session)}
    assert (d1, GatheringRef("rca/subcommittee", "meeting", 12)) in facts(ANDES, registry, "endorses")
    assert (d1, BodyRef("rca/director")) in facts(ANDES, registry, "invites")
    assert (DocumentRef(symbols=("RCA31/4",)), session) in facts(ANDES, registry, "submittedTo")
    born = [k for s, k in facts(ANDES, registry, "establishes") if s == d2]
    assert len(born) == 1
    assert facts(ANDES, registry, "requests") == {(d2, BodyRef("rca/director"))}


def dt_range(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return start, end


def _span(value: object) -> tuple[object, object]:
    return getattr(value, "start", value), getattr(value, "end", value)
