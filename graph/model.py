"""The identities of the domain's entities (see shared/design/domain.md, "Entities").

These small frozen data classes say *which* thing is meant; `graph.identifiers` turns each
into its IRI. Loaders produce them, the emitter and the API consume them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

InstrumentKind = Literal["resolution", "decision"]
GatheringKind = Literal["session", "meeting"]


def instrument_kind(word: str) -> InstrumentKind:
    """The kind of instrument a lower-case word names; extraction reads it from the text, where
    the type checker cannot see that a pattern admits only these two words."""
    if word == "resolution":
        return "resolution"
    if word == "decision":
        return "decision"
    raise ValueError(f"not a kind of instrument: {word!r} (expected 'resolution' or 'decision')")


def gathering_kind(word: str) -> GatheringKind:
    """The kind of gathering a lower-case word names ("session" or "meeting"), as for
    `instrument_kind`."""
    if word == "session":
        return "session"
    if word == "meeting":
        return "meeting"
    raise ValueError(f"not a kind of gathering: {word!r} (expected 'session' or 'meeting')")


@dataclass(frozen=True, order=True)
class BodyRef:
    """A body, by its reference-data key (``cop-untoc/wg-firearms``)."""

    key: str


@dataclass(frozen=True, order=True)
class InstrumentRef:
    """Resolution or decision ``session/number`` of an issuing body.

    ``session`` is a string because special sessions are numbered ``S-8`` or ``ES-10``.
    """

    issuer: str
    kind: InstrumentKind
    session: str
    number: str

    @property
    def label(self) -> str:
        return f"{self.kind} {self.session}/{self.number}"


@dataclass(frozen=True, order=True)
class GatheringRef:
    """The ``ordinal``-th session or meeting of a body (COP 11; WG.4 meeting 11)."""

    body: str
    kind: GatheringKind
    ordinal: int


@dataclass(frozen=True, order=True)
class DocumentRef:
    """A document by its UN symbol(s); a joint document has several, the first names it.

    A document whose symbol is unknown is named by ``source``: the key of the file it
    was loaded from.
    """

    symbols: tuple[str, ...] = ()
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.symbols and not self.source:
            raise ValueError("a DocumentRef needs a symbol or a source key")


EntityRef = Union[BodyRef, InstrumentRef, GatheringRef, DocumentRef]
