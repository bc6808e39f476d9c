"""A footnote hung on a document's symbol: "… is contained in document UNEP/EA.7/6.²" (pdftotext
glues the mark on as ".2") and, at the page's foot, "² The report will be before the Environment
Assembly under this item; it is issued also as UNEP/GEO/IAG.1/2." The note speaks of the document
whose symbol bears its mark: the symbol it gives "also as" is the same document's (one document,
two symbols), and "will be before the Assembly" sends it to the session the text is for.

Pure functions on text; `relate.Reader.footnote` applies them."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.symbols import SymbolMention, find_symbols

_RAISED = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
# how far before the note its mark may stand (a page of text)
_WINDOW = 4000
# "it is issued also as X", "the report is also issued as document X", "This document is also
# circulated as X": the note's document under a second symbol
_ALSO_ISSUED_AS = re.compile(
    r"\b(?:[Ii]t|[Tt]he\s+(?:report|note|document|study)|[Tt]his\s+(?:report|note|document))\s+(?:is|was|will\s+be)\s+"
    r"(?:also\s+(?:issued|published|circulated|distributed)|(?:issued|published|circulated)\s+also)\s+as\s+(?:document\s+)?$"
)
# "The report will be before the Environment Assembly under this item", "The note is before the
# Conference": the note's document goes to the session the text is for
_BEFORE_THE_BODY = re.compile(
    r"^\s*(?:\d{1,3}\s+)?(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:report|note|document|study)\s+(?:will\s+be|is)\s+before\s+the\s+"
    r"(?P<body>[A-Z][^;,.()]{2,120}?)(?:\s+(?:under|at)\s+(?:this|the\s+present)\s+(?:agenda\s+)?(?:item|session|meeting))?\s*(?:[;.]|$)"
)


def symbol_bearing_the_mark(text: str, note_start: int, number: str, series: frozenset[str] = frozenset()) -> SymbolMention | None:
    """The last symbol before ``note_start`` that the note's number is glued to ("UNEP/EA.7/6.2",
    "A/80/12.3 and"): a full stop and the number, then no further figure; or the number raised
    ("A/80/12²"). (A bare figure glued on, "A/80/122", is the symbol's own.)"""
    start = max(0, note_start - _WINDOW)
    window = text[start:note_start]
    if "/" not in window:
        return None
    raised = "".join(_RAISED[int(d)] for d in number)
    mark = re.compile(rf"\.{re.escape(number)}(?![\w/])|\.?{raised}(?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])")
    bearing = [m for m in find_symbols(window, series) if mark.match(window, m.end)]
    return bearing[-1] if bearing else None


def also_issued_as(note: str, series: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The symbols the note gives its document "also as"."""
    if " as " not in note:
        return ()
    return tuple(sym for m in find_symbols(note, series) if _ALSO_ISSUED_AS.search(note, 0, m.start) for sym in m.symbols)


def before_the_body(note: str) -> str | None:
    """The body's name a note says its document will be before, as written."""
    m = _BEFORE_THE_BODY.match(note)
    return m["body"] if m else None
