"""Document symbols whose series part is two abbreviations joined by a full stop: the Aarhus
Convention's Meeting of the Parties ("ECE/MP.PP/2031/2"), the Water Convention's ("ECE/MP.WAT/…"),
the Montreal Protocol's ("UNEP/OzL.Pro.31/9"); whole, and broken after a slash at a line end. A
text with dotted words that is no symbol stays none."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols

from tests.extract.phrasing import facts

SYMBOLS = [
    ("ECE/MP.PP/2031/2", "ECE/MP.PP/2031/2"),
    ("as set out in document ECE/MP.WAT/2030/4.", "ECE/MP.WAT/2030/4"),
    ("the report (ECE/MP.PP/WG.1/\n2031/2), at which", "ECE/MP.PP/WG.1/2031/2"),
    ("UNEP/OzL.Pro.31/9 and", "UNEP/OzL.Pro.31/9"),
    ("ECE/MP.EIA/SEA/2029/7/Add.1", "ECE/MP.EIA/SEA/2029/7/Add.1"),
    # a part of three with a number; a part of two capitalised abbreviations run together (E89)
    ("the report (UNEP/OzL.Pro.WG.1/47/2), held", "UNEP/OzL.Pro.WG.1/47/2"),
    ("on the work of its seventy-seventh meeting (UNEP/OzL.Pro/ImpCom/77/5),", "UNEP/OzL.Pro/ImpCom/77/5"),
    ("UNEP/OzL.Pro/ImpCom/81/R.3 and", "UNEP/OzL.Pro/ImpCom/81/R.3"),
    ("see UNEP/CHW/ComCom/14/2.", "UNEP/CHW/ComCom/14/2"),
]


@pytest.mark.parametrize("text, symbol", SYMBOLS)
def test_a_dotted_series_is_part_of_the_symbol(text: str, symbol: str) -> None:
    assert [s for m in find_symbols(text) for s in m.symbols] == [symbol]


@pytest.mark.parametrize("text", ["A/B.C", "i.e./e.g. 2031", "the ratio N/A.B is 3", "HIV/AIDS and the YouTube/TikTok 2031 trend", "A/HRC/ImpCom is"])
def test_dotted_words_are_no_symbol(text: str) -> None:
    assert find_symbols(text) == []


def test_a_listed_document_in_a_dotted_series_is_before_the_session() -> None:
    text = (
        "United Nations E/CN.21/2032/4\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2032\n\n"
        "Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\n"
        "1. The Commission had before it the following documents:\n\n"
        "(a) Note by the secretariat of the Water Convention (ECE/MP.WAT/2031/7);\n"
    )
    assert ("ECE/MP.WAT/2031/7", "ccr#13") in facts(text, "submittedTo")
