"""A series the reference data declares (a body's `mg:symbolPrefix`), written with a space before
its figures, is a symbol whatever its shape: "QRX/C 14/6" of a body declaring "QRX/C" (two letter
parts and two components, a shape the grammar alone does not admit), its addendum "QRX/C 14/6 Add.1"
or "ZKN 31/54/3-Add.1", a joint "ZKN 31/54/5–CX/EXEC 31/101/3". Invented series and reference data.

Negative cases: the same shapes with an undeclared series ("HIV/AIDS 2020/21", "QRY/C 14/6"), a
declared series followed by words or by one figure part, and a declared series inside a longer word."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import BASE, REFERENCE, in_note, key

DECLARED = frozenset({"QRX/C", "ZKN", "E/CN.21", "HIV"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the report (QRX/C 14/6), prepared", [("QRX/C 14/6",)]),
        ("the report (QRX/C\u00a014/6), prepared", [("QRX/C 14/6",)]),
        ("document QRX/C 14/REP.", [("QRX/C 14/REP",)]),
        ("(QRX/C 14/6 Add.1) and", [("QRX/C 14/6 Add.1",)]),
        ("papers ZKN 31/54/3; ZKN 31/54/3-Add.1", [("ZKN 31/54/3",), ("ZKN 31/54/3-Add.1",)]),
        ("ZKN 31/54/5–CX/EXEC 31/101/3", [("ZKN 31/54/5", "CX/EXEC 31/101/3")]),
        ("QRX/C 14/6 and E/CN.21/2031/4", [("QRX/C 14/6",), ("E/CN.21/2031/4",)]),
    ],
)
def test_a_declared_series_with_a_space_is_a_symbol(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.symbols for m in find_symbols(text, DECLARED)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "HIV/AIDS 2020/21 was a priority",  # "HIV" is declared, "HIV/AIDS" is not
        "the QRY/C 14/6 form",  # a series no body declares
        "QRX/C members 14/6",
        "QRX/C 14 members",  # no slash after the figures
        "AQRX/C 14/6",  # the series inside a longer word
    ],
)
def test_an_undeclared_or_broken_series_is_no_symbol(text: str) -> None:
    assert find_symbols(text, DECLARED) == []


def test_without_declared_series_the_shape_is_not_read() -> None:
    # the grammar alone keeps to the shapes seen: the registry, not the letters, admits this one
    assert find_symbols("the report (QRX/C 14/6), prepared") == []


def test_a_declared_spaced_symbol_in_a_note_is_a_document(tmp_path: Path) -> None:
    ttl = tmp_path / "council.ttl"
    ttl.write_text(
        "@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<body/qrx> a mg:Body ; mg:key "qrx" ; skos:prefLabel "Council of the Quarry Union"@en ; mg:symbolPrefix "QRX/C" .\n'
    )
    registry = load_registry(BASE, [REFERENCE, ttl])
    assert "QRX/C" in registry.symbol_series()
    text = in_note("The Commission will have before it the report of the Secretary-General (QRX/C 14/6), prepared pursuant to Commission resolution 11/2.")
    extraction = extract(text, source_key="test", registry=registry)
    pursuant = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "pursuantTo"}
    assert ("QRX/C 14/6", "ccr/res/11/2") in pursuant
    # the same text with a series no body declares keeps its other facts and gains no document
    undeclared = extract(text.replace("QRX/C", "QRY/C"), source_key="test", registry=registry)
    assert not any("QRY" in key(f.subject) for f in undeclared.facts)
