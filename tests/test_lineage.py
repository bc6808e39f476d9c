"""Lineage, mandate status and history on small hand-made graphs, through every surface."""

from __future__ import annotations

import datetime as dt
import io
import json

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from graph.history import body_history
from graph.lineage import LineageView, sparql_reachable
from graph.lineage_export import render
from graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from graph.status import compute_statuses
from loaders.emit import Emitter, to_ntriples
from loaders.facts import DateRange, DocumentInfo, Evidence, Extraction, Fact
from tests.conftest import BASE, make_context

COP = "cop-untoc"
WG = "cop-untoc/wg-firearms"
DOC = DocumentRef(source="hand-made")


def inst(session: int, number: int, kind: str = "resolution") -> InstrumentRef:
    return InstrumentRef(COP, kind, str(session), str(number))  # type: ignore[arg-type]


def meeting(n: int) -> GatheringRef:
    return GatheringRef(WG, "meeting", n)


def session(n: int) -> GatheringRef:
    return GatheringRef(COP, "session", n)


def report(symbol: str) -> DocumentRef:
    return DocumentRef(symbols=(symbol,))


def fact(subject, relation, obj, quote=None, **kw) -> Fact:  # type: ignore[no-untyped-def]
    quote = quote or f"{subject} {relation} {obj}"
    return Fact(subject, relation, obj, Evidence(0, len(quote), quote, paragraph="1"), **kw)


def context_with(*facts: Fact):  # type: ignore[no-untyped-def]
    ctx = make_context()
    ctx.loader().ensure_reference()
    emitter = Emitter(ctx.ids, ctx.registry)
    extraction = Extraction(DocumentInfo(ref=DOC), list(facts))
    triples = emitter.triples(extraction, "hand-made", "hand-made.txt", "0" * 64)
    ctx.store.replace_graphs({ctx.ids.source_graph("hand-made"): to_ntriples(triples)})
    return ctx


def iri(ctx, ref) -> str:  # type: ignore[no-untyped-def]
    return ctx.ids.entity(ref)


# A reporting chain: 5/4 establishes the WG; 9/1 requests it to report, due at COP 10; its 8th
# meeting's report is pursuant to 9/1 and goes to COP 10; 10/2 endorses that meeting.
CHAIN = [
    fact(inst(5, 4), "establishes", BodyRef(WG), "established an open-ended working group on firearms"),
    fact(inst(5, 4), "adoptedOn", dt.date(2010, 10, 22)),
    fact(inst(9, 1), "requests", BodyRef(WG), "requested the Working Group to report", task="to report", due_at=session(10)),
    fact(inst(9, 1), "adoptedOn", dt.date(2018, 10, 19)),
    fact(inst(9, 1), "cites", inst(5, 4), "Recalling its resolution 5/4", ),
    fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12))),
    fact(meeting(8), "meetingOf", BodyRef(WG)),
    fact(report("CTOC/COP/WG.6/2019/4"), "reportOf", meeting(8), "the report on the eighth meeting"),
    fact(report("CTOC/COP/WG.6/2019/4"), "pursuantTo", inst(9, 1), "In accordance with resolution 9/1, the report"),
    fact(report("CTOC/COP/WG.6/2019/4"), "submittedTo", session(10)),
    fact(inst(10, 2), "endorses", meeting(8), "Endorses the recommendations adopted at the eighth meeting"),
    fact(inst(10, 2), "adoptedAt", session(10)),
]


@pytest.fixture(scope="module")
def chain():  # type: ignore[no-untyped-def]
    return context_with(*CHAIN)


def test_upstream_follows_the_chain_back_with_evidence(chain) -> None:  # type: ignore[no-untyped-def]
    view = LineageView(chain.store, chain.ids)
    result = view.lineage(iri(chain, inst(10, 2)), "up", depth=4)
    assert {iri(chain, inst(9, 1)), iri(chain, meeting(8)), iri(chain, inst(5, 4))} <= set(result.nodes)
    edges = {(e.source, e.relation, e.target): e for e in result.edges}
    endorse = edges[(iri(chain, meeting(8)), "endorses", iri(chain, inst(10, 2)))]
    assert endorse.evidence[0].quote == "Endorses the recommendations adopted at the eighth meeting"
    pursuant = edges[(iri(chain, inst(9, 1)), "pursuantTo", iri(chain, report("CTOC/COP/WG.6/2019/4")))]
    assert "In accordance with resolution 9/1" in pursuant.evidence[0].quote
    # Time order where dates are known: 5/4 (2010) before 9/1 (2018) before the meeting (2019).
    order = [n for n in result.ordered_nodes() if result.nodes[n]["date"]]
    assert order.index(iri(chain, inst(5, 4))) < order.index(iri(chain, inst(9, 1))) < order.index(iri(chain, meeting(8)))


def test_depth_limits_the_walk_and_downstream_is_the_mirror(chain) -> None:  # type: ignore[no-untyped-def]
    view = LineageView(chain.store, chain.ids)
    near = view.lineage(iri(chain, inst(10, 2)), "up", depth=1)
    assert iri(chain, meeting(8)) in near.nodes and iri(chain, inst(9, 1)) not in near.nodes
    assert max(abs(int(a["distance"])) for a in near.nodes.values()) == 1  # type: ignore[arg-type]
    down = view.lineage(iri(chain, inst(5, 4)), "down", depth=5)
    assert iri(chain, inst(10, 2)) in down.nodes
    assert all(int(a["distance"]) >= 0 for a in down.nodes.values())  # type: ignore[arg-type]
    # The property-path engine reaches the same nodes at unbounded depth.
    assert sparql_reachable(chain.store, iri(chain, inst(5, 4)), "down") >= set(down.nodes) - {iri(chain, inst(5, 4))}


def test_cycles_end_and_missing_dates_sort_last() -> None:
    ctx = context_with(
        fact(inst(1, 1), "cites", inst(1, 2)),
        fact(inst(1, 2), "cites", inst(1, 3)),
        fact(inst(1, 3), "cites", inst(1, 1)),
        fact(inst(1, 2), "adoptedOn", dt.date(2001, 1, 1)),
    )
    result = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, inst(1, 1)), "both", depth=10)
    assert len(result.nodes) == 3 and len(result.edges) == 3
    assert result.ordered_nodes()[0] == iri(ctx, inst(1, 2))  # the only dated node comes first


def test_the_view_follows_new_loads(chain) -> None:  # type: ignore[no-untyped-def]
    ctx = context_with(fact(inst(1, 1), "cites", inst(1, 2)))
    view = LineageView(ctx.store, ctx.ids)
    assert iri(ctx, inst(1, 3)) not in view.lineage(iri(ctx, inst(1, 1)), "up").nodes
    extra = Emitter(ctx.ids, ctx.registry).triples(
        Extraction(DocumentInfo(ref=DocumentRef(source="more")), [fact(inst(1, 2), "cites", inst(1, 3))]), "more", "more.txt", "1" * 64
    )
    ctx.store.replace_graphs({ctx.ids.source_graph("more"): to_ntriples(extra)})
    assert iri(ctx, inst(1, 3)) in view.lineage(iri(ctx, inst(1, 1)), "up").nodes


def test_status_rules() -> None:
    ctx = context_with(
        *CHAIN,
        # open: nothing answers it and no session is named
        fact(inst(9, 2), "requests", BodyRef(WG), task="to study the tracing of firearms"),
        # due: nothing answers it yet, due at COP 12
        fact(inst(11, 1), "requests", BodyRef(WG), task="to prepare a report on marking", due_at=session(12)),
        # renewed: 11/3 repeats 9/3's task to the same body
        fact(inst(9, 3), "encourages", BodyRef(WG), task="to meet annually and hold its meetings consecutively"),
        fact(inst(11, 3), "encourages", BodyRef(WG), task="to meet annually and to hold its meetings consecutively"),
    )
    by_label = {(s.instrument.rsplit("/", 2)[-2:][0] + "/" + s.instrument.rsplit("/", 1)[1], s.action): s for s in compute_statuses(ctx.store)}
    requested = by_label[("9/1", "request")]
    assert requested.status == "fulfilled"
    assert requested.fulfilled_by[0]["iri"] == iri(ctx, report("CTOC/COP/WG.6/2019/4"))
    assert "In accordance with resolution 9/1" in str(requested.fulfilled_by[0]["quote"])
    assert requested.due_at == iri(ctx, session(10))
    assert by_label[("9/2", "request")].status == "open"
    assert by_label[("11/1", "request")].status == "due"
    assert by_label[("9/3", "encourage")].status == "renewed"
    assert by_label[("9/3", "encourage")].renewed_by == [iri(ctx, inst(11, 3))]
    assert by_label[("11/3", "encourage")].status == "open"
    assert by_label[("5/4", "establish")].status == "fulfilled"


def test_history_of_a_body_in_date_order(chain) -> None:  # type: ignore[no-untyped-def]
    events = body_history(chain.store, chain.ids.body(WG))
    assert [e.kind for e in events] == ["established by", "requested by", "meeting", "endorsed recommendations by"]
    assert events[2].date == "2019-05-10" and events[2].end == "2019-05-12"
    assert events[2].reports[0]["symbol"] == "CTOC/COP/WG.6/2019/4"
    assert events[1].tasks == ["to report"]
    assert events[0].evidence[0]["quote"] == "established an open-ended working group on firearms"


def test_exports_parse_back(chain) -> None:  # type: ignore[no-untyped-def]
    result = LineageView(chain.store, chain.ids).lineage(iri(chain, inst(10, 2)), "up", depth=3)
    graphml = nx.read_graphml(io.BytesIO(render(result, chain.ids, "graphml")))  # type: ignore[arg-type]
    gexf = nx.read_gexf(io.BytesIO(render(result, chain.ids, "gexf")))  # type: ignore[arg-type]
    assert graphml.number_of_nodes() == gexf.number_of_nodes() == len(result.nodes)
    assert "instrument/cop-untoc/resolution/9/1" in graphml
    mermaid = render(result, chain.ids, "mermaid")
    assert str(mermaid).startswith("flowchart LR") and "-->|endorses|" in str(mermaid)
    dot = str(render(result, chain.ids, "dot"))
    assert dot.startswith("digraph lineage {") and '[label="endorses"' in dot


def test_http_surfaces(chain) -> None:  # type: ignore[no-untyped-def]
    from api.app import create_app

    client = TestClient(create_app(chain))
    answer = client.get("/api/lineage/instrument/cop-untoc/resolution/10/2", params={"direction": "up", "depth": 4})
    assert answer.status_code == 200
    body = answer.json()
    assert body["root"] == "instrument/cop-untoc/resolution/10/2"
    assert any(e["relation"] == "pursuantTo" and e["evidence"][0]["quote"].startswith("In accordance") for e in body["edges"])
    assert client.get("/api/lineage/instrument/cop-untoc/resolution/10/2", params={"format": "mermaid"}).headers["content-type"].startswith("text/vnd.mermaid")
    assert client.get("/api/lineage/instrument/cop-untoc/resolution/99/9").status_code == 404
    assert client.get("/api/lineage/x", params={"format": "png"}).status_code == 400
    history = client.get(f"/api/bodies/{WG}/history").json()
    assert [e["event"] for e in history["events"]][0] == "established by"
    due = client.get("/api/mandates", params={"status": "fulfilled", "addressee": WG}).json()
    assert due["total"] >= 2 and all(m["status"] == "fulfilled" for m in due["items"])
    one = client.get("/api/mandates/" + due["items"][0]["id"])
    assert one.status_code == 200 and one.json()["status"] == "fulfilled"
    assert client.get("/api/mandates", params={"status": "maybe"}).status_code == 400


def test_command_line(chain, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from api import cli

    monkeypatch.setattr(cli.State, "context", classmethod(lambda cls: chain))
    monkeypatch.setattr(cli.console, "width", 250)  # a wide terminal, so nothing wraps
    runner = CliRunner()
    tree = runner.invoke(cli.app, ["lineage", f"{BASE}instrument/cop-untoc/resolution/10/2", "--direction", "up"])
    assert tree.exit_code == 0, tree.output
    assert "endorses" in tree.output and "2019-05-10" in tree.output and "Endorses the recommendations" in tree.output
    exported = runner.invoke(cli.app, ["lineage", f"{BASE}instrument/cop-untoc/resolution/10/2", "--format", "json"])
    assert json.loads(exported.output)["root"] == "instrument/cop-untoc/resolution/10/2"
    timeline = runner.invoke(cli.app, ["history", "Working Group on Firearms"])
    assert timeline.exit_code == 0 and "established by" in timeline.output and "CTOC/COP/WG.6/2019/4" in timeline.output
