"""An instrument's heading read again in the numbering of the document's own body (E287).

"RESOLUTION 1/208" over the text of a resolution in the report of FAO's Council: the Council
numbers "Resolution {number}/{session}" (resolution 1 of its 208th Session), a shape every
body's default reading also takes the other way round (session 1, number 208). Segmentation
reads a heading by a convention only where the convention writes the heading's keyword as the
line does (`segment._keyword_in_template`: "Resolution", not "RESOLUTION"), and before it knows
whose document it reads: a heading in capitals falls to the default reading, and the number
first of another body's default-shaped convention must not take it ("RESOLUTION 118/1" of IOM's
Council is its resolution 1 of the 118th session, whatever FAO writes). Once the document's own
body is known, a heading that body's convention reads as the same two figures turned round
(in capitals too) is that body's instrument, and so is every paragraph of its text, keyed once,
as a sentence naming the body as issuer keys it (`resolve._in_issuers_order`: "It adopted
Resolution 1/208").
"""

from __future__ import annotations

from dataclasses import replace

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.numbering import NumberingFinder
from mandate_graph.loaders.extract.segment import Paragraph, keyword_capitalised


def turned_headings(paragraphs: list[Paragraph], numbering: NumberingFinder, own: str | None) -> list[Paragraph]:
    """``paragraphs`` with the instruments whose heading the convention of ``own`` (the document's
    body) reads with session and number turned round keyed in that order (see the module)."""
    if own is None:
        return paragraphs
    turned: dict[tuple[InstrumentKind, str, str], tuple[InstrumentKind, str, str]] = {}
    for p in paragraphs:
        if p.kind != "heading" or p.part != "title" or p.instrument is None or p.instrument in turned:
            continue
        kind, session, number = p.instrument
        if session == number or not (session.isdigit() and number.isdigit()):
            continue
        line = keyword_capitalised(p.text.strip().rstrip("."))
        found = numbering.find(line)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(line) and found[0].issuer == own and (
            (found[0].kind, found[0].session, found[0].number) == (kind, number, session)
        ):
            turned[p.instrument] = (kind, number, session)
    if not turned:
        return paragraphs
    return [replace(p, instrument=turned[p.instrument]) if p.instrument in turned else p for p in paragraphs]
