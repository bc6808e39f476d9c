"""A specialized agency's conference or governing body reports on its session and prints, in the
report, the text of a resolution it adopted (E199, from unseen u249): what a user loading such a
report gets is the resolution's facts, not only its number.

- Word's "save as plain text" of the report: one paragraph a line, numbered paragraphs with a tab
  after their number, blank lines between sections only; the resolution's heading numbered with
  its number first and the year of the session after the slash ("Resolution 4/2031", "Decision
  2/2033"), its title, the formula in capitals ("THE CONFERENCE,") and one recital a line
  ("Recalling ...,"): each is a paragraph of its own (`layout.recital_lines`, the formula under a
  heading and title), and the heading opens the text (`segment.NUMBER_THEN_YEAR_HEADING`);
- the masthead's title in capitals, "REPORT OF THE COUNCIL OF WSO" over "Hundred and Fifth
  Session": the report of that session of the body the title names by its short name and its
  organization's abbreviation, and the session that adopted the resolutions the report holds;
- "Decides to establish, under Article VI, paragraph 2, of the Constitution, a Committee on ...":
  the provision set off between the verb and the body, its paragraph set off by commas of its own;
- "it had established the Task Force on Soil Maps of the Committee on Land Use by its Resolution
  5/2029": the body born is the "Task Force on Soil Maps", under the known body the name ends with,
  and "the Task Force" later in the same sentence is that body;
- "the Sub-Committee", "the Vice-Chair": a short name closing a compound word ("Committee" of the
  Committee on Soil Security) is the compound's, no mention of that body;
- "The Conference considered document X, prepared pursuant to Council Resolution 2/195, by which
  the Council, at its 195th Session, had asked ...": another body's session told in a clause of
  its own says when the paper was called for, not when it was read; X was before the session the
  report is of.

Bodies, numbers and sentences are invented, and vary the body (an agency's conference and
council, a treaty's governing body, a health organization's executive board).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.layout import recital_lines
from tests.extract.phrasing import key
from tests.support.extraction import BASE

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wso> a mg:Body ; mg:key "wso" ;
    skos:prefLabel "World Soil Organization"@en ; skos:altLabel "WSO"@en .
<body/wso/conference> a mg:Body ; mg:key "wso/conference" ;
    skos:prefLabel "Conference of the World Soil Organization"@en ; skos:altLabel "WSO Conference"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
<body/wso/council> a mg:Body ; mg:key "wso/council" ;
    skos:prefLabel "Council of the World Soil Organization"@en ; skos:altLabel "WSO Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "CL" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
<body/wso/director-general> a mg:Body ; mg:key "wso/director-general" ;
    skos:prefLabel "Director-General of the World Soil Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/wso> .
<body/wso/council/colu> a mg:Body ; mg:key "wso/council/colu" ;
    skos:prefLabel "Committee on Land Use"@en ; skos:altLabel "COLU"@en ;
    mg:symbolPrefix "COLU" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/wso/council> .
<body/css> a mg:Body ; mg:key "css" ;
    skos:prefLabel "Committee on Soil Security"@en ; skos:altLabel "CSS"@en ;
    mg:shortName "Committee" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/seed-treaty/governing-body> a mg:Body ; mg:key "seed-treaty/governing-body" ;
    skos:prefLabel "Governing Body of the International Treaty on Seed Banks"@en ;
    mg:shortName "Governing Body" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] .
<body/wmho> a mg:Body ; mg:key "wmho" ;
    skos:prefLabel "World Mountain Health Organization"@en ; skos:altLabel "WMHO"@en .
<body/wmho/board> a mg:Body ; mg:key "wmho/board" ;
    skos:prefLabel "Executive Board of the World Mountain Health Organization"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "EB" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/wmho> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "agencies.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="report", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if not relations or f.relation in relations}


# Word's plain text of a conference's report: the masthead a line each, sections set apart by a
# blank line, each numbered paragraph one long line with a tab after its number
_WSO_REPORT = (
    "C 2031/REP\nREPORT OF THE CONFERENCE OF WSO\nThirty-second Session\nNairobi, 2–9 June 2031\n"
    "WORLD SOIL ORGANIZATION\n\n"
    "A.\tPROGRAMME MATTERS\nSoil carbon monitoring\n"
    "40.\tThe Conference welcomed the progress made by Members in monitoring soil carbon and stressed that national "
    "inventories should follow the guidelines agreed by the Committee on Land Use at its ninth session, noting "
    "that several regional groups had asked for further technical support from the Organization in this area.\n"
    "41.\tThe Conference:\n"
    "a)\tnoted the views expressed by Members;\n"
    "b)\tadopted the following Resolution:\n\n"
    "Resolution 4/2031\n"
    "Soil Carbon Monitoring Network\n"
    "THE CONFERENCE,\n"
    "Recalling its Resolution 9/2027 on soil health,\n"
    "Recalling also Council Resolution 3/101,\n"
    "Considering that soil data are essential for food security,\n"
    "1.\tRequests the Director-General to convene a technical consultation on soil carbon data;\n"
    "2.\tInvites the Committee on Land Use to review the guidelines at its tenth session;\n"
    "(Adopted on 9 June 2031)\n\n"
    "B.\tOTHER MATTERS\n"
    "42.\tThe Conference decided that its Thirty-third Session would be held in Nairobi from 5 to 12 June 2033, "
    "and requested the Secretariat to make the necessary arrangements with the host Government in good time "
    "so that Members could plan their participation and the related side events well in advance.\n"
)


def test_a_resolution_printed_in_a_word_report_is_read_as_its_text(registry: BodyRegistry) -> None:
    found = _facts(_WSO_REPORT, registry)
    res = "wso/conference/res/2031/4"
    assert ("title", res, "Soil Carbon Monitoring Network") in found
    assert ("cites", res, "wso/conference/res/2027/9") in found
    assert ("cites", res, "wso/council/res/101/3") in found
    assert ("requests", res, "wso/director-general") in found
    assert ("invites", res, "wso/council/colu") in found
    assert ("adoptedOn", res, "2031-06-09") in found
    # the masthead's session in capitals: the report's, and the one that adopted the resolution
    assert ("reportOf", "C 2031/REP", "wso/conference#32") in found
    assert ("adoptedAt", res, "wso/conference#32") in found


def test_a_treaty_body_s_resolution_under_its_formula_in_mixed_case(registry: BodyRegistry) -> None:
    text = (
        "Governing Body of the International Treaty on Seed Banks\nTenth Session\nLima, 10–14 November 2033\n"
        "REPORT OF THE TENTH SESSION OF THE GOVERNING BODY\n\n"
        "I.\tRESOLUTIONS\n"
        "12.\tThe Governing Body adopted Resolution 2/2033, which is reproduced below, after a debate in which many "
        "Contracting Parties stressed the importance of the multilateral system for the exchange of seed samples.\n\n"
        "Resolution 2/2033\n"
        "Seed Bank Safety Duplication\n"
        "The Governing Body,\n"
        "Recalling its Resolution 5/2029,\n"
        "Noting the report of the Secretary on seed bank duplication;\n"
        "1.\tRequests the Secretary to prepare a study on safety duplication;\n"
        "(Adopted on 14 November 2033)\n\n"
        "II.\tCLOSURE\n"
        "13.\tThe session was closed on 14 November 2033 after the Governing Body had adopted its report and thanked "
        "the host Government for the excellent arrangements made for the session and for its generous hospitality.\n"
    )
    found = _facts(text, registry)
    res = "seed-treaty/governing-body/res/2033/2"
    assert ("title", res, "Seed Bank Safety Duplication") in found
    assert ("cites", res, "seed-treaty/governing-body/res/2029/5") in found
    assert ("adoptedOn", res, "2033-11-14") in found


def test_a_number_with_a_year_cited_in_a_sentence_heads_no_text(registry: BodyRegistry) -> None:
    text = _WSO_REPORT.replace("b)\tadopted the following Resolution:\n\nResolution 4/2031\n", "b)\trecalled Resolution 4/2027.\n\n")
    found = _facts(text, registry)
    assert not any(s == "wso/conference/res/2027/4" and r in ("title", "cites", "requests") for r, s, _ in found)


@pytest.mark.parametrize(
    "above, line, starts",
    [
        ("THE CONFERENCE,", "Recalling its Resolution 9/2027 on soil health,", True),
        ("Recalling its Resolution 9/2027,", "Having considered the report of the Committee on Land Use (COLU/2030/REP),", True),
        ("Noting the report of the Secretary;", "Bearing in mind the Strategic Framework;", True),
        # a recital that does not end on its line is no whole recital
        ("THE CONFERENCE,", "Recalling its Resolution 9/2027 on soil health and the", False),
        # a line above that goes on (no comma, no semicolon): the words run on
        ("and of the progress made by the", "Recalling Committee, a body of experts,", False),
    ],
)
def test_a_recital_on_its_own_line_begins_a_paragraph(above: str, line: str, starts: bool) -> None:
    assert (1 in recital_lines(["x", above, line][1:])) is starts


@pytest.mark.parametrize(
    "symbol, title, body",
    [
        ("CL 105/REP", "REPORT OF THE COUNCIL OF WSO", "wso/council"),
        ("CL 105/REP", "Report of the Council of WSO", "wso/council"),
        ("EB 105/REP", "REPORT OF THE EXECUTIVE BOARD OF WMHO", "wmho/board"),
    ],
)
def test_a_report_title_in_capitals_names_its_body(registry: BodyRegistry, symbol: str, title: str, body: str) -> None:
    text = (
        f"{symbol}\n{title}\nHundred and Fifth Session\nNairobi, 3–7 December 2032\n\n"
        "1.\tThe session was opened by the Chairperson, who welcomed the participants.\n"
    )
    assert ("reportOf", symbol, f"{body}#105") in _facts(text, registry, "reportOf")


def test_a_title_in_capitals_naming_no_known_body_is_no_report_of_it(registry: BodyRegistry) -> None:
    text = (
        "CL 105/REP\nREPORT OF THE CONFERENCE OF SOIL SCIENTISTS\nHundred and Fifth Session\nNairobi, 3–7 December 2032\n\n"
        "1.\tThe session was opened by the Chairperson, who welcomed the participants.\n"
    )
    assert not any(o.startswith("wso/conference#") for _, _, o in _facts(text, registry, "reportOf"))


_RESOLUTION = (
    "C 2031/REP\nREPORT OF THE CONFERENCE OF WSO\nThirty-second Session\nNairobi, 2–9 June 2031\n\n"
    "41.\tThe Conference adopted the following Resolution:\n\n"
    "Resolution 5/2031\nA new body\nTHE CONFERENCE,\nRecalling its Resolution 9/2027,\n"
    "1.\t{s}\n(Adopted on 9 June 2031)\n"
)


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            'Decides to establish, under Article VI, paragraph 2, of the Constitution, a Committee on Soil Data '
            '(hereinafter "the Committee"), open to all Members of the Organization;',
            "Committee on Soil Data",
        ),
        (
            "Decides to establish, in accordance with rule 12, paragraph 1 (b), of its Rules of Procedure, an expert group on soil maps;",
            "expert group on soil maps",
        ),
        ("Decides to establish, under Article VI of the Constitution, a Committee on Soil Data;", "Committee on Soil Data"),
    ],
)
def test_a_provision_set_off_before_the_body_established(registry: BodyRegistry, sentence: str, name: str) -> None:
    extraction = extract(_RESOLUTION.format(s=sentence), source_key="report", registry=registry)
    established = [f.object.key for f in extraction.facts if f.relation == "establishes"]
    assert [b.names[0] for b in extraction.bodies if b.key in established] == [name]


def test_a_provision_set_off_before_another_verb_establishes_nothing(registry: BodyRegistry) -> None:
    sentence = "Decides to review, under Article VI, paragraph 2, of the Constitution, a Committee's terms of reference;"
    assert not _facts(_RESOLUTION.format(s=sentence), registry, "establishes")


_CONSIDERED = (
    "C 2031/REP\nREPORT OF THE CONFERENCE OF WSO\nThirty-second Session\nNairobi, 2–9 June 2031\n\n"
    "71.\t{s}\n"
)


@pytest.mark.parametrize(
    "sentence, session",
    [
        (
            'The Conference considered document C 2031/19, "Proposal for a soil data network", prepared pursuant to '
            "Council Resolution 2/99, by which the Council, at its 99th Session, had asked the Director-General to "
            "submit a proposal to the Conference at its present session.",
            "wso/conference#32",
        ),
        (
            "The Conference examined the report C 2031/19, which the Committee on Land Use, at its ninth session, "
            "had prepared on soil carbon.",
            "wso/conference#32",
        ),
        # the subject's own session, said after the verb: that session's reading, not this one's
        ("The Conference considered document C 2031/19 at its Thirty-first Session.", None),
    ],
)
def test_a_paper_considered_while_another_body_s_session_is_told(registry: BodyRegistry, sentence: str, session: str | None) -> None:
    submitted = {o for _, s, o in _facts(_CONSIDERED.format(s=sentence), registry, "submittedTo") if s == "C 2031/19"}
    assert ("wso/conference#32" in submitted) is (session is not None)


_NARRATED = (
    "C 2031/REP\nREPORT OF THE CONFERENCE OF WSO\nThirty-second Session\nNairobi, 2–9 June 2031\n\n"
    "74.\t{s}\n"
)


@pytest.mark.parametrize(
    "sentence, name, parent",
    [
        (
            "The Conference recalled that it had established the Task Force on Soil Maps of the Committee on Land Use "
            "by its Resolution 5/2029, and that the Council, by Resolution 3/98, had requested the Task Force to report to it.",
            "Task Force on Soil Maps",
            "wso/council/colu",
        ),
        (
            "The Conference recalled that it had established the Sub-Committee on Soil Maps of COLU by its Resolution "
            "5/2029, and that the Council, by Resolution 3/98, had requested the Sub-Committee to report to it.",
            "Sub-Committee on Soil Maps",
            "wso/council/colu",
        ),
        # "of the Southern Region": no known body ends the name, which is the body's whole
        (
            "The Conference recalled that it had established the Task Force on Soil Maps of the Southern Region by its "
            "Resolution 5/2029, and that the Council, by Resolution 3/98, had requested the Task Force to report to it.",
            "Task Force on Soil Maps of the Southern Region",
            "wso/conference",
        ),
    ],
)
def test_a_body_born_under_a_known_body_named_with_it(registry: BodyRegistry, sentence: str, name: str, parent: str) -> None:
    extraction = extract(_NARRATED.format(s=sentence), source_key="report", registry=registry)
    established = {key(f.object) for f in extraction.facts if f.relation == "establishes" and key(f.subject) == "wso/conference/res/2029/5"}
    born = [b for b in extraction.bodies if b.key in established]
    assert [(b.name, b.parent) for b in born] == [(name, parent)]
    requested = {key(f.object) for f in extraction.facts if f.relation == "requests" and key(f.subject) == "wso/council/res/98/3"}
    assert requested == {born[0].key}


@pytest.mark.parametrize("compound", ["Sub-Committee", "Vice-Committee"])
def test_a_short_name_closing_a_compound_word_is_not_that_body(registry: BodyRegistry, compound: str) -> None:
    sentence = f"The Council, by Resolution 3/98, had requested the {compound} to report to it."
    found = _facts(_NARRATED.format(s=sentence), registry, "requests")
    assert not any(o == "css" for _, _, o in found)
    # the short name alone is still the body's
    found = _facts(_NARRATED.format(s="The Council, by Resolution 3/98, had requested the Committee on Soil Security to report to it."), registry, "requests")
    assert ("requests", "wso/council/res/98/3", "css") in found
