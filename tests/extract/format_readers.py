"""What the tests of the format readers share: an invented body whose resolutions are cited in
each invented file, the instruments a text cites with the line of their evidence, and the
cleaned text of a file with the check that its words map back to themselves in the file."""

from __future__ import annotations

import re

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lake-commission> a mg:Body ; mg:key "lake-commission" ;
    skos:prefLabel "Commission on Great Lakes Fisheries"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GLF/{session}/{number}" ; mg:instrumentKind "resolution" ] .
"""

CITED = InstrumentRef("lake-commission", "resolution", "7", "11")


def cited_lines(text: str, registry: BodyRegistry, relation: str = "mentions") -> dict[InstrumentRef, range]:
    """The instruments ``text`` mentions (or relates to otherwise), each with the 1-based lines
    of the file its evidence covers."""
    found = {}
    for fact in extract(text, source_key="doc", registry=registry).facts:
        if fact.relation == relation and isinstance(fact.object, InstrumentRef):
            first = text.count("\n", 0, fact.evidence.start) + 1
            found[fact.object] = range(first, first + text.count("\n", fact.evidence.start, fact.evidence.end) + 1)
    return found


def points_at(text: str, registry: BodyRegistry, symbol: str, relation: str = "mentions") -> bool:
    """Whether the fact found of ``CITED`` has evidence that covers the line of the file that
    holds ``symbol`` and begins on a line of the document's words (no format's own line: a
    timing, a tag, a delimiter row)."""
    lines = cited_lines(text, registry, relation).get(CITED)
    if lines is None or line_of(text, symbol) not in lines:
        return False
    first = text.split("\n")[lines[0] - 1]
    return any(c.isalpha() for c in first) and re.search(r"\d{2}[.,]\d{3}\s+-->", first) is None


def line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n") + 1


def cleaned(text: str) -> str:
    """The cleaned text; each word of it of four letters or more stands where its offset points
    (but a record row's first word: its field's name, "Title<tab>...", is the reader's; and a
    word with a character written as an escape or entity, "caf\\'e9", "&eacute;")."""
    result = clean(text)
    for block in result.blocks:
        piece = result.text[block.start : block.end]
        position = 0
        for word in piece.split():
            at = piece.index(word, position)
            position = at + len(word)
            if len(word) < 4 or not word.isalpha() or (block.kind == "table" and at == 0):
                continue
            start, end = result.original_span(block.start + at, block.start + position)
            source = text[start:end]
            if "\\" in source or "&" in source:
                continue
            if "-\n" in source:
                # a word hyphenated at a line's end: its letters, across the line (and margin)
                source = "".join(c for c in source if c.isalpha())
            assert source.lower() == word.lower(), (word, text[start:end])
    return result.text
