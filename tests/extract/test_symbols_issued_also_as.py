"""One document under two symbols, told in words: "A/AC.96/1252, also issued as A/82/12/Add.1",
"(E/2031/31; also circulated as document E/CN.21/2031/9)" is one mention with both symbols, as a
joint symbol "X-Y" is (`symbols.find_symbols`): a record's source note then gives the report of
the session under both. Two documents named together ("X and Y", "X, as well as Y", "X,
replaced as Y") stay two."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols


@pytest.mark.parametrize(
    "text, symbols",
    [
        ("Report of the session (A/AC.96/1252, also issued as A/82/12/Add.1), submitted", ("A/AC.96/1252", "A/82/12/Add.1")),
        ("the report (E/2031/31; also circulated as document E/CN.21/2031/9)", ("E/2031/31", "E/CN.21/2031/9")),
        ("UNEP/EA.7/3, published also as UNEP/CBD/COP/18/5", ("UNEP/EA.7/3", "UNEP/CBD/COP/18/5")),
        # the organ it also goes to, named between the verb and "as" (E143, from the spent u170)
        ("held in Rome (COFO/2030/REP, also issued to the Council as CL 185/9).", ("COFO/2030/REP", "CL 185/9")),
        ("(E/2031/31; also circulated to the General Assembly as document A/86/3)", ("E/2031/31", "A/86/3")),
        ("UNEP/EA.7/3, also issued to the Conference of the Parties as UNEP/CBD/COP/18/5", ("UNEP/EA.7/3", "UNEP/CBD/COP/18/5")),
    ],
)
def test_a_second_symbol_in_words_is_the_same_documents(text: str, symbols: tuple[str, ...]) -> None:
    found = find_symbols(text)
    assert [m.symbols for m in found] == [symbols]
    assert text[found[0].start : found[0].end].startswith(symbols[0])
    assert text[found[0].start : found[0].end].endswith(symbols[1])


@pytest.mark.parametrize(
    "text",
    [
        "the reports A/AC.96/1252 and A/82/12/Add.1 were before it",
        "A/AC.96/1252, as well as A/82/12/Add.1",
        "A/AC.96/1252, which it adopted as A/82/12/Add.1 was drafted",
        # sent to an organ, no second symbol of it: "as" then something else
        "A/AC.96/1252, also issued to the Council, as well as A/82/12/Add.1",
        "A/AC.96/1252, also sent to the Council as A/82/12/Add.1",
    ],
)
def test_two_documents_named_together_stay_two(text: str) -> None:
    assert [m.symbols for m in find_symbols(text)] == [("A/AC.96/1252",), ("A/82/12/Add.1",)]
