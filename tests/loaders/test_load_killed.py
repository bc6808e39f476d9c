"""A `mandates load` killed (SIGKILL) after it stored its documents and before it linked them
leaves the derived links graph without their links; the next load, whatever it loads, finds
the documents the index has not seen and repairs the links (loaders/links.py,
`unindexed_graphs`), to exactly what a rebuild from the whole store gives."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from mandate_graph.graph.sparql_results import select_rows
from mandate_graph.loaders import links
from tests.conftest import BASE, CORPUS, make_context

ROOT = Path(__file__).resolve().parent.parent.parent
# The document without a symbol, and the symbol another corpus file lists it under.
UNSYMBOLED = CORPUS / "000_d44268bbfd2a0297.txt"
SAME_AS = (BASE + "document/source/000-d44268bbfd2a0297", BASE + "document/CTOC/COP/2022/5")

# `mandates load`, dying by SIGKILL the moment it would link: its documents are stored (each
# batch is committed before linking starts) and the links are not.
KILLED_BEFORE_LINKING = """
import os, signal, sys
from mandate_graph.graph.sparql_results import select_rows
from mandate_graph.loaders import links
links.update_links = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)
from mandate_graph.cli.main import main
sys.argv = ["mandates", *sys.argv[1:]]
main()
"""


# `mandates load`, dying by SIGKILL in the middle of a bulk write of new graphs: half of the
# batch's graphs are in the store, the other half not, and the write never finished.
KILLED_DURING_BULK_WRITE = """
import os, signal, sys
from mandate_graph.graph.store.oxigraph import OxigraphStore
bulk_load = OxigraphStore._bulk_load_as_nquads
def half_then_die(self, graphs):
    names = sorted(graphs)
    if any("/graph/corpus-" in name for name in names):
        bulk_load(self, {name: graphs[name] for name in names[: len(names) // 2]})
        os.kill(os.getpid(), signal.SIGKILL)
    return bulk_load(self, graphs)
OxigraphStore._bulk_load_as_nquads = half_then_die
from mandate_graph.cli.main import main
sys.argv = ["mandates", *sys.argv[1:]]
main()
"""


def mandates(store: Path, *args: str, killed: bool | str = False) -> subprocess.CompletedProcess[str]:
    """Run `mandates --store STORE ARGS`; ``killed``: the program that dies on its way (by
    default, before linking)."""
    script = KILLED_BEFORE_LINKING if killed is True else killed
    program = ["-c", script] if script else ["-m", "mandate_graph.cli"]
    return subprocess.run([sys.executable, *program, "--store", str(store), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "MANDATES_BASE_IRI": BASE})


def links_graph(store: Path) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(the links graph as stored, the links graph `rebuild_links` makes from the whole store)."""
    ctx = make_context(store=str(store))
    try:
        query = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ctx.ids.links_graph()}> {{ ?s ?p ?o }} }}"
        stored = {(r["s"].value, r["p"].value, str(r["o"])) for r in select_rows(ctx.store.query(query))}
        links.rebuild_links(ctx.store, ctx.ids)
        rebuilt = {(r["s"].value, r["p"].value, str(r["o"])) for r in select_rows(ctx.store.query(query))}
        return stored, rebuilt
    finally:
        ctx.close()


def test_the_load_after_a_killed_one_repairs_the_links(tmp_path: Path) -> None:
    store = tmp_path / "store"
    others = sorted(p for p in CORPUS.iterdir() if p != UNSYMBOLED)
    assert mandates(store, "load", *map(str, others)).returncode == 0

    killed = mandates(store, "load", str(UNSYMBOLED), killed=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    ctx = make_context(store=str(store))
    try:
        assert ctx.ids.source_graph("corpus-000-d44268bbfd2a0297") in ctx.store.named_graphs()  # stored
        query = f"ASK {{ GRAPH <{ctx.ids.links_graph()}> {{ <{SAME_AS[0]}> ?p <{SAME_AS[1]}> }} }}"
        assert not ctx.store.query(query)  # and not linked: the state a kill leaves
        assert links.unindexed_graphs(ctx.store, ctx.ids) == [ctx.ids.source_graph("corpus-000-d44268bbfd2a0297")]
    finally:
        ctx.close()

    # The next load, of a file that has nothing to do with the link, repairs it.
    assert mandates(store, "load", str(others[-1])).returncode == 0
    stored, rebuilt = links_graph(store)
    assert (SAME_AS[0], "http://www.w3.org/2002/07/owl#sameAs", f"<{SAME_AS[1]}>") in stored
    assert stored == rebuilt


def test_a_load_killed_during_a_bulk_write_leaves_the_store_as_it_was(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    """New graphs go in through Oxigraph's bulk loader, which is not one transaction: a load
    killed half-way through it left half of its batch in the store. The next open removes
    them, so the store is what it was before that load, and loading the files again works."""
    store = tmp_path / "store"
    files = sorted(CORPUS.iterdir())
    first, killed_batch = files[:2], files[2:]
    assert mandates(store, "load", *map(str, first)).returncode == 0
    before = export(store)

    killed = mandates(store, "load", *map(str, killed_batch), killed=KILLED_DURING_BULK_WRITE)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    import pyoxigraph as ox  # the store as the kill left it, read without our recovery

    left = ox.Store.read_only(str(store))
    halfway = [g.value for g in left.named_graphs() if "/graph/corpus-" in g.value]
    assert len(halfway) == 2 + len(killed_batch) // 2  # half of the batch was written
    del left

    with caplog.at_level("WARNING"):
        assert export(store) == before
    assert any(f"removed {len(killed_batch)} graph(s) a killed load had begun to add" in r.getMessage()
               for r in caplog.records)
    assert mandates(store, "load", *map(str, killed_batch)).returncode == 0
    ctx = make_context(store=str(store))
    try:
        assert len([g for g in ctx.store.named_graphs() if "/graph/corpus-" in g]) == len(files)
    finally:
        ctx.close()
    stored, rebuilt = links_graph(store)
    assert stored == rebuilt


def export(store: Path) -> list[str]:
    """Every quad of the store, sorted (opening it as the product does)."""
    ctx = make_context(store=str(store))
    try:
        return sorted(ctx.store.export("nquads").decode().splitlines())
    finally:
        ctx.close()
