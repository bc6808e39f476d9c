"""A document that is one resolution, numbered in its body's convention on the masthead
("GOA(41)/RES/7" under "General Conference"), laid out as pdftotext -layout gives it: the
operative part in lettered sections ("A. General", "B. Cooperation") that belong to the
resolution, sessions called "regular" ("its forty-first regular session", "its forty-second
(2032) regular session"), and an opening formula that two bodies' short names share.

Bodies and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import find_gatherings
from tests.support.extraction import facts

GLOBAL_OCEAN_AGENCY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/goa> a mg:Body ; mg:key "goa" ; skos:prefLabel "Global Ocean Agency"@en .
<body/goa/gc> a mg:Body ; mg:key "goa/gc" ;
    skos:prefLabel "General Conference of the Global Ocean Agency"@en ;
    mg:shortName "General Conference" ; mg:symbolPrefix "GOA" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GOA({session})/RES/{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/goa> .
<body/goa/board> a mg:Body ; mg:key "goa/board" ;
    skos:prefLabel "Board of Directors of the Global Ocean Agency"@en ; skos:altLabel "Board of Directors"@en ;
    org:subOrganizationOf <body/goa> .
<body/goa/dg> a mg:Body ; mg:key "goa/dg" ;
    skos:prefLabel "Director General of the Global Ocean Agency"@en ; skos:altLabel "Director General"@en ;
    org:subOrganizationOf <body/goa> .
"""

BODIES = GLOBAL_OCEAN_AGENCY + """<body/wfo/gc> a mg:Body ; mg:key "wfo/gc" ;
    skos:prefLabel "General Conference of the World Forest Organization"@en ;
    mg:shortName "General Conference" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


OWN = InstrumentRef("goa/gc", "resolution", "41", "7")

TEXT = (
    "                                                          General Conference\n\n"
    "                                                          GOA(41)/RES/7\n"
    "                                                          October 2031\n\n"
    "Forty-first regular session\n\n"
    "                    Ocean observation networks\n\n"
    "The General Conference,\n\n"
    "(a)   Recalling resolution GOA(40)/RES/3 on ocean observation,\n\n"
    "(b)   Taking note of the report of the Director General,\n\n"
    "                                   A. General\n\n"
    "1.    Requests the Director General to report to the General Conference at its forty-second\n"
    "      (2032) regular session;\n\n"
    "                          B. Cooperation\n\n"
    "2.    Invites the Board of Directors to consider the matter;\n"
)


def test_the_number_on_the_masthead_names_the_issuer_a_shared_formula_cannot(registry: BodyRegistry) -> None:
    assert extract(TEXT, source_key="res", registry=registry).document.author == "goa/gc"


def test_lettered_sections_of_a_one_resolution_document_are_its_operative_part(registry: BodyRegistry) -> None:
    assert facts(TEXT, registry, "requests") == {(OWN, BodyRef("goa/dg"))}
    assert facts(TEXT, registry, "invites") == {(OWN, BodyRef("goa/board"))}
    assert facts(TEXT, registry, "cites") == {(OWN, InstrumentRef("goa/gc", "resolution", "40", "3"))}


def test_regular_sessions_are_the_bodys_numbered_sessions(registry: BodyRegistry) -> None:
    meetings = facts(TEXT, registry, "meetingOf")
    assert (GatheringRef("goa/gc", "session", 41), BodyRef("goa/gc")) in meetings
    assert (GatheringRef("goa/gc", "session", 42), BodyRef("goa/gc")) in meetings


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("at its sixty-ninth regular session", [69]),
        ("at its seventieth (2026) regular session", [70]),
        ("at its 12th ordinary session", [12]),
        ("at its twelfth session", [12]),
        ("at its second special session", []),  # special sessions are another sequence
        ("at its 2026 regular session", []),  # a year, no ordinal
        ("at the regular session", []),
    ],
)
def test_a_regular_session_keeps_its_ordinal(text: str, ordinals: list[int]) -> None:
    assert [o for g in find_gatherings(text, []) for o in g.ordinals] == ordinals


def test_a_report_with_chapters_still_ends_a_resolution_at_its_next_chapter(registry: BodyRegistry) -> None:
    text = (
        "GOA/41/REP\n\nReport of the General Conference of the Global Ocean Agency on its forty-first session\n\n"
        "I. Resolutions adopted\n\n"
        "Resolution 41/7\n\nOcean observation\n\nThe General Conference,\n\n"
        "1. Requests the Director General to report;\n\n"
        "II. Organizational matters\n\n"
        "2. The Board of Directors was invited to consider the matter.\n"
    )
    assert not any(s == InstrumentRef("goa/gc", "resolution", "41", "7") for s, _ in facts(text, registry, "invites"))


@pytest.mark.parametrize(
    ("paragraph", "ordinal"),
    [
        ("2.    Decides to take up the matter at the 42nd session of the General Conference;", 42),
        ("2.    Decides to take up the matter at its 14th meeting;", None),  # a plenary meeting
        ("2.    Notes the 43rd session report;", None),  # whose session, the words do not say
    ],
)
def test_a_session_numbered_in_figures_is_the_bodys_said(registry: BodyRegistry, paragraph: str, ordinal: int | None) -> None:
    meetings = {s for s, _ in facts(TEXT + "\n" + paragraph + "\n", registry, "meetingOf")}
    expected = {GatheringRef("goa/gc", "session", 41), GatheringRef("goa/gc", "session", 42)}
    if ordinal is not None:
        expected.add(GatheringRef("goa/gc", "session", ordinal))
    assert meetings == expected


def test_a_title_after_a_number_in_the_convention(registry: BodyRegistry) -> None:
    assert (InstrumentRef("goa/gc", "resolution", "40", "3"), "ocean observation") in facts(TEXT, registry, "title")


MASTHEAD = (
    "                                                          General Conference\n\n"
    "                                                          GOA(41)/RES/7\n"
    "                                                          October 2031\n\n"
    "                                                          General Distribution\n"
    "                                                          Original: English\n\n"
    "Forty-first regular session\n\nAgenda item 12\n(GOA(41)/9)\n\n"
    "                    Ocean observation networks\n\n"
    "           Resolution adopted on 14 October 2031 during the eighth plenary meeting\n\n"
    "The General Conference,\n\n(a)   Recalling its earlier work,\n\n1.    Requests the Director General to report;\n"
)


def test_the_masthead_of_a_resolution_gives_its_title_session_and_day(registry: BodyRegistry) -> None:
    assert facts(MASTHEAD, registry, "title") == {(OWN, "Ocean observation networks")}
    assert facts(MASTHEAD, registry, "adoptedAt") == {(OWN, GatheringRef("goa/gc", "session", 41))}
    assert facts(MASTHEAD, registry, "adoptedOn") == {(OWN, dt.date(2031, 10, 14))}


def test_a_masthead_without_its_number_names_no_title(registry: BodyRegistry) -> None:
    text = MASTHEAD.replace("GOA(41)/RES/7", "GOA(41)/INF/7")
    assert not any(s == OWN for s, _ in facts(text, registry, "title"))
