"""Instrument numbers a body prefixes with its convention's letters ("XC-17/4", "YC-12/3":
decision 4 of the Xylo Conference's seventeenth meeting), and a note that reproduces such
decisions in an annex, each headed "XC-17/4: Title" and opened by the formula that both
conferences share ("The Conference of the Parties,").

Bodies, conventions and texts are invented: the rule is the templates', for any prefix.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from tests.support.extraction import facts

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cop-xylo> a mg:Body ; mg:key "cop-xylo" ;
    skos:prefLabel "Conference of the Parties to the Xylo Convention"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "XYL/COP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "XC-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/cop-yarrow> a mg:Body ; mg:key "cop-yarrow" ;
    skos:prefLabel "Conference of the Parties to the Yarrow Convention"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "YAR/COP" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "YC-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/xylo-panel> a mg:Body ; mg:key "xylo-panel" ;
    skos:prefLabel "Xylo Technical Panel"@en ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/cop-xylo> .
<body/yarrow-board> a mg:Body ; mg:key "yarrow-board" ;
    skos:prefLabel "Yarrow Compliance Board"@en ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/cop-yarrow> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def xc(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("cop-xylo", "decision", session, number)


def yc(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("cop-yarrow", "decision", session, number)


NOTE = (
    "YAR/COP.9/INF/4\n\nDistr.: General\n3 June 2031\n\n"
    "Decisions of joint interest\n\nNote by the Secretariat\n\n"
    "1. The present note is submitted pursuant to decisions XC-16/20 and YC-8/11.\n\n"
    "Annex\n\n"
    "{first_heading}\n\n"
    "The Conference of the Parties,\n\n"
    "Recalling decisions XC-15/1 and XC-16/2,\n\n"
    "1. Requests the Xylo Technical Panel to report;\n\n"
    "YC-9/3. Compliance and the Yarrow Compliance Board, with a title\n"
    "that runs on to a second line\n\n"
    "The Conference of the Parties,\n\n"
    "Recalling decision XC-17/4 of the Conference of the Parties to the Xylo Convention,\n\n"
    "1. Invites the Yarrow Compliance Board to meet;\n"
)


def test_a_prefixed_number_reads_its_session_in_the_convention(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme of the Xylo Technical Panel")
    pursuant = {o for _, o in facts(text, registry, "pursuantTo")}
    assert pursuant == {xc("16", "20"), yc("8", "11")}


def test_each_numbered_heading_opens_the_text_of_its_bodys_decision(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme of the Xylo Technical Panel")
    assert facts(text, registry, "cites") == {
        (xc("17", "4"), xc("15", "1")), (xc("17", "4"), xc("16", "2")), (yc("9", "3"), xc("17", "4")),
    }
    assert facts(text, registry, "requests") == {(xc("17", "4"), BodyRef("xylo-panel"))}
    assert facts(text, registry, "invites") == {(yc("9", "3"), BodyRef("yarrow-board"))}


def test_a_numbered_heading_without_the_formula_below_is_a_section(registry: BodyRegistry) -> None:
    text = (
        "YAR/COP.9/INF/5\n\nDistr.: General\n3 June 2031\n\nNote by the Secretariat\n\n"
        "XC-17/4: progress in its implementation\n\n"
        "1. The Secretariat reports on the work done since the meeting.\n\n"
        "2. Parties recalled decisions XC-15/1 and XC-16/2.\n"
    )
    assert facts(text, registry, "cites") == set()
    assert not any(s == xc("17", "4") for s, _ in facts(text, registry, "mentions") | facts(text, registry, "requests"))


def test_a_special_session_number_keeps_its_letters_without_a_convention(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme") + "\n2. Recalling General Assembly resolution S-27/2,\n"
    cited = {o for _, o in facts(text, registry, "mentions")}
    assert InstrumentRef("ga", "resolution", "S-27", "2") in cited


def test_the_title_after_the_number_is_the_decisions_even_wrapped(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme of the Xylo Technical Panel")
    assert facts(text, registry, "title") == {
        (xc("17", "4"), "Work programme of the Xylo Technical Panel"),
        (yc("9", "3"), "Compliance and the Yarrow Compliance Board, with a title that runs on to a second line"),
    }


def test_a_heading_with_the_number_alone_gives_no_title(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4")
    assert not any(s == xc("17", "4") for s, _ in facts(text, registry, "title"))


def test_a_related_item_gives_its_title_and_is_no_citation(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme") + (
        "\nRelated items\n\nXC-17/5 – Budget of the Xylo Technical Panel 2032–2033\n\n"
        "YC-9/4 – Compliance: the second review\n"
    )
    titles = facts(text, registry, "title")
    assert {(xc("17", "5"), "Budget of the Xylo Technical Panel 2032–2033"), (yc("9", "4"), "Compliance: the second review")} <= titles
    cited = {o for _, o in facts(text, registry, "cites")}
    assert xc("17", "5") not in cited and yc("9", "4") not in cited


def test_a_sentence_opening_with_a_number_and_a_dash_is_no_related_item(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme") + "\n2. Requests the Xylo Technical Panel to report.\n"
    assert not any(s == xc("17", "4") and t == "Work" for s, t in facts(text, registry, "title"))


def test_a_short_name_two_conferences_share_means_the_one_speaking(registry: BodyRegistry) -> None:
    text = NOTE.format(first_heading="XC-17/4: Work programme").replace(
        "1. Invites the Yarrow Compliance Board to meet;",
        "1. Invites the Yarrow Compliance Board to report to the Conference of the Parties at its tenth meeting;",
    )
    meetings = {s for s, _ in facts(text, registry, "meetingOf")}
    assert GatheringRef("cop-yarrow", "meeting", 10) in meetings
    assert GatheringRef("cop-xylo", "meeting", 10) not in meetings
