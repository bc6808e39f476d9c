"""Reference data of several organizations in one store: names and series they share.

- a title of office several organizations give their officer ("the Secretary-General" of the
  United Nations, of a forestry organization, of a meteorological one) is the author's own
  organization's officer where the officer's name says so, else the body whose own name the
  title is (the United Nations "Secretary-General");
- a symbol prefix several organizations print ("A" of the General Assembly and of another
  organization's assembly) is the body the masthead names, whichever file or key came first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.shared_prefixes import symbol_author, symbol_authors

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""


def organization(key: str, name: str, short: str, prefix: str, officer: str, title: str = "Secretary-General") -> str:
    """An organization with an assembly (issuer, numbered sessions) and an officer."""
    return f"""
<body/{key}> a mg:Body ; mg:key "{key}" ; skos:prefLabel "{short} of the {name}"@en ;
    mg:shortName "{short}" ; mg:symbolPrefix "{prefix}" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/{key}-secretariat> a mg:Body ; mg:key "{key}-secretariat" ; skos:prefLabel "Secretariat of the {name}"@en .
<body/{key}-secretariat/{officer}> a mg:Body ; mg:key "{key}-secretariat/{officer}" ;
    skos:prefLabel "{title} of the {name}"@en ; mg:shortName "{title}" ;
    org:subOrganizationOf <body/{key}-secretariat> .
"""


FOREST = dict(name="Alpine Forestry Organization", key="aa-forest", short="Assembly", prefix="A", officer="sg")
WEATHER = dict(name="Polar Weather Organization", key="zz-weather", short="Council", prefix="PWO", officer="sg")


def registry(tmp_path: Path, *bodies: dict[str, str], extra: str = "") -> BodyRegistry:
    path = tmp_path / "orgs.ttl"
    path.write_text(PREFIXES + "".join(organization(**b) for b in bodies) + extra, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def addressees(text: str, reg: BodyRegistry) -> set[object]:
    facts = extract(text, source_key="doc", registry=reg).facts
    return {f.object for f in facts if f.relation in ("requests", "invites", "encourages")}


UN_RESOLUTIONS = [
    # (masthead, opening) of United Nations instruments in several layouts
    ("United Nations A/RES/83/17\n\nGeneral Assembly\n\nDistr.: General\n9 January 2029\n\nEighty-third session\n\n"
     "Resolution adopted by the General Assembly on 18 December 2028\n\n83/17. Urban forests\n\nThe General Assembly,", "1. *Requests*"),
    ("United Nations S/RES/2840 (2029)\n\nSecurity Council\n\nDistr.: General\n3 May 2029\n\n"
     "Resolution 2840 (2029)\n\nAdopted by the Security Council at its 9999th meeting, on 2 May 2029\n\nThe Security Council,", "2. Requests"),
    ("United Nations A/HRC/RES/64/9\n\nGeneral Assembly\n\nDistr.: General\n20 October 2029\n\nHuman Rights Council\nSixty-fourth session\n\n"
     "Resolution adopted by the Human Rights Council on 9 October 2029\n\n64/9. Forests and human rights\n\nThe Human Rights Council,", "5. Requests"),
]


@pytest.mark.parametrize("masthead, verb", UN_RESOLUTIONS)
@pytest.mark.parametrize("others", [(FOREST,), (FOREST, WEATHER)])
def test_the_secretary_general_of_a_united_nations_text_is_the_united_nations_one(
    tmp_path: Path, masthead: str, verb: str, others: tuple[dict[str, str], ...]
) -> None:
    reg = registry(tmp_path, *others)
    text = f"{masthead}\n\nRecalling its earlier work,\n\n{verb} the Secretary-General to report to it at its next session.\n"
    assert addressees(text, reg) == {BodyRef("secretary-general")}


@pytest.mark.parametrize("verb", ["REQUESTS", "1. Requests", "2. Invites"])
def test_in_another_organization_s_text_it_is_that_organization_s_officer(tmp_path: Path, verb: str) -> None:
    reg = registry(tmp_path, FOREST, WEATHER)
    text = (
        "POLAR WEATHER ORGANIZATION\n\nPWO/14/5\n\nDistr.: General\n2 June 2029\n\n"
        "# Decisions adopted by the Council of the Polar Weather Organization\n\n## 14/3. Observing network\n\n"
        f"The Council,\n\n{verb} the Secretary-General to prepare a plan for the observing network.\n"
    )
    assert addressees(text, reg) == {BodyRef("zz-weather-secretariat/sg")}


def test_a_title_two_foreign_officers_share_and_no_body_bears_names_neither(tmp_path: Path) -> None:
    # "Director-General" of two organizations; the author is of a third: no guess
    forest = dict(FOREST, title="Director-General", officer="dg")
    weather = dict(WEATHER, title="Director-General", officer="dg")
    reg = registry(tmp_path, forest, weather)
    text = (
        "United Nations E/RES/2029/4\n\nEconomic and Social Council\n\nDistr.: General\n1 August 2029\n\n"
        "2029/4. Forest data\n\nThe Economic and Social Council,\n\n1. Requests the Director-General to report.\n"
    )
    assert addressees(text, reg) == set()


def test_working_groups_of_one_organization_stay_for_the_context_to_decide(tmp_path: Path) -> None:
    # Two working groups of one organization share the short name; the one whose alias names
    # "the Conference of the Parties" is not thereby the one of a text whose author is a
    # conference of the parties of another convention.
    extra = """
<body/moss-cop> a mg:Body ; mg:key "moss-cop" ; skos:prefLabel "Conference of the Parties to the Convention on Mosses"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "UNEP/MOSS" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/fern-cop> a mg:Body ; mg:key "fern-cop" ; skos:prefLabel "Conference of the Parties to the Convention on Ferns"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "UNEP/FERN" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/fern-cop/wg-a> a mg:Body ; mg:key "fern-cop/wg-a" ; skos:prefLabel "Working Group on Spores"@en ;
    skos:altLabel "Working Group on Spores of the Conference of the Parties"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/fern-cop> .
<body/fern-cop/wg-b> a mg:Body ; mg:key "fern-cop/wg-b" ; skos:prefLabel "Working Group on Fronds"@en ;
    mg:shortName "Working Group" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/fern-cop> .
"""
    reg = registry(tmp_path, FOREST, extra=extra)
    text = (
        "UNEP/MOSS/COP.9/Dec.2\n\nDistr.: General\n4 April 2029\n\n"
        "The Conference of the Parties to the Convention on Mosses,\n\n1. Requests the Working Group to report.\n"
    )
    assert not {a for a in addressees(text, reg) if isinstance(a, BodyRef) and a.key.startswith("fern-cop/")}


GA_TEXT = (
    "United Nations A/RES/83/17\n\n{named}\n\nDistr.: General\n9 January 2029\n\nEighty-third session\n\n"
    "Resolution adopted by the {opening} on 18 December 2028\n\n83/17. Urban forests\n\nThe {opening},\n\nRecalling its resolution 80/5,\n\n1. Requests the Secretary-General to report.\n"
)


@pytest.mark.parametrize("key", ["aa-forest", "zz-forest"])  # before or after "ga" in key order
def test_a_shared_symbol_prefix_is_the_body_the_masthead_names(tmp_path: Path, key: str) -> None:
    reg = registry(tmp_path, dict(FOREST, key=key))
    assert symbol_authors(reg, "A/RES/83/17") == sorted(["ga", key])
    e = extract(GA_TEXT.format(named="General Assembly", opening="General Assembly"), source_key="doc", registry=reg)
    assert e.document.author == "ga"
    assert InstrumentRef("ga", "resolution", "80", "5") in {f.object for f in e.facts if f.relation == "mentions"}
    assert addressees(GA_TEXT.format(named="General Assembly", opening="General Assembly"), reg) == {BodyRef("secretary-general")}
    assert not [f for f in e.facts if key in str(f.subject) or key in str(f.object)]
    named = "Assembly of the Alpine Forestry Organization"
    e = extract(GA_TEXT.format(named=named, opening=named), source_key="doc", registry=reg)
    assert e.document.author == key


def test_a_prefix_of_one_body_needs_no_name_and_a_shared_one_no_guess(tmp_path: Path) -> None:
    reg = registry(tmp_path, FOREST, WEATHER)
    assert symbol_author(reg, "PWO/14/Dec.3") == "zz-weather"
    assert symbol_author(reg, "A/83/250") is None  # nothing named: either assembly
    assert symbol_author(reg, "A/83/250", ["ecosoc", "aa-forest-secretariat/sg", "ga"]) == "ga"
    # a subsidiary named first stands for its parent, if the parent is a candidate
    assert symbol_author(reg, "A/83/250", [None, "ga/hrc" if "ga/hrc" in reg else "ga"]) == "ga"
    assert symbol_author(reg, "XYZ/1") is None


def test_bodies_are_read_in_key_order_whatever_the_process(tmp_path: Path) -> None:
    # ties between bodies sharing a name or a prefix must not follow the hash order of a parse
    reg = registry(tmp_path, FOREST, WEATHER)
    assert list(reg.bodies) == sorted(reg.bodies)


COUNCILS = PREFIXES + "".join(
    f"""
<body/{org}> a mg:Body ; mg:key "{org}" ; skos:prefLabel "{name}"@en .
<body/{org}/council> a mg:Body ; mg:key "{org}/council" ; skos:prefLabel "Council of the {name}"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/{org}> .
"""
    for org, name in (("mig", "Organization for Mountain Migration"), ("grain", "Grain Storage Organization"), ("sea", "Organization of Sea Lanes"))
)

COUNCIL_TEXT = (
    "{upper}{gap}C/41/RES\nCOUNCIL{gap}Original: English\n41st Session{gap}5 December 2031\n\n"
    "RESOLUTION 41/2\nSTORAGE OF RECORDS\n\nThe Council,\n\nRecalling its resolution 39/4,\n\n1. Decides to keep the records.\n"
)


@pytest.mark.parametrize("org, name", [("mig", "Organization for Mountain Migration"), ("sea", "Organization of Sea Lanes")])
@pytest.mark.parametrize("gap", ["          ", "\n"])
def test_a_series_councils_share_is_the_council_of_the_organisation_printed_above(tmp_path: Path, org: str, name: str, gap: str) -> None:
    """"C" is the series of every council: the organisation printed above the symbol says whose,
    though its organ's name ("COUNCIL") is every council's short name."""
    path = tmp_path / "councils.ttl"
    path.write_text(COUNCILS, encoding="utf-8")
    reg = load_registry(DEFAULT_BASE_IRI, [path])
    assert symbol_author(reg, "C/41/RES") is None  # nothing named: any of the three
    e = extract(COUNCIL_TEXT.format(upper=name.upper(), gap=gap), source_key="doc", registry=reg)
    assert e.document.author == f"{org}/council"
    assert InstrumentRef(f"{org}/council", "resolution", "39", "4") in {f.object for f in e.facts if f.relation == "mentions"}
