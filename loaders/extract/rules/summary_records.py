"""A summary record of a treaty body's or a council's meeting tells of the drafts acted on at
the meeting in reported speech: "The Chair invited the Committee to take action on draft
decision CAT/C/84/L.2, which would become decision 84/1", "Mr. X, introducing the draft, said
that under its terms the Committee would decide to establish ...", "In the operative part, the
Committee invited ...", then "Draft decision CAT/C/84/L.2 was adopted without a vote."

What the record says a draft would do is the adopted text's own once the record says the draft
was adopted: the draft's symbol names it, "which would become decision 84/1" gives its number.
A member's proposal ("proposed adding a paragraph in which the Committee would request ...")
is no account of the draft's terms and tells nothing; a draft withdrawn or not adopted gives
no fact. The sentences are matched here; `relate.Reader` keeps the facts of each draft until
its adoption (`DraftsInHand`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mandate_graph.graph.model import InstrumentRef

# Between the draft's symbol and the number it will take: ", which would become decision 84/1",
# "(to become resolution 12/3)", ", which would be adopted as decision 12/4".
WOULD_BECOME = re.compile(
    r"^\s*,?\s*(?:which\s+would\s+(?:become|be\s+adopted\s+as)|\(?\s*to\s+(?:become|be\s+adopted\s+as))\s+$"
)
# The words that say a sentence tells the draft's terms, not a speaker's view of them:
# "under its terms", "under the terms of the draft", "in the draft decision, the Committee
# recalled", "In the operative part", "in the preambular part", "the draft resolution would",
# "by the draft decision, the Council would".
TERMS_OF_THE_DRAFT = re.compile(
    r"\bunder\s+(?:its|the)\s+terms\b|\b[Ii]n\s+the\s+(?:operative|preambular)\s+(?:part|paragraphs?)\b"
    r"|\b(?:[Ii]n|[Bb]y|[Uu]nder)\s+the\s+draft(?:\s+(?:decision|resolution))?\s*,"
    r"|\bthe\s+draft(?:\s+(?:decision|resolution))?\s+would\s+(?:have\s+)?(?:the\s+\w+\s+)?(?:decide|request|establish|invite|recall)"
)
# A member's proposal or an amendment not retained: its words are no part of the draft.
PROPOSED = re.compile(
    r"\b(?:proposed|suggested|proposal|amendment|would\s+prefer|instead\s+of|did\s+not\s+obtain|not\s+retained|rejected)\b",
    re.IGNORECASE,
)
# "Draft decision CAT/C/84/L.2 was adopted without a vote.", "..., as orally revised, was
# adopted.", "The draft decision was adopted by consensus.", "The Committee adopted draft
# decision X." (the symbol, when printed, is matched against the record's drafts).
ADOPTED = re.compile(
    r"^(?:The\s+)?[Dd]raft\s+(?:decision|resolution)\b(?:[^.;]|\.(?=\S)){0,80}?(?:,\s+as\s+(?:orally\s+)?(?:revised|amended|corrected),)?"
    r"\s+(?:was|were)\s+adopted\b(?!\s+(?:in\s+part|subject))"
    r"|^The\s+[A-Z][\w\s]{2,80}?\s+adopted\s+(?:the\s+)?draft\s+(?:decision|resolution)\b"
)
NOT_ADOPTED = re.compile(r"\b(?:was|were)\s+not\s+adopted\b|\bwithdrawn\b|\brejected\b|\bdeferred\b|\bpostponed\b")


@dataclass
class DraftsInHand:
    """The drafts a record has named with the numbers they will take, the one it speaks of now,
    and the facts told of each until the record says it was adopted."""

    numbers: dict[str, InstrumentRef] = field(default_factory=dict)  # draft symbol -> the adopted text
    current: InstrumentRef | None = None
    adopted: set[InstrumentRef] = field(default_factory=set)

    def named(self, symbol: str, instrument: InstrumentRef) -> None:
        self.numbers[symbol] = instrument
        self.current = instrument

    def by_symbol(self, symbols: list[str]) -> InstrumentRef | None:
        return next((self.numbers[s] for s in symbols if s in self.numbers), None)


def tells_the_terms(paragraph: str) -> bool:
    """Whether a paragraph of a record tells what the draft in hand would do."""
    return TERMS_OF_THE_DRAFT.search(paragraph) is not None and PROPOSED.search(paragraph) is None


def says_adopted(sentence: str) -> bool:
    return ADOPTED.search(sentence) is not None and NOT_ADOPTED.search(sentence) is None
