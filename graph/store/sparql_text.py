"""SPARQL text helpers shared by the backends: what a text is, and the rewrites it gets on its
way to an engine.

- looking at a text: `strip_literals`, `looks_like_update`, `query_form`, `has_dataset_clause`,
  `update_reads_the_store`;
- making it safe: `check_network` (the network guard, `graph.store.guard`), `bind_values`
  (parameters bound by RDF term, never pasted), `iri` (an IRI that cannot break out of its
  brackets);
- the SPARQL 1.1 Protocol's parameters written into the text: `add_base` (a base IRI for
  relative IRIs) and `add_using` (``using-graph-uri`` / ``using-named-graph-uri`` of an
  update become its ``USING`` clauses, which both engines implement);
- the dialect of a SPARQL server: `add_prefixes` (servers refuse the product's prefixes
  undeclared; the embedded store accepts them) and `cast_exists_to_boolean` (Virtuoso
  computes EXISTS as 1/0).

Pure functions over strings: no store, no network.
"""

from __future__ import annotations

import re
from typing import Sequence

import pyoxigraph as ox

from mandate_graph.graph.namespaces import PREFIXES
from mandate_graph.graph.store import guard
from mandate_graph.graph.store.base import Bindings, NetworkDisabledError, QuerySyntaxError, StoreError

_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_UPDATE_KEYWORDS = re.compile(
    r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)
# The first of these words (not a variable, not a prefix name) says what the text is.
_FORM_KEYWORDS = re.compile(
    r"(?<![\w:?$])(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|CREATE|CLEAR|DROP|LOAD|COPY|MOVE|ADD|WITH)(?![\w:-])",
    re.IGNORECASE,
)
_WHERE = re.compile(r"(?<![\w:?$@.-])WHERE(?![\w:-])", re.IGNORECASE)
_WHERE_BRACE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_BIND_EXISTS = re.compile(r"\bBIND\s*\(\s*((?:NOT\s+)?EXISTS)\s*\{", re.IGNORECASE)
_IRI_BREAKERS = re.compile(r'[<>"{}|^`\\\s]')
# A keyword, not part of a variable, prefixed name, blank node label or language tag.
_FROM = re.compile(r"(?<![\w:?$@.-])FROM(?![\w:-])", re.IGNORECASE)
_UPDATE_CLAUSES = re.compile(r"(?<![\w:?$@.-])(USING|WITH|WHERE|DELETE)(?![\w:-])", re.IGNORECASE)

QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"})


def strip_literals(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked, so keywords can be looked for."""
    return _STRINGS_AND_COMMENTS.sub(" ", sparql)


def mask_literals(sparql: str) -> str:
    """Like `strip_literals`, but each blanked span keeps its length: offsets in the masked
    text are offsets in the original."""
    return _STRINGS_AND_COMMENTS.sub(lambda m: " " * len(m.group(0)), sparql)


def looks_like_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update rather than a query."""
    return bool(_UPDATE_KEYWORDS.search(strip_literals(sparql)))


def update_reads_the_store(update: str) -> bool:
    """True when an update has an operation with a ``WHERE`` (``DELETE/INSERT … WHERE``,
    ``DELETE WHERE``): the part of an update whose cost depends on the data and not on the
    text (``INSERT DATA``, ``DROP``, ``CLEAR`` … cost what they name). The keyword is
    mandatory in every such operation."""
    return bool(_WHERE.search(strip_literals(guard.expand_unicode_escapes(update))))


def query_form(sparql: str) -> str:
    """``SELECT``, ``CONSTRUCT``, ``ASK`` or ``DESCRIBE`` for a query, ``UPDATE`` for an update.

    Decided by the first form keyword after the prologue (PREFIX/BASE declarations, their
    IRIs, strings and comments are blanked first). A text with none is taken for a SELECT:
    the engine then reports its syntax error.
    """
    found = _FORM_KEYWORDS.search(strip_literals(sparql))
    if found is None:
        return "SELECT"
    word = found.group(1).upper()
    return word if word in QUERY_FORMS else "UPDATE"


def has_dataset_clause(sparql: str) -> bool:
    """True when the query names its own dataset (``FROM`` / ``FROM NAMED``): then the engine
    must use it instead of the service's default (the union of the named graphs). ``FROM`` is
    a keyword nowhere else in SPARQL 1.1 Query."""
    return bool(_FROM.search(strip_literals(guard.expand_unicode_escapes(sparql))))


def add_base(sparql: str, base_iri: str | None) -> str:
    """The text with ``BASE <base_iri>`` in front, so that its relative IRIs resolve against it;
    a BASE of the text's own comes later in the prologue and wins, as SPARQL says."""
    if not base_iri:
        return sparql
    return f"BASE {iri(base_iri)}\n{sparql}"


class DatasetConflict(StoreError):
    """The protocol's ``using-graph-uri``/``using-named-graph-uri`` were given for an update that
    names its own dataset (``USING``/``WITH``): the protocol requires refusing it."""


def add_using(update: str, default_graphs: Sequence[str], named_graphs: Sequence[str]) -> str:
    """The update with the protocol's dataset written in as ``USING <g>`` / ``USING NAMED <g>``
    before the ``WHERE`` of every DELETE/INSERT operation (SPARQL 1.1 Protocol §2.2.3: the
    parameters act as USING clauses). ``DELETE WHERE {Q}``, which cannot carry USING, becomes
    the equivalent ``DELETE {Q} USING … WHERE {Q}``. Operations without a WHERE (INSERT DATA,
    DROP…) are not affected.

    Raises `DatasetConflict` when the update has its own USING or WITH, and `StoreError` for a
    graph that is not an IRI.
    """
    if not default_graphs and not named_graphs:
        return update
    clauses = "".join(f"USING {iri(g)} " for g in default_graphs)
    clauses += "".join(f"USING NAMED {iri(g)} " for g in named_graphs)
    masked = mask_literals(update)
    depth_at = _brace_depths(masked)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    previous: re.Match[str] | None = None
    for found in _UPDATE_CLAUSES.finditer(masked):
        if depth_at[found.start()] != 0:
            continue
        word = found.group(1).upper()
        if word in {"USING", "WITH"}:
            raise DatasetConflict(
                f"the update has its own {word} clause and using-graph-uri/using-named-graph-uri "
                "were given too; use one or the other"
            )
        if word == "WHERE":
            if previous is not None and previous.group(1).upper() == "DELETE" and not masked[previous.end():found.start()].strip():
                pattern = _group_after(update, masked, found.end())
                edits.append((previous.start(), found.end(), f"DELETE {pattern} {clauses}WHERE"))
            else:
                edits.append((found.start(), found.start(), clauses))
        previous = found
    for start, end, text in sorted(edits, reverse=True):
        update = update[:start] + text + update[end:]
    return update


def _brace_depths(masked: str) -> list[int]:
    """For each offset of a masked text, how many ``{`` enclose it."""
    depths, depth = [], 0
    for char in masked:
        if char == "}":
            depth = max(0, depth - 1)
        depths.append(depth)
        if char == "{":
            depth += 1
    return depths


def _group_after(text: str, masked: str, position: int) -> str:
    """The ``{…}`` group that starts after ``position`` (braces counted in the masked text)."""
    start = masked.find("{", position)
    if start < 0:
        raise QuerySyntaxError("DELETE WHERE without its { … } pattern")
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    raise QuerySyntaxError("DELETE WHERE: unbalanced braces")


def check_network(sparql: str, allow_network: bool, *, update: bool = False) -> str:
    """The text to run, once `graph.store.guard` has shown that it reaches no other machine.

    Raises `NetworkDisabledError` (a `StoreError`) otherwise; see that module for how.
    """
    try:
        return guard.check_network(sparql, allow_network, update=update)
    except guard.NetworkDisabledError as exc:
        raise NetworkDisabledError(str(exc)) from None


def iri(value: str) -> str:
    """An IRI in angle brackets, refusing characters that would break out of them."""
    if not value or _IRI_BREAKERS.search(value):
        raise StoreError(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def escape_string(text: str) -> str:
    """Text for the inside of a double-quoted SPARQL string."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def bind_values(sparql: str, bindings: Bindings) -> str:
    """The query with an inline ``VALUES`` block binding each variable to a term.

    Parameters are bound by RDF term, serialized by pyoxigraph, never by pasting user text
    into the query. The block opens the WHERE group, so it constrains every pattern in it,
    whether or not the variable is projected (pyoxigraph's own substitution requires it to
    be). Same text on every backend.
    """
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise StoreError(f"invalid variable name {name!r}")
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise StoreError(f"cannot bind ?{name} to {term!r}: only IRIs and literals")
    names = " ".join(f"?{n}" for n in bindings)
    row = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    masked = mask_literals(sparql)
    found = _WHERE_BRACE.search(masked)
    if found is None:
        brace = masked.find("{")  # SELECT * { ... } without the optional WHERE keyword
        if brace < 0:
            raise StoreError("cannot bind parameters: the query has no WHERE clause")
        position = brace + 1
    else:
        position = found.end()
    return sparql[:position] + block + sparql[position:]


def ntriples_to_insert(graph: str, ntriples: str) -> str:
    """An INSERT DATA body for one named graph (N-Triples is valid inside INSERT DATA)."""
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}"


# ------------------------------------------------------------------------------ dialects


def add_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for the product's prefixes it uses but does not declare
    (the embedded store accepts them undeclared; a SPARQL server does not)."""
    masked = strip_literals(sparql)
    declared = {(m.group(1) or "").lower() for m in _PREFIX_DECL.finditer(masked)}
    missing = [
        f"PREFIX {name}: <{namespace}>\n"
        for name, namespace in PREFIXES.items()
        if name.lower() not in declared and re.search(rf"(?<![\w:]){re.escape(name)}:", masked)
    ]
    return "".join(missing) + sparql


def cast_exists_to_boolean(sparql: str) -> str:
    """``BIND(EXISTS {…} AS ?v)`` with the EXISTS cast to xsd:boolean. Virtuoso computes
    EXISTS (and comparisons) as xsd:integer 1/0; a cast makes it answer an xsd:boolean, as
    the SPARQL standard (and the embedded store) do."""
    masked = mask_literals(sparql)
    edits: list[tuple[int, str]] = []
    for found in _BIND_EXISTS.finditer(masked):
        depth, end = 0, None
        for i in range(found.end() - 1, len(masked)):
            if masked[i] == "{":
                depth += 1
            elif masked[i] == "}":
                depth -= 1
                if depth == 0:
                    end = i + 1
                    break
        if end is None:
            return sparql  # unbalanced: leave the server to report the syntax error
        edits += [(found.start(1), "<http://www.w3.org/2001/XMLSchema#boolean>("), (end, ")")]
    for position, text in sorted(edits, reverse=True):
        sparql = sparql[:position] + text + sparql[position:]
    return sparql
