"""A governing body's minutes told item by item: each agenda item's heading, the symbol of the
item's document in brackets under it, the discussion, then "Decision" and the decision's text,
closed by its source note "(GB.373/INS/1, paragraph 3)" (`instrument_headings.noted_below`).

The decision is known by the symbol of the document it was adopted on, and its title is the
item's heading printed above that symbol ("Approval of the minutes of the 372nd Session" /
"(GB.373/INS/1)"), as pdftotext may run the two into one line ("Approval of the minutes ...
(GB.373/INS/1)") or keep them apart. A heading over another symbol, or above another decision's
text, is no title of this one.
"""

from __future__ import annotations

from mandate_graph.loaders.extract.rules.instrument_headings import SOURCE_NOTE
from mandate_graph.loaders.extract.segment import Paragraph

# How far above "Decision" the item's heading may stand (the item's discussion between)
_ITEM_LOOK_BACK = 40


def noted_symbol(paragraphs: list[Paragraph], index: int) -> str | None:
    """The symbol of the source note that closes the text whose "Decision" line is at ``index``."""
    instrument = paragraphs[index].instrument
    for p in paragraphs[index + 1 :]:
        if p.instrument != instrument:
            return None
        note = SOURCE_NOTE.match(p.text.strip()) if p.text[:1] == "(" else None
        if note is not None:
            return note["symbol"]
    return None


def item_heading(paragraphs: list[Paragraph], index: int) -> tuple[str, Paragraph] | None:
    """The heading of the agenda item whose decision "Decision" at ``index`` heads, with its
    paragraph: the line ending with the decision's symbol in brackets, or, the symbol alone on
    its line, the heading right above it."""
    symbol = noted_symbol(paragraphs, index)
    if symbol is None:
        return None
    bracketed = f"({symbol})"
    for at in range(index - 1, max(-1, index - 1 - _ITEM_LOOK_BACK), -1):
        p = paragraphs[at]
        if p.instrument is not None:
            return None  # the decision of the item before: this item printed no symbol
        text = p.text.strip()
        if not text.endswith(bracketed):
            continue
        title = text[: -len(bracketed)].strip()
        if title:
            return title, p
        above = paragraphs[at - 1] if at > 0 else None
        if above is not None and above.kind == "heading" and above.instrument is None and above.sentences:
            return above.text.strip(), above
        return None
    return None
