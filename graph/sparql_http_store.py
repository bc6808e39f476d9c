"""The remote backend: any SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, Stardog, Neptune…)
behind the same `graph.store.GraphStore` interface as the embedded Oxigraph store.

Only the standard protocols are used:

- reads: the SPARQL 1.1 Protocol, through SPARQLWrapper, asking for SPARQL JSON results
  (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE); parsed by pyoxigraph, so callers get the
  same result objects as from the embedded store;
- writes: SPARQL 1.1 Update (POST ``update=``) and, for loading triples, the SPARQL 1.1 Graph
  Store HTTP Protocol (PUT/POST N-Triples to ``?graph=<iri>``).

Selected with ``--store sparql+http://host:port/sparql`` (or ``MANDATES_STORE``). Other
settings, from keyword arguments or the environment (see `SparqlHttpStore.from_location`):

    MANDATES_SPARQL_UPDATE_URL       SPARQL Update endpoint (default: the query URL)
    MANDATES_SPARQL_GRAPH_STORE_URL  Graph Store Protocol endpoint (default: none, loads
                                     then go through INSERT DATA in chunks)
    MANDATES_SPARQL_USER / _PASSWORD credentials for updates and the graph store
    MANDATES_SPARQL_AUTH             digest (default) or basic
    MANDATES_SPARQL_QUERY_AUTH       1: send the credentials with queries too
    MANDATES_SPARQL_TIMEOUT_PARAM    server-side query timeout parameter: "timeout:ms"
                                     (Virtuoso, default), "timeout:s" (Fuseki) or "none"
    MANDATES_BASE_IRI                the product's graphs are the ones under this IRI

Semantics, and what the server can and cannot guarantee:

- **Union default graph.** Queries without FROM are sent as they are; the server's default
  graph must be the union of its named graphs (Virtuoso's is; Fuseki needs
  ``tdb2:unionDefaultGraph true``; GraphDB and Stardog have a setting). Explicit
  ``default_graphs``/``named_graphs`` become the protocol's ``default-graph-uri`` and
  ``named-graph-uri`` parameters. On Virtuoso the union also contains its few system graphs
  (``virtrdf#`` and friends): queries on the product's vocabulary never see them, but
  ``named_graphs()``, ``count()`` and ``export()`` only look at graphs under the base IRI.
- **Prefixes.** Like the embedded store, queries may use the prefixes of
  `graph.namespaces.PREFIXES` without declaring them: the missing PREFIX lines are added.
- **Replacing graphs.** The new triples are first checked and normalized by pyoxigraph (a
  broken document never reaches the server), uploaded into a fresh *staging* graph
  (``urn:mandate-graph:staging:…``, any number of requests, each retried on transient
  errors), counted, and only then swapped in with **one** SPARQL Update operation:
  ``MOVE`` for one graph, a single ``DELETE … INSERT … WHERE`` over all of them for several.
  So a failure before the swap leaves every old graph in place. The swap itself is as atomic
  as the server makes one update operation: on Virtuoso one operation runs in one
  transaction, but a request of several operations does *not* (verified: the operations
  before a failing one stay committed), which is why the swap is one operation.
  That one operation is one transaction: Virtuoso refuses it (SR325) when its log is over
  ``TransactionAfterImageLimit`` (virtuoso.ini, default 50 MB; replacing a graph of a million
  triples needs more): `StoreError` at once, not retried, old graphs kept.
  While a load runs, the staging graph is visible in the union default graph.
- **Limits.** ``query_with_limits`` passes the server-side timeout parameter and a client
  HTTP timeout; a server that stops a query and returns partial results (Virtuoso's
  "anytime" answers, header ``X-SQL-State: S1TAT``) raises `QueryTimeoutError`, never
  partial results. A server-side cap on result rows (Virtuoso's ``ResultSetMaxRows``,
  header ``X-SPARQL-MaxRows``) raises `QueryLimitError` instead of silently truncating;
  the backend's own reads (export, listing graphs) page past it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import threading
import time
import urllib.error
import uuid
import warnings
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import httpx
import pyoxigraph as ox
from SPARQLWrapper import DIGEST, BASIC, POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as swe

from graph.namespaces import PREFIXES
from graph.store import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    Bindings,
    LimitedResult,
    NetworkDisabledError,
    QueryLimitError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    bind_values,
    check_network,
    strip_literals,
)

XSD = "http://www.w3.org/2001/XMLSchema#"
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
STAGING_PREFIX = "urn:mandate-graph:staging:"

_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_GRAPH_OR_FROM = re.compile(r"\b(GRAPH|FROM)\b", re.IGNORECASE)
_BNODE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# Virtuoso error codes that mean "your request is wrong", not "try again".
_PERMANENT_ERROR = re.compile(r"\b(SP0\d\d|37000|22023|42000|42S\d\d|SR\d+: .*syntax)\b")
# Virtuoso: one transaction wrote more log than [Parameters] TransactionAfterImageLimit
# allows (SR325). Trying again fails the same way, after as long a wait.
_TRANSACTION_TOO_BIG = re.compile(r"\bSR325\b")
# Virtuoso: ORDER BY with OFFSET + LIMIT over [Parameters] MaxSortedTopRows (SR353).
_SORTED_TOP_TOO_BIG = re.compile(r"\bSR353\b")


class _Retryable(Exception):
    """A transient failure (connection, 5xx): worth another attempt."""


def _iri(value: str) -> str:
    """An IRI in angle brackets, refusing characters that would break out of them."""
    if not value or re.search(r'[<>"{}|^`\\\s]', value):
        raise StoreError(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def add_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for the product's prefixes it uses but does not declare
    (the embedded store accepts them undeclared; a SPARQL server does not)."""
    masked = strip_literals(sparql)
    declared = {(m.group(1) or "").lower() for m in _PREFIX_DECL.finditer(masked)}
    missing = [
        f"PREFIX {name}: <{iri}>\n"
        for name, iri in PREFIXES.items()
        if name.lower() not in declared and re.search(rf"(?<![\w:]){re.escape(name)}:", masked)
    ]
    return "".join(missing) + sparql


_BIND_EXISTS = re.compile(r"\bBIND\s*\(\s*((?:NOT\s+)?EXISTS)\s*\{", re.IGNORECASE)


def cast_exists_to_boolean(sparql: str) -> str:
    """``BIND(EXISTS {…} AS ?v)`` with the EXISTS cast to xsd:boolean. Virtuoso computes
    EXISTS (and comparisons) as xsd:integer 1/0; a cast makes it answer an xsd:boolean, as
    the SPARQL standard (and the embedded store) do."""
    masked = re.sub(
        r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
        lambda m: " " * len(m.group(0)),
        sparql,
    )
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


def _fix_term(term: dict[str, Any]) -> dict[str, Any]:
    """Normalize one SPARQL-JSON term of a server's dialect into what pyoxigraph parses and
    what the embedded store would have returned."""
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
        return {"type": "triple", "value": {k: _fix_term(v) for k, v in term["value"].items()}}
    return term


def parse_results_json(data: bytes) -> ox.QuerySolutions | ox.QueryBoolean:
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
            {name: _fix_term(term) for name, term in row.items()}
            for row in body.get("results", {}).get("bindings", [])
        ]
        clean = {"head": {"vars": names}, "results": {"bindings": rows}}
    result = ox.parse_query_results(json.dumps(clean).encode(), format=ox.QueryResultsFormat.JSON)
    if not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):  # pragma: no cover
        raise StoreError(f"unexpected result type {type(result).__name__}")
    return result


def parse_triples(data: bytes, content_type: str = N_TRIPLES) -> list[ox.Triple]:
    """CONSTRUCT/DESCRIBE output (N-Triples, or Turtle from a server that ignores Accept)."""
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
    ``isinstance(result, ox.QueryTriples)`` work on both backends."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")  # type: ignore[return-value]


def normalize_ntriples(ntriples: str) -> list[str]:
    """Check N-Triples with pyoxigraph and return one canonical line per distinct triple
    (``"x"^^xsd:string`` written as ``"x"``, as Virtuoso would otherwise keep them apart)."""
    try:
        quads = ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES)
        lines = dict.fromkeys(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    except SyntaxError as exc:
        raise StoreError(f"write failed, store unchanged: the N-Triples do not parse: {exc}") from exc
    return list(lines)


def _chunks(lines: Sequence[str], size: int) -> list[list[str]]:
    """Chunks of at most ``size`` lines; every line with a blank node goes into one chunk of
    its own, since a blank-node label means the same node only within one request."""
    plain = [line for line in lines if "_:" not in line]
    blank = [line for line in lines if "_:" in line]
    chunks = [list(plain[i : i + size]) for i in range(0, len(plain), size)]
    if blank:
        chunks.append(blank)
    return chunks


class SparqlHttpStore:
    """A `GraphStore` on a remote SPARQL 1.1 server. See the module docstring."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        auth: str = "digest",
        query_auth: bool = False,
        base_iri: str | None = None,
        allow_network: bool = False,
        timeout_param: str = "timeout:ms",
        http_timeout: float = 300.0,
        retries: int = 4,
        backoff: float = 0.5,
        insert_chunk: int = 2000,
        upload_chunk: int = 50_000,
        hide_foreign_graphs: str = "auto",
    ) -> None:
        from graph.settings import DEFAULT_BASE_IRI

        self.query_url = query_url
        self.update_url = update_url or query_url
        self.graph_store_url = graph_store_url or None
        self.user = user or None
        self.password = password or None
        self.auth_kind = (auth or "digest").lower()
        self.query_auth = query_auth
        self.base_iri = base_iri or os.environ.get("MANDATES_BASE_IRI") or DEFAULT_BASE_IRI
        self.allow_network = allow_network
        self.generation = 0
        self.timeout_param = timeout_param or "none"
        self.http_timeout = http_timeout
        self.retries = retries
        self.backoff = backoff
        self.insert_chunk = insert_chunk
        self.upload_chunk = upload_chunk
        self.server_max_rows: int | None = None  # learned from X-SPARQL-MaxRows
        # "auto": on Virtuoso, keep graphs outside the base IRI (its system graphs, other
        # datasets on the server) out of the union default graph; "1" always, "0" never.
        self.hide_foreign_graphs = str(hide_foreign_graphs).lower()
        self._foreign: tuple[float, list[str]] | None = None
        self._server: str | None = None
        self._lock = threading.Lock()
        auth_obj: httpx.Auth | None = None
        if self.user and self.password:
            auth_obj = (
                httpx.BasicAuth(self.user, self.password)
                if self.auth_kind == "basic"
                else httpx.DigestAuth(self.user, self.password)
            )
        self._http = httpx.Client(auth=auth_obj, timeout=http_timeout)

    @classmethod
    def from_location(
        cls, location: str, *, allow_network: bool = False, **options: Any
    ) -> "SparqlHttpStore":
        """The store a settings string names: ``sparql+http(s)://host:port/path`` is the query
        endpoint; the rest comes from ``options`` (``update_url``, ``graph_store_url``,
        ``user``, ``password``, ``auth``, ``query_auth``, ``base_iri``, ``timeout_param``)
        or else from the MANDATES_SPARQL_* / MANDATES_BASE_IRI environment variables."""
        if not location.startswith(("sparql+http://", "sparql+https://")):
            raise StoreError(f"not a SPARQL server location: {location!r}")
        env = os.environ
        query_url = location[len("sparql+") :]
        settings: dict[str, Any] = {
            "update_url": env.get("MANDATES_SPARQL_UPDATE_URL"),
            "graph_store_url": env.get("MANDATES_SPARQL_GRAPH_STORE_URL"),
            "user": env.get("MANDATES_SPARQL_USER"),
            "password": env.get("MANDATES_SPARQL_PASSWORD"),
            "auth": env.get("MANDATES_SPARQL_AUTH", "digest"),
            "query_auth": _env_flag("MANDATES_SPARQL_QUERY_AUTH"),
            "timeout_param": env.get("MANDATES_SPARQL_TIMEOUT_PARAM", "timeout:ms"),
            "hide_foreign_graphs": env.get("MANDATES_SPARQL_HIDE_FOREIGN_GRAPHS", "auto"),
        }
        settings.update({k: v for k, v in options.items() if v is not None})
        return cls(query_url, allow_network=allow_network, **settings)

    def __repr__(self) -> str:
        return f"SparqlHttpStore({self.query_url!r})"

    # HTTP plumbing -----------------------------------------------------------------------

    def _with_retries(self, what: str, attempt: Callable[[], Any]) -> Any:
        """Run ``attempt`` again on transient failures, with exponential backoff (bounded)."""
        delay = self.backoff
        for n in range(self.retries + 1):
            try:
                return attempt()
            except _Retryable as exc:
                if n == self.retries:
                    raise StoreError(
                        f"{what} failed after {self.retries + 1} attempts: {exc}"
                    ) from None
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, what: str, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One write request (update or graph store), retried on transient errors."""

        def attempt() -> httpx.Response:
            try:
                response = self._http.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                raise _Retryable(f"{type(exc).__name__}: {exc} ({url})") from exc
            if response.status_code < 300:
                return response
            text = response.text[:2000]
            if response.status_code in {401, 403}:
                raise StoreError(
                    f"{what}: the SPARQL server refused the credentials ({response.status_code}); "
                    "set MANDATES_SPARQL_USER and MANDATES_SPARQL_PASSWORD"
                )
            if _TRANSACTION_TOO_BIG.search(text):
                raise StoreError(
                    f"{what}: the transaction is too big for the server ({_first_lines(text, 1)}); "
                    "on Virtuoso raise TransactionAfterImageLimit in the [Parameters] section of "
                    "virtuoso.ini (default 50000000 bytes) and restart it, or split the graph"
                )
            if response.status_code in {408, 429} or (
                response.status_code >= 500 and not _PERMANENT_ERROR.search(text)
            ):
                raise _Retryable(f"HTTP {response.status_code}: {_first_lines(text)}")
            if response.status_code == 400 or _PERMANENT_ERROR.search(text):
                raise QuerySyntaxError(f"{what}: {_first_lines(text)}")
            raise StoreError(f"{what}: HTTP {response.status_code}: {_first_lines(text)}")

        return self._with_retries(what, attempt)

    def _run_update(self, sparql: str, what: str = "update") -> None:
        self._send(what, "POST", self.update_url, data={"update": sparql})

    def _request_query(
        self,
        sparql: str,
        *,
        accept: str,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> tuple[bytes, dict[str, str]]:
        """POST a query through SPARQLWrapper; the raw body and the response headers."""

        def attempt() -> tuple[bytes, dict[str, str]]:
            wrapper = SPARQLWrapper(self.query_url)
            wrapper.setMethod(POST)
            wrapper.setRequestMethod(URLENCODED)
            wrapper.setOnlyConneg(True)  # no format=… parameters: the Accept header decides
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                wrapper.setQuery(sparql)
            wrapper.addCustomHttpHeader("Accept", accept)
            for graph in default_graphs or ():
                wrapper.addDefaultGraph(graph)
            for graph in named_graphs or ():
                wrapper.addNamedGraph(graph)
            client_timeout = self.http_timeout
            if timeout is not None:
                client_timeout = timeout + 2.0
                name, _, unit = self.timeout_param.partition(":")
                if name and name != "none":
                    value = timeout * 1000 if unit == "ms" else timeout
                    wrapper.addParameter(name, str(int(value) if unit == "ms" else value))
            wrapper.setTimeout(max(1, int(round(client_timeout + 0.49))))
            if self.query_auth and self.user and self.password:
                wrapper.setHTTPAuth(BASIC if self.auth_kind == "basic" else DIGEST)
                wrapper.setCredentials(self.user, self.password)
            try:
                result = wrapper.query()
                body = result.response.read()
                headers = {k.lower(): v for k, v in result.response.info().items()}
                return body, headers
            except swe.QueryBadFormed as exc:
                raise QuerySyntaxError(_sw_message(exc)) from None
            except swe.Unauthorized:
                raise StoreError(
                    "the SPARQL server wants credentials for queries: set MANDATES_SPARQL_USER, "
                    "MANDATES_SPARQL_PASSWORD and MANDATES_SPARQL_QUERY_AUTH=1"
                ) from None
            except swe.EndPointNotFound:
                raise StoreError(f"no SPARQL endpoint at {self.query_url} (HTTP 404)") from None
            except swe.URITooLong as exc:
                raise StoreError(_sw_message(exc)) from None
            except swe.EndPointInternalError as exc:
                message = _sw_message(exc)
                if _SORTED_TOP_TOO_BIG.search(message):
                    raise QueryLimitError(
                        "the SPARQL server refuses to sort this many rows for an ORDER BY with "
                        "OFFSET/LIMIT: on Virtuoso raise MaxSortedTopRows in the [Parameters] section "
                        f"of virtuoso.ini (default 10000), or page without ORDER BY. ({_first_lines(message, 1)})"
                    ) from None
                if "estimated execution time" in message.lower():
                    raise QueryLimitError(
                        "the SPARQL server refused the query: its estimated execution time is over "
                        f"the server's limit; narrow it. ({_first_lines(message, 2)})"
                    ) from None
                if _PERMANENT_ERROR.search(message):
                    raise QuerySyntaxError(message) from None
                raise _Retryable(message) from None
            except urllib.error.HTTPError as exc:
                if exc.code in {408, 429, 502, 503, 504}:
                    raise _Retryable(f"HTTP {exc.code} from {self.query_url}") from None
                raise StoreError(f"HTTP {exc.code} from {self.query_url}: {exc.reason}") from None
            except (socket.timeout, TimeoutError) as exc:
                raise _ClientTimeout(str(exc)) from None
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                    raise _ClientTimeout(str(exc)) from None
                raise _Retryable(f"cannot reach {self.query_url}: {exc.reason}") from None
            except (ConnectionError, OSError) as exc:
                raise _Retryable(f"cannot reach {self.query_url}: {exc}") from None

        return self._with_retries("query", attempt)

    # reading ---------------------------------------------------------------------------

    @staticmethod
    def _query_kind(sparql: str) -> str:
        kind = _sparqlwrapper_kind(sparql)
        if kind not in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
            raise QuerySyntaxError("expected a query (SELECT, ASK, CONSTRUCT, DESCRIBE), got an update")
        return kind

    def _fetch(
        self,
        sparql: str,
        *,
        bindings: Bindings | None,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float | None,
    ) -> tuple[str, Any]:
        """Run a query: ("triples", [Triple]) or ("solutions", QuerySolutions|QueryBoolean)."""
        sparql = check_network(sparql, self.allow_network)
        if bindings:
            sparql = bind_values(sparql, bindings)
        sparql = add_prefixes(sparql)
        kind = self._query_kind(sparql)
        if self.is_virtuoso():
            sparql = cast_exists_to_boolean(sparql)
        sparql = self._graph_pragmas(sparql, default_graphs) + sparql
        graph_form = kind in {"CONSTRUCT", "DESCRIBE"}
        try:
            body, headers = self._request_query(
                sparql,
                accept=N_TRIPLES if graph_form else RESULTS_JSON,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
                timeout=timeout,
            )
        except _ClientTimeout:
            raise QueryTimeoutError(_timeout_message(timeout)) from None
        state = headers.get("x-sql-state", "")
        if state in {"S1TAT", "S1T00"}:  # Virtuoso: stopped by a timeout, partial results
            raise QueryTimeoutError(_timeout_message(timeout))
        if "x-sparql-maxrows" in headers:
            self.server_max_rows = int(headers["x-sparql-maxrows"])
            raise QueryLimitError(
                f"the SPARQL server returns at most {headers['x-sparql-maxrows']} rows "
                "(Virtuoso: [SPARQL] ResultSetMaxRows) and this query has more; "
                "add a LIMIT (and OFFSET to page) or ask the operator to raise the server's limit"
            )
        if graph_form:
            return "triples", parse_triples(body, headers.get("content-type", N_TRIPLES))
        return "solutions", parse_results_json(body)

    def server_software(self) -> str:
        """The server's ``Server`` header (e.g. ``Virtuoso/07.20.3229``), asked once."""
        if self._server is None:
            try:
                response = self._http.get(self.query_url, params={"query": "ASK {}"}, headers={"Accept": RESULTS_JSON}, timeout=30)
                self._server = response.headers.get("server", "")
            except httpx.HTTPError:
                return ""
        return self._server

    def is_virtuoso(self) -> bool:
        return self.server_software().lower().startswith("virtuoso")

    def _graph_pragmas(self, sparql: str, default_graphs: Sequence[str] | None) -> str:
        """Virtuoso's union default graph holds every graph on the server, its own system
        graphs (``virtrdf#``…) included; its ``input:default-graph-exclude`` pragma keeps the
        foreign ones out, so that queries see the union of the product's named graphs, as on
        the embedded store. Virtuoso 7.2 then also hides ``GRAPH <iri>`` patterns and
        overrides FROM (verified), so the pragma is only added to queries that use neither
        GRAPH nor FROM: those read the default graph only."""
        mode = self.hide_foreign_graphs
        if default_graphs or mode in {"0", "no", "false", "never"}:
            return ""
        if _GRAPH_OR_FROM.search(strip_literals(sparql)):
            return ""
        if mode == "auto" and not self.is_virtuoso():
            return ""
        return "".join(f"DEFINE input:default-graph-exclude {_iri(g)}\n" for g in self._foreign_graphs())

    def _foreign_graphs(self, ttl: float = 60.0) -> list[str]:
        now = time.monotonic()
        if self._foreign is None or now - self._foreign[0] > ttl:
            sparql = (
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(!STRSTARTS(STR(?g), "{_escape(self.base_iri)}") && !STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
                " LIMIT 1000"
            )
            body, _ = self._request_query(sparql, accept=RESULTS_JSON)
            graphs = []
            for row in parse_results_json(body):  # type: ignore[union-attr]
                try:
                    graphs.append(_iri(row["g"].value)[1:-1])
                except StoreError:
                    continue  # an IRI that cannot be written in a pragma
            self._foreign = (now, sorted(graphs))
        return self._foreign[1]

    def query(
        self,
        sparql: str,
        *,
        bindings: Bindings | None = None,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        kind, result = self._fetch(
            sparql, bindings=bindings, default_graphs=default_graphs, named_graphs=named_graphs, timeout=None
        )
        if kind == "triples":
            return as_query_triples(result)
        return result

    def query_with_limits(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float,
        max_rows: int | None,
    ) -> LimitedResult:
        """The server stops the query (its timeout parameter) and so does the client (HTTP
        timeout a little later); nothing runs in this process, so it stays responsive."""
        started = time.monotonic()
        kind, result = self._fetch(
            sparql, bindings=None, default_graphs=default_graphs, named_graphs=named_graphs, timeout=timeout
        )
        if time.monotonic() - started > timeout + 2.0:
            raise QueryTimeoutError(_timeout_message(timeout))
        if kind == "triples":
            if max_rows is not None and len(result) > max_rows:
                raise QueryLimitError(_rows_message(max_rows))
            return result
        if isinstance(result, ox.QueryBoolean) or max_rows is None:
            return result
        # Read the rows to count them, then hand back a fresh QuerySolutions.
        names = [v.value for v in result.variables]
        rows = list(result)
        if len(rows) > max_rows:
            raise QueryLimitError(_rows_message(max_rows))
        return _solutions(names, rows)

    def _select_all(self, sparql: str) -> list[ox.QuerySolution]:
        """Every row of one of this backend's own SELECTs, paging with LIMIT/OFFSET past a
        server-side cap on result rows. (Virtuoso refuses ORDER BY with an OFFSET past its
        cap, so pages are unordered: callers check the total against a COUNT.)"""
        page = self.server_max_rows
        if page is None:
            body, headers = self._request_query(sparql, accept=RESULTS_JSON)
            if "x-sparql-maxrows" not in headers:
                return list(parse_results_json(body))  # type: ignore[arg-type]
            page = self.server_max_rows = int(headers["x-sparql-maxrows"])
        rows: list[ox.QuerySolution] = []
        offset = 0
        while True:
            body, headers = self._request_query(f"{sparql}\nLIMIT {page} OFFSET {offset}", accept=RESULTS_JSON)
            batch = list(parse_results_json(body))  # type: ignore[arg-type]
            rows.extend(batch)
            if len(batch) < page:
                return rows
            offset += page

    def _in_base(self, var: str = "?g") -> str:
        return f'FILTER(STRSTARTS(STR({var}), "{_escape(self.base_iri)}"))'

    def named_graphs(self) -> list[str]:
        where = f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_base()} }}"
        graphs = sorted({row["g"].value for row in self._select_all(f"SELECT DISTINCT ?g {where}")})  # type: ignore[union-attr]
        if self.server_max_rows is not None and len(graphs) >= self.server_max_rows:
            expected = self._count(f"SELECT (COUNT(DISTINCT ?g) AS ?n) {where}")
            if expected != len(graphs):
                raise StoreError("the graph list changed while it was read; try again")
        return graphs

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_base()} }}")
        return self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}")

    def _count(self, sparql: str) -> int:
        body, _ = self._request_query(sparql, accept=RESULTS_JSON)
        rows = list(parse_results_json(body))  # type: ignore[arg-type]
        return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0  # type: ignore[union-attr]

    def _quads(self) -> list[ox.Quad]:
        """Every quad in the product's graphs (those under the base IRI)."""
        rows = self._select_all(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_base()} }}")
        quads = list(dict.fromkeys(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows))  # type: ignore[arg-type]
        if self.server_max_rows is not None and len(quads) != self.count():
            raise StoreError("the data changed while it was exported; try again")
        return quads

    def export(self, fmt: str) -> bytes:
        if fmt in DATASET_FORMATS:
            quads = sorted(self._quads(), key=lambda q: (q.graph_name.value, str(q.subject)))
            return ox.serialize(quads, format=DATASET_FORMATS[fmt], prefixes=PREFIXES)
        if fmt in GRAPH_FORMATS:
            triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in self._quads()))
            options = {} if fmt in {"ntriples", "jsonld"} else {"prefixes": PREFIXES}
            return ox.serialize(triples, format=GRAPH_FORMATS[fmt], **options)  # type: ignore[arg-type]
        raise StoreError(
            f"unknown export format {fmt!r}; use one of {', '.join([*DATASET_FORMATS, *GRAPH_FORMATS])}"
        )

    # writing ---------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        sparql = check_network(sparql, self.allow_network, update=True)
        with self._lock:
            self._run_update(add_prefixes(sparql))
            self.generation += 1

    def _upload(self, graph: str, lines: Sequence[str], *, replace: bool) -> None:
        """Put N-Triples lines into ``graph``: Graph Store PUT/POST in chunks when there is a
        graph store endpoint, INSERT DATA in chunks otherwise."""
        if self.graph_store_url:
            for n, chunk in enumerate(_chunks(lines, self.upload_chunk)):
                self._send(
                    f"uploading to <{graph}>",
                    "PUT" if (replace and n == 0) else "POST",
                    self.graph_store_url,
                    params={"graph": graph},
                    content="".join(chunk).encode(),
                    headers={"Content-Type": N_TRIPLES},
                )
            return
        if replace:
            self._run_update(f"DROP SILENT GRAPH {_iri(graph)}", f"clearing <{graph}>")
        for chunk in _chunks(lines, self.insert_chunk):
            body = "".join(chunk)
            if "_:" in body:
                # Virtuoso refuses blank nodes in INSERT DATA; a template is standard too.
                sparql = f"INSERT {{ GRAPH {_iri(graph)} {{\n{body}}} }} WHERE {{}}"
            else:
                sparql = f"INSERT DATA {{ GRAPH {_iri(graph)} {{\n{body}}} }}"
            self._run_update(sparql, f"inserting into <{graph}>")

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        if not graphs:
            return
        # 1. Check everything before anything reaches the server.
        for graph in graphs:
            _iri(graph)
        prepared = {g: normalize_ntriples(nt) for g, nt in graphs.items()}
        staging: dict[str, str] = {}
        with self._lock:
            try:
                # 2. Stage: any number of requests, none of them touches a live graph.
                token = uuid.uuid4().hex
                for n, (graph, lines) in enumerate(prepared.items()):
                    if not lines:
                        continue
                    stage = staging[graph] = f"{STAGING_PREFIX}{token}:{n}"
                    self._upload(stage, lines, replace=True)
                    stored = self.count(stage)
                    if stored != len(lines):
                        raise StoreError(
                            f"the server stored {stored} of the {len(lines)} triples for <{graph}>"
                        )
                # 3. Swap: one update operation.
                self._run_update(self._swap_operation(list(prepared), staging), "replacing graphs")
            except StoreError as exc:
                self._drop_quietly(staging.values())
                if "store unchanged" in str(exc):
                    raise
                raise StoreError(f"write failed, store unchanged: {exc}") from exc
            self._drop_quietly(staging.values())
            self.generation += 1

    @staticmethod
    def _swap_operation(graphs: list[str], staging: Mapping[str, str]) -> str:
        """One SPARQL Update operation that replaces every graph by its staging graph."""
        if len(graphs) == 1:
            graph = graphs[0]
            if graph in staging:
                return f"MOVE SILENT {_iri(staging[graph])} TO {_iri(graph)}"
            return f"DROP SILENT GRAPH {_iri(graph)}"
        pairs = " ".join(
            f"({_iri(g)} {_iri(staging.get(g, STAGING_PREFIX + 'empty'))})" for g in graphs
        )
        return (
            "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH ?g { ?x ?y ?z } }\n"
            f"WHERE {{ VALUES (?g ?t) {{ {pairs} }}\n"
            "  { GRAPH ?g { ?s ?p ?o } } UNION { GRAPH ?t { ?x ?y ?z } } }"
        )

    def _drop_quietly(self, graphs: Iterable[str]) -> None:
        operations = [f"DROP SILENT GRAPH {_iri(g)}" for g in graphs]
        if not operations:
            return
        try:
            self._run_update(" ;\n".join(operations), "dropping staging graphs")
        except StoreError:
            pass  # left-overs are under urn:mandate-graph:staging:, outside the product's graphs

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        operations = [f"DROP SILENT GRAPH {_iri(g)}" for g in graphs]
        if not operations:
            return
        with self._lock:
            # Each DROP is atomic; several in one request are not one transaction on Virtuoso.
            self._run_update(" ;\n".join(operations), "dropping graphs")
            self.generation += 1

    def bulk_load(self, path: Path, graph: str) -> None:
        """Stream an N-Triples file into a named graph (added to what is there), in chunks:
        Graph Store POSTs of ``upload_chunk`` lines, or INSERT DATA of ``insert_chunk``.
        Not transactional: a failure half-way leaves the chunks already sent."""
        _iri(graph)
        size = self.upload_chunk if self.graph_store_url else self.insert_chunk
        blank: list[str] = []
        with self._lock:
            try:
                with open(path, encoding="utf-8") as handle:
                    for chunk in _read_chunks(handle, size, blank):
                        self._upload(graph, chunk, replace=False)
                if blank:
                    self._upload(graph, blank, replace=False)
            finally:
                self.generation += 1

    def bulk_load_quads(self, path: Path) -> None:
        """Stream an N-Quads file into its named graphs (added to what is there): the quads
        grouped by graph, each group sent as `bulk_load` sends a file. Not transactional."""
        by_graph: dict[str, list[str]] = {}
        try:
            quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
            for quad in quads:
                graph = quad.graph_name
                if not isinstance(graph, ox.NamedNode):
                    raise StoreError(f"{path}: a quad outside any named graph: {quad}")
                by_graph.setdefault(graph.value, []).append(f"{quad.subject} {quad.predicate} {quad.object} .\n")
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"{path}: cannot read the N-Quads: {exc}") from exc
        size = self.upload_chunk if self.graph_store_url else self.insert_chunk
        with self._lock:
            try:
                for graph, lines in by_graph.items():
                    _iri(graph)
                    # A blank node is one node only within one request: its lines go together.
                    blank = [line for line in lines if "_:" in line]
                    for chunk in _chunks([line for line in lines if "_:" not in line], size):
                        self._upload(graph, chunk, replace=False)
                    if blank:
                        self._upload(graph, blank, replace=False)
            finally:
                self.generation += 1

    def close(self) -> None:
        self._http.close()


# ------------------------------------------------------------------------------ helpers


class _ClientTimeout(Exception):
    pass


def _read_chunks(handle: Iterable[str], size: int, blank: list[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    for line in handle:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "_:" in line:
            blank.append(line if line.endswith("\n") else line + "\n")
            continue
        chunk.append(line if line.endswith("\n") else line + "\n")
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sparqlwrapper_kind(sparql: str) -> str:
    wrapper = SPARQLWrapper("http://localhost/")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wrapper.setQuery(sparql)
    return str(wrapper.queryType).upper()


def _solutions(names: list[str], rows: list[ox.QuerySolution]) -> ox.QuerySolutions:
    from graph.query_pool import _term_json

    bindings = [
        {name: _term_json(row[name]) for name in names if row[name] is not None} for row in rows
    ]
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)  # type: ignore[return-value]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _first_lines(text: str, n: int = 3) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " ".join(lines[:n])[:600]


def _sw_message(exc: Exception) -> str:
    message = str(exc)
    # SPARQLWrapper wraps the body as "...Response:\nb'...'"; keep the server's words.
    found = re.search(r"Response:\s*b?['\"](.*)['\"]\s*$", message, re.DOTALL)
    if found:
        message = found.group(1).encode().decode("unicode_escape", errors="replace")
    return _first_lines(message.split("SPARQL query:")[0], 4)


def _timeout_message(timeout: float | None) -> str:
    if timeout is None:
        return (
            "the SPARQL server stopped the query at its own time limit "
            "(Virtuoso: [SPARQL] MaxQueryExecutionTime) and returned partial results; narrow it"
        )
    from graph.store import _timeout_message as message

    return message(timeout)


def _rows_message(max_rows: int | None) -> str:
    from graph.store import _rows_message as message

    return message(max_rows)


__all__ = ["SparqlHttpStore", "add_prefixes", "parse_results_json", "parse_triples", "NetworkDisabledError"]
