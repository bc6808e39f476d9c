"""A short or generic label several loaded bodies share, read as the body the document is about
(E207).

- "the Panel of Experts": an alias of each of two sanctions committees' panels (two users' reference
  files), with or without a third file whose treaty panel takes it as its short name. Every body that
  carries the name stands for it, not only the one whose file (or key) comes first: in a letter of
  one committee's chair, the panel of that committee, whichever order the files were loaded in; in a
  document that names neither committee, no panel.
- "the Centre": the short name of two centres of one regional commission. Of the two, the one whose
  name the document writes in full, even inside a longer name ("the Governing Council of the Pacific
  Centre for Coastal Hazard Information"); none where the document writes neither.
- "established by the Assembly, which later, in resolution 70/262, reviewed its work", "and
  subsequently, by resolution ..., extended its mandate": a later act after the agent, whose
  instrument establishes nothing.

Invented reference data and texts; negatives: a document naming neither body, the instrument that
did establish before the later one named after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.extract.phrasing import in_sg_report
from tests.support.extraction import BASE, facts

_PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""

# one sanctions committee of the Council and its panel, per file; the third file's treaty panel takes
# "Panel of Experts" as its short name
_COMMITTEE = """
<body/security-council/{n}-committee> a mg:Body ;
    mg:key "security-council/{n}-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution {n} ({year})"@en ;
    skos:altLabel "{n} Committee"@en ;
    mg:shortName "Committee" ;
    org:subOrganizationOf <body/security-council> .
<body/security-council/{n}-committee/panel> a mg:Body ;
    mg:key "security-council/{n}-committee/panel" ;
    skos:prefLabel "Panel of Experts established pursuant to resolution {panel} ({panel_year})"@en ;
    skos:altLabel "Panel of Experts"@en ;
    mg:shortName "Panel" ;
    org:subOrganizationOf <body/security-council/{n}-committee> .
"""
_TREATY_PANEL = """
<body/reef-cop> a mg:Body ;
    mg:key "reef-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Coral Reef Heritage"@en ;
    mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/reef-cop/panel> a mg:Body ;
    mg:key "reef-cop/panel" ;
    skos:prefLabel "Panel of Experts on Coral Reef Heritage"@en ;
    mg:shortName "Panel of Experts" ;
    org:subOrganizationOf <body/reef-cop> .
"""
_FILES = {
    "north": _COMMITTEE.format(n="2901", year="2030", panel="2944", panel_year="2031"),
    "south": _COMMITTEE.format(n="2977", year="2032", panel="2988", panel_year="2033"),
    "treaty": _TREATY_PANEL,
}


def _registry(tmp_path: Path, order: tuple[str, ...] | list[str], files: dict[str, str] = _FILES) -> BodyRegistry:
    """The bodies of ``files``, loaded as users' reference files in ``order``."""
    paths = []
    for name in order:
        path = tmp_path / f"{name}.ttl"
        path.write_text(_PREFIXES + files[name], encoding="utf-8")
        paths.append(path)
    return load_registry(BASE, paths)


def _chairs_letter(n: str, year: str, paragraph: str) -> str:
    return (
        f"S/2034/{n[-2:]}0\nSecurity Council\nDistr.: General\n20 December 2034\nOriginal: English\n\n"
        f"Letter dated 18 December 2034 from the Chair of the Security Council Committee established pursuant to "
        f"resolution {n} ({year}) addressed to the President of the Security Council\n\n"
        f"On behalf of the Security Council Committee established pursuant to resolution {n} ({year}), I have the "
        "honour to transmit the annual report of the Committee.\n\n"
        f"1. {paragraph}\n"
    )


_ORDERS = [("north", "south", "treaty"), ("south", "north", "treaty"), ("treaty", "south", "north"), ("north", "south"), ("south", "north")]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize(
    ("n", "year", "panel", "panel_year"),
    [("2901", "2030", "2944", "2031"), ("2977", "2032", "2988", "2033")],
)
def test_the_panel_of_experts_is_the_committees_own_whatever_the_order(
    tmp_path: Path, order: tuple[str, ...], n: str, year: str, panel: str, panel_year: str
) -> None:
    registry = _registry(tmp_path, order)
    text = _chairs_letter(
        n, year, f"The Panel of Experts was set up under resolution {panel} ({panel_year}) to assist the Committee."
    )
    established = facts(text, registry, "establishes")
    resolution = InstrumentRef("security-council", "resolution", panel_year, panel)
    assert (resolution, BodyRef(f"security-council/{n}-committee/panel")) in established
    assert not any(o in (BodyRef("security-council/2901-committee/panel"), BodyRef("security-council/2977-committee/panel"))
                   and o != BodyRef(f"security-council/{n}-committee/panel") for _, o in established)
    assert not any(o == BodyRef("reef-cop/panel") for _, o in established)


@pytest.mark.parametrize("order", _ORDERS)
def test_the_panel_of_experts_of_no_committee_named_is_none_of_them(tmp_path: Path, order: tuple[str, ...]) -> None:
    registry = _registry(tmp_path, order)
    text = (
        "S/2034/777\nSecurity Council\nDistr.: General\n20 December 2034\nOriginal: English\n\n"
        "Note by the President of the Security Council\n\n"
        "1. The Panel of Experts was set up under resolution 2999 (2034) to monitor the arms embargo.\n"
    )
    established = {o for _, o in facts(text, registry, "establishes")}
    assert not established & {
        BodyRef("security-council/2901-committee/panel"), BodyRef("security-council/2977-committee/panel"), BodyRef("reef-cop/panel")
    }


_CENTRES = """
<body/escp> a mg:Body ;
    mg:key "escp" ;
    skos:prefLabel "Economic and Social Commission for the Pacific Rim"@en ;
    mg:shortName "Commission" ;
    mg:symbolPrefix "ESCPR" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/ecosoc> .
<body/escp/coastal-committee> a mg:Body ;
    mg:key "escp/coastal-committee" ;
    skos:prefLabel "Committee on Coastal Resilience"@en ;
    mg:shortName "Committee" ;
    mg:symbolPrefix "ESCPR/CCR" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/escp> .
"""
_HAZARD_CENTRE = """
<body/escp/hazard-centre> a mg:Body ;
    mg:key "escp/hazard-centre" ;
    skos:prefLabel "Pacific Centre for Coastal Hazard Information"@en ;
    skos:altLabel "PCCHI"@en ;
    mg:shortName "Centre" ;
    org:subOrganizationOf <body/escp> .
<body/escp/hazard-centre/governing-council> a mg:Body ;
    mg:key "escp/hazard-centre/governing-council" ;
    skos:prefLabel "Governing Council of the Pacific Centre for Coastal Hazard Information"@en ;
    mg:shortName "Governing Council" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/escp/hazard-centre> .
"""
_TRAINING_CENTRE = """
<body/escp/training-centre> a mg:Body ;
    mg:key "escp/training-centre" ;
    skos:prefLabel "Pacific Training Centre for Statistical Capacity"@en ;
    skos:altLabel "PTCSC"@en ;
    mg:shortName "Centre" ;
    org:subOrganizationOf <body/escp> .
"""


def _centres(tmp_path: Path, first: str) -> BodyRegistry:
    files = {"commission": _CENTRES, "hazard": _HAZARD_CENTRE, "training": _TRAINING_CENTRE}
    return _registry(tmp_path, ["commission", first, *(k for k in ("hazard", "training") if k != first)], files)


def _committee_note(paragraph: str) -> str:
    return (
        "ESCPR/CCR/2034/INF/1\nEconomic and Social Council\nDistr.: General\n2 September 2034\nOriginal: English\n\n"
        "Economic and Social Commission for the Pacific Rim\nCommittee on Coastal Resilience\nFifth session\n"
        "Suva, 4–6 November 2034\n\nInformation note for participants\n\n"
        "1. The fifth session of the Committee will be held in Suva from 4 to 6 November 2034.\n\n"
        f"2. {paragraph}\n"
    )


_RESOLUTION = InstrumentRef("escp", "resolution", "78", "9")


@pytest.mark.parametrize("first", ["hazard", "training"])
@pytest.mark.parametrize(
    "paragraph",
    [
        "The Governing Council of the Pacific Centre for Coastal Hazard Information will meet on 3 November 2034. "
        "The Centre was established by the Commission in resolution 78/9, and its Governing Council reports to the Committee.",
        "Participants may visit the Pacific Centre for Coastal Hazard Information on 3 November 2034. "
        "The Centre was set up by the Commission in its resolution 78/9.",
    ],
)
def test_the_centre_is_the_one_the_document_writes_in_full(tmp_path: Path, first: str, paragraph: str) -> None:
    established = facts(_committee_note(paragraph), _centres(tmp_path, first), "establishes")
    assert (_RESOLUTION, BodyRef("escp/hazard-centre")) in established
    assert not any(o == BodyRef("escp/training-centre") for _, o in established)


@pytest.mark.parametrize("first", ["hazard", "training"])
def test_the_centre_of_a_document_naming_neither_is_none(tmp_path: Path, first: str) -> None:
    paragraph = "The Centre was established by the Commission in resolution 78/9 and reports to the Committee."
    established = {o for _, o in facts(_committee_note(paragraph), _centres(tmp_path, first), "establishes")}
    assert not established & {BodyRef("escp/hazard-centre"), BodyRef("escp/training-centre")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Advisory Board was established by the General Assembly, which later, in resolution 70/262, reviewed its work.",
        "The Advisory Board was established by the General Assembly, which subsequently, by resolution 70/262, extended its mandate.",
        "The Advisory Board was set up by the General Assembly and subsequently, by resolution 70/262, its mandate was renewed.",
        "The Advisory Board was established by the General Assembly and later, in resolution 70/262, extended its mandate.",
    ],
)
def test_a_later_act_after_the_agent_establishes_nothing(sentence: str) -> None:
    assert not in_sg_report(sentence, "establishes")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Advisory Board was established by the General Assembly in resolution 65/10, which later, in resolution 70/262, reviewed its work.",
            ("ga/res/65/10", "ga/advisory-board"),
        ),
        (
            "The Advisory Board was established by the General Assembly in resolution 65/10 and subsequently, by resolution 70/262, extended its mandate.",
            ("ga/res/65/10", "ga/advisory-board"),
        ),
        # near misses: the agent and the instrument with nothing later between them
        ("The Advisory Board was established by the General Assembly in resolution 70/262.", ("ga/res/70/262", "ga/advisory-board")),
        (
            "The Advisory Board was established by the General Assembly, at its seventieth session, in resolution 70/262.",
            ("ga/res/70/262", "ga/advisory-board"),
        ),
    ],
)
def test_the_establishing_instrument_before_the_later_act_stands(sentence: str, expected: tuple[str, str]) -> None:
    assert in_sg_report(sentence, "establishes") == {expected}
