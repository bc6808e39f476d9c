"""Loading at scale: worker processes, batched writes, shards and their bulk load, Dask, and
incremental links — each compared with the plain sequential load of the same files."""

from __future__ import annotations

import os

import shutil
from pathlib import Path

import pytest

from mandate_graph.loaders import links
from mandate_graph.loaders.pipeline import Loader
from tests.conftest import CORPUS, make_context
from tests.support.virtuoso import virtuoso  # noqa: F401  (the session fixture, for the SPARQL server test)


@pytest.fixture(autouse=True)
def workers_for_a_few_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes even for the few files of the sample corpus (a load starts them only
    for enough files to be worth it)."""
    monkeypatch.setattr("loaders.parallel.FILES_PER_WORKER_START", 1)


def nquads(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(ctx.store.export("nquads").decode().splitlines())


def load(paths: list[Path], **options: object) -> list[str]:
    ctx = make_context()
    Loader.for_context(ctx).load(paths, **options)  # type: ignore[arg-type]
    return nquads(ctx)


def test_two_workers_store_what_one_stores(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_text("")  # fails on its own, the rest loads
    (corpus / "copy").mkdir()
    shutil.copy(next(CORPUS.glob("*.txt")), corpus / "copy" / next(CORPUS.glob("*.txt")).name)
    one = load([corpus], workers=1)
    two = load([corpus], workers=2)
    assert one == two
    assert sum("/graph/copy-" in line for line in one) > 0  # the copy got its own graph


def test_batches_of_one_file_store_what_one_batch_stores() -> None:
    ctx = make_context()
    Loader(ctx.store, ctx.ids, ctx.registry, batch_files=1).load([CORPUS], workers=1)
    assert nquads(ctx) == load([CORPUS], workers=1)


def test_a_failed_file_is_reported_on_one_line_and_loses_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    seen = []
    results = Loader.for_context(make_context()).load([corpus], on_file=seen.append, workers=2)
    assert [r.path.name for r in results if not r.ok] == ["binary.txt"]
    [failed] = [r for r in results if not r.ok]
    assert "\n" not in (failed.error or "") and "binary" in (failed.error or "")
    assert len(seen) == len(results) == len(list(corpus.iterdir()))
    assert sum(r.ok for r in results) == len(list(CORPUS.iterdir()))


def test_incremental_links_equal_links_rebuilt_from_the_whole_store() -> None:
    """Files loaded one at a time, in both orders and reloaded: the links graph and its index
    end as a rebuild from the whole store makes them."""
    files = sorted(CORPUS.glob("*.txt"))
    for order in (files, files[::-1]):
        ctx = make_context()
        loader = Loader.for_context(ctx)
        for path in order + order[:2]:
            loader.load([path], workers=1)
        incremental = nquads(ctx)
        links.rebuild_links(ctx.store, ctx.ids)
        assert incremental == nquads(ctx)
        assert any("owl#sameAs" in line for line in incremental)


def test_a_reload_that_changes_a_listing_moves_its_link(tmp_path: Path) -> None:
    """The note is linked to the symbol it is listed under; when the files listing it are
    reloaded with another symbol, the link follows, as a rebuild from the whole store has it."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    ctx = make_context()
    loader = Loader.for_context(ctx)
    loader.load([corpus], workers=1)
    targets = f"SELECT ?b WHERE {{ GRAPH <{ctx.ids.links_graph()}> {{ ?a owl:sameAs ?b }} }}"
    before = [r["b"].value for r in ctx.store.query(targets)]
    assert before == [ctx.ids.base + "document/CTOC/COP/2022/5"]
    listing = [p for p in corpus.glob("*.txt") if "CTOC/COP/2022/5" in p.read_text() and not p.name.startswith("000")]
    for path in listing:
        path.write_text(path.read_text().replace("CTOC/COP/2022/5", "CTOC/COP/2022/99"))
    loader.load(listing, workers=1)
    assert [r["b"].value for r in ctx.store.query(targets)] == [ctx.ids.base + "document/CTOC/COP/2022/99"]
    incremental = nquads(ctx)
    links.rebuild_links(ctx.store, ctx.ids)
    assert incremental == nquads(ctx)


def test_shards_bulk_loaded_store_what_a_load_stores(tmp_path: Path) -> None:
    from mandate_graph.loaders.shards import extract_to_shards

    ctx = make_context()
    results, skipped = extract_to_shards([CORPUS], tmp_path / "shards", Loader.for_context(ctx).extractor, workers=2)
    assert skipped == 0 and all(r.ok for r in results)
    Loader.for_context(ctx).load_shards(tmp_path / "shards")
    assert nquads(ctx) == load([CORPUS], workers=1)


def test_a_shard_rerun_skips_what_is_done_and_a_changed_file_supersedes_its_old_graph(tmp_path: Path) -> None:
    from mandate_graph.loaders.shards import extract_to_shards

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    extractor = Loader.for_context(make_context()).extractor
    extract_to_shards([corpus], tmp_path / "shards", extractor, workers=1)
    changed = sorted(corpus.glob("*.txt"))[-1]
    changed.write_text(changed.read_text().replace("Vienna", "Geneva"))
    results, skipped = extract_to_shards([corpus], tmp_path / "shards", extractor, workers=1)
    assert [r.path for r in results] == [changed] and skipped == len(list(CORPUS.iterdir())) - 1
    bulk = make_context()
    Loader.for_context(bulk).load_shards(tmp_path / "shards")
    assert nquads(bulk) == load([corpus], workers=1)


def test_bulk_loading_into_a_store_with_documents_is_refused(tmp_path: Path) -> None:
    from mandate_graph.graph.store import StoreError
    from mandate_graph.loaders.shards import extract_to_shards

    ctx = make_context()
    extract_to_shards([CORPUS], tmp_path / "shards", Loader.for_context(ctx).extractor, workers=1)
    Loader.for_context(ctx).load([next(CORPUS.glob("*.txt"))], workers=1)
    with pytest.raises(StoreError, match="holds documents already"):
        Loader.for_context(ctx).load_shards(tmp_path / "shards")


def test_dask_extraction_gives_the_quads_of_a_local_load(tmp_path: Path) -> None:
    if os.environ.get("CI") == "true":
        import dask.distributed  # noqa: F401  (scripts/test.sh installs the `scale` extra: a missing Dask is a broken CI)
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from mandate_graph.loaders.distributed import extract_on_dask

    ctx = make_context()
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        results, _ = extract_on_dask([CORPUS], tmp_path / "shards", Loader.for_context(ctx).extractor,
                                     client=client, files_per_task=2)
        assert len(results) == len(list(CORPUS.iterdir())) and all(r.ok for r in results)
        again, skipped = extract_on_dask([CORPUS], tmp_path / "shards", Loader.for_context(ctx).extractor, client=client)
        assert again == [] and skipped == len(results)
    Loader.for_context(ctx).load_shards(tmp_path / "shards")
    assert nquads(ctx) == load([CORPUS], workers=1)


def test_dask_workers_write_the_shards_and_this_process_writes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker processes write the shards (their names carry the writer's process id); this
    process only appends the manifest lines they return."""
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from mandate_graph.loaders import distributed, shards

    def no_shard_here(*args: object) -> None:
        raise AssertionError("the client process wrote a shard")

    monkeypatch.setattr(shards, "write_shard", no_shard_here)
    monkeypatch.setattr(distributed, "write_shard", no_shard_here)
    ctx = make_context()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        worker_pids = set(client.run(os.getpid).values())
        results, _ = distributed.extract_on_dask([CORPUS], tmp_path / "shards", Loader.for_context(ctx).extractor,
                                                 client=client, files_per_task=2)
    assert len(results) == len(list(CORPUS.iterdir())) and all(r.ok for r in results)
    folder = shards.ShardFolder(tmp_path / "shards")
    writers = {int(shard.name.split("-")[2]) for shard, _ in folder.shards()}
    assert len(folder.shards()) == 3 and writers <= worker_pids and os.getpid() not in writers
    assert not list((tmp_path / "shards").glob(".probe-*"))
    Loader.for_context(ctx).load_shards(tmp_path / "shards")
    assert nquads(ctx) == load([CORPUS], workers=1)


def test_a_shard_folder_the_workers_do_not_share_is_refused_before_any_work(tmp_path: Path) -> None:
    """A worker on a machine with its own disk writes its probe where this process cannot see it."""
    from mandate_graph.loaders.distributed import SharedFolderError, check_workers_share, write_probe

    class WorkerWithItsOwnDisk:
        def run(self, function: object, folder: str, token: str) -> dict[str, str]:
            own_disk = tmp_path / "worker-disk"
            own_disk.mkdir(exist_ok=True)
            return {"tcp://10.0.0.7:40000": write_probe(str(own_disk), token)}

    (tmp_path / "shards").mkdir()
    with pytest.raises(SharedFolderError, match=r"tcp://10\.0\.0\.7:40000.*storage every worker and this process share"):
        check_workers_share(WorkerWithItsOwnDisk(), tmp_path / "shards")


def test_new_graphs_are_stored_in_one_transaction_as_existing_ones_are() -> None:
    """`replace_graphs` loads graphs that do not exist yet as N-Quads (the fast path of a
    load): still all or nothing, and the same quads as the SPARQL path for existing graphs."""
    from mandate_graph.graph.store import OxigraphStore, StoreError

    store = OxigraphStore(None)
    good = '<http://x/a> <http://x/p> "1" .\n'
    with pytest.raises(StoreError, match="store unchanged"):
        store.replace_graphs({"http://x/g1": good, "http://x/g2": "<http://x/a> <http://x/p> .\n"})
    assert store.count() == 0
    store.replace_graphs({"http://x/g1": "# a comment\n" + good})
    store.replace_graphs({"http://x/g1": good.replace('"1"', '"2"'), "http://x/g2": good})
    assert sorted(store.export("nquads").decode().splitlines()) == [
        '<http://x/a> <http://x/p> "1" <http://x/g2> .',
        '<http://x/a> <http://x/p> "2" <http://x/g1> .',
    ]


@pytest.mark.virtuoso
def test_on_a_sparql_server_the_bulk_path_and_a_parallel_load_store_what_oxigraph_stores(
    tmp_path: Path, virtuoso  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """Shards uploaded through the Graph Store protocol (`bulk_load_quads`) and a load on two
    workers (`replace_graphs`) give Virtuoso the same quads, as many as Oxigraph gets."""
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.settings import Settings
    from mandate_graph.graph.store import open_store
    from mandate_graph.loaders.shards import extract_to_shards
    from tests.conftest import BASE

    store = open_store(Settings(store=virtuoso.store_location, base_iri=BASE, **virtuoso.remote_options))
    ctx = Context.open(Settings.from_env(store="memory", base_iri=BASE), store=store)
    expected = load([CORPUS], workers=1)

    def stored() -> list[str]:
        return sorted(line for line in ctx.store.export("nquads").decode().splitlines() if line.strip())

    ctx.store.drop_graphs(ctx.store.named_graphs())
    extract_to_shards([CORPUS], tmp_path / "shards", Loader.for_context(ctx).extractor, workers=1)
    Loader.for_context(ctx).load_shards(tmp_path / "shards")
    bulk = stored()
    ctx.store.drop_graphs(ctx.store.named_graphs())
    Loader.for_context(ctx).load([CORPUS], workers=2)
    assert stored() == bulk
    assert len(bulk) == len(expected)
