"""The errors the graph code raises when a user's input is the cause, in one small hierarchy.

Callers catch `MandateGraphError` (or one of its kinds) and show the message as it is: every
message names what was given and what is wrong with it. The HTTP API maps each kind to one
status in one place (`api/errors.py`); the command line prints the message and exits 1.

    MandateGraphError
    ├── EntityNotFound       a well-formed reference to something the graph does not hold (404)
    └── InvalidArgument      a value that cannot be used as given (400)
        ├── InvalidReference     text that cannot name any entity
        │   └── InvalidIri           not a valid IRI (e.g. a space, a quote or U+FFFD in it)
        └── graph.named_queries.NamedQueryError   a missing or invalid query parameter

The store's own errors (`StoreError` and its kinds: syntax, timeout, row limit, network) are
re-exported here so that callers import every error from one module; they stay defined in
`graph.store`, which owns them.

Bugs are not in this hierarchy on purpose: a KeyError or ValueError from the code itself
must surface as a 500 (or a traceback), never as a polite "not found".
"""

from __future__ import annotations

from typing import Sequence

import pyoxigraph as ox

from mandate_graph.graph.store import (
    NetworkDisabledError,
    QueryLimitError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
)

__all__ = [
    "MandateGraphError",
    "EntityNotFound",
    "InvalidArgument",
    "InvalidReference",
    "InvalidIri",
    "named_node",
    "StoreError",
    "QuerySyntaxError",
    "NetworkDisabledError",
    "QueryLimitError",
    "QueryTimeoutError",
]


class MandateGraphError(Exception):
    """Something the user asked for cannot be answered as asked; the message says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class EntityNotFound(MandateGraphError, LookupError):
    """A well-formed reference to an entity the graph does not hold (or holds unlinked).

    ``candidates`` lists (IRI, label) pairs of close names, best first, when some are known."""

    def __init__(self, message: str, iri: str | None = None, candidates: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.iri = iri
        self.candidates = list(candidates)


class InvalidArgument(MandateGraphError, ValueError):
    """A value given by the user (an option, a parameter) that cannot be used as given."""


class InvalidReference(InvalidArgument):
    """Text that cannot name any entity, whatever the graph holds."""


class InvalidIri(InvalidReference):
    """Text used as an IRI that is not a valid IRI."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r} is not a valid IRI: {reason}")
        self.text = text


def named_node(iri: str) -> ox.NamedNode:
    """``iri`` as an RDF node, or `InvalidIri` when it is not a valid IRI.

    Ids and IRIs typed by users reach the store through here: pyoxigraph refuses them with a
    bare ValueError ("Invalid IRI code point"), which would otherwise surface as a 500."""
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise InvalidIri(iri, str(exc)) from None
