"""Loading files into a store: read, extract, emit, replace the files' named graphs.

The side effects of loading live here and nowhere else. Extraction runs on every core
(`loaders.parallel`); this process is the one writer. Several files' graphs are stored per
transaction (one store flush for the batch, not one per file); when a batch cannot be
stored, its files are stored one by one, so a file that fails leaves its old named graph
(and everything else) untouched, and the other files still load.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ClassVar, Iterable

import pyoxigraph as ox

from mandate_graph import ontology
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.graph.sparql_results import select_rows
from mandate_graph.graph.store import GraphStore, StoreError
from mandate_graph.graph.store.nquads import QuadsOfGraphs
from mandate_graph.loaders import fingerprint as made_from
from mandate_graph.loaders import links, reference_graphs
from mandate_graph.loaders.parallel import (
    ExtractedFile,
    ExtractionJob,
    Extractor,
    FileResult,
    assign_graph_keys,
    default_workers,
    extract_all,
    path_digest,
)
from mandate_graph.loaders.sources import DEFAULT_LIMITS, ReadLimits, SourceText, discover

if TYPE_CHECKING:
    from mandate_graph.graph.context import Context

__all__ = ["FileResult", "Loader"]


@dataclass
class Loader:
    """Loads files into one store, minting IRIs under one base with one body registry."""

    store: GraphStore
    ids: Identifiers
    registry: BodyRegistry
    limits: ReadLimits = DEFAULT_LIMITS
    # A write transaction holds at most this many files or this much N-Quads text: big
    # enough that the per-transaction flush is paid rarely, small enough to bound memory.
    batch_files: int = 200
    batch_bytes: int = 32 * 2**20
    # The documents' graphs stored by the last `load`, as the N-Quads stored (graph IRI ->
    # bytes), up to `WRITTEN_BYTES` in all: the views brought up to date right after the load
    # parse them rather than read them back (`graph.subject_quads`; ~10x cheaper a quad).
    written: dict[str, bytes] = field(default_factory=dict, init=False, repr=False)
    _written_bytes: int = field(default=0, init=False, repr=False)
    _keep_written_texts: bool = field(default=False, init=False, repr=False)
    WRITTEN_BYTES: ClassVar[int] = 128 * 2**20
    # The extraction fingerprint, kept with the IRI base and the registry it was computed for.
    _fingerprint: tuple[str, BodyRegistry, str] | None = field(default=None, init=False, repr=False)

    @property
    def extractor(self) -> Extractor:
        """What the worker processes need to extract a file (made anew: the limits may change);
        the graphs it makes carry the extraction's fingerprint (`loaders.fingerprint`)."""
        return Extractor(self.ids, self.registry, self.limits, self.fingerprint)

    @property
    def fingerprint(self) -> str:
        """`loaders.fingerprint.extraction_fingerprint` of this loader's IRIs and reference data."""
        kept = self._fingerprint
        if kept is None or kept[0] != self.ids.base or kept[1] is not self.registry:
            reference = made_from.reference_digest(self.registry)
            kept = self._fingerprint = (self.ids.base, self.registry, made_from.extraction_fingerprint(self.ids, reference))
        return kept[2]

    @classmethod
    def for_context(cls, ctx: Context) -> "Loader":
        """The loader of a service context: its store, IRIs, reference data and read limits."""
        return cls(ctx.store, ctx.ids, ctx.registry, ReadLimits.from_settings(ctx.settings))

    def ensure_reference(self) -> list[str]:
        """Put the vocabulary and the reference data in their own named graphs, writing only
        a graph whose content the store does not hold already (`loaders.reference_graphs`:
        an unchanged graph is not written, so no view re-reads it); returns those written."""
        vocabulary = ox.serialize(
            ox.parse(path=str(ontology.VOCABULARY), format=ox.RdfFormat.TURTLE),
            format=ox.RdfFormat.N_TRIPLES,
        ).decode()  # type: ignore[union-attr]  # pyoxigraph's stub: serialize() without output= returns bytes
        return reference_graphs.write_changed(self.store, [
            reference_graphs.reference_graph(self.ids.vocabulary_graph(), vocabulary),
            reference_graphs.reference_graph(self.ids.reference_graph(), self.registry.ntriples()),
        ])

    def graph_for(self, source: SourceText) -> tuple[str, str, FileResult]:
        """Extract one source and return (graph IRI, N-Triples, result) without writing."""
        ntriples, result = self.extractor.source_graph(source, self.graph_key(source))
        return result.graph or "", ntriples, result

    def graph_key(self, source: SourceText) -> str:
        """Folder and file name; with a digest of the full path added when another file of the
        same folder and file name already has that graph, so that no file replaces another."""
        return self.assign_keys([source.path])[0].graph_key

    def load_file(self, path: Path) -> FileResult:
        """Load one file in its own transaction (the store flushed after it)."""
        [job] = self.assign_keys([path])
        extracted = self.extractor(job)
        if extracted.result.ok:
            self.write_batch([extracted])
        return extracted.result

    def load(
        self,
        paths: Iterable[Path],
        on_file: Callable[[FileResult], None] | None = None,
        on_linked: Callable[[int], None] | None = None,
        *,
        workers: int | None = None,
        force: bool = False,
    ) -> list[FileResult]:
        """Load every file of ``paths`` (folders searched), then link the documents just loaded.

        A file whose graph says it was made from the same bytes by the same extraction (code
        and reference data: `loaders.fingerprint`) is skipped before any extraction, its result
        marked ``unchanged``, unless ``force``. Extraction runs on ``workers`` processes
        (default: every core this process may use); this process is the one writer, storing
        several files' graphs per transaction. The store ends the same whatever the number of
        workers, and whether unchanged files are skipped or loaded again. ``on_file`` hears of
        each file once it is stored (or failed, or skipped), ``on_linked`` the number of links
        made. The results: the skipped files first, then the others in order."""
        files = discover(list(paths))
        self.written.clear()
        # Only a store with views kept beside it has them brought up to date after a load:
        # for any other, holding the texts would only cost memory.
        holds_views = getattr(getattr(self.store, "revision", None), "holds_views", None)
        self._keep_written_texts = holds_views is not None and holds_views()
        self._written_bytes = 0
        self.ensure_reference()
        jobs = self.assign_keys(files)
        results: list[FileResult] = []
        if not force:
            jobs, unchanged = self.skip_unchanged(jobs)
            for result in unchanged:
                results.append(result)
                if on_file:
                    on_file(result)
        loaded_graphs: list[str] = []
        batch: list[ExtractedFile] = []
        batch_bytes = 0

        def write_and_report() -> None:
            nonlocal batch_bytes
            for stored in self.write_batch(batch):
                results.append(stored.result)
                if stored.result.ok and stored.result.graph:
                    loaded_graphs.append(stored.result.graph)
                    self._keep_written(stored.result.graph, stored.nquads)
                if on_file:
                    on_file(stored.result)
            batch.clear()
            batch_bytes = 0

        for extracted in extract_all(self.extractor, jobs, workers or default_workers()):
            batch.append(extracted)
            batch_bytes += extracted.size
            if len(batch) >= self.batch_files or batch_bytes >= self.batch_bytes:
                write_and_report()
        write_and_report()
        linked = self.link_documents(loaded_graphs)
        if on_linked:
            on_linked(linked)
        return results

    def skip_unchanged(self, jobs: list[ExtractionJob]) -> tuple[list[ExtractionJob], list[FileResult]]:
        """(the jobs to extract, the results of those skipped): a job is skipped when its graph
        says it was made from this file's bytes, name and path by this extraction
        (`loaders.fingerprint`); the others, a file never loaded or that failed, go on."""
        graphs = {job: self.ids.source_graph(job.graph_key) for job in jobs}
        stored = made_from.stored_made_from(self.store, graphs.values())
        if not stored:
            return jobs, []
        fingerprint = self.fingerprint
        todo: list[ExtractionJob] = []
        skipped: list[FileResult] = []
        for job in jobs:
            graph = graphs[job]
            if made_from.is_unchanged(job.path, path_digest(job.path), stored.get(graph), fingerprint):
                skipped.append(FileResult(path=job.path, graph=graph, unchanged=True))
            else:
                todo.append(job)
        return todo, skipped

    def _keep_written(self, graph: str, nquads: bytes) -> None:
        """Keep a graph just stored as its N-Quads (see `written`), within the byte limit, when
        the store keeps views beside it (else nothing reads them); not one with a blank node (the store labels those anew: a lookup of the text's would fail)."""
        self._written_bytes -= len(self.written.pop(graph, b""))  # (stored again: the later text is the store's)
        if self._keep_written_texts and b"_:" not in nquads and self._written_bytes + len(nquads) <= self.WRITTEN_BYTES:
            self.written[graph] = nquads
            self._written_bytes += len(nquads)

    def load_shards(self, folder: Path, on_shard: Callable[[Path], None] | None = None) -> int:
        """The bulk path: the reference graphs, every shard of ``folder`` through the store's
        bulk loader (the store must hold no documents yet), then the links from the whole
        store; returns the number of links (`loaders.shards` says what a shard folder is)."""
        from mandate_graph.loaders.shards import load_shards

        load_shards(self.store, folder, on_shard)
        self.ensure_reference()
        return self.link_documents()

    def assign_keys(self, paths: list[Path]) -> list[ExtractionJob]:
        return assign_graph_keys(paths, self.stored_path_digests, self.ids.source_graph)

    def stored_path_digests(self, graphs: list[str]) -> dict[str, str]:
        """Graph IRI -> digest of the path of the file it holds, for those of ``graphs`` that
        exist (one query per thousand graphs: the lookups are indexed)."""
        found: dict[str, str] = {}
        for start in range(0, len(graphs), 1000):
            values = " ".join(f"<{g}>" for g in graphs[start : start + 1000])
            for row in select_rows(self.store.query(
                f"SELECT ?g ?digest WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?g mg:sourcePathDigest ?digest }} }}"
            )):
                found[row["g"].value] = row["digest"].value
        return found

    def write_batch(self, batch: list[ExtractedFile]) -> list[ExtractedFile]:
        """Store the extracted files of ``batch`` in one transaction, and return them all.

        When that transaction fails, each file is stored on its own, so that one bad graph
        costs only its own file (reported with the store's message) and not its batch."""
        good = [e for e in batch if e.result.ok]
        if not good:
            return batch
        started = time.perf_counter()
        try:
            self.store.replace_graphs(
                QuadsOfGraphs({e.result.graph: e.nquads for e in good if e.result.graph is not None}))
        except StoreError:
            for extracted in good:
                self._write_alone(extracted)
            return batch
        share = (time.perf_counter() - started) / len(good)
        for extracted in good:
            extracted.result.seconds += share
        return batch

    def _write_alone(self, extracted: ExtractedFile) -> None:
        started = time.perf_counter()
        graph = extracted.result.graph
        assert graph is not None  # a file extracted without error has its graph (Extractor.source_graph)
        try:
            self.store.replace_graphs(QuadsOfGraphs({graph: extracted.nquads}))
        except StoreError as exc:
            extracted.result.error = f"could not be stored: {exc}"
            extracted.result.graph = None
        extracted.result.seconds += time.perf_counter() - started

    def link_documents(self, loaded_graphs: Iterable[str] | None = None) -> int:
        """Bring the derived graph of links between documents up to date; returns the number
        of links made or remade. With ``loaded_graphs`` (the source graphs just stored) only
        the documents they mention and those they can link to are considered; without, the
        whole store (`loaders.links` says what a link is)."""
        if loaded_graphs is None:
            return links.rebuild_links(self.store, self.ids)
        return links.update_links(self.store, self.ids, list(loaded_graphs))
