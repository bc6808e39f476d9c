"""Working documents numbered by the organ's abbreviation with its meeting glued on, a space and the
kind of paper: "COP18 Doc.19", "SC67 Doc.12", "CoP19 Doc. 12", "COP14 Doc.18.1" — no slash at all, as
the Ramsar and CITES conferences and standing committees number them (`symbols._MEETING_THEN_PAPER`,
E268, u324). Read as symbols, the report's meetings, the meeting it was submitted to and the
instrument it follows are read as for any other symbol.

Invented treaty (a Convention on Migratory Bats: its Conference of the Parties meeting in numbered
meetings and numbering resolutions "Resolution IX.4" by a Roman meeting, its Standing Committee);
near misses: an abbreviation with its meeting and no paper after it ("COP9 delegates", "SC70 2035"),
a paper's number with no organ before it ("Doc.14"), a paper's part inside a symbol of slashes
("UNEP/CMS/COP15/Doc.27.1" stays one symbol).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import stated
from tests.extract.reference_data import registry_from_turtle

_REFERENCE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/bats-cop> a mg:Body ; mg:key "bats-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Migratory Bats"@en ;
    skos:altLabel "Conference of the Parties"@en ; mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/bats-cop/sc> a mg:Body ; mg:key "bats-cop/sc" ;
    skos:prefLabel "Standing Committee of the Convention on Migratory Bats"@en ; mg:shortName "Standing Committee" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/bats-cop> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


def _symbols(text: str) -> list[tuple[str, ...]]:
    return [m.symbols for m in find_symbols(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the draft framework (COP18 Doc.21);", [("COP18 Doc.21",)]),
        ("was submitted as document SC67 Doc.12.", [("SC67 Doc.12",)]),
        ("see CoP19 Doc. 12 and COP14 Doc.18.1 for details", [("CoP19 Doc. 12",), ("COP14 Doc.18.1",)]),
        ("(COP9 Inf.3),[2] circulated", [("COP9 Inf.3",)]),
        ("as the UPU's Congress–Doc 14 says", [("Congress–Doc 14",)]),
    ],
)
def test_symbols_of_a_meeting_then_a_paper(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _symbols(text) == expected


@pytest.mark.parametrize(
    "text",
    ["the COP9 delegates met", "at SC70 2035 figures", "as set out in Doc.14 below", "COP9 Document 14"],
)
def test_near_misses_are_no_symbols(text: str) -> None:
    assert _symbols(text) == []


def test_a_symbol_of_slashes_keeps_its_paper_part() -> None:
    assert _symbols("(UNEP/CMS/COP15/Doc.27.1)") == [("UNEP/CMS/COP15/Doc.27.1",)]


_RESOLUTION = """  ----------------------------------------------------------------------
  CONVENTION ON MIGRATORY BATS
  9th Meeting of the Conference of the Parties
  Lisbon, Portugal, 4-9 May 2036
  ----------------------------------------------------------------------

Resolution IX.4

Roost protection and the Standing Committee's work

1.  RECALLING Resolution VIII.3 on roost protection, by which the Conference
    of the Parties asked the Standing Committee to report to it;

2.  NOTING the report of the Standing Committee on its 70th and 71st
    meetings (COP9 Doc.14),[1] submitted to the present meeting in
    accordance with Resolution VIII.3, and the advice the Standing Committee
    gave at its 71st meeting, held in Bonn from 2 to 4 April 2035;

THE CONFERENCE OF THE CONTRACTING PARTIES

3.  REQUESTS the Standing Committee to keep the matter under review.

  ----------------------------------------------------------------------

[1] The report of the 69th meeting of the Standing Committee, held in Bonn in
March 2035, was presented to the Standing Committee at its 70th meeting as document SC70 Doc.7.
"""


def test_a_reports_meetings_submission_and_mandate(registry: BodyRegistry) -> None:
    found = stated(extract(_RESOLUTION, source_key="test", registry=registry))
    assert {
        ("reportOf", "COP9 Doc.14", "bats-cop/sc#70"),
        ("reportOf", "COP9 Doc.14", "bats-cop/sc#71"),
        ("submittedTo", "COP9 Doc.14", "bats-cop#9"),
        ("pursuantTo", "COP9 Doc.14", "bats-cop/res/8/3"),
        ("reportOf", "SC70 Doc.7", "bats-cop/sc#69"),
        ("submittedTo", "SC70 Doc.7", "bats-cop/sc#70"),
    } <= found
    # "COP9" inside the paper's symbol names the meeting, which is not held under the resolution after it
    assert ("pursuantTo", "bats-cop#9", "bats-cop/res/8/3") not in found
