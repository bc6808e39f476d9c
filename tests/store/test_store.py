"""The store interface: named-graph replace, atomicity, persistence, export round-trips."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from mandate_graph.graph.store import NetworkDisabledError, OxigraphStore, QuerySyntaxError, StoreError

G1 = "http://example.org/graph/one"
G2 = "http://example.org/graph/two"


def nt(*triples: tuple[str, str, str]) -> str:
    return "".join(f"<{s}> <{p}> {o} .\n" for s, p, o in triples)


A = ("http://example.org/a", "http://example.org/p", '"one"')
B = ("http://example.org/b", "http://example.org/p", '"two"')
C = ("http://example.org/c", "http://example.org/p", '"three"')


def values(store: OxigraphStore) -> set[str]:
    return {row["o"].value for row in store.query("SELECT ?o WHERE { ?s ?p ?o }")}


def test_replace_graph_replaces_exactly_that_graph() -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B), G2: nt(C)})
    store.replace_graphs({G1: nt(A)})
    assert store.count(G1) == 1
    assert store.count(G2) == 1
    assert values(store) == {"one", "three"}
    # The default graph of a query is the union of the named graphs.
    assert store.named_graphs() == [G1, G2]


def test_failing_replace_changes_nothing() -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A), G2: nt(C)})
    before = store.export("nquads")
    broken = "<http://example.org/x> <http://example.org/p> this is not N-Triples .\n"
    with pytest.raises(StoreError, match="store unchanged"):
        store.replace_graphs({G1: nt(B), G2: broken})
    assert store.export("nquads") == before


def test_on_disk_store_persists_across_reopen(tmp_path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({G1: nt(A, B)})
    store.close()
    reopened = OxigraphStore(tmp_path / "store")
    assert reopened.count() == 2


def test_second_writer_gets_a_clear_error(tmp_path) -> None:
    import subprocess
    import sys

    first = OxigraphStore(tmp_path / "store")
    code = f"from mandate_graph.graph.store import OxigraphStore; OxigraphStore({str(tmp_path / 'store')!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode != 0
    assert "in use by another process" in done.stderr
    first.close()


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nquads", "nquads")])
def test_dataset_export_round_trips_through_rdflib(fmt: str, parser: str) -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B), G2: nt(C)})
    dataset = rdflib.Dataset()
    dataset.parse(data=store.export(fmt).decode(), format=parser)
    graphs = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert graphs == {G1: 2, G2: 1}


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("jsonld", "json-ld"), ("ntriples", "nt")])
def test_union_export_round_trips_through_rdflib(fmt: str, parser: str) -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B), G2: nt(C, A)})
    graph = rdflib.Graph().parse(data=store.export(fmt).decode(), format=parser)
    assert {str(o) for o in graph.objects()} == {"one", "two", "three"}
    assert len(graph) == 3  # A appears in two graphs, once in the union


def test_query_errors_are_typed() -> None:
    store = OxigraphStore(None)
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT WHERE {")
    with pytest.raises(NetworkDisabledError, match="MANDATES_ALLOW_NETWORK"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(NetworkDisabledError):
        store.update("LOAD <http://example.org/data.ttl>")
    # The word inside a string or IRI is not the keyword.
    assert list(store.query('SELECT ?x WHERE { BIND("SERVICE LOAD" AS ?x) }'))


def test_bindings_are_substituted_not_pasted() -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B)})
    hostile = ox.Literal('one" } ; DROP ALL ; SELECT * { "')
    rows = list(store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": hostile}))
    assert rows == []
    rows = list(store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": ox.Literal("one")}))
    assert [r["s"].value for r in rows] == ["http://example.org/a"]
    assert store.count() == 2


# ------------------------------------------------------------------------------ text, codec, errors


@pytest.mark.parametrize(
    "sparql, form",
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("PREFIX ask: <http://example.org/construct#>\n# DESCRIBE in a comment\nCONSTRUCT { ?s ask:p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ('ASK { ?s ?p "SELECT" }', "ASK"),
        ("describe <http://example.org/a>", "DESCRIBE"),
        ("PREFIX mg: <https://example.org/> INSERT DATA { mg:a mg:b mg:c }", "UPDATE"),
        ("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
        ("SELECT ?select ?ask WHERE { ?select ?ask ?o }", "SELECT"),
    ],
)
def test_query_form(sparql: str, form: str) -> None:
    from mandate_graph.graph.store.sparql_text import query_form

    assert query_form(sparql) == form


def test_the_codec_round_trips_every_kind_of_result() -> None:
    from mandate_graph.graph.store.codec import RowLimitExceeded, decode_result, decode_server_json, encode_result

    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B) + '<http://example.org/a> <http://example.org/q> "x"@en-GB .\n'})
    select = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o"
    kind, data = encode_result(store.query(select))
    decoded = decode_result(kind, data)
    assert kind == "solutions"
    assert [(r["s"], r["o"]) for r in decoded] == [(r["s"], r["o"]) for r in store.query(select)]
    # What a server sends (SPARQL JSON) is decoded to the same terms, dialect normalized.
    server_json = store.query(select).serialize(format=ox.QueryResultsFormat.JSON)
    assert [r["o"] for r in decode_server_json(server_json)] == [r["o"] for r in store.query(select)]
    assert bool(decode_result(*encode_result(store.query("ASK { ?s ?p 'two' }")))) is True
    kind, data = encode_result(store.query("CONSTRUCT WHERE { ?s ?p ?o }"))
    assert kind == "triples" and len(decode_result(kind, data)) == 3
    with pytest.raises(RowLimitExceeded):
        encode_result(store.query(select), max_rows=2)


def test_virtuoso_dialect_is_normalized_when_decoded() -> None:
    from mandate_graph.graph.store.codec import decode_server_json

    answer = (
        b'{"head":{"vars":["b","t","n"]},"results":{"bindings":[{"b":{"type":"bnode","value":"nodeID://b10007"},'
        b'"t":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#boolean","value":"1"},'
        b'"n":{"type":"literal","xml:lang":"EN-GB","value":"x"}}]}}'
    )
    row = next(iter(decode_server_json(answer)))
    assert row["b"] == ox.BlankNode("b10007")
    assert row["t"] == ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    assert row["n"] == ox.Literal("x", language="en-gb")


@pytest.mark.parametrize(
    "status, body, reading, expected, words",
    [
        (401, "", True, "StoreError", "MANDATES_SPARQL_QUERY_AUTH"),
        (401, "", False, "StoreError", "MANDATES_SPARQL_PASSWORD"),
        (500, "Virtuoso 42000 Error SR325: Transaction log exceeds", False, "StoreError", "TransactionAfterImageLimit"),
        (500, "Virtuoso 22023 Error SR353: Sorted TOP clause", True, "QueryLimitError", "MaxSortedTopRows"),
        (500, "The estimated execution time 900 (sec) exceeds the limit", True, "QueryLimitError", "narrow it"),
        (400, "Virtuoso 37000 Error SP030: syntax error\nSPARQL query:\nSELECT WHERE {", True, "QuerySyntaxError", "SP030"),
        (500, "Virtuoso 37000 Error SP031: bad", False, "QuerySyntaxError", "SP031"),
        (503, "overloaded", True, "Retryable", "503"),
        (429, "", False, "Retryable", "429"),
        (404, "", True, "StoreError", "no SPARQL endpoint"),
        (418, "teapot", False, "StoreError", "HTTP 418"),
    ],
)
def test_the_one_error_table(status: int, body: str, reading: bool, expected: str, words: str) -> None:
    from mandate_graph.graph.store.sparql_http.connector import error_for

    error = error_for(status, body, what="query", url="http://127.0.0.1:1/sparql", reading=reading)
    assert type(error).__name__ == expected
    assert words in str(error)
    assert "SPARQL query:" not in str(error)  # the server's words, not the echoed query


def test_open_store_chooses_by_scheme(tmp_path) -> None:
    from mandate_graph.graph.settings import Settings
    from mandate_graph.graph.store import SparqlHttpStore, open_store

    memory = open_store(Settings(store="memory"))
    assert isinstance(memory, OxigraphStore) and memory.path is None
    on_disk = open_store(Settings(store=str(tmp_path / "store"), query_workers=2))
    assert isinstance(on_disk, OxigraphStore) and on_disk.path == tmp_path / "store"
    on_disk.close()
    remote = open_store(Settings(store="sparql+http://127.0.0.1:9/sparql", base_iri="https://example.org/other/"))
    assert isinstance(remote, SparqlHttpStore)
    assert remote.base_iri == "https://example.org/other/" and remote.query_url == "http://127.0.0.1:9/sparql"
    remote.close()


def connector_answering(*answers: object, **options: object):  # type: ignore[no-untyped-def]
    """A `SparqlConnector` whose server gives these answers in turn (an httpx.Response, or an
    exception to raise), and the list of requests it received."""
    import httpx

    from mandate_graph.graph.store.sparql_http import SparqlConnector

    seen: list[httpx.Request] = []
    pending = list(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = pending.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer  # type: ignore[return-value]

    options.setdefault("backoff", 0.0)
    connector = SparqlConnector("http://127.0.0.1:1/sparql", transport=httpx.MockTransport(handle), **options)  # type: ignore[arg-type]
    return connector, seen


def test_connector_retries_transient_failures_only() -> None:
    import httpx

    ok = httpx.Response(200, json={"head": {}, "boolean": True}, headers={"X-Test": "1"})
    connector, seen = connector_answering(
        httpx.Response(503, text="busy"), httpx.ConnectError("refused"), ok
    )
    body, headers = connector.query("ASK {}", accept="application/sparql-results+json")
    assert len(seen) == 3 and headers["x-test"] == "1" and b"true" in body

    connector, seen = connector_answering(*[httpx.Response(502, text="down")] * 3, retries=2)
    with pytest.raises(StoreError, match="failed after 3 attempts"):
        connector.update("CLEAR ALL")
    assert len(seen) == 3

    too_big = httpx.Response(500, text="Virtuoso 42000 Error SR325: Transaction log exceeds")
    connector, seen = connector_answering(too_big, too_big)
    with pytest.raises(StoreError, match="TransactionAfterImageLimit"):
        connector.update("CLEAR ALL")
    assert len(seen) == 1  # not retried: it would fail the same way


def test_connector_sends_one_form_and_credentials_only_where_asked() -> None:
    import httpx
    from urllib.parse import parse_qs

    from mandate_graph.graph.store.sparql_http import Credentials

    answers = [httpx.Response(200, json={"head": {}, "boolean": True}) for _ in range(4)]
    connector, seen = connector_answering(*answers, credentials=Credentials("dba", "secret", "basic"))
    connector.query("ASK {}", accept="application/sparql-results+json", default_graphs=["http://g/1", "http://g/2"], timeout=2.5)
    connector.update("CLEAR ALL")
    form = parse_qs(seen[0].content.decode())
    assert form == {"query": ["ASK {}"], "default-graph-uri": ["http://g/1", "http://g/2"], "timeout": ["2500"]}
    assert seen[0].headers["accept"] == "application/sparql-results+json"
    assert "authorization" not in seen[0].headers  # queries go without credentials by default
    assert seen[1].headers["authorization"].startswith("Basic ")
    connector, seen = connector_answering(*answers[:1], credentials=Credentials("dba", "secret", "basic"), query_auth=True)
    connector.query("ASK {}", accept="application/sparql-results+json")
    assert seen[0].headers["authorization"].startswith("Basic ")


_WRITE_THEN_DIE = """
import os, signal, sys
import pyoxigraph as ox
store = ox.Store(sys.argv[1])
store.update("INSERT DATA { " + " ".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .' for i in range(20000)) + " }")
os.kill(os.getpid(), signal.SIGKILL)  # committed, never closed: the write-ahead log stays
"""


def test_opening_a_store_left_by_a_killed_writer_says_it_is_recovering(tmp_path, monkeypatch, caplog) -> None:
    import subprocess
    import sys

    import mandate_graph.graph.store.oxigraph as oxigraph_store

    folder = tmp_path / "store"
    subprocess.run([sys.executable, "-c", _WRITE_THEN_DIE, str(folder)], check=False, timeout=120)
    pending = oxigraph_store.write_ahead_log_bytes(folder)
    assert pending > 1_000_000  # the committed update is still only in the log
    monkeypatch.setattr(oxigraph_store, "RECOVERY_NOTICE_BYTES", 1_000_000)
    with caplog.at_level("WARNING", logger=oxigraph_store.__name__):
        store = OxigraphStore(folder)
    try:
        assert store.count() == 20000  # all of the committed update, replayed
    finally:
        store.close()
    (notice,) = [r.getMessage() for r in caplog.records]
    assert str(folder) in notice and "not closed cleanly" in notice and f"{pending // 2**20} MB" in notice
    caplog.clear()
    with caplog.at_level("WARNING", logger=oxigraph_store.__name__):
        OxigraphStore(folder).close()  # closed cleanly this time: nothing to say
    assert not caplog.records
