"""The text of one instrument under a line naming the meeting of its body ("Twenty-first meeting
of the Conference of the Parties" above "Conf. 21.4"): the heading numbered in the body's
convention gives the title, and the meeting is where it was adopted. Bodies are made up."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/moth-cop> a mg:Body ; mg:key "moth-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Moths"@en ;
    mg:shortName "Conference of the Parties" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Conf. {session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/bat-cop> a mg:Body ; mg:key "bat-cop" ;
    skos:prefLabel "Conference of the Contracting Parties to the Bat Agreement"@en ;
    skos:altLabel "Conference of the Contracting Parties"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/owl-assembly> a mg:Body ; mg:key "owl-assembly" ; skos:prefLabel "Owl Assembly"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(
    "convention, meeting_line, heading, own, ordinal",
    [
        ("Convention on Moths", "Twenty-first meeting of the Conference of the Parties", "Conf. 21.4",
         InstrumentRef("moth-cop", "resolution", "21", "4"), 21),
        ("Convention on Moths", "9th Meeting of the Conference of the Parties to the Convention on Moths", "Conf. 9.12",
         InstrumentRef("moth-cop", "resolution", "9", "12"), 9),
        ("BAT AGREEMENT", "16th Meeting of the Conference of the Contracting Parties", "Resolution XVI.7",
         InstrumentRef("bat-cop", "resolution", "16", "7"), 16),
    ],
)
def test_the_meeting_above_an_instruments_text_adopted_it(
    convention: str, meeting_line: str, heading: str, own: InstrumentRef, ordinal: int, registry: BodyRegistry
) -> None:
    text = (
        f"{convention.upper()}\n{meeting_line}\nGeneva, 6–17 December 2027\n\n{heading}\n\nMoth habitats\n\n"
        "RECALLING its earlier work;\n\n1. DECIDES to keep moth habitats under review.\n"
    )
    facts = _facts(text, registry)
    meeting = GatheringRef(own.issuer, "meeting", ordinal)
    assert (own, "title", "Moth habitats") in facts
    assert (own, "adoptedAt", meeting) in facts


def test_a_meeting_line_of_another_body_is_not_the_adopting_meeting(registry: BodyRegistry) -> None:
    text = (
        "CONVENTION ON MOTHS\nConference of the Parties to the Convention on Moths\n"
        "Fifth session of the Owl Assembly\n\nConf. 21.4\n\nMoth habitats\n\n"
        "RECALLING its earlier work;\n\n1. DECIDES to keep moth habitats under review.\n"
    )
    facts = _facts(text, registry)
    own = InstrumentRef("moth-cop", "resolution", "21", "4")
    assert (own, "title", "Moth habitats") in facts
    assert not [f for f in facts if f[0] == own and f[1] == "adoptedAt"]


@pytest.mark.parametrize(
    "place_lines, place, first, last",
    [
        ("Geneva (Switzerland), 6 – 17 December 2027", "Geneva", 6, 17),
        ("Manila, Philippines\n14–22 December 2027", "Manila", 14, 22),
        ("Nairobi, Kenya, 1–5 December 2027", "Nairobi", 1, 5),
        ("Bonn (Germany)\n3 – 9 December 2027", "Bonn", 3, 9),
    ],
)
def test_the_meeting_is_held_in_a_city_given_with_its_country(
    place_lines: str, place: str, first: int, last: int, registry: BodyRegistry
) -> None:
    text = (
        f"CONVENTION ON MOTHS\nTwenty-first meeting of the Conference of the Parties\n{place_lines}\n\n"
        "Conf. 21.4\n\nMoth habitats\n\nRECALLING its earlier work;\n\n1. DECIDES to keep moth habitats under review.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    meeting = GatheringRef("moth-cop", "meeting", 21)
    held = {(f.relation, f.object) for f in e.facts if f.subject == meeting}
    assert ("heldIn", place) in held
    dates = [o for r, o in held if r == "heldOn"]
    assert [(d.start.day, d.end.day) for d in dates] == [(first, last)]  # type: ignore[union-attr]


OWL_BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/owl-assembly> a mg:Body ; mg:key "owl-assembly" ; skos:prefLabel "Owl Assembly"@en ;
    mg:symbolPrefix "OWL/A" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "OWL/A.{session}/Res.{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.mark.parametrize("day, adopted_line", [
    (11, "Resolution adopted by the Owl Assembly on 11 June 2027"),
    (9, "Resolution adopted by the Owl Assembly\n                                on 9 June 2027"),
])
def test_the_adoption_line_under_the_instruments_own_masthead(day: int, adopted_line: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    path = tmp_path / "bodies.ttl"
    path.write_text(OWL_BODIES, encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = (
        "                                                   OWL/A.3/Res.4\n"
        "  Owl Assembly                                     Distr.: General\n"
        "  Third session                                    14 June 2027\n\n"
        f"                {adopted_line}\n\n"
        "                  3/4. Owl habitats\n\n"
        "  The Owl Assembly,\n\n  Recalling its resolution 2/7,\n\n  1. Decides to review owl habitats.\n"
    )
    facts = _facts(text, registry)
    own = InstrumentRef("owl-assembly", "resolution", "3", "4")
    assert (own, "adoptedOn", dt.date(2027, 6, day)) in facts
