"""Lettered items under a lead-in that ends on "shall:" (E246).

"The Secretariat shall:" / "(a) compile …;" / "(b) report …", "Decides that the Working Group,
established by resolution 10/4, shall:" / "a) continue as a standing advisory body of the
Commission;" / "b) …": each item is the rest of the lead-in's sentence, its subject the lead-in's
and its verb the lead-in's "shall". An item read alone has no subject, so what it says of a body
("continue as a standing body": `makesConstantElement`; "compile …": a task, `requests`) goes to
the bodies the lead-in names before "shall".

Only a lead-in of the instrument's own text (`own_shall`'s "The X shall:", or "Decides that X
shall:"), and only the items right under it: a paragraph that is no item (a joining "and" apart)
ends the carry. A lead-in whose subject names no body ("Parties are invited to:", "The present
decision shall:") carries nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.loaders.extract.rules.decided_that import TASK

# "(a)", "a)", "(iv)", "a." opening an item, as its label or as the first words of its text (a
# table's cell cut into clauses keeps the letter in the text)
_ITEM_LABEL = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4})\)|[a-z]\.)(?=\s|$)")
# a clause of a cell that only joins two items ("…; and" / "c) …")
_JOINING_WORD = re.compile(r"^\s*(?:and|or|and/or)\s*$")
# "Decides that the Working Group on X, established by resolution 10/4, shall:": the operative verb,
# the subject (a description set off by commas after it), "shall" and the colon that ends the paragraph
_DECIDES_SHALL_COLON = re.compile(
    r"^(?:(?:Also|Further)\s+)?(?:Decides|DECIDES|decides)\s+(?:also\s+|further\s+)?that\s+"
    r"(?P<subject>(?:the|its)\s+(?:(?!\bshall\b)[^,;:()]){2,120}?)(?:,\s+[^,;:()]{2,80},)?\s+shall(?:\s+(?:also|further|jointly))?\s*:\s*$"
)
# the item's first word after its label, the verb "shall" goes on with, when it names a task
_ITEM_TASK = re.compile(r"\s*" + TASK)


@dataclass
class LeadIn:
    """A lead-in read: where its paragraph starts, the instrument whose text it is, the bodies of
    its subject, and whether it asks them by itself (the instrument's own "The X shall:"), else
    only through an item that names a task ("Decides that X shall:" / "(a) prepare …")."""

    paragraph: int
    instrument: InstrumentRef
    subjects: list[str]
    asks_by_itself: bool


def decides_shall_colon(text: str) -> int | None:
    """Where the subject of "Decides that X shall:" ends, when the sentence is such a lead-in."""
    if not text.rstrip().endswith(":"):
        return None
    m = _DECIDES_SHALL_COLON.match(text)
    return m.end("subject") if m is not None else None


def is_item(label: str | None, text: str) -> bool:
    """Whether a paragraph is an item of a list: labelled "(a)", "a)", "(ii)", or opening so."""
    return label is not None and _ITEM_LABEL.match(label) is not None or _ITEM_LABEL.match(text) is not None


def joins_items(text: str) -> bool:
    """Whether a paragraph (a cell's clause) is only the "and" between two items."""
    return _JOINING_WORD.match(text) is not None


def item_task(label: str | None, text: str) -> bool:
    """Whether the item's verb names a task the lead-in's "shall" lays on its subject
    (`decided_that.TASK`: "prepare", "review", "compile" …; not "hold", "continue", "report")."""
    opening = None if label is not None and _ITEM_LABEL.match(label) else _ITEM_LABEL.match(text)
    if opening is None and not (label is not None and _ITEM_LABEL.match(label)):
        return False
    return _ITEM_TASK.match(text, opening.end() if opening is not None else 0) is not None
