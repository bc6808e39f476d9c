"""The one result codec: query results ↔ bytes, shared by the query pool and the SPARQL-server
store.

Results travel as standard bytes: SPARQL 1.1 JSON results for SELECT and ASK, N-Triples for
CONSTRUCT and DESCRIBE. A pool worker encodes what its store answered and the parent decodes
it; a SPARQL server encodes (in its own dialect) and the remote store decodes, normalizing
the dialect on the way, so that callers get the same pyoxigraph objects from every backend:

    encode_result(result, max_rows, deadline) -> (kind, bytes)   kind: solutions|boolean|triples
    decode_result(kind, bytes)                -> QuerySolutions | QueryBoolean | [Triple]
    decode_server_json(bytes)                 -> QuerySolutions | QueryBoolean (any server's JSON)
    decode_server_triples(bytes, content_type)-> [Triple]
    solutions_from_rows(names, rows)          -> a fresh QuerySolutions over rows already read
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from typing import Any, Iterable

import pyoxigraph as ox

from mandate_graph.graph.store.base import StoreError

XSD = "http://www.w3.org/2001/XMLSchema#"
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"

_BNODE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# How often (in rows) the deadline is looked at while a result is read.
_DEADLINE_EVERY = 256


class RowLimitExceeded(Exception):
    """The result has more rows (or triples) than allowed."""


# ------------------------------------------------------------------------------ encoding


def term_to_json(term: Any) -> dict[str, Any]:
    """One RDF term as a SPARQL 1.1 JSON results term."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_to_json(term.subject),
                "predicate": term_to_json(term.predicate),
                "object": term_to_json(term.object),
            },
        }
    raise TypeError(f"unexpected term {term!r}")


def _solutions_json(names: list[str], rows: Iterable[ox.QuerySolution]) -> bytes:
    bindings = [{name: term_to_json(row[name]) for name in names if row[name] is not None} for row in rows]
    body = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _limited(items: Iterable[Any], max_rows: int | None, deadline: float | None) -> Iterable[Any]:
    """The items, raising RowLimitExceeded past ``max_rows`` and TimeoutError past the
    deadline (monotonic clock, looked at every few hundred items)."""
    for n, item in enumerate(items, 1):
        if max_rows is not None and n > max_rows:
            raise RowLimitExceeded
        if deadline is not None and n % _DEADLINE_EVERY == 0 and time.monotonic() > deadline:
            raise TimeoutError
        yield item


def in_memory(serialized: bytes | None) -> bytes:
    """What pyoxigraph's ``serialize``/``dump`` return when given no output to write to: the
    bytes (their ``None`` is for the case of an output, which is never given here)."""
    if serialized is None:
        raise StoreError("the serializer wrote to an output instead of returning the bytes")
    return serialized


def serialize_rdf(
    terms: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None
) -> bytes:
    """Triples or quads in an RDF format (with ``prefixes`` where the format has them)."""
    return in_memory(ox.serialize(terms, format=fmt, prefixes=prefixes))


def encode_result(result: Any, max_rows: int | None = None, deadline: float | None = None) -> tuple[str, bytes]:
    """Read a pyoxigraph result in full and encode it: ("solutions"|"boolean", SPARQL JSON)
    or ("triples", N-Triples). Raises RowLimitExceeded past ``max_rows`` and TimeoutError
    past ``deadline``."""
    if isinstance(result, ox.QueryBoolean):
        return "boolean", json.dumps({"head": {}, "boolean": bool(result)}).encode()
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return "solutions", _solutions_json(names, list(_limited(result, max_rows, deadline)))
    triples = list(_limited(result, max_rows, deadline))
    return "triples", serialize_rdf(triples, ox.RdfFormat.N_TRIPLES)


def decode_result(kind: str, data: bytes) -> Any:
    """What `encode_result` encoded, as pyoxigraph objects (a list of triples for graphs)."""
    if kind in {"solutions", "boolean"}:
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def solutions_from_rows(names: list[str], rows: list[ox.QuerySolution]) -> ox.QuerySolutions:
    """A fresh `QuerySolutions` over rows already read (a QuerySolutions can be read once)."""
    return solutions_only(ox.parse_query_results(_solutions_json(names, rows), format=ox.QueryResultsFormat.JSON))


def solutions_only(result: ox.QuerySolutions | ox.QueryBoolean) -> ox.QuerySolutions:
    """Parsed results that must be a SELECT's (a boolean there is the server's or our bug)."""
    if not isinstance(result, ox.QuerySolutions):
        raise StoreError("expected the rows of a SELECT, the results were a boolean")
    return result


# ------------------------------------------------------------------------------ other servers' output


def _normalize_term(term: dict[str, Any]) -> dict[str, Any]:
    """One SPARQL-JSON term of a server's dialect as pyoxigraph parses it and as the
    embedded store would have answered it."""
    kind = term.get("type")
    if kind == "bnode":
        value = term.get("value", "")
        if value.startswith("nodeID://"):  # Virtuoso
            value = value[len("nodeID://") :]
        if not _BNODE_ID.match(value):
            value = "b" + hashlib.sha1(value.encode()).hexdigest()[:20]
        return {"type": "bnode", "value": value}
    if kind in {"literal", "typed-literal"}:
        out: dict[str, Any] = {"type": "literal", "value": term.get("value", "")}
        lang = term.get("xml:lang")
        datatype = term.get("datatype")
        if lang:
            out["xml:lang"] = lang.lower()
        elif datatype and datatype != XSD + "string":
            if datatype == XSD + "boolean":  # Virtuoso answers 1/0
                out["value"] = {"1": "true", "0": "false"}.get(out["value"], out["value"])
            out["datatype"] = datatype
        return out
    if kind == "triple" and isinstance(term.get("value"), dict):
        return {"type": "triple", "value": {k: _normalize_term(v) for k, v in term["value"].items()}}
    return term


def decode_server_json(data: bytes) -> ox.QuerySolutions | ox.QueryBoolean:
    """SPARQL JSON results of any server as pyoxigraph objects."""
    try:
        body = json.loads(data)
    except ValueError as exc:
        raise StoreError(f"the SPARQL server sent results that are not JSON: {data[:200]!r}") from exc
    if "boolean" in body:
        clean: dict[str, Any] = {"head": {}, "boolean": bool(body["boolean"])}
    else:
        names = body.get("head", {}).get("vars", [])
        rows = [
            {name: _normalize_term(term) for name, term in row.items()}
            for row in body.get("results", {}).get("bindings", [])
        ]
        clean = {"head": {"vars": names}, "results": {"bindings": rows}}
    result = ox.parse_query_results(json.dumps(clean).encode(), format=ox.QueryResultsFormat.JSON)
    if not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):  # pragma: no cover
        raise StoreError(f"unexpected result type {type(result).__name__}")
    return result


def decode_server_triples(data: bytes, content_type: str = N_TRIPLES) -> list[ox.Triple]:
    """CONSTRUCT/DESCRIBE output (N-Triples, or Turtle/RDF-XML from a server that ignores Accept)."""
    fmt = ox.RdfFormat.N_TRIPLES
    if "turtle" in content_type:
        fmt = ox.RdfFormat.TURTLE
    elif "rdf+xml" in content_type:
        fmt = ox.RdfFormat.RDF_XML
    try:
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=fmt)]
    except SyntaxError as exc:
        raise StoreError(f"the SPARQL server sent RDF that does not parse: {exc}") from exc


def as_query_triples(triples: Iterable[ox.Triple]) -> ox.QueryTriples:
    """A genuine `pyoxigraph.QueryTriples` over the given triples, so callers that check
    ``isinstance(result, ox.QueryTriples)`` work on every backend."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    result = scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)  # a CONSTRUCT's answer
    return result
