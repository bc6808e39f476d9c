"""Named queries: headers parse, parameters are typed and bound safely, and each query returns
rows on a graph that has its relations (the hand-built sample graph)."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

from mandate_graph.graph.named_queries import NamedQueryError, load_named_queries, parse_named_query
from mandate_graph.graph.store.sparql_text import bind_values, bind_with_values_block
from tests.support.http_server import sample_ctx, server  # noqa: F401  (fixtures)

QUERIES = load_named_queries()
BASE = "https://w3id.org/mandate-graph/id/"

# For each query: parameters, and a value that must appear in the rows.
EXPECTED = {
    "mandates-of-body": ({"body": "cop-untoc/wg-firearms"}, BASE + "instrument/cop-untoc/resolution/7/1"),
    "bodies-established": ({"parent": "cop-untoc"}, BASE + "instrument/cop-untoc/decision/4/4"),
    "instruments-citing": ({"instrument": "resolution 10/6"}, BASE + "instrument/cop-untoc/resolution/11/1"),
    "citation-chain": ({"instrument": "cop-untoc/resolution/11/1"}, BASE + "instrument/cop-untoc/resolution/7/1"),
    "reports-to-session": ({"session": "COP 11"}, "CTOC/COP/WG.4/2021/6"),
    "requests-without-report": ({}, BASE + "body/cop-untoc/wg-technical-assistance"),
    "adopted-at-session": ({"session": "session/cop-untoc/11"}, BASE + "instrument/cop-untoc/resolution/11/3"),
    "body-history": ({"body": "Working Group on Trafficking in Persons"}, BASE + "meeting/cop-untoc/wg-trafficking-in-persons/11"),
    "documents-mentioning": ({"instrument": "resolution 7/1"}, "CTOC/COP/WG.4/2021/6"),
    "top-citing": ({"issuer": "cop-untoc"}, BASE + "instrument/cop-untoc/resolution/11/1"),
    "most-cited": ({}, BASE + "instrument/cop-untoc/resolution/10/6"),
    "evidence-for": ({"entity": "decision 4/4", "relation": "establishes"}, "2"),
}


def rows(result) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def test_at_least_ten_queries_with_headers() -> None:
    assert len(QUERIES) >= 10
    for q in QUERIES.values():
        assert q.title and q.description, q.name
        assert q.examples, q.name
    assert set(EXPECTED) <= set(QUERIES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_query_returns_rows(sample_ctx, name) -> None:
    params, wanted = EXPECTED[name]
    found = rows(QUERIES[name].run(sample_ctx.store, params, sample_ctx.ids, registry=sample_ctx.registry))
    assert found, name
    assert any(wanted in row.values() for row in found), (name, found)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_examples_run(sample_ctx, name) -> None:
    for example in QUERIES[name].examples:
        QUERIES[name].run(sample_ctx.store, example, sample_ctx.ids, registry=sample_ctx.registry)


def test_requests_without_report_excludes_fulfilled(sample_ctx) -> None:
    found = rows(QUERIES["requests-without-report"].run(sample_ctx.store, {}, sample_ctx.ids, registry=sample_ctx.registry))
    bodies = {r["body"] for r in found}
    assert BASE + "body/cop-untoc/wg-international-cooperation" not in bodies  # its report exists


def test_body_history_is_in_date_order(sample_ctx) -> None:
    found = rows(QUERIES["body-history"].run(sample_ctx.store, {"body": "cop-untoc/wg-trafficking-in-persons"},
                                             sample_ctx.ids, registry=sample_ctx.registry))
    dates = [r["date"] for r in found if r["date"]]
    assert dates == sorted(dates) and len(found) >= 3


def test_parameter_validation(sample_ctx) -> None:
    q = QUERIES["mandates-of-body"]
    with pytest.raises(NamedQueryError, match="missing parameter 'body'"):
        q.run(sample_ctx.store, {}, sample_ctx.ids, registry=sample_ctx.registry)
    with pytest.raises(NamedQueryError, match="must be one of"):
        q.run(sample_ctx.store, {"body": "cop-untoc/wg-firearms", "action": "bombs"}, sample_ctx.ids, registry=sample_ctx.registry)
    with pytest.raises(NamedQueryError, match="cannot resolve"):
        q.run(sample_ctx.store, {"body": "Working Grp on Firarms"}, sample_ctx.ids, registry=sample_ctx.registry)
    with pytest.raises(NamedQueryError, match="unknown parameter"):
        q.run(sample_ctx.store, {"body": "cop-untoc/wg-firearms", "x": "1"}, sample_ctx.ids, registry=sample_ctx.registry)


def test_injection_is_bound_not_pasted(sample_ctx) -> None:
    q = parse_named_query("t", "#+ title: t\n#+ param: text | string | required | t\n"
                                 "SELECT ?s WHERE { ?s rdfs:label ?text }")
    evil = '" } ; DROP ALL ; SELECT * WHERE { "'
    assert rows(q.run(sample_ctx.store, {"text": evil}, sample_ctx.ids)) == []
    typed = parse_named_query("d", "#+ title: d\n#+ param: n | integer | required | n\n#+ param: when | date | optional | d\n"
                                   "SELECT ?n ?when WHERE { }")
    with pytest.raises(NamedQueryError, match="integer"):
        typed.bind({"n": "1; DROP"}, sample_ctx.ids)
    with pytest.raises(NamedQueryError, match="date"):
        typed.bind({"n": "1", "when": "21 October"}, sample_ctx.ids)


def test_bad_header_is_reported() -> None:
    with pytest.raises(NamedQueryError, match="title"):
        parse_named_query("x", "SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(NamedQueryError, match="not used"):
        parse_named_query("x", "#+ title: x\n#+ param: body | iri | required | b\nSELECT * WHERE { ?s ?p ?o }")


# --------------------------------------------------------------------------- over HTTP


def test_listed_over_http(server) -> None:
    r = httpx.get(server.url + "/api/queries").json()
    assert r["count"] == len(QUERIES)
    entry = next(q for q in r["queries"] if q["name"] == "mandates-of-body")
    assert entry["parameters"][0]["type"] == "iri" and entry["exampleLinks"]


def test_run_over_http_json_csv_and_errors(server) -> None:
    url = server.url + "/api/queries/mandates-of-body"
    r = httpx.get(url, params={"body": "cop-untoc/wg-firearms"})
    assert r.status_code == 200
    assert BASE + "instrument/cop-untoc/resolution/7/1" in {row["instrument"] for row in r.json()["rows"]}
    csv = httpx.get(url, params={"body": "Working Group on Firearms", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "resolution/7/1" in csv.text
    srj = httpx.get(url, params={"body": "cop-untoc/wg-firearms"}, headers={"Accept": "application/sparql-results+json"})
    assert "results" in srj.json()
    missing = httpx.get(url)
    assert missing.status_code == 400 and "missing parameter 'body'" in missing.json()["detail"]
    assert httpx.get(server.url + "/api/queries/no-such-query").status_code == 404


def test_cli_named_query(tmp_path) -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "mandate_graph.cli", "--store", "memory", "query", "--named", "mandates-of-body",
                          "--param", "body=nobody-known", "--format", "json"], capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and "cannot resolve" in out.stderr


# --------------------------------------------------------------------------- binding in place

# What each query is run with: its examples, and the parameters of EXPECTED.
PARAMETER_SETS = sorted(
    {(name, tuple(sorted(params.items()))) for name, query in QUERIES.items() for params in query.examples}
    | {(name, tuple(sorted(params.items()))) for name, (params, _) in EXPECTED.items()}
)


def answer_key(result, sampled: set[str]) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """The rows as a sorted list of term tuples, without the columns in ``sampled`` (a SAMPLE
    is any member of its group) and without blank-node labels: they may differ between two
    runs of the same query."""
    names = [v.value for v in result.variables if v.value not in sampled]
    return sorted(tuple("_:b" if isinstance(s[n], ox.BlankNode) else str(s[n]) for n in names) for s in result)


def same_answers_both_ways(ctx) -> None:  # type: ignore[no-untyped-def]
    """Every named query, with each of its parameter sets, answers the same with its IRIs
    written in place as with every parameter bound by a VALUES block (the previous binding)."""
    import re

    compared = 0
    for name, params in PARAMETER_SETS:
        query = QUERIES[name]
        bindings = query.bind(dict(params), ctx.ids, ctx.store, ctx.registry)
        sparql = query.text_for(bindings)
        inline = bind_values(sparql, bindings) if bindings else sparql
        by_values = bind_with_values_block(sparql, bindings) if bindings else sparql
        sampled = set(re.findall(r"SAMPLE\(\?\w+\)\s+AS\s+\?(\w+)", query.sparql, re.IGNORECASE))
        assert answer_key(ctx.store.query(inline), sampled) == answer_key(ctx.store.query(by_values), sampled), (
            name, params, inline)
        compared += 1
    assert compared >= len(QUERIES)


def test_binding_in_place_gives_the_same_answers(sample_ctx) -> None:  # noqa: F811
    same_answers_both_ways(sample_ctx)


# Queries whose optional parameter only narrows the answer (a line "#+ if NAME: pattern"):
# (query, parameter, its value, the pattern a row of the whole answer must match to be kept).
NARROWING = [
    ("bodies-established", "parent", "cop-untoc", "<{row[body]}> org:subOrganizationOf <{value}>"),
    ("most-cited", "issuer", "cop-untoc", "<{row[instrument]}> mg:issuedBy <{value}>"),
    ("top-citing", "issuer", "cop-untoc", "<{row[instrument]}> mg:issuedBy <{value}>"),
    # The body is bound inside the sub-select that finds the open requests ($body).
    ("requests-without-report", "body", "unodc", "FILTER(<{row[body]}> = <{value}>)"),
]


@pytest.fixture(scope="module")
def corpus_and_other_issuer():  # type: ignore[no-untyped-def]
    """The sample corpus, and one more citing instrument of another issuer (in the corpus every
    citing instrument is the Conference's, so an issuer would narrow nothing)."""
    from tests.conftest import CORPUS, loader_for, make_context

    ctx = make_context()
    assert all(r.ok for r in loader_for(ctx).load([CORPUS]))
    ctx.store.update(f"""INSERT DATA {{ GRAPH <{BASE}graph/test-other-issuer> {{
        <{BASE}instrument/ga/resolution/99/1> a mg:Resolution ; mg:issuedBy <{BASE}body/ga> ;
            mg:cites <{BASE}instrument/cop-untoc/resolution/7/1> }} }}""")
    return ctx


@pytest.mark.parametrize(("name", "parameter", "raw", "pattern"), NARROWING)
def test_an_optional_parameter_narrows_the_whole_answer(corpus_and_other_issuer, name, parameter, raw, pattern) -> None:
    """Given, the parameter keeps exactly the rows of the answer without it that match it (the
    parameter is a pattern the engine starts from, no longer a FILTER over every row)."""
    ctx = corpus_and_other_issuer
    query = QUERIES[name]
    value = query.bind({parameter: raw}, ctx.ids, ctx.store, ctx.registry)[parameter].value
    whole = rows(query.run(ctx.store, {}, ctx.ids, registry=ctx.registry))
    narrowed = rows(query.run(ctx.store, {parameter: raw}, ctx.ids, registry=ctx.registry))
    kept = [row for row in whole if ctx.store.query("ASK { " + pattern.format(row=row, value=value) + " }")]
    assert 0 < len(kept) < len(whole)
    sampled = {"quote"}  # SAMPLE: any quote of the group
    # The same rows; in the same order but among rows the ORDER BY ties (one request's tasks).
    def key(row: dict[str, str | None]) -> tuple[str, ...]:
        return tuple(str(row.get(k)) for k in sorted(row) if k not in sampled)

    assert sorted(map(key, narrowed)) == sorted(map(key, kept))
    assert [row.get("instrument") for row in narrowed] == [row.get("instrument") for row in kept]
    if "quote" in narrowed[0]:
        assert all(row["quote"] for row in narrowed)  # the quote still found for each


def test_a_line_for_a_given_parameter_is_a_comment_without_it() -> None:
    query = QUERIES["top-citing"]
    assert "#+ if issuer:" in query.text_for(())
    given = query.text_for(["issuer"])
    assert "#+ if issuer:" not in given and "?instrument mg:issuedBy ?issuer ." in given
    with pytest.raises(NamedQueryError, match="names no optional parameter"):
        parse_named_query("bad", "#+ title: t\n#+ param: x | iri | required | x\nSELECT * WHERE {\n  #+ if x: ?s ?p ?x .\n}")


def test_a_line_writes_its_own_value_and_only_its_own() -> None:
    """``$NAME`` in a line for NAME is the parameter's term as pyoxigraph writes it; a line
    whose value is wanted cannot be used with names alone, and a line may not write another
    parameter's value."""
    text = ("#+ title: t\n#+ param: x | iri | optional | x\n#+ param: y | string | optional | y\n"
            "SELECT ?x ?y WHERE {\n  { SELECT ?x WHERE {\n    #+ if x: VALUES ?x { $x }\n    ?x ?p ?o } }\n"
            "  #+ if y: ?x ?q ?y .\n}")
    query = parse_named_query("t", text)
    given = query.text_for({"x": ox.NamedNode("http://example.org/a>b"[:20])})
    assert "    VALUES ?x { <http://example.org/a> }\n" in given and "#+ if y:" in given
    quoted = query.text_for({"x": ox.NamedNode("http://example.org/a"), "y": ox.Literal('say "hi"')})
    assert "?x ?q ?y ." in quoted and "$" not in quoted
    with pytest.raises(NamedQueryError, match="give the parameters as terms"):
        query.text_for(["x"])
    assert "#+ if x:" in query.text_for(["y"])  # names alone do for a line without a value
    with pytest.raises(NamedQueryError, match="another parameter"):
        parse_named_query("bad", text.replace("VALUES ?x { $x }", "VALUES ?x { $y }"))


def test_requests_without_report_starts_from_the_body(sample_ctx) -> None:  # noqa: F811
    """Given a body, its value opens the sub-select (where a binding from outside does not reach)."""
    query = QUERIES["requests-without-report"]
    bindings = query.bind({"body": "cop-untoc/wg-technical-assistance"}, sample_ctx.ids, sample_ctx.store,
                          sample_ctx.registry)
    text = bind_values(query.text_for(bindings), bindings)
    inner = text[text.index("SELECT DISTINCT"):]
    assert inner.split("\n")[1].strip() == f"VALUES ?body {{ <{BASE}body/cop-untoc/wg-technical-assistance> }}"
    found = rows(query.run(sample_ctx.store, {"body": "cop-untoc/wg-technical-assistance"}, sample_ctx.ids,
                           registry=sample_ctx.registry))
    assert found and {row["body"] for row in found} == {BASE + "body/cop-untoc/wg-technical-assistance"}
    # Requested too, but its meeting's report is pursuant to the request: nothing open.
    assert not list(query.run(sample_ctx.store, {"body": "cop-untoc/wg-international-cooperation"}, sample_ctx.ids,
                              registry=sample_ctx.registry))


def test_an_iri_parameter_is_written_in_place(sample_ctx) -> None:  # noqa: F811
    """mandates-of-body, the query the in-place binding is for: no ?body left to join."""
    bindings = QUERIES["mandates-of-body"].bind({"body": "cop-untoc/wg-firearms"}, sample_ctx.ids, sample_ctx.store,
                                                sample_ctx.registry)
    text = bind_values(QUERIES["mandates-of-body"].sparql, bindings)
    assert "?body" not in text and text.count(f"<{BASE}body/cop-untoc/wg-firearms>") == 3


@pytest.fixture(scope="module")
def virtuoso_sample_ctx(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The hand-built graph on a Virtuoso of this module's own (the session's is shared with
    tests that expect the corpus on it)."""
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.settings import Settings
    from tests.conftest import loader_for
    from tests.support.http_server import load_sample
    from tests.support.virtuoso import require_binary, start_virtuoso

    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso-named"), binary=require_binary())
    try:
        ctx = Context.open(Settings(store=server.store_location, base_iri=BASE, **server.remote_options))
        loader_for(ctx).ensure_reference()
        load_sample(ctx)
        yield ctx
    finally:
        server.stop()


@pytest.mark.virtuoso
def test_binding_in_place_gives_the_same_answers_on_virtuoso(virtuoso_sample_ctx) -> None:
    same_answers_both_ways(virtuoso_sample_ctx)
