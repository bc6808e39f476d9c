"""E287: the session texts of specialized agencies' councils and boards.

- A heading in capitals "RESOLUTION 2/61" in the report of a council that numbers "Resolution
  {number}/{session}" is its resolution 2 of the 61st session (`number_first_headings`); under
  another body's masthead the default reading holds (session 12, number 3).
- "REPORT OF THE FISHERIES COUNCIL" under the session line of a document in the council's own
  series is the title: the report is of that session, not of the committee whose report a chapter
  heading further down names (`document.report_of_body_alone`).
- "The Executive Board, having considered the report … (X), endorsed …": a decision of one sentence,
  its recital run into the formula, opens the text under its numbered heading
  (`instrument_headings._OPENING_FORMULA`).
- "The list below gives the resolutions and decisions adopted by the Board at the session": each
  text below adopted at the session the paragraph told (`relate._FOLLOWING`).

Invented bodies, symbols and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/fish> a mg:Body ; mg:key "fish" ; skos:prefLabel "Fisheries Agency"@en .
<body/fish/council> a mg:Body ; mg:key "fish/council" ;
    skos:prefLabel "Fisheries Council"@en ; skos:altLabel "Council of the Fisheries Agency"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "FCL" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/fish> .
<body/fish/aquaculture> a mg:Body ; mg:key "fish/aquaculture" ;
    skos:prefLabel "Committee on Aquaculture"@en ; skos:altLabel "COAQ"@en ;
    mg:symbolPrefix "COAQ" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/fish/council> .
<body/fish/dg> a mg:Body ; mg:key "fish/dg" ; skos:prefLabel "Director-General of the Fisheries Agency"@en ;
    mg:shortName "Director-General" ; org:subOrganizationOf <body/fish> .
<body/ocean> a mg:Body ; mg:key "ocean" ;
    skos:prefLabel "Ocean Observation Assembly"@en ; mg:shortName "Assembly" ; mg:symbolPrefix "OOA" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/ocean/secretary> a mg:Body ; mg:key "ocean/secretary" ;
    skos:prefLabel "Secretary of the Ocean Observation Assembly"@en ; mg:shortName "Secretary" ;
    org:subOrganizationOf <body/ocean> .
<body/hb> a mg:Body ; mg:key "hb" ;
    skos:prefLabel "Health Standards Board"@en ; mg:shortName "Board" ; mg:symbolPrefix "HSB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "HSB{session}({number})" ; mg:instrumentKind "decision" ] .
<body/hb/dg> a mg:Body ; mg:key "hb/dg" ; skos:prefLabel "Director-General of the Health Standards Board"@en ;
    mg:shortName "Director-General" ; org:subOrganizationOf <body/hb> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "bodies.ttl"
    path.write_text(BODIES)
    return load_registry(DEFAULT_BASE_IRI, [path])


def _facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in extract(text, source_key="doc", registry=registry).facts if f.relation == relation}


def _council_report(heading: str, closing: str) -> str:
    return (
        "FCL 61/REP\n\nCOUNCIL\n\nSixty-first Session\n\nLisbon, 3-5 May 2033\n\nREPORT OF THE FISHERIES COUNCIL\n\n"
        "Contents\n\nIntroduction\n\nTechnical committees\n\nINTRODUCTION\n\n"
        "The Council held its Sixty-first Session in Lisbon from 3 to 5 May 2033.\n\n"
        "Report of the 40th Session of the Committee on Aquaculture (Lisbon, 10-12 March 2033)\n\n"
        "The Council considered the report of the Fortieth Session of the Committee on Aquaculture (COAQ/2033/REP). "
        f"{closing}\n\nAPPENDIX A\n\n{heading}\n\nSmall-scale aquaculture\n\nTHE COUNCIL,\n\n"
        "Requests the Director-General to prepare a study on small-scale aquaculture;\n\n(Adopted on 5 May 2033)\n"
    )


@pytest.mark.parametrize("heading", ["RESOLUTION 2/61", "Resolution 2/61"])
@pytest.mark.parametrize(
    "closing", ["It adopted Resolution 2/61 on small-scale aquaculture.", "The Council adopted the resolution set out in Appendix A."]
)
def test_a_number_first_heading_is_the_councils_in_its_order(registry: BodyRegistry, heading: str, closing: str) -> None:
    text = _council_report(heading, closing)
    own = InstrumentRef("fish/council", "resolution", "61", "2")
    assert _facts(text, registry, "requests") == {(own, _body("fish/dg"))}
    assert (own, GatheringRef("fish/council", "session", 61)) in _facts(text, registry, "adoptedAt")
    assert not any(isinstance(s, InstrumentRef) and s.session == "2" for s, _ in _facts(text, registry, "mentions"))


def test_the_masthead_title_names_the_reporting_council_not_a_chapters_committee(registry: BodyRegistry) -> None:
    text = _council_report("RESOLUTION 2/61", "It endorsed its recommendations.")
    report_of = _facts(text, registry, "reportOf")
    doc = DocumentRef(symbols=("FCL 61/REP",))
    assert (doc, GatheringRef("fish/council", "session", 61)) in report_of
    assert (doc, GatheringRef("fish/aquaculture", "session", 40)) not in report_of
    assert (doc, GatheringRef("fish/council", "session", 61)) not in _facts(text, registry, "submittedTo")


def test_a_capital_heading_under_another_bodys_masthead_keeps_the_default_order(registry: BodyRegistry) -> None:
    # near miss: the Assembly numbers the default way; the Council's number-first convention,
    # written the same way, does not take its heading
    text = (
        "OOA/12/RES\n\nOCEAN OBSERVATION ASSEMBLY\n\nTwelfth session\n\nRESOLUTIONS ADOPTED BY THE ASSEMBLY AT ITS TWELFTH SESSION\n\n"
        "RESOLUTION 12/3\n\nBUOY NETWORKS\n\nThe Ocean Observation Assembly,\n\n"
        "Requests the Secretary to report on the buoy networks;\n"
    )
    requests = _facts(text, registry, "requests")
    assert (InstrumentRef("ocean", "resolution", "12", "3"), _body("ocean/secretary")) in requests
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "fish/council" for s, _ in requests)


def _board_page(intro: str, text_one: str) -> str:
    return (
        "# Health Standards Board, 44th session\n\n**Geneva, 2-4 March 2035**\n\n## Decisions\n\n"
        f"The Health Standards Board held its 44th session in Geneva from 2 to 4 March 2035. {intro}\n\n"
        f"### HSB44(1) Report of the audit panel\n\n{text_one}\n\n"
        "### HSB44(2) Date of the next session\n\nThe Board decided that its 45th session would be held in Geneva.\n"
    )


@pytest.mark.parametrize(
    "text_one",
    [
        "The Board, having considered the report of the audit panel (HSB44/3), endorsed the recommendations "
        "contained therein and requested the Director-General to take them into account.",
        "The Health Standards Board, noting the report of the audit panel (HSB44/3), and having heard the "
        "Chair, requested the Director-General to take its recommendations into account.",
        "The Board, recalling decision HSB40(2), requests the Director-General to take the audit panel's recommendations into account.",
    ],
)
def test_a_one_sentence_decision_with_a_run_in_recital_opens_its_text(registry: BodyRegistry, text_one: str) -> None:
    page = _board_page("The list below gives the decisions adopted by the Board at the session.", text_one)
    assert _facts(page, registry, "requests") == {(InstrumentRef("hb", "decision", "44", "1"), _body("hb/dg"))}


@pytest.mark.parametrize(
    ("intro", "adopted"),
    [
        ("The list below gives the decisions adopted by the Board at the session.", True),
        ("The table below sets out the resolutions and decisions adopted by the Board at that session; the texts follow.", True),
        # near misses: proposals listed, not adopted texts; drafts before the Board
        ("The list below gives the decisions proposed to the Board at the session.", False),
        ("The list below gives the draft decisions before the Board.", False),
    ],
)
def test_the_list_below_adopted_at_the_session(registry: BodyRegistry, intro: str, adopted: bool) -> None:
    page = _board_page(intro, "The Board decided to endorse the recommendations of the audit panel.")
    session = GatheringRef("hb", "session", 44)
    texts = {InstrumentRef("hb", "decision", "44", "1"), InstrumentRef("hb", "decision", "44", "2")}
    assert {s for s, o in _facts(page, registry, "adoptedAt") if isinstance(s, InstrumentRef)} == (texts if adopted else set())
    assert all(o == session for s, o in _facts(page, registry, "adoptedAt") if isinstance(s, InstrumentRef))


def _body(key: str) -> object:
    from mandate_graph.graph.model import BodyRef

    return BodyRef(key)
