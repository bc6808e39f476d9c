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
_KIND_WORD = re.compile(r"\b(?:same|that|this|latter|former|mentioned|said)\s+(?P<kind>resolution|decision|text|conclusion)\b", re.IGNORECASE)
# the kind of instrument a kind word names: a conclusion (UNHCR's Executive Committee's) is a decision
_KIND_OF_WORD = {"resolution": "resolution", "decision": "decision", "conclusion": "decision"}


def named_again(back_reference: str, named: Sequence[InstrumentRef], former: bool = False) -> list[InstrumentRef]:
    """The instrument ``back_reference`` ("In the same decision") means among those the text
    named last (``named``, in their order): the last of the kind its word says (the first, for
    "the former"); the last named whatever its kind when none is of that kind."""
    word = _KIND_WORD.search(back_reference)
    kind = _KIND_OF_WORD.get(word["kind"].lower()) if word is not None else None
    # (a release that calls the resolution it told of "that decision", none other named: that one)
    of_kind = [ref for ref in named if kind is None or ref.kind == kind] or list(named)
    return of_kind[:1] if former else of_kind[-1:]
