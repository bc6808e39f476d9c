"""Instrument numbers in a body's own convention, read from the reference data's templates
(mg:instrumentNumbering on a body, or a convention naming its body by name or series):
"7/CP.30", "WHA79.12", "EB158.R3", "EB156(4)", "resolution 2791 (2026)". The default
"session/number" stays. Bodies and templates below are made up, so that the rule is the
templates' and not a list of the ones the product ships."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.numbering import NumberingFinder
from mandate_graph.loaders.extract.references import body_matcher, find_numbered_instruments
from mandate_graph.loaders.facts import Extraction

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/cop-ozone> a mg:Body ; mg:key "cop-ozone" ;
    skos:prefLabel "Conference of the Parties to the Convention on Ozone Gardens"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "OZG/CP" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/OG.{session}" ; mg:instrumentKind "decision" ] .
<body/mop-ozone> a mg:Body ; mg:key "mop-ozone" ;
    skos:prefLabel "Meeting of the Parties to the Ozone Gardens Protocol"@en ;
    mg:symbolPrefix "OZG/MOP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/ozg-secretary> a mg:Body ; mg:key "ozg-secretary" ;
    skos:prefLabel "Executive Secretary of the Ozone Gardens Convention"@en ;
    skos:altLabel "Executive Secretary"@en ;
    org:subOrganizationOf <body/cop-ozone> .
<body/forest-assembly> a mg:Body ; mg:key "forest-assembly" ;
    skos:prefLabel "Global Forest Assembly"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/forest-board> a mg:Body ; mg:key "forest-board" ;
    skos:prefLabel "Forest Board"@en ; mg:symbolPrefix "FB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/forest-dg> a mg:Body ; mg:key "forest-dg" ; skos:prefLabel "Director-General"@en .

# Conventions given apart from their bodies: by name, by series.
[] a mg:NumberingConvention ; mg:numberingOfBodyNamed "Meeting of the Parties to the Ozone Gardens Protocol" ;
    mg:numberTemplate "{number}/OMP.{session}" ; mg:instrumentKind "decision" .
[] a mg:NumberingConvention ; mg:numberingOfBodyNamed "Global Forest Assembly" ;
    mg:numberTemplate "GFA{session}.{number}" ; mg:instrumentKind "resolution" .
[] a mg:NumberingConvention ; mg:numberingOfBodyNamed "Global Forest Assembly" ;
    mg:numberTemplate "GFA{session}({number})" ; mg:instrumentKind "decision" .
[] a mg:NumberingConvention ; mg:numberingOfBodyNamed "Global Forest Assembly" ;
    mg:numberTemplate "{session:SSF}({number})" ; mg:instrumentKind "decision" .
[] a mg:NumberingConvention ; mg:numberingOfSeries "FB" ;
    mg:numberTemplate "FB{session}.R{number}" ; mg:instrumentKind "resolution" .
[] a mg:NumberingConvention ; mg:numberingOfSeries "FB" ;
    mg:numberTemplate "FB{session}({number})" ; mg:instrumentKind "decision" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


@pytest.fixture(scope="module")
def finder(registry: BodyRegistry) -> NumberingFinder:
    return body_matcher(registry).numbering


def read(text: str, registry: BodyRegistry) -> Extraction:
    return extract(text, source_key="doc", registry=registry)


def facts(e: Extraction, relation: str) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in e.facts if f.relation == relation}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Recalling decision 7/OG.30,", [("cop-ozone", "decision", "30", "7")]),
        ("decisions 1/OG.2 and 12/OMP.14", [("cop-ozone", "decision", "2", "1"), ("mop-ozone", "decision", "14", "12")]),
        ("resolution GFA79.12.", [("forest-assembly", "resolution", "79", "12")]),
        ("FB158.R3 and FB156(4)", [("forest-board", "resolution", "158", "3"), ("forest-board", "decision", "156", "4")]),
        ("Security Council resolution 2791 (2026)", [("security-council", "resolution", "2026", "2791")]),
        ("S/RES/2791(2026)", [("security-council", "resolution", "2026", "2791")]),
        (
            "its resolutions 2719 (2023), 1325 (2000) and 2250 (2015)",
            [("security-council", "resolution", y, n) for y, n in (("2023", "2719"), ("2000", "1325"), ("2015", "2250"))],
        ),
        # Not a number in a convention: inside a longer number or symbol, another series.
        ("decision 17/OG.30x, OZG/CP/7/OG.30, 7/OG.30.1, XGFA79.12, FB158.R, resolution 70/1", []),
    ],
)
def test_numbers_in_each_bodys_convention(
    text: str, expected: list[tuple[str, str, str, str]], finder: NumberingFinder
) -> None:
    assert [(n.issuer, n.kind, n.session, n.number) for n in finder.find(text)] == expected


def test_a_decision_numbered_in_its_convention_with_its_text(registry: BodyRegistry) -> None:
    text = (
        "OZG/CP/2031/L.4\n\nDecision 7/OG.30\n\nGarden finance\n\nThe Conference of the Parties,\n\n"
        "Recalling decisions 1/OG.21 and 3/OMP.6, and General Assembly resolution 79/2,\n\n"
        "1. Requests the Executive Secretary to prepare a report;\n"
    )
    e = read(text, registry)
    own = InstrumentRef("cop-ozone", "decision", "30", "7")
    assert (own, "Garden finance") in facts(e, "title")
    assert {o for s, o in facts(e, "cites") if s == own} == {
        InstrumentRef("cop-ozone", "decision", "21", "1"),
        InstrumentRef("mop-ozone", "decision", "6", "3"),
        InstrumentRef("ga", "resolution", "79", "2"),
    }
    assert (own, BodyRef("ozg-secretary")) in facts(e, "requests")


@pytest.mark.parametrize(
    "ordinal, session, beside, below",
    [
        ("SEVENTY-NINTH", 79, "\t", "\nAgenda item 13.2\t28 May 2031"),
        ("EIGHTY-FIRST", 81, "\t", "\nAgenda item 4"),
        ("SIXTIETH", 60, " ", "\n\nAgenda item 13.2\n\n28 May 2031"),
        ("SEVENTY-NINTH", 79, "    ", ""),
    ],
)
def test_a_resolution_whose_masthead_ends_with_its_number(
    ordinal: str, session: int, beside: str, below: str, registry: BodyRegistry
) -> None:
    text = (
        f"{ordinal} GLOBAL FOREST ASSEMBLY{beside}GFA{session}.12{below}\n\n"
        "Strengthening forest health\n\n"
        f"The {ordinal.capitalize()} Global Forest Assembly,\n\n"
        "Recalling resolution GFA72.3 and decision FB156(4);\n\n"
        "1. URGES Member States to plant trees;\n\n"
        "2. REQUESTS the Director-General to report.\n"
    )
    e = read(text, registry)
    own = InstrumentRef("forest-assembly", "resolution", str(session), "12")
    assert (own, "Strengthening forest health") in facts(e, "title")
    assert (own, GatheringRef("forest-assembly", "session", session)) in facts(e, "adoptedAt")
    assert {o for s, o in facts(e, "cites") if s == own} == {
        InstrumentRef("forest-assembly", "resolution", "72", "3"),
        InstrumentRef("forest-board", "decision", "156", "4"),
    }
    assert (own, BodyRef("forest-dg")) in facts(e, "requests")


@pytest.mark.parametrize(
    "masthead",
    [
        "S/RES/2791 (2026)",
        "United Nations\tS/RES/2791 (2026)\nSecurity Council\tDistr.: General\n14 March 2026",
    ],
)
def test_a_security_council_resolution_numbered_by_year(masthead: str, registry: BodyRegistry) -> None:
    text = (
        f"{masthead}\n\nResolution 2791 (2026)\n\n"
        "Adopted by the Security Council at its 9999th meeting, on 14 March 2026\n\n"
        "The Security Council,\n\nRecalling its resolutions 2719 (2023) and 1325 (2000),\n\n"
        "1. Requests the Secretary-General to report within 90 days;\n"
    )
    e = read(text, registry)
    own = InstrumentRef("security-council", "resolution", "2026", "2791")
    assert (own, InstrumentRef("security-council", "resolution", "2023", "2719")) in facts(e, "cites")
    assert (own, InstrumentRef("security-council", "resolution", "2000", "1325")) in facts(e, "cites")
    assert (own, BodyRef("secretary-general")) in facts(e, "requests")
    assert {(s, str(o)) for s, o in facts(e, "adoptedOn")} == {(own, "2026-03-14")}
    assert not facts(e, "title")  # the note on its adoption, the masthead's date: no title
    assert e.document.author == "security-council"


def test_the_default_session_number_stays(registry: BodyRegistry) -> None:
    text = "OZG/CP/2031/2\n\nNote by the Secretariat\n\n1. In its decision 4/2, the Conference requested a study.\n"
    e = read(text, registry)
    assert InstrumentRef("cop-ozone", "decision", "4", "2") in {o for _, o in facts(e, "mentions")}


@pytest.mark.parametrize(
    "list_heading",
    [
        "Part two: Action taken by the Conference of the Parties at its thirtieth session",
        "Decisions adopted by the Conference of the Parties",
    ],
)
def test_the_decisions_of_a_session_reports_addendum(list_heading: str, registry: BodyRegistry) -> None:
    text = (
        "United Nations\tOZG/CP/2030/12/Add.1\n\tDistr.: General\n\t20 March 2031\n\n"
        "Conference of the Parties\n\n"
        "Report of the Conference of the Parties on its thirtieth session, held in Belém from 10 to 22 November 2030\n\n"
        f"Addendum\n\n{list_heading}\n\n"
        "Decision 7/OG.30\n\nGarden finance\n\nThe Conference of the Parties,\n\nRecalling decision 2/OG.29,\n\n"
        "1. Requests the Executive Secretary to report;\n\n"
        "Decision 8/OG.30\n\nDates of future sessions\n\nThe Conference of the Parties,\n\n1. Decides to meet again.\n"
    )
    e = read(text, registry)
    thirtieth = GatheringRef("cop-ozone", "session", 30)
    assert (e.document.ref, thirtieth) in facts(e, "reportOf")
    assert (thirtieth, "Belém") in facts(e, "heldIn")
    seven, eight = (InstrumentRef("cop-ozone", "decision", "30", n) for n in ("7", "8"))
    assert {(seven, thirtieth), (eight, thirtieth)} <= facts(e, "adoptedAt")
    assert {(seven, "Garden finance"), (eight, "Dates of future sessions")} <= facts(e, "title")
    assert (seven, InstrumentRef("cop-ozone", "decision", "29", "2")) in facts(e, "cites")


@pytest.mark.parametrize(
    "text, number, title",
    [
        ("Recalling resolution GFA74.7 (2021) on forest fire preparedness, and resolution GFA77.2 (2024), in which",
         ("forest-assembly", "resolution", "74", "7"), "forest fire preparedness"),
        ("Recalling also decision FB156(4) (2025) and resolution FB158.R3 (2026), entitled \u201cForest workforce\u201d, adopted",
         ("forest-board", "resolution", "158", "3"), "Forest workforce"),
        ("Recalling decision 7/OG.30, on ozone gardens in cities, and decision 8/OG.30,",
         ("cop-ozone", "decision", "30", "7"), "ozone gardens in cities"),
        ("resolution FB158.R3, entitled \"Forest workforce\";", ("forest-board", "resolution", "158", "3"), "Forest workforce"),
    ],
)
def test_the_title_after_a_number_in_a_bodys_convention(
    text: str, number: tuple[str, str, str, str], title: str, finder: NumberingFinder
) -> None:
    titles = {(m.numbered_by, m.kind, m.session, m.number): m.title for m in find_numbered_instruments(text, finder)}
    assert titles[number] == title


@pytest.mark.parametrize(
    "text",
    [
        "resolution GFA74.7 (2021) on 3 May 2021",
        "resolution GFA74.7 (2021), on which the report is based",
        "resolution GFA74.7 (2021) and resolution GFA77.2 (2024), in which the Assembly requested",
    ],
)
def test_no_title_after_a_number_in_a_bodys_convention(text: str, finder: NumberingFinder) -> None:
    assert [m.title for m in find_numbered_instruments(text, finder)][0] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("established under decision SSF2(5) (2021) of the second special session",
         [("forest-assembly", "decision", "SSF2", "5")]),
        # the regular session's decision 5 is another one
        ("decisions GFA2(5) and SSF2(5)", [("forest-assembly", "decision", "2", "5"), ("forest-assembly", "decision", "SSF2", "5")]),
        ("decision SSF(5)", []),  # no session number
        ("decision XSSF2(5)", []),  # inside another word
    ],
)
def test_special_sessions_numbered_with_their_prefix(
    text: str, expected: list[tuple[str, str, str, str]], finder: NumberingFinder
) -> None:
    assert [(n.issuer, n.kind, n.session, n.number) for n in finder.find(text)] == expected
