"""Extraction: text in, facts out. Pure functions, no I/O.

`extract` is the one entry point the rest of the product uses.
"""

from __future__ import annotations

import re

from graph.model import DocumentRef, InstrumentRef
from graph.reference import BodyRegistry
from loaders.facts import DocumentInfo, Evidence, Extraction, Fact

_SYMBOL_LINE = re.compile(r"United Nations\s+([A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.]+)+)")
_INSTRUMENT = re.compile(r"\b(resolution|decision)\s+(\d+)/(\d+)")


def extract(text: str, *, source_key: str, registry: BodyRegistry) -> Extraction:
    match = _SYMBOL_LINE.search(text[:2000])
    ref = DocumentRef(symbols=(match.group(1),)) if match else DocumentRef(source=source_key)
    author = registry.by_symbol(match.group(1)) if match else None
    if author is None:
        for body in registry:
            if body.issues_instruments and body.name in text[:1000]:
                author = body
                break
    extraction = Extraction(DocumentInfo(ref=ref, author=author.key if author else None))
    if author is None:
        return extraction
    for m in _INSTRUMENT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        inst = InstrumentRef(author.key, m.group(1), m.group(2), m.group(3))  # type: ignore[arg-type]
        extraction.facts.append(Fact(ref, "mentions", inst, Evidence(start, end, text[start:end])))
    return extraction
