"""The identities of the domain's entities (see shared/design/domain.md, "Entities").

These small frozen data classes say *which* thing is meant; `graph.identifiers` turns each
into its IRI. Loaders produce them, the emitter and the API consume them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Union

# A statement by the President of a council on the council's behalf ("S/PRST/2032/9",
# "A/HRC/PRST/52/1") is an instrument too, named by its document symbol (`statement_ref`).
InstrumentKind = Literal["resolution", "decision", "statement"]
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


# A number's digits after what may precede them ("S-", "SSA", nothing), zeros leading them
_PADDED = re.compile(r"^(?P<before>\D*)0+(?P<digits>\d+)$")


def unpadded_number(text: str) -> str:
    """A session or instrument number without the zeros that pad it: "05" -> "5", "S-08" ->
    "S-8", "010" -> "10"; "0", "2031", "XVI" and "ES-10" as they are. Bodies pad their numbers
    to a width in lists and headings ("B.38/05", "decision 05/2", "CD56.R05") and not in
    running text ("decision B.38/5"): one instrument however its number is padded."""
    if "0" not in text:
        return text  # most numbers: no pattern tried
    padded = _PADDED.match(text)
    return f"{padded['before']}{padded['digits']}" if padded is not None else text


@dataclass(frozen=True, order=True)
class BodyRef:
    """A body, by its reference-data key (``cop-untoc/wg-firearms``)."""

    key: str


@dataclass(frozen=True, order=True)
class InstrumentRef:
    """Resolution or decision ``session/number`` of an issuing body.

    ``session`` is a string because special sessions are numbered ``S-8`` or ``ES-10``.

    A presidential statement (kind ``statement``) is also a document: ``symbol`` is its document
    symbol ("S/PRST/2032/9"), which names it (its IRI is that document's); ``session`` and
    ``number`` are the two numbers after "/PRST/" (a year, or a council's session).
    """

    issuer: str
    kind: InstrumentKind
    session: str
    number: str
    symbol: str = ""

    def __post_init__(self) -> None:
        # identity: "B.38/05" and "B.38/5" are one decision (`unpadded_number`)
        object.__setattr__(self, "session", unpadded_number(self.session))
        object.__setattr__(self, "number", unpadded_number(self.number))
        if (self.kind == "statement") != bool(self.symbol):
            raise ValueError(f"a statement, and only a statement, is named by its symbol: {self!r}")

    @property
    def label(self) -> str:
        if self.symbol:
            return f"statement {self.symbol}"
        return f"{self.kind} {self.session}/{self.number}"


# "S/PRST/2032/9", "A/HRC/PRST/52/1": a presidential statement's symbol, the issuer's prefix first
PRESIDENTIAL_STATEMENT_SYMBOL = re.compile(r"^(?P<prefix>[A-Z][A-Za-z0-9.]*(?:/[A-Z][A-Za-z0-9.]*)*)/PRST/(?P<session>\d{1,4})/(?P<number>\d{1,3})$")


def statement_ref(issuer: str, symbol: str) -> InstrumentRef | None:
    """The presidential statement of ``issuer`` a symbol names ("S/PRST/2032/9"), or None if the
    symbol is not a statement's."""
    m = PRESIDENTIAL_STATEMENT_SYMBOL.match(symbol)
    if m is None:
        return None
    return InstrumentRef(issuer, "statement", m["session"], m["number"], symbol)


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
