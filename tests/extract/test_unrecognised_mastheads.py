"""Documents of bodies whose masthead the loader does not recognise still yield their facts.

The issuer comes from the masthead when it can ("SEVENTY-NINTH <BODY><tab><symbol>", a name
wrapped over two lines), else from the instrument's opening formula ("The Seventy-ninth
<Body>,"), else from the title block; a name two bodies share ("the Conference of the
Parties") is the body whose full name or symbol prefix the document carries. With no issuer
at all, what needs none (documents cited by symbol, other bodies' instruments, dates and
places) is still extracted, with a warning. Bodies here are fictional, made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import Extraction

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/tidal-assembly> a mg:Body ; mg:key "tidal-assembly" ;
    skos:prefLabel "World Tidal Assembly"@en ; skos:altLabel "Tidal Assembly"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lunar-council> a mg:Body ; mg:key "lunar-council" ;
    skos:prefLabel "Lunar Affairs Council"@en ; mg:symbolPrefix "LAC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
# A second treaty's Conference of the Parties: the shipped UNTOC Conference is one too.
<body/cop-weather> a mg:Body ; mg:key "cop-weather" ;
    skos:prefLabel "Conference of the Parties to the Convention on Weather Modification"@en ;
    skos:altLabel "Conference of the Parties"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "CWM/CP" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cwm-secretariat> a mg:Body ; mg:key "cwm-secretariat" ;
    skos:prefLabel "Executive Secretary of the Convention on Weather Modification"@en ;
    skos:altLabel "Executive Secretary"@en ;
    org:subOrganizationOf <body/cop-weather> .
# "secretariat" is a name the shipped UNODC secretariat carries as well.
<body/cwm-office> a mg:Body ; mg:key "cwm-office" ;
    skos:prefLabel "secretariat"@en ; skos:altLabel "Secretariat of the Convention on Weather Modification"@en ;
    org:subOrganizationOf <body/cop-weather> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def read(text: str, registry: BodyRegistry) -> Extraction:
    return extract(text, source_key="doc", registry=registry)


def facts(e: Extraction, relation: str) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in e.facts if f.relation == relation}


@pytest.mark.parametrize(
    "masthead, body, ordinal, symbol",
    [
        ("SEVENTY-NINTH WORLD TIDAL ASSEMBLY\tTA79/12", "tidal-assembly", 79, "TA79/12"),
        ("Eleventh Lunar Affairs Council\tLAC/11/3", "lunar-council", 11, "LAC/11/3"),
        ("FORTY-SECOND LUNAR AFFAIRS COUNCIL", "lunar-council", 42, None),
    ],
)
def test_a_session_ordinal_before_the_bodys_name_in_the_masthead(
    masthead: str, body: str, ordinal: int, symbol: str | None, registry: BodyRegistry
) -> None:
    e = read(f"{masthead}\n\nDistr.: General\n3 March 2031\n\nNote by the Secretariat\n\n1. The note is brief.\n", registry)
    assert e.document.author == body
    assert (GatheringRef(body, "session", ordinal), BodyRef(body)) in facts(e, "meetingOf")
    if symbol:
        assert e.document.ref == DocumentRef(symbols=(symbol,))


@pytest.mark.parametrize(
    "opening, body",
    [
        ("The Seventy-ninth World Tidal Assembly,", "tidal-assembly"),
        ("The Tidal Assembly,", "tidal-assembly"),
        ("The Lunar Affairs Council,", "lunar-council"),
        ("THE TWELFTH LUNAR AFFAIRS COUNCIL,", "lunar-council"),
    ],
)
def test_the_opening_formula_names_the_issuer(opening: str, body: str, registry: BodyRegistry) -> None:
    text = (
        "XQ/2031/RES/4\n\nResolution 12/4\n\nCare of the tides\n\n"
        f"{opening}\n\nRecalling its resolution 11/2,\n\n1. Requests the Executive Secretary to report;\n"
    )
    e = read(text, registry)
    assert e.document.author == body
    own = InstrumentRef(body, "resolution", "12", "4")
    assert (own, InstrumentRef(body, "resolution", "11", "2")) in facts(e, "cites")
    assert (own, "Care of the tides") in facts(e, "title")
    assert not e.warnings


def test_a_report_names_its_body_in_the_title_block(registry: BodyRegistry) -> None:
    text = (
        "QQ/2031/9\n\nDistr.: General\n1 June 2031\n\n"
        "Report of the Lunar Affairs Council on its fourteenth session\n\n"
        "1. The Council recalled its resolution 13/2.\n"
    )
    e = read(text, registry)
    assert e.document.author == "lunar-council"
    assert (DocumentRef(symbols=("QQ/2031/9",)), GatheringRef("lunar-council", "session", 14)) in facts(e, "reportOf")
    assert (DocumentRef(symbols=("QQ/2031/9",)), InstrumentRef("lunar-council", "resolution", "13", "2")) in facts(
        e, "mentions"
    )


def test_a_document_of_no_known_body_keeps_what_needs_no_issuer(registry: BodyRegistry) -> None:
    text = (
        "ZZ/BOARD/2031/2\n\nDistr.: General\n2 May 2031\n\nThe Board of Unknown Things\n\n"
        "1. The Board recalled General Assembly resolution 79/5 of 3 December 2024 and its own decision 4/1.\n\n"
        "2. The eighth session of the Lunar Affairs Council will be held in Reykjavík from 1 to 3 July 2032.\n"
    )
    e = read(text, registry)
    assert e.document.author is None
    assert len(e.warnings) == 1 and "doc: no issuing body found" in e.warnings[0]
    mentioned = {o for _, o in facts(e, "mentions")}
    # The General Assembly's resolution is named; "its own decision 4/1" needs the issuer: left out.
    assert mentioned == {InstrumentRef("ga", "resolution", "79", "5")}
    eighth = GatheringRef("lunar-council", "session", 8)
    assert (eighth, "Reykjavík") in facts(e, "heldIn")
    assert {s for s, _ in facts(e, "heldOn")} == {eighth}


@pytest.mark.parametrize(
    "masthead",
    [
        # the full name, wrapped over two lines, and a symbol prefix the reference data knows
        "United Nations\tCWM/CP/2031/L.3\n\nConference of the Parties to the Convention\non Weather Modification",
        # the symbol alone says whose it is
        "CWM/CP/2031/L.3",
        # the full name alone, upper case and wrapped, the symbol's series unknown
        "United Nations\tXX/2031/L.3\n\nCONFERENCE OF THE PARTIES TO THE CONVENTION ON\nWEATHER MODIFICATION",
    ],
)
def test_a_shared_name_is_the_body_the_document_carries(masthead: str, registry: BodyRegistry) -> None:
    text = (
        f"{masthead}\n\nDecision 3/5\n\nRain budgets\n\nThe Conference of the Parties,\n\n"
        "Recalling decision 2/1 of the Conference of the Parties,\n\n"
        "1. Requests the Executive Secretary to report to the Conference of the Parties at its fourth session;\n"
    )
    e = read(text, registry)
    own = InstrumentRef("cop-weather", "decision", "3", "5")
    assert (own, InstrumentRef("cop-weather", "decision", "2", "1")) in facts(e, "cites")
    assert (own, BodyRef("cwm-secretariat")) in facts(e, "requests")
    assert not any("cop-untoc" in repr(f.subject) + repr(f.object) for f in e.facts)


def test_the_shipped_conference_keeps_its_own_documents(registry: BodyRegistry) -> None:
    """With a second Conference of the Parties loaded, UNTOC's documents stay UNTOC's."""
    text = (
        "United Nations CTOC/COP/2031/4\n\n"
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Distr.: General\n1 June 2031\n\nNote by the Secretariat\n\n"
        "1. The Conference of the Parties, in its resolution 11/1, requested the secretariat to report.\n"
    )
    e = read(text, registry)
    assert e.document.author == "cop-untoc"
    assert InstrumentRef("cop-untoc", "resolution", "11", "1") in {o for _, o in facts(e, "mentions")}


@pytest.mark.parametrize(
    "sentence, ordinal",
    [
        ("2. REQUESTS the Executive Secretary to report to the Eightieth World Tidal Assembly.", 80),
        ("2. Requests a report to the Hundredth Tidal Assembly, through the Board.", 100),
        ("2. Notes that the Eighty-first World Tidal Assembly will be held in Kraków from 2 to 6 May 2032.", 81),
    ],
)
def test_an_ordinal_before_a_bodys_name_is_its_session(sentence: str, ordinal: int, registry: BodyRegistry) -> None:
    text = "The Seventy-ninth World Tidal Assembly,\n\n1. Welcomes the report.\n\n" + sentence + "\n"
    e = read(text, registry)
    sessions = {s for s, _ in facts(e, "meetingOf")}
    assert GatheringRef("tidal-assembly", "session", ordinal) in sessions
    assert GatheringRef("tidal-assembly", "session", 79) in sessions
    if "Kraków" in sentence:
        assert (GatheringRef("tidal-assembly", "session", ordinal), "Kraków") in facts(e, "heldIn")


def test_an_ordinal_in_figures_or_lower_case_is_no_session(registry: BodyRegistry) -> None:
    e = read("The Tidal Assembly,\n\n1. Recalls the 11th World Tidal Assembly plenary and the first Lunar Affairs Council debate.\n", registry)
    assert not facts(e, "meetingOf")


@pytest.mark.parametrize(
    "symbol, author, secretariat",
    [("CWM/CP/2031/L.9", "cop-weather", "cwm-office"), ("CTOC/COP/2031/L.9", "cop-untoc", "unodc/secretariat")],
)
def test_a_name_several_bodies_carry_is_the_authors_familys(
    symbol: str, author: str, secretariat: str, registry: BodyRegistry
) -> None:
    # "Copenhagen" and "scope" hold "cop", the shipped Conference's one-word alias: no sign of it.
    text = (
        f"{symbol}\n\nDecision 3/6\n\nThe Conference of the Parties,\n\n"
        "Recalling the scope of the meeting held in Copenhagen,\n\n"
        "1. Requests the secretariat to report;\n\n2. Also requests the Secretariat to publish the report.\n"
    )
    e = read(text, registry)
    assert e.document.author == author
    own = InstrumentRef(author, "decision", "3", "6")
    assert {o for s, o in facts(e, "requests") if s == own} == {BodyRef(secretariat)}


@pytest.mark.parametrize(
    "logo",
    ["UNITED\nNATIONS\tLAC/12/1/Add.1", "UNITED NATIONS\tLAC/12/1/Add.1", "LAC/12/1/Add.1\tUnited Nations"],
)
def test_a_symbol_beside_the_logo_in_capitals(logo: str, registry: BodyRegistry) -> None:
    text = (
        f"{logo}\n\nLunar Affairs\nSecretariat\tDistr.: General\n2 October 2031\n\n"
        "Lunar Affairs Council\nTwelfth session\nGeneva, 6–10 December 2031\n\nAnnotated provisional agenda\n\n"
        "1. Opening of the session\n\nThe session will be opened pursuant to resolution 11/3.\n"
    )
    e = read(text, registry)
    assert e.document.ref == DocumentRef(symbols=("LAC/12/1/Add.1",))
    assert e.document.author == "lunar-council"
    twelfth = GatheringRef("lunar-council", "session", 12)
    assert (twelfth, "Geneva") in facts(e, "heldIn")
    assert (e.document.ref, InstrumentRef("lunar-council", "resolution", "11", "3")) in facts(e, "mentions")


def test_a_shared_name_is_the_body_whose_numbering_the_document_uses(tmp_path: Path) -> None:
    """No full name, no known symbol: "Decision 3/WM.5" is written in the weather Conference's
    convention, so its "Conference of the Parties" is that one."""
    path = tmp_path / "weather.ttl"
    path.write_text(
        BODIES.replace('mg:symbolPrefix "CWM/CP" ;', 'mg:symbolPrefix "CWM/CP" ;\n    mg:instrumentNumbering '
                       '[ mg:numberTemplate "{number}/WM.{session}" ; mg:instrumentKind "decision" ] ;'),
        encoding="utf-8",
    )
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = (
        "XY/2031/L.3\n\nDecision 3/WM.5\n\nRain budgets\n\nThe Conference of the Parties,\n\n"
        "Recalling decision 2/WM.4,\n\n1. Requests the secretariat to report;\n"
    )
    e = read(text, registry)
    own = InstrumentRef("cop-weather", "decision", "5", "3")
    assert e.document.author == "cop-weather"
    assert (own, InstrumentRef("cop-weather", "decision", "4", "2")) in facts(e, "cites")
    assert (own, BodyRef("cwm-office")) in facts(e, "requests")
