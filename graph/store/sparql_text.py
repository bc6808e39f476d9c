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

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
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


# The guard's verdicts, by digest of the text. A text that mentions a suspect word costs the
# guard a parse with rdflib's grammar (~10 ms, more than most queries take): a client or a page
# that repeats a query pays it once. Digests, not texts, so that the cache stays small
# whatever the queries' size.
_VERDICT_CACHE_SIZE = 1024
_verdicts: OrderedDict[bytes, str | None] = OrderedDict()  # digest -> refusal message, or None
_verdicts_lock = threading.Lock()


def check_network(sparql: str, allow_network: bool, *, update: bool = False) -> str:
    """The text to run, once `graph.store.guard` has shown that it reaches no other machine.

    Raises `NetworkDisabledError` (a `StoreError`) otherwise; see that module for how. The
    verdict on a text is remembered (the guard is a pure function of the text).
    """
    if allow_network:
        return sparql
    key = hashlib.blake2b(sparql.encode("utf-8", "surrogatepass"), digest_size=20,
                          person=b"update" if update else b"query").digest()
    with _verdicts_lock:
        known = key in _verdicts
        refusal = _verdicts.get(key)
        if known:
            _verdicts.move_to_end(key)
    if known:
        if refusal is not None:
            raise NetworkDisabledError(refusal)
        return sparql
    try:
        checked: str | None = guard.check_network(sparql, allow_network, update=update)
        refusal = None
    except guard.NetworkDisabledError as exc:
        checked, refusal = None, str(exc)
    # Only texts the guard passes unchanged are remembered as passed, so that a hit can answer
    # the text itself (the guard rewrites carriage returns, rare in queries).
    if refusal is not None or checked == sparql:
        with _verdicts_lock:
            _verdicts[key] = refusal
            if len(_verdicts) > _VERDICT_CACHE_SIZE:
                _verdicts.popitem(last=False)
    if refusal is not None:
        raise NetworkDisabledError(refusal)
    assert checked is not None
    return checked


def iri(value: str) -> str:
    """An IRI in angle brackets, refusing characters that would break out of them."""
    if not value or _IRI_BREAKERS.search(value):
        raise StoreError(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def escape_string(text: str) -> str:
    """Text for the inside of a double-quoted SPARQL string."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def bind_values(sparql: str, bindings: Bindings) -> str:
    """The query with each variable bound to a term.

    Parameters are bound by RDF term, serialized by pyoxigraph, never by pasting user text into
    the query. An IRI is written in place of the variable in the triple patterns where that
    means the same (see `_binding_plan`): Oxigraph then plans the query around the constant,
    where a ``VALUES`` block is joined after the fact (`mandates-of-body` on a million triples:
    0.1 s against 0.5 s). Every other binding, and a variable the query also uses in an
    expression or projects, is bound by an inline ``VALUES`` block opening the WHERE group, so
    it constrains every pattern in it, whether or not the variable is projected (pyoxigraph's
    own substitution requires it to be). Same text on every backend.
    """
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise StoreError(f"invalid variable name {name!r}")
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise StoreError(f"cannot bind ?{name} to {term!r}: only IRIs and literals")
    iris = tuple(sorted(name for name, term in bindings.items() if isinstance(term, ox.NamedNode)))
    plan = _binding_plan(sparql, iris)
    edits = [(start, end, str(bindings[name])) for name, spans in plan.substitutions.items() for start, end in spans]
    for start, end, text in sorted(edits, reverse=True):
        sparql = sparql[:start] + text + sparql[end:]
    in_values = {name: term for name, term in bindings.items() if name not in plan.substitutions or name in plan.still_used}
    return bind_with_values_block(sparql, in_values, plan.where_position) if in_values else sparql


def bind_with_values_block(sparql: str, bindings: Bindings, position: int | None = None) -> str:
    """The query with an inline ``VALUES`` block binding each variable to its term, opening the
    WHERE group (or at ``position``, an offset just inside it). Names and terms are taken as
    checked by `bind_values`."""
    if position is None:
        position = _where_position(mask_literals(sparql))
    names = " ".join(f"?{n}" for n in bindings)
    row = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    return sparql[:position] + block + sparql[position:]


def _where_position(masked: str) -> int:
    """The offset just inside the brace that opens the WHERE group."""
    found = _WHERE_BRACE.search(masked)
    if found is not None:
        return found.end()
    brace = masked.find("{")  # SELECT * { ... } / ASK { ... } without the optional WHERE keyword
    if brace < 0:
        raise StoreError("cannot bind parameters: the query has no WHERE clause")
    return brace + 1


@dataclass(frozen=True)
class _BindingPlan:
    """Where each variable may be replaced by its IRI (``substitutions``: spans of the text),
    which of those must also stay bound by VALUES (``still_used``), and where the WHERE group
    opens (``where_position``)."""

    substitutions: dict[str, tuple[tuple[int, int], ...]]
    still_used: frozenset[str]
    where_position: int


_SELECT_STAR = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_OPENS_SUBSELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)


@lru_cache(maxsize=512)
def _binding_plan(sparql: str, names: tuple[str, ...]) -> _BindingPlan:
    """Which occurrences of each variable in ``names`` can take its IRI in place, for one query
    text (cached: the texts are the product's own queries).

    Writing the term for the variable means the same as binding the variable by VALUES at the
    top of the WHERE group when every occurrence after the WHERE brace is

    - in a triple pattern or a GRAPH name (innermost bracket a ``{`` or ``[``): replaced; or
    - an expression, a VALUES header or an ``AS`` target at the top level of the WHERE group,
      or outside it (the projection, GROUP BY, ORDER BY, HAVING): kept, and the variable also
      stays bound by the VALUES block, so those see it as before.

    A variable is not replaced at all (VALUES alone, as before) when it occurs in a sub-select
    (its own scope) or a MINUS (which shares only the variables both sides bind), or in an
    expression inside a nested group (which is evaluated before the top-level VALUES joins in).
    ``SELECT *`` projects every variable: each stays bound by VALUES too.
    """
    masked = mask_literals(sparql)
    where = _where_position(masked)
    wanted = {name: re.compile(rf"[?$]{name}(?![\w\u00B7\u0300-\u036F\u203F-\u2040])") for name in names}
    occurrences = {
        match.start(): (name, match.end())
        for name, pattern in wanted.items()
        for match in pattern.finditer(masked)
    }
    replaceable: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    refused: set[str] = set()
    still_used: set[str] = set(names) if _SELECT_STAR.search(masked) else set()
    # One pass over the text with the stack of open brackets; a "{" remembers whether it opens
    # a sub-select or a MINUS group.
    stack: list[str] = []  # "(", "[", "{", "{select", "{minus"
    for position, char in enumerate(masked):
        found = occurrences.get(position)
        if found is not None:
            name, end = found
            braces = sum(1 for entry in stack if entry.startswith("{"))
            if position < where or not stack:
                still_used.add(name)  # the projection, a CONSTRUCT template, the solution modifiers
            elif any(entry in ("{select", "{minus") for entry in stack):
                refused.add(name)
            elif stack[-1] == "(" or _word_before(masked, position) == "VALUES":
                if braces == 1:
                    still_used.add(name)
                else:
                    refused.add(name)
            elif _next_to_a_path(masked, position, end):
                refused.add(name)
            else:
                replaceable[name].append((position, end))
        if char in "([":
            stack.append(char)
        elif char == "{":
            if _OPENS_SUBSELECT.match(masked, position + 1):
                stack.append("{select")
            elif _word_before(masked, position) == "MINUS":
                stack.append("{minus")
            else:
                stack.append("{")
        elif char in ")]}" and stack:
            stack.pop()
    substitutions = {name: tuple(spans) for name, spans in replaceable.items() if spans and name not in refused}
    return _BindingPlan(substitutions, frozenset(still_used), where)


# A predicate that is a property path (``mg:cites+``, ``a/b``, ``^p``, ``(p|q)``, ``p*``, ``p?``):
# a token holding a path operator once its IRIs in angle brackets are set aside.
_IRI_REF = re.compile(r"<[^<>\s]*>")
_PATH_OPERATOR = re.compile(r"[+*?|/^()]")


def _next_to_a_path(masked: str, start: int, end: int) -> bool:
    """Whether the variable at ``start:end`` is the subject or object of a property path: such a
    pattern keeps its variable bound by VALUES, as before the in-place binding (Virtuoso's cost
    estimate for a path from a constant can exceed its limit on a busy server, and Oxigraph
    plans a path the same either way)."""
    after = masked[end:end + 80].split(None, 1)
    before = masked[max(0, start - 80):start].rsplit(None, 1)
    for token in (after[0] if after else "", before[-1] if before else ""):
        if not token or token[0] in "?$\"'{}.;,":
            continue
        if _PATH_OPERATOR.search(_IRI_REF.sub("", token)):
            return True
    return False


def _word_before(masked: str, position: int) -> str:
    found = _WORD_BEFORE.search(masked, max(0, position - 20), position)
    return found.group(1).upper() if found else ""


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
