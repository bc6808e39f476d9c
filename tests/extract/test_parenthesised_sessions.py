"""Document symbols that print their session in brackets after the series ("GC(69)/INF/4",
"BOG(12)/7/Rev.1"): a document's symbol like any other; but where the body's numbering convention
writes its instruments the same way ("GC(68)/RES/11"), that number is the instrument, not a
document of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/{key}> a mg:Body ; mg:key "{key}" ; skos:prefLabel "{name}"@en ; mg:shortName "{short}" ;
    mg:symbolPrefix "{prefix}" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{prefix}({{session}})/RES/{{number}}" ; mg:instrumentKind "resolution" ] .
"""
ATOMS = dict(key="atoms-gc", name="General Conference of the Atomic Study Agency", short="General Conference", prefix="GC")
ICE = dict(key="ice-board", name="Board of the Polar Ice Institute", short="Board", prefix="BOG")


@pytest.mark.parametrize("text, symbols", [
    ("the Technical Cooperation Report for 2024 (GC(69)/INF/4), submitted", ("GC(69)/INF/4",)),
    ("see BOG(12)/7/Rev.1 and BOG(12)/INF/2.", ("BOG(12)/7/Rev.1", "BOG(12)/INF/2")),
    ("the joint note GC(70)/3-BOG(14)/5 of both", ("GC(70)/3", "BOG(14)/5")),
])
def test_a_session_in_brackets_is_part_of_the_symbol(text: str, symbols: tuple[str, ...]) -> None:
    found = tuple(s for m in find_symbols(text) for s in m.symbols)
    assert found == symbols


@pytest.mark.parametrize("text", [
    "article 2(1)/3 of the Statute", "the COVID-19 (2020) pandemic", "paragraph 4(b) of resolution 7/1",
    "GC(sixty)/INF/4", "X(2024)",
])
def test_brackets_that_are_no_session_give_no_symbol(text: str) -> None:
    assert not [s for m in find_symbols(text) for s in m.symbols if "(" in s]


@pytest.mark.parametrize("body, session", [(ATOMS, 69), (ICE, 14)])
def test_a_report_so_numbered_is_submitted_and_the_resolution_stays_one(tmp_path: Path, body: dict[str, str], session: int) -> None:
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES.format(**body), encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    p, n = body["prefix"], session
    text = (
        f"{p}({n})/RES/10\n\nSeptember 2031\n\nGeneral Distribution\n\nStrengthening cooperation\n\n"
        f"Resolution adopted on 20 September 2031 during the tenth plenary meeting\n\n"
        f"The {body['short']},\n\n"
        f"(a)   Taking note of the Cooperation Report for 2030 ({p}({n})/INF/4), submitted to the {body['short']} "
        f"at its {n}th session pursuant to resolution {p}({n - 1})/RES/11,\n\n"
        "1.   Requests the secretariat to report.\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    report = DocumentRef(symbols=(f"{p}({n})/INF/4",))
    earlier = InstrumentRef(body["key"], "resolution", str(n - 1), "11")
    assert (report, "submittedTo", GatheringRef(body["key"], "session", n)) in facts
    assert (report, "pursuantTo", earlier) in facts
    # the resolution's number, also a symbol, is no document submitted or mandated
    assert not [f for f in facts if isinstance(f[0], DocumentRef) and "/RES/" in f[0].symbols[0] and f[1] in ("submittedTo", "pursuantTo")]
