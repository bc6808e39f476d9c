"""Document symbols of registries other than the UN's slash series: a series of capitals, a space
and the session ("XC 12/9", "QB 51/L.4", "C 2031/12", as FAO, IFAD and IMO write theirs; a web
page's no-break space is one space), a paper's kind with a space after its full stop and dotted
sub-numbers ("ZZ-12/Doc. 4.2", "ZZ-12/INF. 3", "ZZ-12/Doc. 1(2)", as the WMO writes them) and a
series part with its session glued on ("ABC/XYZ/COP15/Doc.27.1"). Invented symbols; negatives
where capitals, a number and a slash make no symbol (a fraction, a page, a date, words of a
telegram in capitals, "HIV/AIDS. 12")."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import BASE, NOTE_SYMBOL, facts, in_note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the report (XC 12/9), prepared", "XC 12/9"),
        ("the report (XC\u00a012/9), prepared", "XC 12/9"),
        ("Having considered document QB 51/9,", "QB 51/9"),
        ("the draft QB 51/L.4 was", "QB 51/L.4"),
        ("the report (LGL 111/16), held", "LGL 111/16"),
        ("see also the note (C 133/3).", "C 133/3"),
        ("the programme (C 2031/12) and", "C 2031/12"),
        ("the report of the Council (XC 182/REP).", "XC 182/REP"),
        ("the note (ZZ-12/Doc. 4.2), submitted", "ZZ-12/Doc. 4.2"),
        ("is contained in document ZZ-12/Doc. 4.3. The Council will", "ZZ-12/Doc. 4.3"),
        ("3   ZZ-12/Doc. 3   Global watch", "ZZ-12/Doc. 3"),
        ("1.2   ZZ-12/Doc. 1(2)   Provisional agenda", "ZZ-12/Doc. 1(2)"),
        ("3   ZZ-12/INF. 3   Follow-up", "ZZ-12/INF. 3"),
        ("the study (ABC/XYZ/COP15/Doc.27.1), prepared", "ABC/XYZ/COP15/Doc.27.1"),
        ("the report ABC/XYZ/MOP33/12 on", "ABC/XYZ/MOP33/12"),
    ],
)
def test_a_symbol_of_another_registry_is_read_as_written(text: str, expected: str) -> None:
    assert [m.symbols for m in find_symbols(text)] == [(expected,)]


@pytest.mark.parametrize(
    "text",
    [
        "XC 182 participants attended in 2031/32",
        "QB 51 members voted",
        "A 2/3 majority of the members",
        "as set out in Article 5/2 of",
        "DECIDES THAT AND 21/COP.16 STOP",
        "SEE 12/3 STOP",
        "PAGE 12/30",
        "MAY 12/2031",
        "the NO 12/2031 form",
        "people living with HIV/AIDS. 12 countries reported",
        "Chapter IV 12/3",
        "XC 1/2 of the seats",
    ],
)
def test_capitals_a_number_and_a_slash_alone_make_no_symbol(text: str) -> None:
    assert find_symbols(text) == []


@pytest.mark.parametrize(
    ("paragraph", "symbol"),
    [
        ("The Commission will have before it the report of the Secretary-General (XC 12/9), prepared pursuant to Commission resolution 11/2.", "XC 12/9"),
        ("The Commission will have before it the note (XC\u00a012/9), prepared pursuant to Commission resolution 11/2.", "XC 12/9"),
        ("The Commission will have before it the note (ZZ-12/Doc. 4.2), submitted pursuant to Commission resolution 11/2.", "ZZ-12/Doc. 4.2"),
        ("The Commission will have before it the study (ABC/XYZ/COP15/Doc.27.1), prepared pursuant to Commission resolution 11/2.", "ABC/XYZ/COP15/Doc.27.1"),
    ],
)
def test_a_paper_of_another_registry_is_prepared_pursuant_to(paragraph: str, symbol: str) -> None:
    assert (symbol, "ccr/res/11/2") in facts(in_note(paragraph), "pursuantTo")


def test_words_in_capitals_before_a_number_are_no_paper() -> None:
    text = in_note("THE COMMISSION NOTED THAT AND 21/COP.16 STOP, pursuant to Commission resolution 11/2.")
    assert {s for s, _ in facts(text, "pursuantTo")} <= {NOTE_SYMBOL}


def test_a_series_written_with_a_space_has_its_author(tmp_path: Path) -> None:
    ttl = tmp_path / "council.ttl"
    ttl.write_text(
        "@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<body/xc> a mg:Body ; mg:key "xc" ; skos:prefLabel "Example Council"@en ; mg:symbolPrefix "XC" .\n'
        '<body/x> a mg:Body ; mg:key "x" ; skos:prefLabel "Example Conference"@en ; mg:symbolPrefix "X" .\n'
    )
    registry = load_registry(BASE, [ttl])
    author = {s: getattr(registry.by_symbol(s), "key", None) for s in ("XC 182/9", "XC182/9", "X 2031/12", "XCV 12/3", "X12/3")}
    assert author == {"XC 182/9": "xc", "XC182/9": "xc", "X 2031/12": "x", "XCV 12/3": None, "X12/3": None}
