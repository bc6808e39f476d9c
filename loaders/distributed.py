"""Extraction of an archive on a Dask cluster, into the shards that the bulk path loads.

The same pure extraction (`loaders.parallel.Extractor`) runs on the cluster's workers, a
batch of files per task, and **each task writes its own shard** into the shard folder
(`loaders.shards.write_shard`) and returns only the manifest lines (path, content hash,
graph, shard, error) with each file's result; this process appends those lines to the
manifest (`ShardFolder.record`), the only writer of it. So the N-Quads never travel through
the client, and the shard folder **must be storage that every worker and this process share
at the same path** (NFS, a cluster file system; on one machine, any folder): before any
work is sent, every worker writes a probe file there and this process checks that it sees
each one, and it checks every shard a task reports too; otherwise `SharedFolderError`. The
workers need to read the source files at the paths given, too.

A rerun skips the files the manifest has as done with the same content hash and extraction
fingerprint (`loaders.fingerprint`). Needs the
optional extra ``scale`` (``pip install 'mandate-graph[scale]'``).

    extract_on_dask(paths, "shards/", extractor, scheduler="tcp://scheduler:8786")

With no scheduler address a `LocalCluster` on this machine's cores is started and stopped.
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from mandate_graph.graph.errors import MandateGraphError
from mandate_graph.loaders.parallel import ExtractionJob, Extractor, FileResult, default_workers
from mandate_graph.loaders.shards import ManifestEntry, ShardFolder, plan_jobs, write_shard
from mandate_graph.loaders.sources import discover

# A task costs the scheduler ~1 ms and a file ~5–50 ms to extract; each task writes one shard,
# so this is also the number of files per shard (~1–3 MB of N-Quads for typical documents).
FILES_PER_TASK = 32


class SharedFolderError(MandateGraphError):
    """The workers write shards where this process cannot see them."""


def extract_batch_to_shard(extractor: Extractor, jobs: list[ExtractionJob], folder: str) -> list[tuple[FileResult, ManifestEntry]]:
    """One task, run on a Dask worker: extract a batch of files, write their shard into
    ``folder`` and return each file's result and manifest line (no N-Quads)."""
    extracted = [extractor(job) for job in jobs]
    entries = write_shard(Path(folder), extracted)
    return [(one.result, entry) for one, entry in zip(extracted, entries)]


def write_probe(folder: str, token: str) -> str:
    """Run on each worker: write a small file into ``folder`` and return its name."""
    name = f".probe-{token}-{socket.gethostname()}-{os.getpid()}"
    with open(Path(folder) / name, "w", encoding="utf-8") as probe:
        probe.write("written by a Dask worker of `mandates extract`; removed when seen\n")
    return name


def check_workers_share(dask: Any, folder: Path) -> None:
    """Have every worker write a probe file into ``folder``; raise `SharedFolderError` unless
    this process sees each one (the probes are removed)."""
    token = uuid.uuid4().hex[:12]
    try:
        written: dict[str, str] = dask.run(write_probe, str(folder), token)
    except OSError as exc:
        raise SharedFolderError(not_shared_message(folder, f"a worker cannot write there ({exc})")) from exc
    unseen = [worker for worker, name in written.items() if not (folder / name).is_file()]
    for name in written.values():
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    if unseen:
        raise SharedFolderError(not_shared_message(
            folder, f"the file written there by worker(s) {', '.join(sorted(unseen))} is not there for this process"
        ))


def not_shared_message(folder: Path, what: str) -> str:
    return (
        f"--out {folder}: {what}. The Dask workers write the shards themselves, so the shard folder "
        "must be storage every worker and this process share at the same path (NFS, a cluster file system)"
    )


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
    force: bool = False,
) -> tuple[list[FileResult], int]:
    """Extract the files of ``paths`` (folders searched) on Dask into the shard folder
    ``folder``, one shard per task written by the worker; returns the results of the files
    extracted and how many were skipped as done (none with ``force``).

    ``client``: a `dask.distributed.Client` to use; otherwise one is opened on ``scheduler``
    (an address) or on a local cluster of ``workers`` processes."""
    folder = Path(folder).resolve()  # the workers are given the same absolute path
    shards = ShardFolder(folder, fingerprint=extractor.fingerprint)
    todo, skipped = shards.todo(discover([Path(p).resolve() for p in paths]), force)  # paths the workers can open
    jobs = plan_jobs(todo, shards, extractor)
    if not jobs:
        return [], skipped
    context = contextlib.nullcontext(client) if client is not None else dask_client(scheduler, workers)
    results: list[FileResult] = []
    with context as dask:
        from dask.distributed import as_completed

        check_workers_share(dask, folder)
        # The reference data goes to each worker once, not with every task.
        [shared] = dask.scatter([extractor], broadcast=True)
        batches = [jobs[i : i + files_per_task] for i in range(0, len(jobs), files_per_task)]
        futures = [dask.submit(extract_batch_to_shard, shared, batch, str(folder), pure=False) for batch in batches]
        for future in as_completed(futures):
            done: list[tuple[FileResult, ManifestEntry]] = future.result()
            for shard in {entry.shard for _, entry in done if entry.shard}:
                if not (folder / shard).is_file():  # a worker that joined after the probe
                    raise SharedFolderError(not_shared_message(folder, f"a worker wrote {shard}, which this process cannot see"))
            shards.record([entry for _, entry in done])
            for result, _ in done:
                results.append(result)
                if on_file:
                    on_file(result)
            future.release()
    return results, skipped
