"""Whose mandate "the mandate holder" of a report means.

A special procedure's report ("Report of the Special Rapporteur on the human rights to safe
drinking water and sanitation", or the Secretary-General's note transmitting it) calls the
office it reports for "the mandate holder": "In its resolution 54/12, the Council requested the
mandate holder to submit an annual report". The report is issued under its council's symbol, so
the document's author is the council; the mandate is the one-person office the title block says
the report is of.
"""

from __future__ import annotations

import re
from typing import Iterable, Protocol, Sequence

from mandate_graph.graph.reference import BodyRegistry

# "Special Rapporteur on ...", "Independent Expert on ...": a mandate one person holds
HELD_BY_ONE_PERSON = re.compile(r"(?:Special\s+(?:Rapporteur|Representative|Envoy|Adviser|Advisor)|Independent\s+Expert)\b")
# "Report of the", "the report of the", "Annual report of the", "the interim report of the"
_REPORT_OF_THE = re.compile(r"\breport\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The title block: the masthead and title stand within the first paragraphs, before the text
_TITLE_BLOCK = 12


class BodyNamed(Protocol):
    """A body's mention as the title rules read it (`references.BodyMention` is one)."""

    @property
    def start(self) -> int: ...  # pragma: no cover - a protocol

    @property
    def end(self) -> int: ...  # pragma: no cover - a protocol

    @property
    def key(self) -> str | None: ...  # pragma: no cover - a protocol


class BodyFinder(Protocol):
    """What finds the bodies a text names (`references.BodyMatcher` is one)."""

    def find(self, text: str) -> Sequence[BodyNamed]: ...  # pragma: no cover - a protocol


def reported_mandate(texts: Iterable[str], matcher: BodyFinder, registry: BodyRegistry) -> str | None:
    """The one-person mandate whose report the title block (the first of ``texts``) names after
    "report of the", else None."""
    counted = 0
    for text in texts:
        # (a masthead line of three words or fewer, "Distr.: General", "Eighty-sixth session", is no
        # part of the count: pdftotext prints each on a paragraph of its own, and a report's
        # masthead with its session, dates and agenda item pushed the title past the block, E163)
        if len(text.split()) > 3:
            counted += 1
        if counted > _TITLE_BLOCK:
            break
        if "eport of" not in text:
            continue
        for mention in matcher.find(text):
            body = registry.bodies.get(mention.key) if mention.key else None
            if body is None or not HELD_BY_ONE_PERSON.match(body.name):
                continue
            if _REPORT_OF_THE.search(text, max(0, mention.start - 30), mention.start):
                return body.key
    return None
