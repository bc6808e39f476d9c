"""Which instrument a back reference means: "In that decision", "By the same resolution", "the
former decision". The kind word says which kind: "that decision" after a sentence naming a
decision and the resolutions it recalls ("Decision 12/2 recalls General Assembly resolution 68/268
and Council resolution 57/3. In that decision, the Committee endorsed ...") is the decision, not
the resolution named last; "the same text" (a press release's word) is any kind."""

from __future__ import annotations

import re
from typing import Sequence

from mandate_graph.graph.model import InstrumentRef


# the word the back reference names its instrument by, after its determiner
_KIND_WORD = re.compile(r"\b(?:same|that|this|latter|former|mentioned|said)\s+(?P<kind>resolution|decision|text)\b", re.IGNORECASE)


def named_again(back_reference: str, named: Sequence[InstrumentRef], former: bool = False) -> list[InstrumentRef]:
    """The instrument ``back_reference`` ("In the same decision") means among those the text
    named last (``named``, in their order): the last of the kind its word says (the first, for
    "the former"); the last named whatever its kind when none is of that kind."""
    word = _KIND_WORD.search(back_reference)
    kind = word["kind"].lower() if word is not None and word["kind"].lower() != "text" else None
    # (a release that calls the resolution it told of "that decision", none other named: that one)
    of_kind = [ref for ref in named if kind is None or ref.kind == kind] or list(named)
    return of_kind[:1] if former else of_kind[-1:]
