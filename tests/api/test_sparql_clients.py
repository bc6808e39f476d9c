"""Standard SPARQL clients against /sparql, /update and /store, unmodified, on both backends:
SPARQLWrapper, rdflib's SPARQLStore and SPARQLUpdateStore (both return formats), and Comunica
(`@comunica/query-sparql` 4.x on Node 20, installed by npm into tests/.node, which git ignores).

Each client must work as its documentation shows, without exceptions: that is what a user of the
endpoint has, whatever the server's internals."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TURTLE, XML, SPARQLWrapper

from tests.support.http_server import TOKEN, server  # noqa: F401  (fixtures)
from tests.api.test_http_sparql import protocol_server  # noqa: F401  (the both-backends fixture)
from tests.support.virtuoso import in_ci, virtuoso  # noqa: F401  (the session fixture)

MG = rdflib.Namespace("https://w3id.org/mandate-graph/ontology#")
PREFIXES = "PREFIX mg: <https://w3id.org/mandate-graph/ontology#>\n"
BODIES = PREFIXES + "SELECT DISTINCT ?b WHERE { ?b a mg:Body } ORDER BY ?b"
CONSTRUCT = PREFIXES + "CONSTRUCT { ?b a mg:Body } WHERE { ?b a mg:Body }"


def describe(resources: set) -> str:  # type: ignore[type-arg]
    return "DESCRIBE " + " ".join(f"<{r}>" for r in sorted(resources)[:2])


NODE_DIR = Path(__file__).parent.parent / ".node"
COMUNICA = "@comunica/query-sparql@4"


# ------------------------------------------------------------------------------ SPARQLWrapper


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_every_form_and_format(protocol_server, method: str) -> None:
    client = SPARQLWrapper(protocol_server.sparql)
    client.setMethod(method)
    client.setQuery(BODIES)
    client.setReturnFormat(JSON)
    bodies = {r["b"]["value"] for r in client.query().convert()["results"]["bindings"]}
    assert len(bodies) >= 5
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == len(bodies)
    client.setReturnFormat(CSV)
    assert client.query().convert().count(b"\n") == len(bodies) + 1
    # (what DESCRIBE adds is the engine's choice: Virtuoso also gives triples pointing at them)
    for query, expected in ((CONSTRUCT, bodies), (describe(bodies), set(sorted(bodies)[:2]))):
        client.setQuery(query)
        client.setReturnFormat(TURTLE)
        turtle = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
        # SPARQLWrapper's JSON-LD (format=json-ld, in the form body when POSTing)
        client.setReturnFormat(JSONLD)
        jsonld = client.query().convert()
        assert isinstance(jsonld, rdflib.Graph) and len(jsonld) == len(turtle)
        assert {str(s) for s in turtle.subjects(rdflib.RDF.type, MG.Body)} >= expected


def test_sparqlwrapper_update_with_the_token(protocol_server) -> None:
    graph = "http://example.org/clients/sparqlwrapper"
    client = SPARQLWrapper(protocol_server.sparql, updateEndpoint=protocol_server.url + "/update")
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setQuery(f"INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/a> <http://example.org/b> 'c' }} }}")
    assert client.query().response.status == 204
    client.setQuery(f"DROP SILENT GRAPH <{graph}>")
    assert client.query().response.status == 204


# ------------------------------------------------------------------------------ rdflib


@pytest.mark.parametrize("return_format", ["json", "xml"])
def test_rdflib_sparqlstore_every_query_form(protocol_server, return_format: str) -> None:
    """Finding: with returnFormat="json" (which the docs recommended) every CONSTRUCT failed."""
    graph = rdflib.Graph(store=SPARQLStore(protocol_server.sparql, returnFormat=return_format))
    bodies = {row[0] for row in graph.query(BODIES)}
    assert len(bodies) >= 5
    assert graph.query(PREFIXES + "ASK { ?b a mg:Body }").askAnswer is True
    constructed = graph.query(CONSTRUCT).graph
    assert set(constructed.subjects(rdflib.RDF.type, MG.Body)) == bodies
    described = graph.query(describe(bodies)).graph
    assert set(described.subjects(rdflib.RDF.type, MG.Body)) >= set(sorted(bodies)[:2])


@pytest.mark.parametrize("return_format", ["json", "xml"])
def test_rdflib_sparqlupdatestore_a_named_graph(protocol_server, return_format: str) -> None:
    """A graph of its own through SPARQLUpdateStore: add, query (default-graph-uri), remove."""
    store = SPARQLUpdateStore(protocol_server.sparql, protocol_server.url + "/update", returnFormat=return_format,
                              headers={"Authorization": f"Bearer {TOKEN}"})
    name = rdflib.URIRef(f"http://example.org/clients/rdflib-{return_format}")
    graph = rdflib.Graph(store=store, identifier=name)
    ex = rdflib.Namespace("http://example.org/clients/")
    try:
        graph.add((ex.a, ex.p, rdflib.Literal("one")))
        graph.add((ex.b, ex.p, rdflib.Literal("two")))
        assert len(graph) == 2
        # queries on the graph object carry default-graph-uri: they see this graph only
        assert {row[0] for row in graph.query("SELECT ?s WHERE { ?s ?p ?o }")} == {ex.a, ex.b}
        assert set(graph.query("CONSTRUCT WHERE { ?s ?p ?o }").graph) == set(graph.triples((None, None, None)))
        graph.remove((ex.a, None, None))
        assert list(graph.subjects()) == [ex.b]
    finally:
        store.update(f"DROP SILENT GRAPH <{name}>")


# ------------------------------------------------------------------------------ Comunica


@pytest.fixture(scope="session")
def comunica() -> Path:
    """The folder whose node_modules holds Comunica (installed by npm on first use)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    hint = "install Node 20 and npm (`apt-get install -y nodejs npm`)"
    if node is None or npm is None:
        if in_ci():
            pytest.fail(f"Node/npm missing: {hint} -- CI=true, so the Comunica tests must run", pytrace=False)
        pytest.skip(hint)
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 20:
        pytest.skip(f"Comunica 4 needs Node 20 or later, found {version}: {hint}")
    NODE_DIR.mkdir(exist_ok=True)
    (NODE_DIR / ".gitignore").write_text("*\n")
    # Each xdist worker has its own session: one installs while the other waits (two npm
    # installs into one folder at once break each other's files).
    with open(NODE_DIR / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (NODE_DIR / "node_modules" / "@comunica" / "query-sparql").is_dir():
            done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(NODE_DIR), COMUNICA],
                                  capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr[-2000:]
    return NODE_DIR


COMUNICA_SCRIPT = """
const { QueryEngine } = require('@comunica/query-sparql');
const [endpoint, select, construct, ask] = process.argv.slice(1);
(async () => {
  const engine = new QueryEngine();
  const context = { sources: [{ type: 'sparql', value: endpoint }] };
  const rows = await (await engine.queryBindings(select, context)).toArray();
  const quads = await (await engine.queryQuads(construct, context)).toArray();
  const answer = await engine.queryBoolean(ask, context);
  console.log(JSON.stringify({
    rows: rows.map(b => b.get('b').value),
    quads: quads.map(q => [q.subject.value, q.predicate.value, q.object.value]),
    ask: answer,
  }));
})().catch(error => { console.error(error); process.exit(1); });
"""


def test_comunica_select_construct_ask(protocol_server, comunica: Path) -> None:
    done = subprocess.run(
        ["node", "-e", COMUNICA_SCRIPT, protocol_server.sparql, BODIES, CONSTRUCT, PREFIXES + "ASK { ?b a mg:Body }"],
        cwd=comunica, capture_output=True, text=True, timeout=120, env={**os.environ, "NODE_NO_WARNINGS": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(answer["rows"]) >= 5
    assert {q[0] for q in answer["quads"]} == set(answer["rows"])
    assert answer["ask"] is True
