"""`load --bulk` on a Virtuoso store with Virtuoso's own bulk loader (ld_add +
rdf_loader_run + checkpoint through isql), against a real server: the same quads as the
Graph Store path and as Oxigraph's bulk path, and each way a shard can fail named."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from mandate_graph.graph.context import Context
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.store import StoreError, open_store
from mandate_graph.graph.store.sparql_http import SparqlHttpStore
from mandate_graph.graph.store.sparql_http.virtuoso_loader import IsqlAccess, VirtuosoBulkLoader
from mandate_graph.loaders.pipeline import Loader
from mandate_graph.loaders.shards import MANIFEST, ShardFolder, extract_to_shards
from tests.conftest import BASE, CORPUS, make_context
from tests.support.virtuoso import virtuoso  # noqa: F401  (the session fixture)

pytestmark = pytest.mark.virtuoso


def isql_options(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"virtuoso_isql": f"127.0.0.1:{server.sql_port}"}


def virtuoso_context(server, **options: object) -> Context:  # type: ignore[no-untyped-def]
    """A context on the session's Virtuoso, emptied of the product's graphs."""
    store = open_store(Settings(store=server.store_location, base_iri=BASE, **server.remote_options, **options))
    store.drop_graphs(store.named_graphs())
    return Context.open(Settings.from_env(store="memory", base_iri=BASE), store=store)


def stored(ctx: Context) -> list[str]:
    return sorted(line for line in ctx.store.export("nquads").decode().splitlines() if line.strip())


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus's shards, and a changed document extracted again (so one shard
    holds a superseded graph, which the loader must leave out)."""
    root = tmp_path_factory.mktemp("bulk")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    extractor = Loader.for_context(make_context()).extractor
    extract_to_shards([corpus], root / "shards", extractor, workers=1)
    changed = sorted(corpus.glob("*.txt"))[-1]
    changed.write_text(changed.read_text().replace("Vienna", "Geneva"))
    extract_to_shards([corpus], root / "shards", extractor, workers=1)
    return root / "shards"


def test_the_bulk_loader_stores_what_the_graph_store_path_and_oxigraph_store(shards: Path, virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    oxigraph = make_context()
    Loader.for_context(oxigraph).load_shards(shards)

    graph_store = virtuoso_context(virtuoso)
    assert graph_store.store.server_loader is None  # type: ignore[attr-defined]
    Loader.for_context(graph_store).load_shards(shards)
    through_graph_store = stored(graph_store)

    ctx = virtuoso_context(virtuoso, **isql_options(virtuoso))
    assert isinstance(ctx.store, SparqlHttpStore) and ctx.store.server_loader is not None
    Loader.for_context(ctx).load_shards(shards)
    through_bulk_loader = stored(ctx)

    two_loaders = virtuoso_context(virtuoso, **isql_options(virtuoso), virtuoso_loaders=2)
    Loader.for_context(two_loaders).load_shards(shards)
    assert stored(two_loaders) == through_bulk_loader

    assert through_bulk_loader == through_graph_store
    assert len(through_bulk_loader) == oxigraph.store.count() > 1000
    assert not list(shards.glob(".current-*"))  # the copies without superseded graphs are gone


def test_a_shard_that_does_not_parse_is_named_and_nothing_is_loaded(tmp_path: Path, shards: Path, virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    broken = tmp_path / "shards"
    shutil.copytree(shards, broken)
    shard, _ = ShardFolder(broken).shards()[-1]
    lines = shard.read_text().splitlines(keepends=True)
    lines[3] = lines[3].replace("> <", "> ", 1)  # a quad with its predicate's start cut
    shard.write_text("".join(lines))
    ctx = virtuoso_context(virtuoso, **isql_options(virtuoso))
    before = ctx.store.count()
    with pytest.raises(StoreError, match=f"{shard.name}.*line 4"):
        Loader.for_context(ctx).load_shards(broken)
    assert ctx.store.count() == before


def test_a_file_the_server_cannot_open_is_reported_and_taken_off_its_load_list(tmp_path: Path, virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    loader = VirtuosoBulkLoader(IsqlAccess(f"127.0.0.1:{virtuoso.sql_port}", virtuoso.user, virtuoso.password))
    missing = tmp_path / "not-on-the-server.nq"
    [outcome] = loader.load([missing], "urn:x:default")
    assert not outcome.ok and outcome.state == 0 and outcome.path == str(missing)
    listed = loader.run_sql(f"SELECT count(*) FROM DB.DBA.load_list WHERE ll_file = '{missing}';\n", "counting")
    assert listed.split() == ["0"]


def test_gzip_shards_load_and_quads_go_to_their_own_graphs(tmp_path: Path, virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    quads = f'<{BASE}s> <{BASE}p> "a" <{BASE}graph/one> .\n<{BASE}s> <{BASE}p> "b" <{BASE}graph/two> .\n'
    shard = tmp_path / "shard-1.nq.gz"
    shard.write_bytes(gzip.compress(quads.encode()))
    loader = VirtuosoBulkLoader(IsqlAccess(f"127.0.0.1:{virtuoso.sql_port}", virtuoso.user, virtuoso.password))
    ctx = virtuoso_context(virtuoso)
    [outcome] = loader.load([shard], "urn:x:default")
    assert outcome.ok
    assert stored(ctx) == sorted(quads.splitlines())
    ctx.store.drop_graphs(ctx.store.named_graphs())


def test_a_refused_password_names_the_settings(virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    loader = VirtuosoBulkLoader(IsqlAccess(f"127.0.0.1:{virtuoso.sql_port}", virtuoso.user, "not-the-password"))
    with pytest.raises(StoreError, match="MANDATES_VIRTUOSO_ISQL_PASSWORD"):
        loader.run_sql("SELECT 1;\n", "checking")


def test_the_bulk_loader_needs_an_account(virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    settings = Settings(store=virtuoso.store_location, base_iri=BASE, virtuoso_isql="127.0.0.1:1111")
    with pytest.raises(StoreError, match="MANDATES_VIRTUOSO_ISQL_USER"):
        open_store(settings)


def test_no_manifest_no_load(tmp_path: Path, virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    ctx = virtuoso_context(virtuoso, **isql_options(virtuoso))
    with pytest.raises(StoreError, match=MANIFEST):
        Loader.for_context(ctx).load_shards(tmp_path)
