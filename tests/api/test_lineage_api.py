"""The lineage surfaces: JSON and picture endpoints (FastAPI TestClient) and the command line
(typer's CliRunner), on the hand-made reporting chain of test_lineage.py."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from mandate_graph.graph.model import BodyRef
from tests.conftest import BASE
from tests.graph.test_lineage import CHAIN, WG, context_with, inst

R10_2 = "instrument/cop-untoc/resolution/10/2"


@pytest.fixture(scope="module")
def chain():  # type: ignore[no-untyped-def]
    return context_with(*CHAIN)


@pytest.fixture(scope="module")
def client(chain):  # type: ignore[no-untyped-def]
    from mandate_graph.api.app import create_app

    return TestClient(create_app(chain))


def test_lineage_json_has_nodes_edges_and_evidence(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.get(f"/api/lineage/{R10_2}", params={"direction": "up", "depth": 4})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body["root"] == R10_2 and body["direction"] == "up" and body["depth"] == 4
    ids = [n["id"] for n in body["nodes"]]
    assert {"meeting/cop-untoc/wg-firearms/8", "instrument/cop-untoc/resolution/9/1"} <= set(ids)
    dates = [n["date"] for n in body["nodes"] if n["date"]]
    assert dates == sorted(dates)  # time order
    pursuant = next(e for e in body["edges"] if e["relation"] == "pursuantTo")
    assert pursuant["source"] == "instrument/cop-untoc/resolution/9/1"
    assert pursuant["evidence"][0]["quote"].startswith("In accordance with resolution 9/1")
    assert pursuant["evidence"][0]["document"] == "document/source/hand-made"
    assert pursuant["evidence"][0]["paragraph"] == "1"
    meeting = next(n for n in body["nodes"] if n["id"] == "meeting/cop-untoc/wg-firearms/8")
    assert meeting["via"] == R10_2 and meeting["distance"] == -1 and meeting["endDate"] == "2019-05-12"


def test_lineage_by_full_iri_and_by_reference(client) -> None:  # type: ignore[no-untyped-def]
    by_iri = client.get("/api/lineage/", params={"iri": BASE + R10_2, "depth": 2}).json()
    assert by_iri["root"] == R10_2
    by_ref = client.get("/api/lineage/", params={"ref": "resolution 10/2", "depth": 2})
    assert by_ref.status_code == 200 and by_ref.json()["root"] == R10_2
    assert client.get("/api/lineage/").status_code == 400


def test_both_engines_answer_alike_over_http(client) -> None:  # type: ignore[no-untyped-def]
    a = client.get(f"/api/lineage/{R10_2}", params={"engine": "networkx"}).json()
    b = client.get(f"/api/lineage/{R10_2}", params={"engine": "sparql"}).json()
    assert (a["engine"], b["engine"]) == ("networkx", "sparql")
    assert a["nodes"] == b["nodes"] and a["edges"] == b["edges"]
    assert client.get(f"/api/lineage/{R10_2}", params={"engine": "guess"}).status_code == 400


@pytest.mark.parametrize(
    "fmt, media",
    [("mermaid", "text/vnd.mermaid"), ("dot", "text/vnd.graphviz"), ("graphml", "application/graphml+xml"), ("gexf", "application/gexf+xml")],
)
def test_lineage_pictures(client, fmt, media) -> None:  # type: ignore[no-untyped-def]
    answer = client.get(f"/api/lineage/{R10_2}", params={"format": fmt, "direction": "up"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
    if fmt in {"graphml", "gexf"}:
        read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        graph = read(io.BytesIO(answer.content))
        assert "meeting/cop-untoc/wg-firearms/8" in graph


def test_lineage_errors(client) -> None:  # type: ignore[no-untyped-def]
    missing = client.get("/api/lineage/instrument/cop-untoc/resolution/99/9")
    assert missing.status_code == 404 and "not linked to anything" in missing.json()["detail"]
    assert client.get(f"/api/lineage/{R10_2}", params={"format": "png"}).status_code == 400
    assert client.get(f"/api/lineage/{R10_2}", params={"depth": 0}).status_code == 422
    assert client.get(f"/api/lineage/{R10_2}", params={"direction": "sideways"}).status_code == 422


def test_body_history(client) -> None:  # type: ignore[no-untyped-def]
    history = client.get(f"/api/bodies/{WG}/history").json()
    assert history["name"] == "Working Group on Firearms"
    events = history["events"]
    assert [e["event"] for e in events] == ["established by", "requested by", "meeting", "endorsed recommendations by"]
    assert events[0]["id"] == "instrument/cop-untoc/resolution/5/4"
    assert events[0]["evidence"][0]["quote"] == "established an open-ended working group on firearms"
    assert events[2]["reports"][0]["symbol"] == "CTOC/COP/WG.6/2019/4"
    assert events[2]["date"] == "2019-05-10" and events[2]["endDate"] == "2019-05-12"
    assert client.get("/api/bodies/no-such-body/history").status_code == 404


def test_mandates_list_filters_and_pages(client) -> None:  # type: ignore[no-untyped-def]
    everything = client.get("/api/mandates").json()
    assert everything["total"] == 3 and len(everything["items"]) == 3
    fulfilled = client.get("/api/mandates", params={"status": "fulfilled", "addressee": WG}).json()
    assert fulfilled["total"] == 2 and all(m["status"] == "fulfilled" for m in fulfilled["items"])
    request = client.get("/api/mandates", params={"action": "request", "instrument": "cop-untoc/resolution/9/1"}).json()
    assert request["total"] == 1
    item = request["items"][0]
    assert item["dueAt"] == "session/cop-untoc/10" and item["tasks"] == ["to report"]
    assert item["fulfilledBy"][0]["iri"] == BASE + "document/CTOC/COP/WG.6/2019/4"
    assert item["fulfilledBy"][0]["evidence"][0]["quote"].startswith("In accordance with")
    assert client.get("/api/mandates", params={"due": "cop-untoc/10"}).json()["total"] == 1
    page = client.get("/api/mandates", params={"limit": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 2 and "offset=2" in page["next"]
    last = client.get("/api/mandates", params={"limit": 2, "offset": 2}).json()
    assert len(last["items"]) == 1 and last["next"] is None
    assert client.get("/api/mandates", params={"status": "maybe"}).status_code == 400
    assert client.get("/api/mandates", params={"action": "ask"}).status_code == 400


def test_one_mandate(client, chain) -> None:  # type: ignore[no-untyped-def]
    m = chain.ids.mandate(inst(9, 1), "requests", BodyRef(WG))
    short = m.removeprefix(BASE)
    one = client.get(f"/api/mandates/{short}")
    assert one.status_code == 200
    body = one.json()
    assert body["id"] == short and body["status"] == "fulfilled"
    assert body["evidence"][0]["quote"] == "requested the Working Group to report"
    assert body["fulfilledBy"][0]["kind"] == "report"
    # Without the leading "mandate/", too.
    assert client.get(f"/api/mandates/{short.removeprefix('mandate/')}").status_code == 200
    assert client.get("/api/mandates/cop-untoc/resolution/1/1/requests/body/x").status_code == 404
    lineage = client.get(f"/api/lineage/{short}").json()
    assert {n["id"] for n in lineage["nodes"]} >= {"instrument/cop-untoc/resolution/9/1", f"body/{WG}"}


# --------------------------------------------------------------------------- command line


@pytest.fixture
def cli(chain, monkeypatch):  # type: ignore[no-untyped-def]
    from mandate_graph.cli import main, options, output

    monkeypatch.setattr(options.options, "context", lambda: chain)
    monkeypatch.setattr(output.console, "width", 250)  # a wide terminal, so nothing wraps
    return main


def test_cli_lineage_tree(cli) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    tree = runner.invoke(cli.app, ["lineage", "resolution 10/2", "--direction", "up", "--depth", "4"])
    assert tree.exit_code == 0, tree.output
    assert "upstream" in tree.output and "downstream" not in tree.output
    assert "endorses" in tree.output and "2019-05-10" in tree.output
    assert "Endorses the recommendations adopted at the eighth meeting" in tree.output
    assert "document/source/hand-made ¶3" in tree.output
    # the request hangs under the body it reached, under the meeting
    lines = tree.output.splitlines()
    meeting_line = next(i for i, l in enumerate(lines) if "8th meeting" in l)
    request_line = next(i for i, l in enumerate(lines) if "requests" in l)
    assert request_line > meeting_line


def test_cli_lineage_exports(cli) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    exported = runner.invoke(cli.app, ["lineage", f"{BASE}{R10_2}", "--format", "json"])
    assert exported.exit_code == 0, exported.output
    assert json.loads(exported.output)["root"] == R10_2
    mermaid = runner.invoke(cli.app, ["lineage", R10_2, "--format", "mermaid"])
    assert mermaid.exit_code == 0 and mermaid.output.startswith("flowchart LR")
    dot = runner.invoke(cli.app, ["lineage", R10_2, "--format", "dot", "--engine", "sparql"])
    assert dot.exit_code == 0 and dot.output.startswith("digraph lineage")
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = runner.invoke(cli.app, ["lineage", R10_2, "--format", fmt])
        assert out.exit_code == 0
        assert read(io.BytesIO(out.stdout_bytes)).number_of_nodes() > 3
    bad = runner.invoke(cli.app, ["lineage", R10_2, "--format", "png"])
    assert bad.exit_code != 0
    unknown = runner.invoke(cli.app, ["lineage", "nothing like this at all"])
    assert unknown.exit_code != 0


def test_cli_history(cli) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    timeline = runner.invoke(cli.app, ["history", "Working Group on Firearms"])
    assert timeline.exit_code == 0, timeline.output
    assert "established by" in timeline.output and "CTOC/COP/WG.6/2019/4" in timeline.output
    assert timeline.output.index("established by") < timeline.output.index("CTOC/COP/WG.6/2019/4")
    as_json = runner.invoke(cli.app, ["history", WG, "--format", "json"])
    assert json.loads(as_json.output)[0]["event"] == "established by"


def test_cli_history_as_a_mermaid_timeline(cli) -> None:  # type: ignore[no-untyped-def]
    out = CliRunner().invoke(cli.app, ["history", "Working Group on Firearms", "--format", "mermaid"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0] == "timeline" and lines[1].startswith("    title History of Working Group on Firearms")
    assert lines[2].startswith("    2010-10-22 : established by")
    assert all(line.count(" : ") == 1 for line in lines[2:])
    assert "CTOC/COP/WG.6/2019/4" in out.output
    assert CliRunner().invoke(cli.app, ["history", WG, "--format", "png"]).exit_code != 0


def test_every_listed_body_has_a_history_those_created_by_documents_too(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    """A working group that a resolution establishes is in no reference data, only in the graph:
    its history (why it exists) answered 404 over HTTP and on the web page, while /api/bodies
    listed it. Every body listed now has a history, JSON and HTML."""
    from mandate_graph.api.app import create_app

    client = TestClient(create_app(loaded_ctx))
    keys = [b["id"].removeprefix("body/") for b in client.get("/api/bodies", params={"limit": 500}).json()["items"]]
    created = [k for k in keys if loaded_ctx.registry.get(k) is None]
    assert created  # the sample corpus creates bodies of its own
    for key in keys:
        assert client.get(f"/history/{key}").status_code == 200, key
        history = client.get(f"/api/bodies/{key}/history")
        assert history.status_code == 200, key
        if key in created:
            assert history.json()["name"] and history.json()["events"][0]["event"] == "established by", key
    assert client.get("/api/bodies/no-such-body/history").status_code == 404
    assert client.get("/history/no-such-body").status_code == 404
