"""A chair reading out a draft and adopting it, as captions, a transcript or a verbatim record
give it: "We now move to draft decision IPBES-13/L.5, entitled "...". [the draft's content in
the chair's words: "The Plenary endorses ...", "It urges the Bureau ..."] Any objection? None.
Draft decision IPBES-13/L.5 is adopted as decision IPBES-13/3."

Within one speaker's turn (one paragraph), the sentences from the one naming the draft to the one
adopting it "as decision Y" are the text of Y: the first its title part (the title the chair
reads), the others its operative part, so the rules read "the Plenary decides to establish ...",
"It invites ..." as Y's. A draft named with no adoption in the same turn (the debate goes on, a
vote is deferred) gives nothing, and neither does an adoption that names no number ("The draft
decision was adopted"). Pure function over the segmenter's paragraphs; offsets unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.numbering import NumberingFinder
from mandate_graph.loaders.extract.segment import Paragraph, split_sentences

# "draft decision IPBES-13/L.4", "draft resolution A/C.2/80/L.12": a draft named by its symbol
_DRAFT_NAMED = re.compile(r"\b[Dd]raft\s+(?P<kind>decision|resolution)\s+(?P<symbol>[A-Z][\w./-]*\d[\w./-]*)")
# "... adopt the draft as decision IPBES-13/2", "is adopted as decision IPBES-13/3", "adopted
# as resolution 80/12": the number the draft takes
_ADOPTED_AS = re.compile(r"\badopt(?:ed|s)?\b[^.?!]{0,80}?\bas\s+(?P<kind>decision|resolution)\s+(?P<number>\S+?)[.?!,;]?(?:\s|$)")
_DEFAULT_NUMBER = re.compile(r"^(?P<session>\d{1,3})/(?P<number>\d{1,3})$")
# the title the chair reads after the draft's symbol: ', entitled "..."', ', "..."'
_TITLE_AFTER = re.compile(r"\s*,?\s*(?:entitled\s+|on\s+)?[“\"](?P<title>[A-Z][^“”\"]{3,300})[”\"]")


def _number(kind: str, written: str, numbering: NumberingFinder | None) -> tuple[InstrumentKind, str, str] | None:
    written = written.rstrip(".,;?!")
    if numbering is not None:
        found = numbering.find(f"{kind} {written}")
        if found and found[-1].end == len(kind) + 1 + len(written):
            return found[-1].kind, found[-1].session, found[-1].number
    default = _DEFAULT_NUMBER.match(written)
    if default is not None:
        return ("decision" if kind == "decision" else "resolution"), default["session"], default["number"]
    return None


def spoken_adoptions(paragraphs: list[Paragraph], numbering: NumberingFinder | None) -> list[Paragraph]:
    """``paragraphs`` with each turn that reads out a draft and adopts it split at its sentences:
    the draft's sentences become paragraphs of the adopted instrument's text."""
    result: list[Paragraph] = []
    for p in paragraphs:
        if p.kind != "paragraph" or p.instrument is not None or "raft" not in p.text or "adopt" not in p.text:
            result.append(p)
            continue
        result.extend(_split(p, numbering))
    return result


def _split(p: Paragraph, numbering: NumberingFinder | None) -> list[Paragraph]:
    sentences = p.sentences
    spans: list[tuple[int, int, tuple[InstrumentKind, str, str]]] = []  # first, last sentence, instrument
    opened: int | None = None
    for index, sentence in enumerate(sentences):
        if _DRAFT_NAMED.search(sentence.text) and not _ADOPTED_AS.search(sentence.text):
            opened = index
            continue
        adopted = _ADOPTED_AS.search(sentence.text)
        if adopted is not None and opened is not None:
            number = _number(adopted["kind"], adopted["number"], numbering)
            if number is not None:
                spans.append((opened, index, number))
            opened = None
    if not spans:
        return [p]
    pieces: list[Paragraph] = []
    position = 0
    for first, last, number in spans:
        if first > position:
            pieces.append(_piece(p, position, first - 1, None, None))
        pieces.append(_piece(p, first, first, number, "title"))
        if last > first:
            pieces.append(_piece(p, first + 1, last, number, "operative"))
        position = last + 1
    if position < len(sentences):
        pieces.append(_piece(p, position, len(sentences) - 1, None, None))
    return pieces


def _piece(p: Paragraph, first: int, last: int, instrument: tuple[InstrumentKind, str, str] | None, part: str | None) -> Paragraph:
    start, end = p.sentences[first].start, p.sentences[last].end
    text = p.text[start - p.start : end - p.start]
    piece = replace(p, start=start, end=end, text=text, instrument=instrument, part=part, sentences=[])
    piece.sentences = split_sentences(text, start)
    return piece


def names_draft(text: str) -> bool:
    """Whether ``text`` names a draft by its symbol ("draft decision IPBES-13/L.4")."""
    return _DRAFT_NAMED.search(text) is not None


def draft_title(text: str) -> str | None:
    """The title read after the draft's symbol in the sentence naming it."""
    named = _DRAFT_NAMED.search(text)
    if named is None:
        return None
    titled = _TITLE_AFTER.match(text, named.end())
    return titled["title"].strip().rstrip(".") if titled else None
