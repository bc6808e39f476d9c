"""Bodies the reference data does not know, named in capitals where a cited instrument created them:
"The Group of Human Rights Experts on Nicaragua was established by the Human Rights Council in its
resolution 49/3", "The Council established the Independent International Fact-Finding Mission on
Venezuela by resolution 42/25". Written as a proper name, a mission, a team, an office or a "Group
of Governmental Experts" is a body (as a description, "a mission" is none); the name runs on over
"to" and a possessive between capitalised words ("on the Right to Development", "on Older Persons'
Rights"); a name whose kind word is a known body's short name ("The Permanent Forum was
established ...") is that body."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

MASTHEAD = (
    "United Nations                                                   A/HRC/55/20\n"
    "General Assembly                                                 Distr.: General\n"
    "                                                                 8 February 2024\n\n"
    "Human Rights Council\nFifty-fifth session\n\nNote by the Secretariat\n\n"
)


def hrc(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("hrc", "resolution", session, number)


def facts(text: str, registry: BodyRegistry | None = None) -> tuple[set[tuple[object, str, object]], dict[str, str]]:
    found = extract(MASTHEAD + text, source_key="doc", registry=registry or load_registry(DEFAULT_BASE_IRI))
    names = {b.key: b.name for b in found.bodies}
    return {(f.subject, f.relation, f.object) for f in found.facts}, names


def created(text: str) -> dict[object, str]:
    found, names = facts(text)
    return {s: names.get(o.key, o.key) for s, r, o in found if r == "establishes" and isinstance(o, BodyRef)}


@pytest.mark.parametrize(
    ("sentence", "instrument", "name"),
    [
        ("1. The Group of Human Rights Experts on Nicaragua was established by the Human Rights Council in its resolution 49/3.",
         hrc("49", "3"), "Group of Human Rights Experts on Nicaragua"),
        ("1. The Group of Governmental Experts on Cyber Norms was\nestablished by resolution 49/4.",
         hrc("49", "4"), "Group of Governmental Experts on Cyber Norms"),
        ("1. The Council established the Independent International Fact-Finding Mission on Venezuela by resolution 42/25.",
         hrc("42", "25"), "Independent International Fact-Finding Mission on Venezuela"),
        ("1. By its resolution 42/27, the Council established the Regional Monitoring Team for the Sahel.",
         hrc("42", "27"), "Regional Monitoring Team for the Sahel"),
        ("1. In its resolution 45/20, the Council established the Expert Mechanism on the Right to Development.",
         hrc("45", "20"), "Expert Mechanism on the Right to Development"),
        ("1. By its resolution 46/17, the Council decided to establish the Working Group on Older Persons' Rights.",
         hrc("46", "17"), "Working Group on Older Persons' Rights"),
    ],
)
def test_a_body_named_in_capitals_is_born_of_the_instrument_that_created_it(
    sentence: str, instrument: InstrumentRef, name: str
) -> None:
    assert created(sentence) == {instrument: name}


def test_the_group_is_asked_again_by_its_shorter_name() -> None:
    found, names = facts(
        "1. The Group of Human Rights Experts on Nicaragua was established by the Human Rights Council in its "
        "resolution 49/3.\n2. In its resolution 52/2, the Council extended the mandate of the Group of Experts and "
        "requested it to present an oral update.\n"
    )
    asked = {names.get(o.key) for s, r, o in found if r == "requests" and s == hrc("52", "2")}
    assert asked == {"Group of Human Rights Experts on Nicaragua"}


def test_a_mission_described_in_lower_case_is_no_body() -> None:
    assert created("1. By its resolution 42/28, the Council decided to send a mission to the region.") == {}


def test_a_known_bodys_short_name_with_a_word_before_it_is_that_body(tmp_path: Path) -> None:
    path = tmp_path / "platform.ttl"
    path.write_text(
        '@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n'
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '@prefix org: <http://www.w3.org/ns/org#> .\n'
        '<body/hrc/tides-platform> a mg:Body ; mg:key "hrc/tides-platform" ;\n'
        '    skos:prefLabel "Platform on Tidal Rights"@en ; skos:altLabel "Platform"@en ;\n'
        '    org:subOrganizationOf <body/hrc> .\n',
        encoding="utf-8",
    )
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    found, names = facts("1. The Platform on Tidal Rights meets yearly. The Permanent Platform was established by resolution 17/4.", registry)
    assert {(s, o) for s, r, o in found if r == "establishes"} == {(hrc("17", "4"), BodyRef("hrc/tides-platform"))}


SC_RESOLUTION = (
    "United Nations                                          S/RES/2524 (2031)\n"
    "Security Council                                        Distr.: General\n"
    "                                                        4 June 2031\n\n"
    "Resolution 2524 (2031)\n\nAdopted by the Security Council at its 9760th meeting, on 4 June 2031\n\n"
    "The Security Council,\n"
)


@pytest.mark.parametrize(
    ("created_with", "asked"),
    [
        ("1. Decides to establish the United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) "
         "for an initial period of 12 months;", "2. Requests UNITAMS to support the Government;"),
        ("1. Decides to establish an Ad Hoc Working Group on Tidal Energy (AWG-TE);",
         "2. Requests the Secretary-General to support the work of AWG-TE, and requests AWG-TE to report;"),
        ("1. Decides to establish the Regional Monitoring Team\n(RMT) for the Sahel;", "2. Further requests the RMT to report;"),
    ],
)
def test_the_acronym_given_to_a_body_created_names_it_again(created_with: str, asked: str) -> None:
    text = SC_RESOLUTION + created_with + "\n" + asked + "\n"
    found = extract(text, source_key="doc", registry=load_registry(DEFAULT_BASE_IRI))
    born = {f.object for f in found.facts if f.relation == "establishes"}
    assert len(born) == 1
    asked_bodies = {f.object for f in found.facts if f.relation == "requests"}
    assert born <= asked_bodies
    # "the work of AWG-TE": the body whose work it is, not asked
    assert asked_bodies - born <= {BodyRef("secretary-general")}


@pytest.mark.parametrize(
    "clause",
    [
        "which the Council set up in resolution 41/3",
        "which the Council instituted in its resolution 41/3",
        "which the Council formed in accordance with its resolution 41/3",
    ],
)
def test_which_the_council_set_up_in_a_resolution(clause: str) -> None:
    assert created(f"1. The Working Group on Tidal Rights, {clause}, met twice.") == {hrc("41", "3"): "Working Group on Tidal Rights"}


def test_which_the_council_set_up_in_a_coded_decision(tmp_path: Path) -> None:
    path = tmp_path / "sea-council.ttl"
    path.write_text(
        '@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n'
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '<body/sea> a mg:Body ; mg:key "sea" ; skos:prefLabel "Sea Organization"@en .\n'
        '<body/sea/council> a mg:Body ; mg:key "sea/council" ; skos:prefLabel "Council of the Sea Organization"@en ;\n'
        '    mg:shortName "Council" ; mg:symbolPrefix "SO-C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;\n'
        '    mg:instrumentNumbering [ mg:numberTemplate "S-DEC {session}/{number}" ; mg:instrumentKind "decision" ] ;\n'
        '    <http://www.w3.org/ns/org#subOrganizationOf> <body/sea> .\n',
        encoding="utf-8",
    )
    text = (
        "COUNCIL OF THE SEA ORGANIZATION\n\nSO-C/2031/4\n\n"
        "1. The Council of the Sea Organization will consider the budget. The panel would take over the work of the "
        "Working Group on Tidal Charts, which the Council set up in S-DEC 231/4.\n"
    )
    found = extract(text, source_key="doc", registry=load_registry(DEFAULT_BASE_IRI, [path]))
    names = {b.key: b.name for b in found.bodies}
    assert {(f.subject, names.get(f.object.key)) for f in found.facts if f.relation == "establishes"} == {
        (InstrumentRef("sea/council", "decision", "231", "4"), "Working Group on Tidal Charts")
    }


def test_a_conference_convened_under_the_terms_of_a_resolution() -> None:
    found, _ = facts("1. The Human Rights Council will hold its sixtieth session under the terms of resolution 5/1.")
    assert (InstrumentRef("hrc", "resolution", "5", "1") in {o for s, r, o in found if r == "pursuantTo"})
