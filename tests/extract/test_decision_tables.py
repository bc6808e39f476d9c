"""A table listing the instruments a document holds: each row gives an instrument's title and
adoption date, in columns the header names. Bodies are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/kelp-fund> a mg:Body ; mg:key "kelp-fund" ; skos:prefLabel "United Nations Kelp Fund"@en .
<body/kelp-fund/board> a mg:Body ; mg:key "kelp-fund/board" ;
    skos:prefLabel "Executive Board of the United Nations Kelp Fund"@en ; mg:shortName "Executive Board" ;
    mg:symbolPrefix "E/KELP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "KB{session}.R{number}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/kelp-fund> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _document(table: str, list_title: str = "Decisions adopted by the Executive Board at its annual session 2031") -> str:
    return (
        "United Nations | E/KELP/2031/9\n---|---\nEconomic and Social Council | Distr.: General<br>20 June 2031\n\n"
        f"# United Nations Kelp Fund\n\n## Executive Board\n\n# {list_title}\n\n"
        "The Board met in New York.\n\n" + table + "\n\nThe texts follow.\n"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(
    "table, kind",
    [
        ("| Decision | Title | Agenda item | Adopted on |\n|---|---|---|---|\n"
         "| 2031/4 | Kelp forests | 3 | 16 June 2031 |\n| 2031/5 | Sea urchins: a review | 4 | 17 June 2031 |", "decision"),
        ("| No. | Subject | Date of adoption |\n|:---|:---|---:|\n"
         "| 2031/4 | Kelp forests | 16 June 2031 |\n| 2031/5 | Sea urchins: a review | 17 June 2031 |", "decision"),
        ("| Resolution number | Title | Adopted |\n|---|---|---|\n"
         "| **2031/4** | Kelp forests | 16 June 2031 |\n| 2031/5 | Sea urchins: a review | 17 June 2031 |", "resolution"),
    ],
)
def test_each_row_gives_title_and_adoption_date(table: str, kind: str, registry: BodyRegistry) -> None:
    facts = _facts(_document(table), registry)
    for number, title, day in (("4", "Kelp forests", 16), ("5", "Sea urchins: a review", 17)):
        ref = InstrumentRef("kelp-fund/board", kind, "2031", number)  # type: ignore[arg-type]
        assert (ref, "title", title) in facts
        assert (ref, "adoptedOn", dt.date(2031, 6, day)) in facts


def test_a_number_in_the_bodys_convention(registry: BodyRegistry) -> None:
    table = "| Symbol | Title | Adopted on |\n|---|---|---|\n| KB12.R3 | Kelp health | 16 June 2031 |"
    facts = _facts(_document(table, "Resolutions adopted by the Executive Board"), registry)
    ref = InstrumentRef("kelp-fund/board", "resolution", "12", "3")
    assert (ref, "title", "Kelp health") in facts and (ref, "adoptedOn", dt.date(2031, 6, 16)) in facts


@pytest.mark.parametrize(
    "table",
    [
        # a table of documents, not of instruments
        "| Documents considered at the session | Symbol |\n|---|---|\n| Annual report | E/KELP/2031/2 |",
        # no title column
        "| Decision | Agenda item | Adopted on |\n|---|---|---|\n| 2031/4 | 3 | 16 June 2031 |",
        # a number cell that is more than a number
        "| Decision | Title | Adopted on |\n|---|---|---|\n| see 2031/4 | Kelp forests | 16 June 2031 |",
    ],
)
def test_tables_that_list_no_instruments_give_no_title(table: str, registry: BodyRegistry) -> None:
    facts = _facts(_document(table), registry)
    assert not [f for f in facts if f[1] in ("title", "adoptedOn") and isinstance(f[0], InstrumentRef)]


def test_a_number_without_a_kind_gives_nothing(registry: BodyRegistry) -> None:
    """"No." names no kind, and no list title above says "decisions" or "resolutions"."""
    table = "| No. | Title | Adopted on |\n|---|---|---|\n| 2031/4 | Kelp forests | 16 June 2031 |"
    facts = _facts(_document(table, "Outcome of the annual session 2031"), registry)
    assert not [f for f in facts if f[1] == "title" and isinstance(f[0], InstrumentRef)]
