"""Extraction of an archive on a Dask cluster, into the shards that the bulk path loads.

The same pure extraction (`loaders.parallel.Extractor`) runs on the cluster's workers, a
batch of files per task; the N-Quads come back to this process, which writes the shards and
the manifest (`loaders.shards.ShardFolder`), so the workers need to read the source files
but never write anywhere. A rerun skips the files the manifest has as done with the same
content hash. Needs the optional extra ``scale`` (``pip install 'mandate-graph[scale]'``).

    extract_on_dask(paths, "shards/", extractor, scheduler="tcp://scheduler:8786")

With no scheduler address a `LocalCluster` on this machine's cores is started and stopped.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from mandate_graph.loaders.parallel import ExtractedFile, ExtractionJob, Extractor, FileResult, default_workers
from mandate_graph.loaders.shards import SHARD_BYTES, ShardFolder, plan_jobs
from mandate_graph.loaders.sources import discover

FILES_PER_TASK = 32  # a task costs the scheduler ~1 ms; a file ~5–50 ms to extract


def extract_batch(extractor: Extractor, jobs: list[ExtractionJob]) -> list[ExtractedFile]:
    """One task: extract a batch of files (runs on a Dask worker)."""
    return [extractor(job) for job in jobs]


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError(
            "distributed extraction needs Dask: pip install 'mandate-graph[scale]'"
        ) from exc
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def extract_on_dask(
    paths: Iterable[Path],
    folder: Path,
    extractor: Extractor,
    *,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    files_per_task: int = FILES_PER_TASK,
    shard_bytes: int = SHARD_BYTES,
) -> tuple[list[FileResult], int]:
    """Extract the files of ``paths`` (folders searched) on Dask into the shard folder
    ``folder``; returns the results of the files extracted and how many were skipped as done.

    ``client``: a `dask.distributed.Client` to use; otherwise one is opened on ``scheduler``
    (an address) or on a local cluster of ``workers`` processes."""
    shards = ShardFolder(folder, shard_bytes)
    todo, skipped = shards.todo(discover(list(paths)))
    jobs = plan_jobs(todo, shards, extractor)
    if not jobs:
        return [], skipped
    context = contextlib.nullcontext(client) if client is not None else dask_client(scheduler, workers)
    results: list[FileResult] = []
    with context as dask:
        from dask.distributed import as_completed

        # The reference data goes to each worker once, not with every task.
        [shared] = dask.scatter([extractor], broadcast=True)
        batches = [jobs[i : i + files_per_task] for i in range(0, len(jobs), files_per_task)]
        futures = [dask.submit(extract_batch, shared, batch, pure=False) for batch in batches]
        for future in as_completed(futures):
            for extracted in future.result():
                shards.add(extracted)
                results.append(extracted.result)
                if on_file:
                    on_file(extracted.result)
            future.release()
    shards.flush()
    return results, skipped
