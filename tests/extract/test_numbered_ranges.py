"""A range of instruments numbered in a body's own convention ("Decisions 14.12 to 14.14",
"resolutions FERN7.3–FERN7.5", "decisions 2/CX.9 to 4/CX.9"): every member of the range, the
ones between its ends included, as "resolutions 5/3 to 5/5" in the default numbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import body_matcher, find_numbered_instruments

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/fern-cop> a mg:Body ; mg:key "fern-cop" ; skos:prefLabel "Conference of the Parties to the Convention on Ferns"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "UNEP/FERN" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Decision {session}.{number}" ; mg:instrumentKind "decision" ] ,
                           [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/fern-assembly> a mg:Body ; mg:key "fern-assembly" ; skos:prefLabel "Fern Assembly"@en ;
    mg:symbolPrefix "FA" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "FERN{session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/moss-cop> a mg:Body ; mg:key "moss-cop" ; skos:prefLabel "Conference of the Parties to the Moss Protocol"@en ;
    mg:symbolPrefix "MOSS" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/CX.{session}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture
def registry(tmp_path: Path) -> BodyRegistry:
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def numbers(text: str, registry: BodyRegistry) -> list[tuple[str, str, str, str]]:
    return [
        (m.numbered_by or "", m.kind, m.session, m.number)
        for m in find_numbered_instruments(text, body_matcher(registry).numbering)
    ]


@pytest.mark.parametrize("text, expected", [
    ("Recalling also Decisions 14.12 to 14.14 on connectivity,",
     [("fern-cop", "decision", "14", n) for n in ("12", "13", "14")]),
    ("Recalling Resolutions 11.2–11.5,", [("fern-cop", "resolution", "11", n) for n in ("2", "3", "4", "5")]),
    ("resolutions FERN7.3–FERN7.5 and FERN8.1", [("fern-assembly", "resolution", "7", n) for n in ("3", "4", "5")] + [("fern-assembly", "resolution", "8", "1")]),
    ("decisions 2/CX.9 to 4/CX.9 and 7/CX.9", [("moss-cop", "decision", "9", n) for n in ("2", "3", "4", "7")]),
    ("Decisions 14.3 and 14.12 to 14.13", [("fern-cop", "decision", "14", n) for n in ("3", "12", "13")]),
])
def test_every_member_of_a_range(registry: BodyRegistry, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert numbers(text, registry) == expected


@pytest.mark.parametrize("text, expected", [
    # two ends of different sessions, a descending pair, an implausibly long run: nothing between
    ("Decisions 14.12 to 15.3", ["14.12"]),
    ("Decisions 14.12 to 14.4", ["14.12"]),
    ("Decisions 14.1 to 14.90", ["14.1"]),
    ("FERN7.3 to FERN8.5", ["7.3", "8.5"]),
    ("decisions 2/CX.9 to 1/CX.9", ["9.2", "9.1"]),
    # "to" that opens no range
    ("Decision 14.12 to the Standing Committee, and 14.13", ["14.12"]),
    ("FERN7.3 – Fern forests: a review", ["7.3"]),
])
def test_no_range_no_members_between(registry: BodyRegistry, text: str, expected: list[str]) -> None:
    assert [f"{s}.{n}" for _, _, s, n in numbers(text, registry)] == expected


def test_a_cited_range_cites_each_member_and_shares_no_title(registry: BodyRegistry) -> None:
    text = (
        "UNEP/FERN/Resolution 15.4\n\nDistr.: General\n\nResolution 15.4\n\nFern corridors\n\n"
        "The Conference of the Parties to the Convention on Ferns,\n\n"
        "Recalling also Decisions 14.12 to 14.14 on connectivity,\n\n1. Requests the Secretariat to report;\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    own = InstrumentRef("fern-cop", "resolution", "15", "4")
    cited = {f.object for f in facts if f.subject == own and f.relation == "cites"}
    assert cited >= {InstrumentRef("fern-cop", "decision", "14", n) for n in ("12", "13", "14")}
    assert not [f for f in facts if f.relation == "title" and isinstance(f.subject, InstrumentRef) and f.subject.session == "14"]
