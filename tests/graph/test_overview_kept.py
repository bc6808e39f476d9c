"""The statistics and the home page's lists kept beside the store (graph/stats_kept.py,
graph/overview.py) equal those counted from the whole store after every kind of write, are
brought up to date from the graphs written (not rebuilt), and are read back on a restart."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from mandate_graph.graph import overview, stats, stats_kept
from mandate_graph.graph.context import Context
from mandate_graph.graph.member_values import how_kept
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.store import OxigraphStore
from tests.conftest import BASE, CORPUS, loader_for, make_context

LATER = CORPUS / "000_d44268bbfd2a0297.txt"
FIRST = sorted(p for p in CORPUS.iterdir() if p != LATER)
EVERYTHING = 10**6
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def checked(ctx: Context) -> tuple[str, str, str]:
    """The kept figures and lists against the whole store's; how each file was found."""
    store, ids = ctx.store, ctx.ids
    assert stats.from_kept(store) == stats.collect(store)
    every = overview.instruments_by_session(store, ids)
    assert overview.home_sessions(store, ids, EVERYTHING, EVERYTHING) == overview.SessionsShown(every, len(every))
    shown = overview.home_sessions(store, ids, 3, 2)
    assert shown.groups == [replace(g, instruments=g.instruments[:2]) for g in every[:3]]
    assert overview.home_documents(store, ids, EVERYTHING) == overview.recent_documents(store, ids, EVERYTHING)
    kept = how_kept(store)
    return stats_kept.how_kept(store), kept[overview.INSTRUMENTS_FILE], kept[overview.DOCUMENTS_FILE]


def test_kept_after_loads_a_replaced_document_a_dropped_graph_and_sparql_updates(tmp_path: Path) -> None:
    ctx = make_context(str(tmp_path / "store"))
    try:
        loader_for(ctx).load(FIRST)
        assert checked(ctx) == ("built",) * 3
        loader_for(ctx).load([LATER])
        assert checked(ctx) == ("updated",) * 3
        # A document loaded again with half its text: its graph replaced.
        document = tmp_path / "doc.txt"
        text = LATER.read_text()
        document.write_text(text)
        loader_for(ctx).load([document])
        checked(ctx)
        document.write_text(text[: len(text) // 2])
        loader_for(ctx).load([document])
        assert checked(ctx) == ("updated",) * 3
        sources = [g for g in ctx.store.named_graphs() if ctx.store.query(f"ASK {{ GRAPH <{g}> {{ <{g}> a mg:SourceGraph }} }}")]
        ctx.store.drop_graphs(sources[:1])
        assert checked(ctx) == ("updated",) * 3
        resolution = f"<{BASE}instrument/x/resolution/12/1>"
        ctx.store.update(f"""INSERT DATA {{ GRAPH <{BASE}graph/by-hand> {{
            {resolution} a <{MG.Resolution}> ; <{MG.number}> "12/1" ; <{MG.issuedBy}> <{BASE}body/by-hand> .
            <{BASE}body/by-hand> a <{MG.Body}> . }} }}""")
        assert checked(ctx) == ("updated",) * 3
        ctx.store.update(f"DELETE DATA {{ GRAPH <{BASE}graph/by-hand> {{ {resolution} a <{MG.Resolution}> }} }}")
        assert checked(ctx) == ("updated",) * 3
        # Graphs the update's text does not name: every file rebuilt from the whole store, as before.
        ctx.store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?m a <{MG.Meeting}> }} }}")
        assert checked(ctx) == ("built",) * 3
    finally:
        ctx.close()
    # pyoxigraph closes the store when its object is collected; under pytest a reference cycle
    # (not one of this code: a plain run of this function reopens it at once) holds it till then.
    gc.collect()
    ctx = make_context(str(tmp_path / "store"))  # a restart on the unchanged store
    try:
        assert checked(ctx) == ("read back",) * 3
    finally:
        ctx.close()


def _figures(store: OxigraphStore) -> tuple[int, int, int, int, int]:
    found = stats.from_kept(store)
    assert found == stats.collect(store)
    return found.quads, found.graphs, found.sources, found.classes["Body"], found.relations["cites"]


def test_what_several_graphs_hold_is_counted_once_until_none_holds_it(tmp_path: Path) -> None:
    """Counts of distinct subjects and pairs are not sums over the graphs: a body typed in two
    graphs is one body until both are gone; a pair stated twice one pair."""
    store = OxigraphStore(tmp_path / "store")
    a, b, c = (f"{BASE}graph/{name}" for name in "abc")
    body, other, r1, r2 = (f"<{BASE}{name}>" for name in ("body/x", "body/y", "r/1", "r/2"))
    typed = f"{body} {A} <{MG.Body}> .\n"
    cites = f"{r1} <{MG.cites}> {r2} .\n"
    try:
        store.replace_graphs({a: typed + cites, b: typed + cites + f"{other} {A} <{MG.Body}> .\n"})
        assert _figures(store) == (5, 2, 0, 2, 1)
        store.drop_graphs([a])
        assert _figures(store) == (3, 1, 0, 2, 1)
        store.replace_graphs({b: f"{other} {A} <{MG.Body}> .\n<{b}> {A} <{MG.SourceGraph}> .\n"})
        assert _figures(store) == (2, 1, 1, 1, 0)
        store.update(f"CREATE GRAPH <{c}>")  # a named graph with no quads counts as a graph
        assert _figures(store) == (2, 2, 1, 1, 0)
        store.update(f"DROP GRAPH <{b}>")
        assert _figures(store) == (0, 1, 0, 0, 0)
        assert stats_kept.how_kept(store) == "updated"
    finally:
        store.close()


def test_the_lists_follow_names_kinds_and_dates_written_in_other_graphs(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    ctx = make_context("memory")
    ids = ctx.ids
    body = f"<{BASE}body/council>"

    def instrument(number: str, *kinds: str, title: str = "") -> str:
        iri = f"<{BASE}instrument/council/{number.replace('/', '-')}>"
        lines = [f"{iri} {A} <{MG[k]}> ." for k in kinds] + [f'{iri} <{MG.number}> "{number}" .', f"{iri} <{MG.issuedBy}> {body} ."]
        return "\n".join(lines + ([f'{iri} <http://purl.org/dc/terms/title> "{title}" .'] if title else [])) + "\n"

    def document(name: str, date: str = "", symbol: str = "") -> str:
        iri = f"<{BASE}document/{name}>"
        return "\n".join([f"{iri} {A} <{MG.Document}> .", f'{iri} <http://www.w3.org/2000/01/rdf-schema#label> "{name}" .']
                         + ([f'{iri} <http://purl.org/dc/terms/date> "{date}" .'] if date else [])
                         + ([f'{iri} <http://www.w3.org/2004/02/skos/core#notation> "{symbol}" .'] if symbol else [])) + "\n"

    names = f"{BASE}graph/names"
    try:
        store.replace_graphs({
            names: f'{body} <http://www.w3.org/2004/02/skos/core#prefLabel> "Council" .\n',
            f"{BASE}graph/one": instrument("3/2", "Resolution", title="B") + instrument("3/10", "Resolution")
            + instrument("2/1", "Decision", "Resolution") + instrument("7", "Decision") + document("old", "2020-01-01")
            + document("undated", symbol="A/1"),
            f"{BASE}graph/two": instrument("3/2", "Resolution", title="A") + document("new", "2021-05-01")
            + document("nameless"),
        })
        shown = overview.home_sessions(store, ids, EVERYTHING, EVERYTHING)
        assert [(g.issuer_label, g.session, g.count) for g in shown.groups] == [
            ("Council", "3", 2), ("Council", "2", 1), ("Council", None, 1)]
        first = shown.groups[0].instruments
        assert [(i.number, i.title) for i in first] == [("3/2", "A"), ("3/10", None)]  # by number; the least title
        assert shown.groups[1].instruments[0].kind == "Decision"  # typed both: the least kind
        assert [d.label for d in overview.home_documents(store, ids)] == ["new", "old", "nameless", "A/1"]
        # The body renamed in a graph that holds none of its instruments; one title's graph gone.
        store.replace_graphs({names: f'{body} <http://www.w3.org/2004/02/skos/core#prefLabel> "The Council" .\n'})
        store.drop_graphs([f"{BASE}graph/two"])
        shown = overview.home_sessions(store, ids, 1, 1)
        assert (shown.total, shown.groups[0].issuer_label, shown.groups[0].count) == (3, "The Council", 2)
        assert [(i.number, i.title) for i in shown.groups[0].instruments] == [("3/2", "B")]
        assert [d.label for d in overview.home_documents(store, ids)] == ["old", "A/1"]
        every = overview.instruments_by_session(store, ids)
        assert overview.home_sessions(store, ids, EVERYTHING, EVERYTHING).groups == every
        assert how_kept(store)[overview.INSTRUMENTS_FILE] == "updated"
    finally:
        store.close()
        ctx.close()


def test_a_store_with_quads_in_the_default_graph_is_counted_from_the_store(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    try:
        store.update(f"INSERT DATA {{ <{BASE}body/x> a <{MG.Body}> }}")  # the default graph
        assert stats.from_kept(store) == stats.collect(store) and stats.from_kept(store).classes["Body"] == 1
        assert not stats.kept(store).complete
    finally:
        store.close()
