"""HTTP to a SPARQL 1.1 server, and nothing else: one httpx client for queries, updates and
the Graph Store protocol, with one authentication, one retry policy and one error table.

This is the connector half of rdflib's split (``sparqlconnector.py`` talks HTTP,
``sparqlstore.py`` gives it store semantics): `SparqlConnector` knows URLs, headers, status
codes and the server's error texts; `graph.store.sparql_http.store` knows graphs, staging
and dialects, and never sees a response object.

    query(sparql, accept=…, default_graphs=…, named_graphs=…, timeout=…) -> (body, headers)
    update(sparql, what)                        SPARQL 1.1 Update, POST update=…
    put_graph / post_graph(graph, ntriples)     Graph Store HTTP Protocol, ?graph=<iri>
    server_software()                           the Server header (Virtuoso/07.20.3229)

Every request goes through `_with_retries`: transient failures (connection refused or
reset, 408, 429, a 5xx that is not a permanent error) are tried again with exponential
backoff; everything else becomes the `graph.store.base` error that `error_for` names, with
a message that says what to do.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import httpx

from mandate_graph.graph.store.base import QueryLimitError, QuerySyntaxError, StoreError
from mandate_graph.graph.store.codec import N_TRIPLES, RESULTS_JSON

# Virtuoso error codes that mean "your request is wrong", not "try again".
_PERMANENT_ERROR = re.compile(r"\b(SP0\d\d|37000|22023|42000|42S\d\d|SR\d+: .*syntax)\b")
# Virtuoso: one transaction wrote more log than [Parameters] TransactionAfterImageLimit
# allows (SR325). Trying again fails the same way, after as long a wait.
_TRANSACTION_TOO_BIG = re.compile(r"\bSR325\b")
# Virtuoso: ORDER BY with OFFSET + LIMIT over [Parameters] MaxSortedTopRows (SR353).
_SORTED_TOP_TOO_BIG = re.compile(r"\bSR353\b")
_ESTIMATED_TIME = re.compile(r"estimated execution time", re.IGNORECASE)
# Seconds the client waits beyond a query's own time limit before it gives up on the server.
CLIENT_GRACE = 2.0


class Retryable(Exception):
    """A transient failure (connection, 408/429, 5xx): worth another attempt."""


class ClientTimeout(Exception):
    """The server did not answer within the client's timeout."""


def first_lines(text: str, n: int = 3) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " ".join(lines[:n])[:600]


def error_for(status: int, body: str, *, what: str, url: str, reading: bool) -> Exception:
    """The one error table: what an HTTP error answer from a SPARQL server means.

    Returns `Retryable` for transient failures, else the `StoreError` (or subclass) to raise.
    ``reading``: the request was a query (credentials for queries are a separate setting).
    Rows are tried in order; the first that matches decides.
    """
    # Virtuoso echoes the query after its message: keep the server's own words only.
    text = first_lines(body.split("SPARQL query:")[0], 4)
    if status in {401, 403}:
        if reading:
            return StoreError(
                f"{what}: the SPARQL server wants credentials for queries ({status}): set "
                "MANDATES_SPARQL_USER, MANDATES_SPARQL_PASSWORD and MANDATES_SPARQL_QUERY_AUTH=1"
            )
        return StoreError(
            f"{what}: the SPARQL server refused the credentials ({status}); "
            "set MANDATES_SPARQL_USER and MANDATES_SPARQL_PASSWORD"
        )
    if status == 404:
        return StoreError(f"{what}: no SPARQL endpoint at {url} (HTTP 404); check the URL settings")
    if status == 414:
        return StoreError(f"{what}: the request is too long for {url} (HTTP 414): {text}")
    if _TRANSACTION_TOO_BIG.search(body):
        return StoreError(
            f"{what}: the transaction is too big for the server ({first_lines(body, 1)}); "
            "on Virtuoso raise TransactionAfterImageLimit in the [Parameters] section of "
            "virtuoso.ini (default 50000000 bytes) and restart it, or split the graph"
        )
    if _SORTED_TOP_TOO_BIG.search(body):
        return QueryLimitError(
            "the SPARQL server refuses to sort this many rows for an ORDER BY with "
            "OFFSET/LIMIT: on Virtuoso raise MaxSortedTopRows in the [Parameters] section "
            f"of virtuoso.ini (default 10000), or page without ORDER BY. ({first_lines(body, 1)})"
        )
    if _ESTIMATED_TIME.search(body):
        return QueryLimitError(
            "the SPARQL server refused the query: its estimated execution time is over "
            f"the server's limit; narrow it. ({first_lines(body, 2)})"
        )
    if status == 400 or _PERMANENT_ERROR.search(body):
        return QuerySyntaxError(f"{what}: {text}" if not reading else text)
    if status in {408, 429} or status >= 500:
        return Retryable(f"HTTP {status} from {url}: {text}")
    return StoreError(f"{what}: HTTP {status} from {url}: {text}")


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str
    scheme: str = "digest"  # or "basic"

    def auth(self) -> httpx.Auth:
        if self.scheme.lower() == "basic":
            return httpx.BasicAuth(self.user, self.password)
        return httpx.DigestAuth(self.user, self.password)


class SparqlConnector:
    """The HTTP side of a SPARQL 1.1 server. See the module docstring."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        credentials: Credentials | None = None,
        query_auth: bool = False,
        timeout_param: str = "timeout:ms",
        http_timeout: float = 300.0,
        retries: int = 4,
        backoff: float = 0.5,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """``credentials`` go with updates and Graph Store requests, and with queries when
        ``query_auth``. ``timeout_param``: the server's own query-timeout parameter and its
        unit (``timeout:ms`` on Virtuoso, ``timeout:s`` on Fuseki) or ``none``.
        ``transport``: httpx's, for tests (`httpx.MockTransport`)."""
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.graph_store_url = graph_store_url or None
        self.timeout_param = timeout_param or "none"
        self.http_timeout = http_timeout
        self.retries = retries
        self.backoff = backoff
        self._write_auth = credentials.auth() if credentials else None
        self._query_auth = self._write_auth if query_auth else None
        self._server: str | None = None
        self._http = httpx.Client(timeout=http_timeout, transport=transport)

    # the requests --------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        accept: str,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> tuple[bytes, dict[str, str]]:
        """POST a query (form-encoded, as the SPARQL 1.1 Protocol allows); the raw body and
        the response headers (names lower-cased). With ``timeout``, the server is asked to
        stop the query then, and the client gives up `CLIENT_GRACE` seconds later
        (`ClientTimeout`)."""
        form: dict[str, Any] = {"query": sparql}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        client_timeout = self.http_timeout
        if timeout is not None:
            client_timeout = timeout + CLIENT_GRACE
            name, _, unit = self.timeout_param.partition(":")
            if name and name != "none":
                form[name] = str(int(timeout * 1000)) if unit == "ms" else f"{timeout:g}"
        response = self._request(
            "query", "POST", self.query_url, reading=True, auth=self._query_auth,
            data=form, headers={"Accept": accept}, timeout=client_timeout,
        )
        return response.content, {k.lower(): v for k, v in response.headers.items()}

    def update(self, sparql: str, what: str = "update") -> None:
        self._request(what, "POST", self.update_url, reading=False, auth=self._write_auth, data={"update": sparql})

    def put_graph(self, graph: str, ntriples: bytes, what: str) -> None:
        """Replace ``graph`` by the N-Triples (Graph Store HTTP Protocol)."""
        self._graph_store("PUT", graph, ntriples, what)

    def post_graph(self, graph: str, ntriples: bytes, what: str) -> None:
        """Add the N-Triples to ``graph`` (Graph Store HTTP Protocol)."""
        self._graph_store("POST", graph, ntriples, what)

    def _graph_store(self, method: str, graph: str, ntriples: bytes, what: str) -> None:
        if not self.graph_store_url:
            raise StoreError(f"{what}: no Graph Store endpoint is set (MANDATES_SPARQL_GRAPH_STORE_URL)")
        self._request(
            what, method, self.graph_store_url, reading=False, auth=self._write_auth,
            params={"graph": graph}, content=ntriples, headers={"Content-Type": N_TRIPLES},
        )

    def server_software(self) -> str:
        """The server's ``Server`` header (e.g. ``Virtuoso/07.20.3229``), asked once; "" when
        the server cannot be reached (asked again next time)."""
        if self._server is None:
            try:
                response = self._http.get(
                    self.query_url, params={"query": "ASK {}"}, headers={"Accept": RESULTS_JSON},
                    auth=self._query_auth, timeout=30,
                )
            except httpx.HTTPError:
                return ""
            self._server = response.headers.get("server", "")
        return self._server

    def close(self) -> None:
        self._http.close()

    # one request, retried ------------------------------------------------------------------

    def _request(self, what: str, method: str, url: str, *, reading: bool, auth: httpx.Auth | None,
                 **kwargs: Any) -> httpx.Response:
        def attempt() -> httpx.Response:
            try:
                response = self._http.request(method, url, auth=auth, **kwargs)
            except httpx.TimeoutException as exc:
                if reading:
                    raise ClientTimeout(f"{type(exc).__name__}: {exc} ({url})") from None
                raise Retryable(f"{type(exc).__name__}: {exc} ({url})") from None
            except httpx.TransportError as exc:
                raise Retryable(f"cannot reach {url}: {type(exc).__name__}: {exc}") from None
            if response.status_code < 300:
                return response
            raise error_for(response.status_code, response.text[:4000], what=what, url=url, reading=reading)

        return self._with_retries(what, attempt)

    def _with_retries(self, what: str, attempt: Callable[[], Any]) -> Any:
        """Run ``attempt`` again on transient failures, with exponential backoff (bounded)."""
        delay = self.backoff
        for n in range(self.retries + 1):
            try:
                return attempt()
            except Retryable as exc:
                if n == self.retries:
                    raise StoreError(f"{what} failed after {self.retries + 1} attempts: {exc}") from None
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover
