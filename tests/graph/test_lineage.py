"""Lineage walks on small hand-made graphs: directions, evidence, time order, depth, cycles,
missing dates, both engines, and the exports (which must parse back).

The helpers here (`fact`, `context_with`, `CHAIN`, ...) are shared by test_status.py and
test_lineage_api.py.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import networkx as nx
import pytest

from mandate_graph.graph.errors import EntityNotFound
from mandate_graph.graph.lineage import LineageView, SparqlLineage, lineage, sparql_reachable
from mandate_graph.graph.lineage_export import render
from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.loaders.emit import Emitter, to_ntriples
from mandate_graph.loaders.facts import DateRange, DocumentInfo, Evidence, Extraction, Fact
from tests.conftest import loader_for, make_context

COP = "cop-untoc"
WG = "cop-untoc/wg-firearms"
DOC = DocumentRef(source="hand-made")


def inst(session: int, number: int, kind: str = "resolution") -> InstrumentRef:
    return InstrumentRef(COP, kind, str(session), str(number))  # type: ignore[arg-type]


def meeting(n: int, body: str = WG) -> GatheringRef:
    return GatheringRef(body, "meeting", n)


def session(n: int) -> GatheringRef:
    return GatheringRef(COP, "session", n)


def report(symbol: str) -> DocumentRef:
    return DocumentRef(symbols=(symbol,))


def fact(subject, relation, obj, quote=None, paragraph="1", **kw) -> Fact:  # type: ignore[no-untyped-def]
    quote = quote or f"{subject} {relation} {obj}"
    return Fact(subject, relation, obj, Evidence(0, len(quote), quote, paragraph=paragraph), **kw)


def load(ctx, source: str, facts) -> None:  # type: ignore[no-untyped-def]
    emitter = Emitter(ctx.ids, ctx.registry)
    extraction = Extraction(DocumentInfo(ref=DocumentRef(source=source)), list(facts))
    triples = emitter.triples(extraction, source, f"{source}.txt", "0" * 64)
    ctx.store.replace_graphs({ctx.ids.source_graph(source): to_ntriples(triples)})


def context_with(*facts: Fact):  # type: ignore[no-untyped-def]
    ctx = make_context()
    loader_for(ctx).ensure_reference()
    load(ctx, "hand-made", facts)
    return ctx


def iri(ctx, ref) -> str:  # type: ignore[no-untyped-def]
    return ctx.ids.entity(ref)


# A reporting chain: 5/4 establishes the WG; 9/1 requests it to report, due at COP 10; its 8th
# meeting's report is pursuant to 9/1 and goes to COP 10; 10/2 endorses that meeting.
CHAIN = [
    fact(inst(5, 4), "establishes", BodyRef(WG), "established an open-ended working group on firearms"),
    fact(inst(5, 4), "adoptedOn", dt.date(2010, 10, 22)),
    fact(inst(9, 1), "requests", BodyRef(WG), "requested the Working Group to report", paragraph="7", task="to report", due_at=session(10)),
    fact(inst(9, 1), "adoptedOn", dt.date(2018, 10, 19)),
    fact(inst(9, 1), "cites", inst(5, 4), "Recalling its resolution 5/4"),
    fact(meeting(8), "heldOn", DateRange(dt.date(2019, 5, 10), dt.date(2019, 5, 12)), "held its eighth meeting from 10 to 12 May 2019"),
    fact(meeting(8), "meetingOf", BodyRef(WG)),
    fact(report("CTOC/COP/WG.6/2019/4"), "reportOf", meeting(8), "the report on the eighth meeting"),
    fact(report("CTOC/COP/WG.6/2019/4"), "pursuantTo", inst(9, 1), "In accordance with resolution 9/1, the report"),
    fact(report("CTOC/COP/WG.6/2019/4"), "submittedTo", session(10)),
    fact(inst(10, 2), "endorses", meeting(8), "Endorses the recommendations adopted at the eighth meeting", paragraph="3"),
    fact(inst(10, 2), "adoptedAt", session(10)),
    fact(session(10), "heldOn", DateRange(dt.date(2020, 10, 12), dt.date(2020, 10, 16))),
]


@pytest.fixture(scope="module")
def chain():  # type: ignore[no-untyped-def]
    return context_with(*CHAIN)


def edges_of(result) -> dict:  # type: ignore[no-untyped-def]
    return {(e.source, e.relation, e.target): e for e in result.edges}


def test_upstream_follows_the_chain_back_with_evidence(chain) -> None:  # type: ignore[no-untyped-def]
    result = LineageView(chain.store, chain.ids).lineage(iri(chain, inst(10, 2)), "up", depth=4)
    assert {iri(chain, inst(9, 1)), iri(chain, meeting(8)), iri(chain, inst(5, 4))} <= set(result.nodes)
    edges = edges_of(result)
    # endorses: the meeting led to the instrument (arrow reversed against the triple)
    endorse = edges[(iri(chain, meeting(8)), "endorses", iri(chain, inst(10, 2)))]
    assert endorse.subject == iri(chain, inst(10, 2))
    assert endorse.evidence[0].quote == "Endorses the recommendations adopted at the eighth meeting"
    assert endorse.evidence[0].paragraph == "3"
    assert endorse.evidence[0].document == chain.ids.document(DOC)
    pursuant = edges[(iri(chain, inst(9, 1)), "pursuantTo", iri(chain, report("CTOC/COP/WG.6/2019/4")))]
    assert "In accordance with resolution 9/1" in pursuant.evidence[0].quote
    requested = edges[(iri(chain, inst(9, 1)), "requests", chain.ids.body(WG))]
    assert requested.evidence[0].paragraph == "7"
    # Time order where dates are known: 5/4 (2010) before 9/1 (2018) before the meeting (2019).
    order = [n for n in result.ordered_nodes() if result.nodes[n].date]
    assert order.index(iri(chain, inst(5, 4))) < order.index(iri(chain, inst(9, 1))) < order.index(iri(chain, meeting(8)))
    # Each node says how it was reached.
    assert result.nodes[iri(chain, meeting(8))].via == iri(chain, inst(10, 2))
    assert result.nodes[iri(chain, meeting(8))].via_relation == "endorses"
    # Edges come in time order of their effect.
    dated = [e for e in result.edges if result.nodes[e.target].date or result.nodes[e.source].date]
    assert dated[0].relation == "establishes" or dated[0].source == iri(chain, inst(5, 4))


def test_instrument_without_adoption_date_takes_its_sessions_date(chain) -> None:  # type: ignore[no-untyped-def]
    result = LineageView(chain.store, chain.ids).lineage(iri(chain, inst(10, 2)), "up", depth=1)
    assert result.nodes[iri(chain, inst(10, 2))].date == "2020-10-12"


def test_depth_limits_the_walk_and_downstream_is_the_mirror(chain) -> None:  # type: ignore[no-untyped-def]
    view = LineageView(chain.store, chain.ids)
    near = view.lineage(iri(chain, inst(10, 2)), "up", depth=1)
    assert iri(chain, meeting(8)) in near.nodes and iri(chain, inst(9, 1)) not in near.nodes
    assert max(abs(a.distance) for a in near.nodes.values()) == 1
    assert all(e.source in near.nodes and e.target in near.nodes for e in near.edges)
    down = view.lineage(iri(chain, inst(5, 4)), "down", depth=5)
    assert iri(chain, inst(10, 2)) in down.nodes
    assert all(a.distance >= 0 for a in down.nodes.values())
    # Mandate nodes are not part of an instrument's lineage (only of a mandate's own).
    assert not any("/mandate/" in n for n in down.nodes)
    # The unbounded property path reaches at least what the bounded walk does.
    assert sparql_reachable(chain.store, iri(chain, inst(5, 4)), "down") >= set(down.nodes) - {iri(chain, inst(5, 4))}
    up = view.lineage(iri(chain, meeting(8)), "up", depth=5)
    assert iri(chain, inst(5, 4)) in up.nodes and all(a.distance <= 0 for a in up.nodes.values())


def test_both_directions_from_the_middle(chain) -> None:  # type: ignore[no-untyped-def]
    result = lineage(chain.store, chain.ids, iri(chain, report("CTOC/COP/WG.6/2019/4")), "both", 2)
    assert result.nodes[iri(chain, inst(9, 1))].distance == -1
    assert result.nodes[iri(chain, inst(10, 2))].distance == 2  # report <-> meeting -> 10/2
    assert result.nodes[iri(chain, session(10))].distance == 1  # submittedTo


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
    assert [result.nodes[n].date for n in result.ordered_nodes()[1:]] == [None, None]
    # The SPARQL engine ends too, with the same answer.
    again = SparqlLineage(ctx.store, ctx.ids).lineage(iri(ctx, inst(1, 1)), "both", depth=10)
    assert again.nodes == result.nodes


def test_paths_run_forward_in_time() -> None:
    """Downstream of a 2020 request, the body's 2019 meeting is not what came of it."""
    ctx = context_with(
        fact(inst(10, 1), "requests", BodyRef(WG)),
        fact(inst(10, 1), "adoptedOn", dt.date(2020, 10, 16)),
        fact(meeting(7), "meetingOf", BodyRef(WG)),
        fact(meeting(7), "heldOn", DateRange(dt.date(2019, 5, 1), dt.date(2019, 5, 2))),
        fact(meeting(9), "meetingOf", BodyRef(WG)),
        fact(meeting(9), "heldOn", DateRange(dt.date(2021, 5, 1), dt.date(2021, 5, 2))),
        fact(meeting(10), "meetingOf", BodyRef(WG)),  # no date: kept, it may have come of it
    )
    down = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, inst(10, 1)), "down", depth=3)
    assert iri(ctx, meeting(9)) in down.nodes and iri(ctx, meeting(10)) in down.nodes
    assert iri(ctx, meeting(7)) not in down.nodes
    up = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, meeting(7)), "up", depth=3)
    assert iri(ctx, inst(10, 1)) not in up.nodes  # a 2020 request did not lead to a 2019 meeting
    assert ctx.ids.body(WG) in up.nodes


def test_a_session_is_reached_but_not_crossed(chain) -> None:  # type: ignore[no-untyped-def]
    ctx = context_with(*CHAIN, fact(inst(10, 9), "adoptedAt", session(10)), fact(inst(10, 9), "requests", BodyRef("unodc")))
    down = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, report("CTOC/COP/WG.6/2019/4")), "down", depth=4)
    assert iri(ctx, session(10)) in down.nodes
    assert iri(ctx, inst(10, 9)) not in down.nodes  # adopted at the same session: not caused by it
    from_session = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, session(10)), "down", depth=1)
    assert iri(ctx, inst(10, 9)) in from_session.nodes  # unless the session is asked about


def test_lineage_of_a_mandate(chain) -> None:  # type: ignore[no-untyped-def]
    m = chain.ids.mandate(inst(9, 1), "requests", BodyRef(WG))
    result = LineageView(chain.store, chain.ids).lineage(m, "both", depth=3)
    assert result.nodes[iri(chain, inst(9, 1))].distance == -1
    assert result.nodes[chain.ids.body(WG)].distance == 1
    assert result.nodes[iri(chain, meeting(8))].distance == 2
    assert iri(chain, inst(5, 4)) in result.nodes  # 9/1 cites 5/4
    assert SparqlLineage(chain.store, chain.ids).lineage(m, "both", depth=3).nodes == result.nodes


@pytest.mark.parametrize("direction", ["up", "down", "both"])
@pytest.mark.parametrize("depth", [1, 2, 4])
def test_both_engines_give_the_same_lineage(chain, direction, depth) -> None:  # type: ignore[no-untyped-def]
    view, sparql = LineageView(chain.store, chain.ids), SparqlLineage(chain.store, chain.ids)
    for ref in (inst(10, 2), inst(5, 4), meeting(8), report("CTOC/COP/WG.6/2019/4"), BodyRef(WG), session(10)):
        a, b = view.lineage(iri(chain, ref), direction, depth), sparql.lineage(iri(chain, ref), direction, depth)
        assert a.nodes == b.nodes, ref
        assert [(e.source, e.relation, e.target, e.evidence) for e in a.edges] == [
            (e.source, e.relation, e.target, e.evidence) for e in b.edges
        ], ref


def test_unknown_entities_raise_entity_not_found(chain) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EntityNotFound, match="not linked to anything"):
        LineageView(chain.store, chain.ids).lineage(iri(chain, inst(99, 9)))
    with pytest.raises(EntityNotFound, match="not linked to anything"):
        SparqlLineage(chain.store, chain.ids).lineage(iri(chain, inst(99, 9)))


def test_the_view_follows_new_loads() -> None:
    ctx = context_with(fact(inst(1, 1), "cites", inst(1, 2)))
    view = LineageView(ctx.store, ctx.ids)
    assert iri(ctx, inst(1, 3)) not in view.lineage(iri(ctx, inst(1, 1)), "up").nodes
    built = view.build_seconds
    load(ctx, "more", [fact(inst(1, 2), "cites", inst(1, 3))])
    assert iri(ctx, inst(1, 3)) in view.lineage(iri(ctx, inst(1, 1)), "up").nodes
    assert view.build_seconds is not None and built is not None
    # No write, no rebuild.
    graph = view.graph
    view.lineage(iri(ctx, inst(1, 1)), "up")
    assert view.graph is graph


# ------------------------------------------------------------------------------ exports


def test_exports_parse_back(chain) -> None:  # type: ignore[no-untyped-def]
    result = LineageView(chain.store, chain.ids).lineage(iri(chain, inst(10, 2)), "up", depth=3)
    graphml = nx.read_graphml(io.BytesIO(render(result, chain.ids, "graphml")))  # type: ignore[arg-type]
    gexf = nx.read_gexf(io.BytesIO(render(result, chain.ids, "gexf")))  # type: ignore[arg-type]
    assert graphml.number_of_nodes() == gexf.number_of_nodes() == len(result.nodes)
    assert graphml.number_of_edges() == gexf.number_of_edges() == len(result.edges)
    node = "instrument/cop-untoc/resolution/9/1"
    assert graphml.nodes[node]["date"] == "2018-10-19" and graphml.nodes[node]["kind"] == "instrument"
    assert gexf.nodes[node]["label"].endswith("resolution 9/1")
    quotes = {d["quote"] for _, _, d in graphml.edges(data=True)}
    assert "Endorses the recommendations adopted at the eighth meeting" in quotes

    mermaid = str(render(result, chain.ids, "mermaid"))
    lines = mermaid.splitlines()
    assert lines[0] == "flowchart LR"
    declared = {m.group(1) for line in lines if (m := re.match(r'\s+(n\d+)\["[^"\[\]]*"\]$', line))}
    arrows = [re.match(r"\s+(n\d+) -->\|([\w ]+)\| (n\d+)$", line) for line in lines[1:] if "-->" in line]
    assert len(declared) == len(result.nodes) and len(arrows) == len(result.edges)
    assert all(a and a.group(1) in declared and a.group(3) in declared for a in arrows)
    # arrows run from cause to effect and are labelled as they read: meeting --endorsed by--> resolution
    assert "endorsed by" in {a.group(2) for a in arrows if a}

    dot = str(render(result, chain.ids, "dot"))
    assert dot.startswith("digraph lineage {") and dot.rstrip().endswith("}")
    assert len(re.findall(r'^\s+"[^"]+" -> "[^"]+" \[label="[\w ]+"', dot, re.M)) == len(result.edges)
    assert '[label="endorsed by"' in dot
    try:  # pydot, when installed, parses it fully
        import pydot  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        (parsed,) = pydot.graph_from_dot_data(dot)
        assert len(parsed.get_edges()) == len(result.edges)

    json_doc = render(result, chain.ids, "json")
    assert json_doc["root"] == "instrument/cop-untoc/resolution/10/2"  # type: ignore[index]
    with pytest.raises(ValueError):
        render(result, chain.ids, "png")


def test_exports_survive_awkward_labels() -> None:
    ctx = context_with(
        fact(inst(1, 1), "cites", inst(1, 2), 'Recalling "its" resolution [1/2] <& more> {x} | #;'),
    )
    result = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, inst(1, 1)), "up", depth=1)
    for fmt in ("graphml", "gexf"):
        read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        graph = read(io.BytesIO(render(result, ctx.ids, fmt)))  # type: ignore[arg-type]
        assert graph.number_of_edges() == 1
    dot = str(render(result, ctx.ids, "dot"))
    assert '\\"its\\"' in dot


@pytest.mark.parametrize("direction", ["up", "down"])
def test_reachability_agrees_between_engines(chain, direction) -> None:  # type: ignore[no-untyped-def]
    view = LineageView(chain.store, chain.ids)
    for ref in (inst(10, 2), inst(5, 4), meeting(8), BodyRef(WG)):
        assert view.reachable(iri(chain, ref), direction) == sparql_reachable(chain.store, iri(chain, ref), direction)


def test_the_synthetic_graph_is_deterministic_and_has_the_real_shape(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bench.make_synthetic import generate
    from mandate_graph.graph.status import compute_statuses
    from mandate_graph.graph.store import OxigraphStore

    first, second = tmp_path / "a.nt", tmp_path / "b.nt"
    count = generate(first, 20_000, seed=3)
    assert count >= 20_000 and generate(second, 20_000, seed=3) == count
    assert first.read_bytes() == second.read_bytes()
    assert generate(tmp_path / "c.nt", 20_000, seed=4) and (tmp_path / "c.nt").read_bytes() != first.read_bytes()
    ctx = make_context()
    store = OxigraphStore(tmp_path / "store")
    store.bulk_load(first, ctx.ids.source_graph("synthetic"))
    assert store.count() == count
    view = LineageView(store, ctx.ids)
    root = next(n for n, a in view.fresh().graph.nodes(data=True) if a["kind"] == "instrument" and view.graph.degree(n) > 3)
    result = view.lineage(root, "both", 3)
    assert len(result.nodes) > 3 and all(e.evidence for e in result.edges if e.relation != "meetingOf")
    assert SparqlLineage(store, ctx.ids).lineage(root, "both", 3).nodes == result.nodes
    found = {s.status for s in compute_statuses(store)}
    assert "fulfilled" in found and "open" in found
    store.close()


class CappedStore:
    """A store that refuses big unpaged answers, as Virtuoso does past ResultSetMaxRows."""

    def __init__(self, inner, cap: int) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.cap, self.paged = inner, cap, 0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)

    def query(self, sparql: str, **kw):  # type: ignore[no-untyped-def]
        from mandate_graph.graph.store import QueryLimitError

        if "LIMIT" in sparql:
            self.paged += 1
            return self.inner.query(sparql, **kw)
        rows = list(self.inner.query(sparql, **kw))
        if len(rows) > self.cap:
            raise QueryLimitError("too many rows")
        return rows


def test_a_server_row_cap_is_paged_through(chain, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mandate_graph.graph.sparql_results as results_module
    from mandate_graph.graph.status import compute_statuses

    monkeypatch.setattr(results_module, "PAGE", 4)
    capped = CappedStore(chain.store, cap=5)
    whole = LineageView(chain.store, chain.ids).lineage(iri(chain, inst(10, 2)), "both", 4)
    paged = LineageView(capped, chain.ids).lineage(iri(chain, inst(10, 2)), "both", 4)  # type: ignore[arg-type]
    assert capped.paged > 3 and paged.nodes == whole.nodes
    assert [(e.source, e.relation, e.target, e.evidence) for e in paged.edges] == [
        (e.source, e.relation, e.target, e.evidence) for e in whole.edges
    ]
    expected = [(s.iri, s.status, s.fulfilled_by) for s in compute_statuses(chain.store)]
    assert [(s.iri, s.status, s.fulfilled_by) for s in compute_statuses(capped)] == expected  # type: ignore[arg-type]


def test_the_view_of_a_read_only_store_is_built_once_for_every_process(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`serve --workers N`: the first view built writes the cache file, the next (another
    process: another view object) reads it instead of building, and answers the same."""
    from mandate_graph.graph.store import OxigraphStore
    from tests.support.http_server import build_store

    build_store(tmp_path / "store")
    builds: list[int] = []
    original = LineageView._build

    def counted(self):  # type: ignore[no-untyped-def]
        builds.append(1)
        return original(self)

    monkeypatch.setattr(LineageView, "_build", counted)
    cache = tmp_path / "store.lineage"
    first_store = OxigraphStore(tmp_path / "store", read_only=True)
    second_store = OxigraphStore(tmp_path / "store", read_only=True)
    ids = make_context().ids
    root = ids.base + "instrument/cop-untoc/resolution/11/1"
    first = LineageView(first_store, ids, cache).lineage(root, "both", 3)
    assert cache.exists() and len(builds) == 1
    second = LineageView(second_store, ids, cache).lineage(root, "both", 3)
    assert len(builds) == 1  # read, not built again
    assert second == first and len(first.nodes) > 3

    writable = OxigraphStore(tmp_path / "other", read_only=False)
    assert LineageView(writable, ids, tmp_path / "unused").cache is None  # a store that can change: no cache
