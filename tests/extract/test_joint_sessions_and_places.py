"""Where and when sessions are held, when one sentence names several, and place names in any
alphabet.

"The sixty-fourth sessions of the A and the B will be held in Bonn from ... to ...": one
plural "sessions", two bodies, each holds that session there and then. "The thirty-first
session of the A and the sixty-fifth session of the B will be held in ...": two sessions
named as one subject share the place and the dates. "Belém", "Łódź", "Reykjavík" are places
whole, not cut at their first letter outside ASCII. Bodies are made up for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange, Extraction

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/cop-sand> a mg:Body ; mg:key "cop-sand" ;
    skos:prefLabel "Conference of the Parties to the Convention on Sand"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "SND/CP" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/sand-implementation> a mg:Body ; mg:key "sand-implementation" ;
    skos:prefLabel "Subsidiary Body for Sand Implementation"@en ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/cop-sand> .
<body/sand-advice> a mg:Body ; mg:key "sand-advice" ;
    skos:prefLabel "Subsidiary Body for Scientific Advice on Sand"@en ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/cop-sand> .
<body/sand-panel> a mg:Body ; mg:key "sand-panel" ;
    skos:prefLabel "Panel on Dunes"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/cop-sand> .
"""

MASTHEAD = "SND/CP/2031/L.2\n\nDecision 4/7\n\nDates and venues of future sessions\n\nThe Conference of the Parties,\n\n"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def read(body: str, registry: BodyRegistry) -> Extraction:
    return extract(MASTHEAD + body, source_key="doc", registry=registry)


def held(e: Extraction) -> dict[GatheringRef, tuple[object, object]]:
    places = {f.subject: f.object for f in e.facts if f.relation == "heldIn"}
    dates = {f.subject: f.object for f in e.facts if f.relation == "heldOn"}
    return {g: (places.get(g), dates.get(g)) for g in {*places, *dates} if isinstance(g, GatheringRef)}


def span(start: dt.date, end: dt.date) -> DateRange:
    return DateRange(start, end)


@pytest.mark.parametrize(
    "sentence, ordinal, town, dates",
    [
        (
            "1. Notes that the sixty-fourth sessions of the Subsidiary Body for Sand Implementation and the "
            "Subsidiary Body for Scientific Advice on Sand will be held in Bonn from 3 to 13 June 2031;",
            64, "Bonn", span(dt.date(2031, 6, 3), dt.date(2031, 6, 13)),
        ),
        (
            "1. Decides that the twelfth sessions of the Subsidiary Body for Scientific Advice on Sand\nand of "
            "the Subsidiary Body for Sand Implementation shall take place in Nairobi from 2 to 6 May 2033.",
            12, "Nairobi", span(dt.date(2033, 5, 2), dt.date(2033, 5, 6)),
        ),
    ],
)
def test_one_plural_session_of_two_bodies(
    sentence: str, ordinal: int, town: str, dates: DateRange, registry: BodyRegistry
) -> None:
    e = read(sentence + "\n", registry)
    for body in ("sand-implementation", "sand-advice"):
        session = GatheringRef(body, "session", ordinal)
        assert (session, "meetingOf", BodyRef(body)) in {(f.subject, f.relation, f.object) for f in e.facts}
        assert held(e)[session] == (town, dates)


def test_two_sessions_named_as_one_subject_share_place_and_dates(registry: BodyRegistry) -> None:
    e = read(
        "2. Decides that the fifth session of the Conference of the Parties and the ninth session of the "
        "Subsidiary Body for Sand Implementation will be held in Belém from 10 to 21 November 2032;\n",
        registry,
    )
    when = span(dt.date(2032, 11, 10), dt.date(2032, 11, 21))
    assert held(e) == {
        GatheringRef("cop-sand", "session", 5): ("Belém", when),
        GatheringRef("sand-implementation", "session", 9): ("Belém", when),
    }


def test_sessions_with_their_own_dates_keep_them(registry: BodyRegistry) -> None:
    e = read(
        "2. Notes that the fifth session of the Conference of the Parties will be held in Dakar from 1 to 5 "
        "June 2032, and the ninth session of the Subsidiary Body for Sand Implementation in Lima from 3 to 7 "
        "October 2032;\n",
        registry,
    )
    found = held(e)
    assert found[GatheringRef("cop-sand", "session", 5)] == ("Dakar", span(dt.date(2032, 6, 1), dt.date(2032, 6, 5)))
    assert found.get(GatheringRef("sand-implementation", "session", 9), (None, None))[0] != "Dakar"


@pytest.mark.parametrize("town", ["Belém", "Łódź", "Reykjavík", "São Paulo", "Bogotá", "Nur-Sultan"])
def test_place_names_in_any_alphabet(town: str, registry: BodyRegistry) -> None:
    e = read(f"3. Decides that the sixth meeting of the Panel on Dunes will be held in {town} from 4 to 6 May 2033;\n", registry)
    assert held(e)[GatheringRef("sand-panel", "meeting", 6)] == (town, span(dt.date(2033, 5, 4), dt.date(2033, 5, 6)))


@pytest.mark.parametrize("town", ["Belém", "Łódź", "Reykjavík"])
def test_place_names_in_any_alphabet_in_a_reports_title(town: str, registry: BodyRegistry) -> None:
    text = (
        "SND/CP/2032/9\n\nDistr.: General\n1 December 2032\n\n"
        f"Report of the Conference of the Parties on its fifth session, held in {town} from 10 to 21 November 2032\n\n"
        "1. The Conference met.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    assert held(e)[GatheringRef("cop-sand", "session", 5)][0] == town


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Takes note of the note by the secretariat on the outcome of the fifth session of the Subsidiary Body for "
        "Sand Implementation, held in Busan, Republic of Korea, from 25 November to 1 December 2030;",
        "1. Welcomes the results of the fifth session of the Subsidiary Body for Sand Implementation, held in Busan "
        "from 25 November to 1 December 2030;",
    ],
)
def test_the_outcome_of_a_session_held_there_and_then(sentence: str, registry: BodyRegistry) -> None:
    session = GatheringRef("sand-implementation", "session", 5)
    assert held(read(sentence, registry))[session] == ("Busan", span(dt.date(2030, 11, 25), dt.date(2030, 12, 1)))


def test_what_happens_at_the_margins_of_a_session_is_not_the_session(registry: BodyRegistry) -> None:
    e = read(
        "1. Notes that a dialogue on dunes was held at the margins of the fifth session of the Subsidiary Body for "
        "Sand Implementation on 26 November 2030;",
        registry,
    )
    assert GatheringRef("sand-implementation", "session", 5) not in held(e)


def test_a_session_of_a_body_the_reference_data_does_not_know_is_nobody_elses(registry: BodyRegistry) -> None:
    e = read(
        "1. Decides to convene the second session of the Intergovernmental Conference on Dune Erosion in Nairobi "
        "from 3 to 14 April 2032;",
        registry,
    )
    assert not [g for g in held(e) if g.ordinal == 2]
    assert not [f for f in e.facts if f.relation == "meetingOf" and getattr(f.subject, "ordinal", None) == 2]
