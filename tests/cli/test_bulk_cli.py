"""`mandates extract --dask local` then `mandates load --bulk --virtuoso-isql` on a real
Virtuoso, as a user runs them: the shards written by Dask worker processes, loaded by
Virtuoso's own bulk loader, give the quads of a plain `mandates load`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mandate_graph.graph.settings import Settings
from mandate_graph.graph.store import open_store
from tests.conftest import BASE, CORPUS
from tests.support.virtuoso import virtuoso  # noqa: F401  (the session fixture)

MANDATES = [sys.executable, "-m", "mandate_graph.cli"]


def mandates(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*MANDATES, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "MANDATES_BASE_IRI": BASE, "COLUMNS": "200", **(env or {})})
    assert done.returncode == 0, f"mandates {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def quads(env: dict[str, str]) -> list[str]:
    export = mandates("export", "--format", "nquads", env=env).stdout
    return sorted(line for line in export.splitlines() if line.strip())


@pytest.mark.virtuoso
def test_extract_on_dask_then_virtuoso_bulk_load_gives_the_quads_of_a_load(tmp_path: Path, virtuoso) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    pytest.importorskip("dask.distributed")
    shards = tmp_path / "shards"
    done = mandates("extract", str(CORPUS), "--out", str(shards), "--dask", "local", "--workers", "2")
    assert "5 extracted, 0 already done, 0 failed" in done.stdout
    assert all(int(s.name.split("-")[2]) != os.getpid() for s in shards.glob("shard-*.nq"))

    env = virtuoso.environment
    store = open_store(Settings(store=virtuoso.store_location, base_iri=BASE, **virtuoso.remote_options))
    store.drop_graphs(store.named_graphs())
    done = mandates("load", "--bulk", str(shards), "--virtuoso-isql", f"127.0.0.1:{virtuoso.sql_port}", env=env)
    assert "with VirtuosoBulkLoader" in done.stdout and "1 shard(s)" in done.stdout
    bulk = quads(env)

    store.drop_graphs(store.named_graphs())
    mandates("load", str(CORPUS), env=env)
    assert quads(env) == bulk
    store.close()
