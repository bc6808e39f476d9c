"""Extraction on every core: read, extract and emit files in worker processes.

Extraction is a pure function of a file's text and the reference data (identifiers, body
registry, read limits), so it runs anywhere: in this process, in a
`concurrent.futures.ProcessPoolExecutor`, or on a Dask cluster (`loaders.distributed`). What
comes back is one `ExtractedFile` per input, in input order, holding the N-Quads of the
file's named graph or the one-line reason it failed. Nothing here touches the store: the
caller writes the results through its one writer.

The graph key of each file (its named graph) is decided by the caller before extraction,
because it depends on which graphs exist already (`assign_graph_keys`).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.graph.store.nquads import graph_nquads, graph_ntriples
from mandate_graph.loaders.emit import Emitter
from mandate_graph.loaders.fingerprint import extraction_fingerprint, provenance_line, reference_digest
from mandate_graph.loaders.time_limit import ExtractionTimeout, time_limit
from mandate_graph.loaders.sources import DEFAULT_LIMITS, ReadLimits, SourceError, SourceText, read_source

if TYPE_CHECKING:
    from mandate_graph.graph.settings import Settings


@dataclass
class FileResult:
    """What loading one file did."""

    path: Path
    graph: str | None = None
    triples: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    # Not read nor written: its graph says it was made from these bytes by this extraction
    # (`loaders.fingerprint`), so extracting it again would give the same graph.
    unchanged: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class ExtractedFile:
    """One file's named graph as N-Quads of that graph (empty when it failed), and what
    happened. The worker writes the quads, so that the one writer of a load only joins a
    batch's bytes for the store's bulk loader (`graph.store.nquads.QuadsOfGraphs`)."""

    result: FileResult
    nquads: bytes = b""
    sha256: str = ""  # of the file's bytes: the manifest of a shard run records it

    @property
    def size(self) -> int:
        return len(self.nquads)

    @property
    def ntriples(self) -> str:
        """The graph's statements as N-Triples."""
        if not self.nquads or self.result.graph is None:
            return ""
        return graph_ntriples(self.result.graph, self.nquads)


@dataclass(frozen=True)
class ExtractionJob:
    """One file to extract, and the key of the named graph it goes to."""

    path: Path
    graph_key: str


def default_graph_key(path: Path) -> str:
    """The graph key a file gets when no other file of that folder and name has it: it
    depends on the path alone (folder and file name), so it is known before reading."""
    return SourceText(path=Path(path), text="", sha256="").graph_key


def path_digest(path: Path) -> str:
    return SourceText(path=Path(path), text="", sha256="").path_digest


def disambiguated_key(path: Path) -> str:
    """The key of a file whose folder and name another file already has."""
    return f"{default_graph_key(path)}-{path_digest(path)[:8]}"


def assign_graph_keys(
    paths: Iterable[Path],
    digest_of_graph: Callable[[list[str]], Mapping[str, str]],
    graph_iri: Callable[[str], str],
) -> list[ExtractionJob]:
    """A graph key for each path, as a sequential load would give them: the folder and file
    name, with a digest of the full path added when that graph already holds another file
    (in the store, as ``digest_of_graph`` tells: graph IRI -> path digest, or earlier in
    ``paths``), so that no file replaces another."""
    paths = [Path(p) for p in paths]
    plain = [default_graph_key(p) for p in paths]
    stored = dict(digest_of_graph(sorted({graph_iri(k) for k in plain})))
    jobs = []
    for path, key in zip(paths, plain):
        graph, digest = graph_iri(key), path_digest(path)
        holder = stored.setdefault(graph, digest)
        jobs.append(ExtractionJob(path, key if holder == digest else disambiguated_key(path)))
    return jobs


@dataclass(frozen=True)
class Extractor:
    """Everything extraction needs besides the file: picklable, sent once to each worker."""

    ids: Identifiers
    registry: BodyRegistry
    limits: ReadLimits = DEFAULT_LIMITS
    # `loaders.fingerprint`: when given, each graph made carries it (a load or a shard run
    # compares it to skip a file whose graph it would make again); "" for extraction alone.
    fingerprint: str = ""

    @classmethod
    def for_settings(cls, settings: Settings) -> "Extractor":
        """The extractor `Loader.for_context` would use, without opening a store."""
        from mandate_graph.graph.reference import load_registry

        registry = load_registry(settings.base_iri, settings.reference_paths)
        return cls(Identifiers(settings.base_iri), registry, ReadLimits.from_settings(settings)).fingerprinted()

    def fingerprinted(self) -> "Extractor":
        """This extractor, its graphs carrying the fingerprint of its code and reference data."""
        fingerprint = extraction_fingerprint(self.ids, reference_digest(self.registry))
        return self if fingerprint == self.fingerprint else replace(self, fingerprint=fingerprint)

    def source_graph(self, source: SourceText, graph_key: str) -> tuple[str, FileResult]:
        """Extract one read source into (N-Triples, result)."""
        # Imported here: compiling extraction's patterns costs ~1 CPU s, which a load whose
        # files are all unchanged never needs.
        from mandate_graph.loaders.extract import extract

        extraction = extract(source.text, source_key=source.key, registry=self.registry)
        ntriples, count = Emitter(self.ids, self.registry).ntriples(
            extraction, source.key, source.path.name, source.sha256,
            graph_key=graph_key, path_digest=source.path_digest,
        )
        result = FileResult(
            path=source.path,
            graph=self.ids.source_graph(graph_key),
            triples=count,
            relations=extraction.count_by_relation(),
            warnings=list(extraction.warnings),
        )
        if not extraction.facts:
            result.warnings.append("no facts found: is this a UN document?")
        return ntriples, result

    def __call__(self, job: ExtractionJob) -> ExtractedFile:
        """Read and extract one file; any failure becomes the result's one-line error."""
        started = time.perf_counter()
        sha256 = ""
        try:
            source = read_source(job.path, self.limits)
            sha256 = source.sha256
            with time_limit(self.limits.max_extract_seconds):
                ntriples, result = self.source_graph(source, job.graph_key)
                assert result.graph is not None  # a file extracted without error has its graph
                if self.fingerprint:
                    ntriples += provenance_line(result.graph, self.fingerprint)
                    result.triples += 1
                nquads = graph_nquads(result.graph, ntriples)
        except SourceError as exc:
            nquads, result = b"", FileResult(path=job.path, error=exc.problem)
        except ExtractionTimeout as exc:
            nquads = b""
            result = FileResult(
                path=job.path,
                error=f"extraction took over {exc.seconds:g} s, the limit per file "
                "(MANDATES_MAX_EXTRACT_SECONDS); nothing of this file was stored",
            )
        except Exception as exc:  # an extraction bug must not lose the other files
            nquads = b""
            result = FileResult(path=job.path, error=f"extraction failed: {type(exc).__name__}: {exc}")
        result.seconds = time.perf_counter() - started
        return ExtractedFile(result, nquads, sha256)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


FILES_PER_WORKER_START = 16  # files a worker process must have to be worth starting


def _start_method() -> multiprocessing.context.BaseContext:
    """Workers started from a clean server process, not forked from this one: the caller
    may hold threads (a store's query pool, a web server) that a fork would copy mid-step."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


# The extractor each worker process received at start (set by `_start_worker`).
_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _extract_in_worker(job: ExtractionJob) -> ExtractedFile:
    assert _worker_extractor is not None, "worker started without an extractor"
    return _worker_extractor(job)


def extract_all(extractor: Extractor, jobs: list[ExtractionJob], workers: int = 1) -> Iterator[ExtractedFile]:
    """Extract every job, in order; on ``workers`` processes when more than one.

    Results come back in input order as they are ready, so the writer can store them while
    the workers go on. With one worker nothing is forked (no start-up cost, easy debugging).
    """
    # A worker costs ~0.5 s to start (it imports the extraction): not worth it for a few files.
    workers = max(1, min(workers, len(jobs) // FILES_PER_WORKER_START))
    if workers == 1:
        yield from map(extractor, jobs)
        return
    # Several files per task: a task costs a round trip, a small file a few ms of extraction.
    chunksize = max(1, min(16, len(jobs) // (workers * 4)))
    with ProcessPoolExecutor(
        workers, mp_context=_start_method(), initializer=_start_worker, initargs=(extractor,)
    ) as pool:
        yield from pool.map(_extract_in_worker, jobs, chunksize=chunksize)
