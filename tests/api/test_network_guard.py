"""No query or update a client sends makes the server contact another machine.

Each test runs a TCP listener on a loopback port and fails if anything connects to it: the
targets of the SERVICE and LOAD texts below. The first test is the anonymous SSRF that a string
literal once smuggled past the old pattern-based guard; the property test generates many more
ways of hiding the keywords (literals, comments, IRIs, escapes, prefixes, case) and runs every
text the guard lets through on a real Oxigraph store holding data, so a SERVICE that got through
would really be called.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandate_graph.graph.store.guard import REFUSAL
from mandate_graph.graph.store.query_pool import QueryPool
from mandate_graph.graph.store import NetworkDisabledError, OxigraphStore, StoreError
from tests.support.http_server import TOKEN, server  # noqa: F401  (pytest fixture)


class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def url(self, path: str = "x") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def assert_untouched(self) -> None:
        time.sleep(0.05)  # a connection in flight would be counted by now
        assert self.connections == 0, f"the server contacted {self.url()} {self.connections} time(s)"


@pytest.fixture
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.socket.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def smuggled_service(target: str) -> str:
    """The published exploit: '<' read as an IRI start made the rest a string for the old guard."""
    return (
        "SELECT * WHERE { BIND(\"a\" AS ?z) FILTER(?z<'x>') "
        f"SERVICE <{target}> {{ ?s ?p 'y' }} }}"
    )


def store_with_data() -> OxigraphStore:
    store = OxigraphStore(None)
    store.replace_graphs({"http://example.org/g": "<http://example.org/a> <http://example.org/b> \"a\" .\n"})
    return store


# ----------------------------------------------------------------------------- the finding itself


def test_the_published_ssrf_is_refused_by_the_store(listener: Listener) -> None:
    store = store_with_data()
    with pytest.raises(NetworkDisabledError, match="MANDATES_ALLOW_NETWORK"):
        store.query(smuggled_service(listener.url()))
    with pytest.raises(NetworkDisabledError):
        store.update(f"INSERT DATA {{ <http://a> <http://b> \"x>'\" }} ; LOAD <{listener.url()}>")
    with pytest.raises(NetworkDisabledError):  # a carriage return ends a comment for Oxigraph only
        store.query(f"SELECT * {{ ?s ?p ?o # note\r SERVICE <{listener.url()}> {{ ?a ?b ?c }} \n }}")
    listener.assert_untouched()


def test_over_http_the_answer_is_the_same_for_open_and_closed_ports(server, listener: Listener) -> None:  # noqa: F811
    answers = []
    for target in (listener.url(), f"http://127.0.0.1:{closed_port()}/x"):
        response = httpx.get(server.sparql, params={"query": smuggled_service(target)})
        answers.append((response.status_code, response.text))
        update = httpx.post(
            server.url + "/update",
            data={"update": f"LOAD <{target}> INTO GRAPH <http://example.org/g>"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        answers.append((update.status_code, update.text))
    assert answers[0] == answers[2] and answers[1] == answers[3], answers
    assert answers[0][0] == 403 and REFUSAL in answers[0][1]
    assert answers[1][0] == 403 and REFUSAL in answers[1][1]
    listener.assert_untouched()


def test_words_in_literals_and_names_are_not_refused() -> None:
    store = store_with_data()
    rows = store.query(
        'PREFIX load: <http://example.org/load#> '
        'SELECT ?service ?download WHERE { ?s ?p ?o '
        'BIND("SERVICE <http://example.org/> { } LOAD <http://example.org/>" AS ?service) '
        'BIND(load:x AS ?download) }'
    )
    assert [str(row["service"].value) for row in rows] == ["SERVICE <http://example.org/> { } LOAD <http://example.org/>"]


# ------------------------------------------------------------------------ generated hiding places

KEYWORD_FORMS = st.sampled_from(["SERVICE", "service", "SeRvIcE", "\\u0053ERVICE", "SERV\\u0049CE", "\\U00000053ERVICE"])
SILENT = st.sampled_from(["", "SILENT ", "silent "])
# Text placed before the SERVICE clause: each tries to make a parser read what follows as
# something else (a string, an IRI, a comment) while another parser reads a keyword.
PREFIXES = st.sampled_from([
    "",
    "FILTER(?o<'x>') ",
    "FILTER(?o < \"x>\") ",
    "FILTER(?o<\"<\") ",
    "BIND('''a' AS ?q) ",
    "BIND(\"\"\"a\"\" \" AS ?q) ",
    "BIND(\"a\\\"\" AS ?q) ",
    "BIND('a\\'' AS ?q) ",
    "# comment\r",
    "# comment\r\n",
    "# comment\n",
    "#\u2028",
    "FILTER(?o != <http://example.org/#>) ",
    "FILTER(?o != <urn:a'b>) ",
    "VALUES ?v { '#' } ",
    "?s <http://example.org/p>\t?o . ",
])
SUFFIXES = st.sampled_from(["", " '", " \"", " >", " # '", " ' \"\"\" '''"])


@st.composite
def hidden_service_queries(draw: st.DrawFn, target: str) -> str:
    before = draw(st.lists(PREFIXES, max_size=3))
    keyword = draw(KEYWORD_FORMS)
    silent = draw(SILENT)
    iri = draw(st.sampled_from([f"<{target}>", "ex:x", "?endpoint"]))
    suffix = draw(SUFFIXES)
    head = draw(st.sampled_from(["", f"PREFIX ex: <{target.rsplit('/', 1)[0]}/> ", "BASE <http://example.org/> "]))
    bind = f"BIND(<{target}> AS ?endpoint) " if iri == "?endpoint" else ""
    return (
        f"{head}SELECT * WHERE {{ ?s ?p ?o . {bind}{''.join(before)}{keyword} {silent}{iri} "
        f"{{ ?a ?b ?c }}{suffix} }}"
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_generated_query_reaches_the_listener(listener: Listener, data: st.DataObject) -> None:
    store = store_with_data()
    query = data.draw(hidden_service_queries(listener.url()))
    try:
        list(store.query(query))  # runs only what the guard let through
    except NetworkDisabledError:
        pass
    except StoreError:
        pass  # a syntax error of the engine: nothing ran
    listener.assert_untouched()


LOAD_FORMS = st.sampled_from(["LOAD", "load", "LoAd", "\\u004cOAD", "LO\\u0041D"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(st.sampled_from([
    "INSERT DATA { <http://a> <http://b> \"x>'\" } ; ",
    "INSERT DATA { <http://a> <http://b> '''a''' } ;\r",
    "# comment\r",
    "CLEAR SILENT GRAPH <http://g> ; ",
    "PREFIX ex: <http://example.org/> ",
]), max_size=3), keyword=LOAD_FORMS, silent=SILENT, into=st.sampled_from(["", " INTO GRAPH <http://example.org/g>"]))
def test_no_generated_update_reaches_the_listener(
    listener: Listener, before: list[str], keyword: str, silent: str, into: str
) -> None:
    store = store_with_data()
    update = f"{''.join(before)}{keyword} {silent}<{listener.url()}>{into}"
    try:
        store.update(update)
    except StoreError:
        pass
    listener.assert_untouched()


# ---------------------------------------------------------------------------- the kernel's wall


def _namespaces_available() -> bool:
    probe = "from mandate_graph.graph.store.isolation import isolate_from_network as f; raise SystemExit(0 if f() else 1)"
    return subprocess.run([sys.executable, "-c", probe], cwd=Path(__file__).parent.parent.parent).returncode == 0


def test_query_workers_cannot_reach_the_network_even_past_the_parser(tmp_path: Path, listener: Listener) -> None:
    """The pool is called directly, as if a parser disagreement had let a SERVICE through."""
    if not _namespaces_available():
        pytest.skip("this kernel allows no network namespace to this user; the parser guard stands alone")
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("c"), ox.NamedNode("http://g")))
    store.flush()
    del store
    pool = QueryPool(str(path), size=1, isolate=True)
    try:
        kind, message = "", ""
        try:
            kind, message = pool.run(
                f"SELECT * WHERE {{ ?s ?p ?o SERVICE <{listener.url()}> {{ ?a ?b ?c }} }}",
                generation=0, prefixes={}, default_graphs=None, named_graphs=None, timeout=10, max_rows=10,
            )
        except Exception as exc:  # the worker reports the failed SERVICE call as an error
            message = str(exc)
        listener.assert_untouched()
        assert kind != "solutions" or message == ""
    finally:
        pool.close()
