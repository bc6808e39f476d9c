"""The SPARQL-server store: any SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, Stardog,
Neptune…) behind the same `graph.store.GraphStore` interface as the embedded Oxigraph store.

This is the store half of rdflib's split: graphs, staging, paging and dialects here; HTTP
(one httpx client, one error table, retries) in `graph.store.sparql_http.connector`. Only the
standard protocols are used:

- reads: the SPARQL 1.1 Protocol, asking for SPARQL JSON results (SELECT/ASK) or N-Triples
  (CONSTRUCT/DESCRIBE), decoded by `graph.store.codec`, so callers get the same result
  objects as from the embedded store;
- writes: SPARQL 1.1 Update (POST ``update=``) and, for loading triples, the SPARQL 1.1 Graph
  Store HTTP Protocol (PUT/POST N-Triples to ``?graph=<iri>``).

Selected with ``--store sparql+http://host:port/sparql`` (or ``MANDATES_STORE``); the other
``sparql_*`` settings and ``base_iri`` of `graph.settings.Settings` configure it
(`SparqlHttpStore.from_settings`).

Semantics, and what the server can and cannot guarantee:

- **Union default graph.** Queries without FROM are sent as they are; the server's default
  graph must be the union of its named graphs (Virtuoso's is; Fuseki needs
  ``tdb2:unionDefaultGraph true``; GraphDB and Stardog have a setting). Explicit
  ``default_graphs``/``named_graphs`` become the protocol's ``default-graph-uri`` and
  ``named-graph-uri`` parameters. On Virtuoso the union also contains its few system graphs
  (``virtrdf#`` and friends): queries on the product's vocabulary never see them, but
  ``named_graphs()``, ``count()`` and ``export()`` only look at graphs under the base IRI.
- **Base IRI.** A ``base_iri`` is sent as a ``BASE`` declaration in front of the text (a BASE
  of the text's own comes later and wins).
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

import re
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Collection, Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from mandate_graph.graph.namespaces import PREFIXES
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.store import codec
from mandate_graph.graph.store.base import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    Bindings,
    LimitedResult,
    QueryLimitError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeoutError,
    SPARQL_SCHEMES,
    StoreError,
    rows_message,
    timeout_message,
    unknown_format,
)
from mandate_graph.graph.store.codec import N_TRIPLES, RESULTS_JSON, serialize_rdf
from mandate_graph.graph.store.sparql_http.connector import ClientTimeout, Credentials, SparqlConnector
from mandate_graph.graph.store.sparql_http.virtuoso_loader import FileOutcome, IsqlAccess, VirtuosoBulkLoader
from mandate_graph.graph.store.sparql_text import (
    add_base,
    add_prefixes,
    bind_values,
    cast_exists_to_boolean,
    check_network,
    escape_string,
    iri,
    query_form,
    strip_literals,
)

STAGING_PREFIX = "urn:mandate-graph:staging:"

_GRAPH_OR_FROM = re.compile(r"\b(GRAPH|FROM)\b", re.IGNORECASE)
_OFF = {"0", "no", "false", "never", "off"}


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


def _read_chunks(handle: Iterable[str], size: int, blank: list[str]) -> Iterator[list[str]]:
    """Chunks of ``size`` N-Triples lines from a file; lines with blank nodes are set aside
    in ``blank`` (sent together at the end, see `_chunks`)."""
    chunk: list[str] = []
    for line in handle:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        line = line if line.endswith("\n") else line + "\n"
        if "_:" in line:
            blank.append(line)
            continue
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class SparqlHttpStore:
    """A `GraphStore` on a remote SPARQL 1.1 server. See the module docstring."""

    def __init__(
        self,
        connector: SparqlConnector,
        *,
        base_iri: str,
        allow_network: bool = False,
        insert_chunk: int = 2000,
        upload_chunk: int = 50_000,
        hide_foreign_graphs: str = "auto",
    ) -> None:
        """``base_iri``: the product's graphs are those under it (`named_graphs`, `count`,
        `export` and the foreign-graph pragmas look at no other). ``hide_foreign_graphs``:
        "auto" keeps graphs outside the base IRI out of the union default graph on
        Virtuoso, "1" on any server, "0" never."""
        self.http = connector
        self.base_iri = base_iri
        self.allow_network = allow_network
        self.generation = 0
        self.insert_chunk = insert_chunk
        self.upload_chunk = upload_chunk
        self.server_max_rows: int | None = None  # learned from X-SPARQL-MaxRows
        self.hide_foreign_graphs = str(hide_foreign_graphs).lower()
        self._foreign: tuple[float, list[str]] | None = None
        self._lock = threading.Lock()
        # The server's own bulk loader, when the settings give a way to run it
        # (`server_bulk_load`); None: bulk loads go through the Graph Store protocol.
        self.server_loader: VirtuosoBulkLoader | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "SparqlHttpStore":
        """The store ``settings.store`` names (``sparql+http(s)://host:port/path`` is the query
        endpoint), configured by the other ``sparql_*`` settings and ``base_iri``."""
        if not settings.store.startswith(SPARQL_SCHEMES):
            raise StoreError(f"not a SPARQL server location: {settings.store!r}")
        credentials = None
        if settings.sparql_user and settings.sparql_password:
            credentials = Credentials(settings.sparql_user, settings.sparql_password, settings.sparql_auth)
        connector = SparqlConnector(
            settings.store[len("sparql+") :],
            update_url=settings.sparql_update_url,
            graph_store_url=settings.sparql_graph_store_url,
            credentials=credentials,
            query_auth=settings.sparql_query_auth,
            timeout_param=settings.sparql_timeout_param,
        )
        store = cls(
            connector,
            base_iri=settings.base_iri,
            allow_network=settings.allow_network,
            hide_foreign_graphs=settings.sparql_hide_foreign_graphs,
        )
        if settings.virtuoso_isql:
            user = settings.virtuoso_isql_user or settings.sparql_user
            password = settings.virtuoso_isql_password or settings.sparql_password
            if not (user and password):
                raise StoreError(
                    "MANDATES_VIRTUOSO_ISQL is set but no account for it: set MANDATES_VIRTUOSO_ISQL_USER and "
                    "MANDATES_VIRTUOSO_ISQL_PASSWORD (or MANDATES_SPARQL_USER and MANDATES_SPARQL_PASSWORD)"
                )
            access = IsqlAccess(settings.virtuoso_isql, user, password, settings.virtuoso_isql_program)
            store.server_loader = VirtuosoBulkLoader(access, parallel=settings.virtuoso_loaders)
        return store

    def __repr__(self) -> str:
        return f"SparqlHttpStore({self.http.query_url!r})"

    @property
    def query_url(self) -> str:
        return self.http.query_url

    def server_software(self) -> str:
        return self.http.server_software()

    def is_virtuoso(self) -> bool:
        return self.server_software().lower().startswith("virtuoso")

    # reading ---------------------------------------------------------------------------

    def _fetch(
        self,
        sparql: str,
        *,
        bindings: Bindings | None,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float | None,
        base_iri: str | None = None,
    ) -> tuple[str, Any]:
        """Run a query: ("triples", [Triple]) or ("solutions", QuerySolutions|QueryBoolean)."""
        sparql = check_network(sparql, self.allow_network)
        if bindings:
            sparql = bind_values(sparql, bindings)
        sparql = add_base(add_prefixes(sparql), base_iri)
        form = query_form(sparql)
        if form == "UPDATE":
            raise QuerySyntaxError("expected a query (SELECT, ASK, CONSTRUCT, DESCRIBE), got an update")
        if self.is_virtuoso():
            sparql = cast_exists_to_boolean(sparql)
        sparql = self._graph_pragmas(sparql, default_graphs) + sparql
        graph_form = form in {"CONSTRUCT", "DESCRIBE"}
        try:
            body, headers = self.http.query(
                sparql,
                accept=N_TRIPLES if graph_form else RESULTS_JSON,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
                timeout=timeout,
            )
        except ClientTimeout:
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
            return "triples", codec.decode_server_triples(body, headers.get("content-type", N_TRIPLES))
        solutions = codec.decode_server_json(body)
        if self.is_virtuoso() and _selects_distinct(sparql):
            solutions = _distinct(solutions)
        return "solutions", solutions

    def _graph_pragmas(self, sparql: str, default_graphs: Sequence[str] | None) -> str:
        """Virtuoso's union default graph holds every graph on the server, its own system
        graphs (``virtrdf#``…) included; its ``input:default-graph-exclude`` pragma keeps the
        foreign ones out, so that queries see the union of the product's named graphs, as on
        the embedded store. Virtuoso 7.2 then also hides ``GRAPH <iri>`` patterns and
        overrides FROM (verified), so the pragma is only added to queries that use neither
        GRAPH nor FROM: those read the default graph only."""
        mode = self.hide_foreign_graphs
        if default_graphs or mode in _OFF:
            return ""
        if _GRAPH_OR_FROM.search(strip_literals(sparql)):
            return ""
        if mode == "auto" and not self.is_virtuoso():
            return ""
        return "".join(f"DEFINE input:default-graph-exclude {iri(g)}\n" for g in self._foreign_graphs())

    def _foreign_graphs(self, ttl: float = 60.0) -> list[str]:
        now = time.monotonic()
        if self._foreign is None or now - self._foreign[0] > ttl:
            sparql = (
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(!STRSTARTS(STR(?g), "{escape_string(self.base_iri)}") && !STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
                " LIMIT 1000"
            )
            graphs = []
            for row in self._select(sparql):
                try:
                    graphs.append(iri(row["g"].value)[1:-1])
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
            return codec.as_query_triples(result)
        return result

    def query_with_limits(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float,
        max_rows: int | None,
        base_iri: str | None = None,
    ) -> LimitedResult:
        """The server stops the query (its timeout parameter) and so does the client (HTTP
        timeout a little later); nothing runs in this process, so it stays responsive."""
        started = time.monotonic()
        kind, result = self._fetch(
            sparql, bindings=None, default_graphs=default_graphs, named_graphs=named_graphs,
            timeout=timeout, base_iri=base_iri,
        )
        if time.monotonic() - started > timeout + 2.0:
            raise QueryTimeoutError(timeout_message(timeout))
        if kind == "triples":
            if max_rows is not None and len(result) > max_rows:
                raise QueryLimitError(rows_message(max_rows))
            return result
        if isinstance(result, ox.QueryBoolean) or max_rows is None:
            return result
        # Read the rows to count them, then hand back a fresh QuerySolutions.
        names = [v.value for v in result.variables]
        rows = list(result)
        if len(rows) > max_rows:
            raise QueryLimitError(rows_message(max_rows))
        return codec.solutions_from_rows(names, rows)

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        """The rows of one of this backend's own SELECTs (no guard, no rewriting)."""
        body, _ = self.http.query(sparql, accept=RESULTS_JSON)
        return list(codec.solutions_only(codec.decode_server_json(body)))

    def _select_all(self, sparql: str) -> list[ox.QuerySolution]:
        """Every row of one of this backend's own SELECTs, paging with LIMIT/OFFSET past a
        server-side cap on result rows. (Virtuoso refuses ORDER BY with an OFFSET past its
        cap, so pages are unordered: callers check the total against a COUNT.)"""
        page = self.server_max_rows
        if page is None:
            body, headers = self.http.query(sparql, accept=RESULTS_JSON)
            if "x-sparql-maxrows" not in headers:
                return list(codec.solutions_only(codec.decode_server_json(body)))
            page = self.server_max_rows = int(headers["x-sparql-maxrows"])
        rows: list[ox.QuerySolution] = []
        offset = 0
        while True:
            batch = self._select(f"{sparql}\nLIMIT {page} OFFSET {offset}")
            rows.extend(batch)
            if len(batch) < page:
                return rows
            offset += page

    def _in_base(self, var: str = "?g") -> str:
        return f'FILTER(STRSTARTS(STR({var}), "{escape_string(self.base_iri)}"))'

    def named_graphs(self) -> list[str]:
        where = f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_base()} }}"
        graphs = sorted({row["g"].value for row in self._select_all(f"SELECT DISTINCT ?g {where}")})
        if self.server_max_rows is not None and len(graphs) >= self.server_max_rows:
            expected = self._count(f"SELECT (COUNT(DISTINCT ?g) AS ?n) {where}")
            if expected != len(graphs):
                raise StoreError("the graph list changed while it was read; try again")
        return graphs

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_base()} }}")
        return self._count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {iri(graph)} {{ ?s ?p ?o }} }}")

    def _count(self, sparql: str) -> int:
        rows = self._select(sparql)
        return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0

    def _quads(self) -> list[ox.Quad]:
        """Every quad in the product's graphs (those under the base IRI)."""
        rows = self._select_all(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_base()} }}")
        quads = list(dict.fromkeys(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows))
        if self.server_max_rows is not None and len(quads) != self.count():
            raise StoreError("the data changed while it was exported; try again")
        return quads

    def export(self, fmt: str) -> bytes:
        if fmt in DATASET_FORMATS:
            quads = sorted(self._quads(), key=lambda q: (str(q.graph_name), str(q.subject)))
            return serialize_rdf(quads, DATASET_FORMATS[fmt], PREFIXES)
        if fmt in GRAPH_FORMATS:
            triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in self._quads()))
            return serialize_rdf(triples, GRAPH_FORMATS[fmt], None if fmt in {"ntriples", "jsonld"} else PREFIXES)
        raise unknown_format(fmt)

    # writing ---------------------------------------------------------------------------

    def update(self, sparql: str, *, base_iri: str | None = None, timeout: float | None = None,
               graphs: Collection[str] | None = None) -> None:
        """``timeout`` is not applied: the server bounds its own updates (Virtuoso's
        ``timeout`` parameter is for queries only, and a client that stops waiting does not
        stop the server's transaction). ``graphs`` is not used: nothing is kept beside this store."""
        del timeout, graphs
        sparql = check_network(sparql, self.allow_network, update=True)
        with self._lock:
            self.http.update(add_base(add_prefixes(sparql), base_iri))
            self.generation += 1

    def _upload(self, graph: str, lines: Sequence[str], *, replace: bool) -> None:
        """Put N-Triples lines into ``graph``: Graph Store PUT/POST in chunks when there is a
        graph store endpoint, INSERT DATA in chunks otherwise."""
        if self.http.graph_store_url:
            for n, chunk in enumerate(_chunks(lines, self.upload_chunk)):
                send = self.http.put_graph if (replace and n == 0) else self.http.post_graph
                send(graph, "".join(chunk).encode(), f"uploading to <{graph}>")
            return
        if replace:
            self.http.update(f"DROP SILENT GRAPH {iri(graph)}", f"clearing <{graph}>")
        for chunk in _chunks(lines, self.insert_chunk):
            body = "".join(chunk)
            if "_:" in body:
                # Virtuoso refuses blank nodes in INSERT DATA; a template is standard too.
                sparql = f"INSERT {{ GRAPH {iri(graph)} {{\n{body}}} }} WHERE {{}}"
            else:
                sparql = f"INSERT DATA {{ GRAPH {iri(graph)} {{\n{body}}} }}"
            self.http.update(sparql, f"inserting into <{graph}>")

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        if not graphs:
            return
        # 1. Check everything before anything reaches the server.
        for graph in graphs:
            iri(graph)
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
                self.http.update(self._swap_operation(list(prepared), staging), "replacing graphs")
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
                return f"MOVE SILENT {iri(staging[graph])} TO {iri(graph)}"
            return f"DROP SILENT GRAPH {iri(graph)}"
        pairs = " ".join(
            f"({iri(g)} {iri(staging.get(g, STAGING_PREFIX + 'empty'))})" for g in graphs
        )
        return (
            "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH ?g { ?x ?y ?z } }\n"
            f"WHERE {{ VALUES (?g ?t) {{ {pairs} }}\n"
            "  { GRAPH ?g { ?s ?p ?o } } UNION { GRAPH ?t { ?x ?y ?z } } }"
        )

    def _drop_quietly(self, graphs: Iterable[str]) -> None:
        operations = [f"DROP SILENT GRAPH {iri(g)}" for g in graphs]
        if not operations:
            return
        try:
            self.http.update(" ;\n".join(operations), "dropping staging graphs")
        except StoreError:
            pass  # left-overs are under urn:mandate-graph:staging:, outside the product's graphs

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        operations = [f"DROP SILENT GRAPH {iri(g)}" for g in graphs]
        if not operations:
            return
        with self._lock:
            # Each DROP is atomic; several in one request are not one transaction on Virtuoso.
            self.http.update(" ;\n".join(operations), "dropping graphs")
            self.generation += 1

    def bulk_load(self, path: Path, graph: str) -> None:
        """Stream an N-Triples file into a named graph (added to what is there), in chunks:
        Graph Store POSTs of ``upload_chunk`` lines, or INSERT DATA of ``insert_chunk``.
        Not transactional: a failure half-way leaves the chunks already sent."""
        iri(graph)
        size = self.upload_chunk if self.http.graph_store_url else self.insert_chunk
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
        grouped by graph, each group uploaded in chunks as `bulk_load` does. Not transactional."""
        by_graph: dict[str, list[str]] = {}
        try:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
                if not isinstance(quad.graph_name, ox.NamedNode):
                    raise StoreError(f"{path}: a quad outside any named graph: {quad}")
                line = f"{quad.subject} {quad.predicate} {quad.object} .\n"
                by_graph.setdefault(quad.graph_name.value, []).append(line)
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"{path}: cannot read the N-Quads: {exc}") from exc
        with self._lock:
            try:
                for graph, lines in by_graph.items():
                    iri(graph)
                    self._upload(graph, lines, replace=False)
            finally:
                self.generation += 1

    def server_bulk_load(self, files: Sequence[Path]) -> None:
        """Load N-Quads files with the server's own bulk loader (`server_loader`), which
        reads them from its own file system: all of them, or none where that can be undone.

        Each file is first parsed here, strictly (the server's loader skips a line it cannot
        parse without a word): a broken file raises `StoreError` naming it and its line, the
        store untouched. After the load, a file the server could not open or failed on, or
        fewer quads stored than the files hold, raises `StoreError` naming the files, and
        the graphs of ``files`` are dropped again: the store is as before when those graphs
        were new to it (the bulk path's case: a store with no documents)."""
        if self.server_loader is None:
            raise StoreError(f"{self!r} has no server bulk loader: set MANDATES_VIRTUOSO_ISQL")
        graphs: set[str] = set()
        quads = 0
        for path in files:
            quads += _check_nquads(Path(path), graphs)
        with self._lock:
            before = self.count()
            try:
                outcomes = self.server_loader.load(files, STAGING_PREFIX + "bulk-default")
            finally:
                self.generation += 1
        failures = [_failure_message(o) for o in outcomes if not o.ok]
        gained = self.count() - before if not failures else quads
        if gained != quads:
            failures.append(
                f"the server stored {gained:,} quads of the {quads:,} in the files (it skips what it cannot "
                "take without a word: see its log)"
            )
        if failures:
            self.drop_graphs(graphs)
            raise StoreError(
                f"{self.server_loader!r} did not load every file; their graphs were dropped again:\n  "
                + "\n  ".join(failures)
            )

    def close(self) -> None:
        self.http.close()


def _check_nquads(path: Path, graphs: set[str]) -> int:
    """Parse an N-Quads file strictly; add its graphs to ``graphs`` and return its quads."""
    quads = 0
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            if not isinstance(quad.graph_name, ox.NamedNode):
                raise StoreError(f"{path}: a quad outside any named graph: {quad}")
            graphs.add(quad.graph_name.value)
            quads += 1
    except (SyntaxError, OSError) as exc:
        raise StoreError(f"{path}: cannot read the N-Quads, nothing loaded: {exc}") from exc
    return quads


def _failure_message(outcome: FileOutcome) -> str:
    if outcome.state == 0:
        return (f"{outcome.path}: the server could not open it (it reads the files at this path on its own "
                "machine, from a folder of DirsAllowed in virtuoso.ini)")
    return f"{outcome.path}: {outcome.error or 'not finished'}"


_FIRST_SELECT = re.compile(r"\bSELECT\s+(DISTINCT\b)?", re.IGNORECASE)


def _selects_distinct(sparql: str) -> bool:
    found = _FIRST_SELECT.search(strip_literals(sparql))
    return bool(found and found.group(1))


def _distinct(solutions: Any) -> Any:
    """Each row once. Virtuoso 7.2 repeats rows of a SELECT DISTINCT holding an unbound value
    (seen with OPTIONAL after a property path: 9/1 six times in a citation chain); the
    standard, and the embedded store, answer each row once."""
    if not isinstance(solutions, ox.QuerySolutions):
        return solutions
    names = [v.value for v in solutions.variables]
    seen: set[tuple[Any, ...]] = set()
    rows = []
    for row in solutions:
        key = tuple(row[name] for name in names)
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return codec.solutions_from_rows(names, rows)


def _timeout_message(timeout: float | None) -> str:
    if timeout is None:
        return (
            "the SPARQL server stopped the query at its own time limit "
            "(Virtuoso: [SPARQL] MaxQueryExecutionTime) and returned partial results; narrow it"
        )
    return timeout_message(timeout)
