"""Deterministic, readable IRIs: the same entity gets the same IRI on every load.

    {base}body/cop-untoc/wg-trafficking-in-persons
    {base}instrument/cop-untoc/resolution/7/1
    {base}session/cop-untoc/11
    {base}meeting/cop-untoc/wg-trafficking-in-persons/11
    {base}document/CTOC/COP/WG.4/2021/6
    {base}mandate/cop-untoc/resolution/10/6/requests/cop-untoc/wg-international-cooperation
    {base}evidence/<source>/<digest>
    {base}graph/<source>              (the named graph of one loaded file)

``parse_iri`` is the inverse, used by the API to turn ``/id/...`` paths back into refs.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote, unquote

from mandate_graph.graph.model import (
    BodyRef,
    DocumentRef,
    EntityRef,
    GatheringRef,
    InstrumentRef,
    gathering_kind,
    instrument_kind,
)

UNDOCS = "https://undocs.org/"

# Characters allowed unescaped in our IRI paths: UN symbols use / . - and letters.
_SAFE = "/.-_~:"


# Both memoized: a load mints the same few keys' IRIs tens of thousands of times per MB of
# text (urllib's quote was 7 % of extraction and emit).
@lru_cache(maxsize=2**14)
def _path(text: str) -> str:
    return quote(text, safe=_SAFE)


@lru_cache(maxsize=2**14)
def slug(text: str) -> str:
    """A lowercase, hyphenated key from free text (file names, labels)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def born_body_key(issuer: str, name: str) -> str:
    """The key of a body an instrument creates and the reference data does not know: under
    its issuer, from its name as first written ("cop-untoc/working-group-on-crimes-that-
    affect-the-environment"), so that every document naming it so names the same body."""
    words = slug(name)
    if len(words) > 80:
        words = words[:80].rsplit("-", 1)[0]
    return f"{issuer}/{words}"


class Identifiers:
    """Mints IRIs under one base. Create one per configured base IRI."""

    def __init__(self, base: str) -> None:
        if not base.endswith("/"):
            raise ValueError(f"base IRI must end with '/': {base!r}")
        self.base = base

    # entities -------------------------------------------------------------------------

    def body(self, ref: BodyRef | str) -> str:
        key = ref.key if isinstance(ref, BodyRef) else ref
        return f"{self.base}body/{_path(key)}"

    def instrument(self, ref: InstrumentRef) -> str:
        if ref.symbol:
            # a presidential statement is its document: one node, an instrument and a document
            return self.document(DocumentRef(symbols=(ref.symbol,)))
        return (
            f"{self.base}instrument/{_path(ref.issuer)}/{ref.kind}/"
            f"{_path(ref.session)}/{_path(ref.number)}"
        )

    def gathering(self, ref: GatheringRef) -> str:
        return f"{self.base}{ref.kind}/{_path(ref.body)}/{ref.ordinal}"

    def document(self, ref: DocumentRef) -> str:
        if ref.symbols:
            return f"{self.base}document/{_path(ref.symbols[0])}"
        return f"{self.base}document/source/{_path(slug(ref.source or ''))}"

    def entity(self, ref: EntityRef) -> str:
        if isinstance(ref, BodyRef):
            return self.body(ref)
        if isinstance(ref, InstrumentRef):
            return self.instrument(ref)
        if isinstance(ref, GatheringRef):
            return self.gathering(ref)
        if isinstance(ref, DocumentRef):
            return self.document(ref)
        raise TypeError(f"not an entity reference: {ref!r}")

    def mandate(self, instrument: InstrumentRef, action: str, addressee: EntityRef) -> str:
        inst = (
            f"{_path(instrument.issuer)}/{instrument.kind}/{_path(instrument.session)}/{_path(instrument.number)}"
            if instrument.symbol  # a statement's: "mandate/security-council/statement/2032/9/..."
            else self.instrument(instrument)[len(self.base) + len("instrument/") :]
        )
        target = self.entity(addressee)[len(self.base) :]
        return f"{self.base}mandate/{inst}/{action}/{target}"

    # provenance -----------------------------------------------------------------------

    def source_graph(self, source_key: str) -> str:
        return f"{self.base}graph/{_path(slug(source_key))}"

    def reference_graph(self) -> str:
        return f"{self.base}graph/_reference"

    def vocabulary_graph(self) -> str:
        return f"{self.base}graph/_vocabulary"

    def links_graph(self) -> str:
        return f"{self.base}graph/_links"

    def evidence(self, source_key: str, *parts: object) -> str:
        digest = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
        return f"{self.base}evidence/{_path(slug(source_key))}/{digest}"

    # inverse --------------------------------------------------------------------------

    def parse(self, iri: str) -> EntityRef | None:
        """The entity reference an IRI was minted from, or None if it is not one of ours."""
        if not iri.startswith(self.base):
            return None
        return parse_path(iri[len(self.base) :])


def undocs_url(symbol: str) -> str:
    """The public copy of a UN document. Percent-encoded like our own document IRIs: a symbol
    as a text writes it may hold a space or a bracket ("UNAIDS/PCB (57)/29.21"), which no IRI
    may, and an invalid IRI made the whole load fail."""
    return UNDOCS + _path(symbol)


_INSTRUMENT_PATH = re.compile(r"^instrument/(?P<issuer>.+)/(?P<kind>resolution|decision)/(?P<session>[^/]+)/(?P<number>[^/]+)$")
_GATHERING_PATH = re.compile(r"^(?P<kind>session|meeting)/(?P<body>.+)/(?P<ordinal>\d+)$")


def parse_path(path: str) -> EntityRef | None:
    """Inverse of the minting above for a path relative to the base (``body/ga``)."""
    path = unquote(path)
    if path.startswith("body/"):
        return BodyRef(path[len("body/") :])
    if m := _INSTRUMENT_PATH.match(path):
        return InstrumentRef(m["issuer"], instrument_kind(m["kind"]), m["session"], m["number"])
    if m := _GATHERING_PATH.match(path):
        return GatheringRef(m["body"], gathering_kind(m["kind"]), int(m["ordinal"]))
    if path.startswith("document/source/"):
        return DocumentRef(source=path[len("document/source/") :])
    if path.startswith("document/"):
        return DocumentRef(symbols=(path[len("document/") :],))
    return None
