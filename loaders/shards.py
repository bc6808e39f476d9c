"""The bulk path: extract to N-Quads shards, then load them with the engine's own bulk loader.

A shard folder holds ``shard-<time>-<pid>-<random>.nq`` files, each the named graphs of many
source files (``<pid>``: the process that wrote it), and ``manifest.jsonl``: one line per file
extracted (path, content hash, graph, shard, or the error), appended by one process once each
shard is complete on disk (the shard itself may be written by another: `write_shard`, which a
Dask worker runs too). Extraction and loading can run on different
machines: `extract_to_shards` needs no store, `load_shards` no source files.

A rerun over the same folder skips every file whose manifest line says it was done with the
same content hash and the same extraction fingerprint (`loaders.fingerprint`: the code and the
reference data); a file that changed since, or that other code or reference data would extract
otherwise, gets a new line, which supersedes the old one (the old shard's copy of its graph is
then left out when loading). A shard not named in the
manifest (a run stopped while writing it) is never loaded.

Bulk loading adds quads without replacing graphs and without transactions, so it is only for
a store that holds no documents yet; `mandates load` is the way to add to a loaded store.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

import pyoxigraph as ox

from mandate_graph.graph.store import GraphStore, StoreError
from mandate_graph.loaders.fingerprint import file_sha256
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
from mandate_graph.loaders.sources import discover

if TYPE_CHECKING:
    from mandate_graph.graph.store.sparql_http import SparqlHttpStore

MANIFEST = "manifest.jsonl"
SHARD_BYTES = 64 * 2**20  # N-Quads text per shard: large enough for the bulk loader to shine


@dataclass
class ManifestEntry:
    """One source file's line in the manifest."""

    path: str  # resolved
    sha256: str  # of the file's bytes
    path_digest: str
    status: str  # "done" or "failed"
    graph: str | None = None
    shard: str | None = None
    triples: int = 0
    error: str | None = None
    fingerprint: str = ""  # the extraction's (`loaders.fingerprint`); "" in a manifest older than it


def nquads(extracted: ExtractedFile) -> bytes:
    """The file's statements as quads of its named graph (UTF-8)."""
    return extracted.nquads


class ShardFolder:
    """A folder of shards and their manifest, written as files are extracted."""

    def __init__(self, folder: Path, shard_bytes: int = SHARD_BYTES, fingerprint: str = "") -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.shard_bytes = shard_bytes
        self.fingerprint = fingerprint  # of the extractor writing the shards: recorded, compared
        self.entries: dict[str, ManifestEntry] = {}  # path -> its latest line
        self._pending: list[ExtractedFile] = []
        self._pending_bytes = 0
        manifest = self.folder / MANIFEST
        if manifest.exists():
            for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    entry = ManifestEntry(**json.loads(line))
                except (ValueError, TypeError) as exc:
                    raise StoreError(f"{manifest}: line {number} is not a manifest entry ({exc})") from exc
                self.entries[entry.path] = entry

    # deciding what to extract ---------------------------------------------------------------

    def is_done(self, path: Path, sha256: str) -> bool:
        """Whether a run extracted these bytes of ``path`` as this run's extraction would."""
        entry = self.entries.get(str(Path(path).resolve()))
        return (entry is not None and entry.status == "done" and entry.sha256 == sha256
                and entry.fingerprint == self.fingerprint)

    def todo(self, paths: list[Path], force: bool = False) -> tuple[list[Path], int]:
        """The files not done yet (or changed since), and how many are skipped (none with ``force``)."""
        todo = paths if force else [p for p in paths if not (p.is_file() and self.is_done(p, file_sha256(p)))]
        return todo, len(paths) - len(todo)

    def graph_digests(self, graphs: list[str]) -> dict[str, str]:
        """Graph IRI -> path digest of the file a previous run put there (for graph keys)."""
        wanted = set(graphs)
        return {e.graph: e.path_digest for e in self.entries.values() if e.graph in wanted and e.status == "done"}

    # writing ---------------------------------------------------------------------------------

    def add(self, extracted: ExtractedFile) -> None:
        """Take one extracted file; a shard is written once enough text has gathered."""
        self._pending.append(extracted)
        self._pending_bytes += extracted.size
        if self._pending_bytes >= self.shard_bytes:
            self.flush()

    def flush(self) -> None:
        """Write the pending files' shard, then their manifest lines."""
        if not self._pending:
            return
        self.record(write_shard(self.folder, self._pending))
        self._pending, self._pending_bytes = [], 0

    def record(self, entries: Sequence[ManifestEntry]) -> None:
        """Append manifest lines for shards already complete on disk (`write_shard` returns
        them; a Dask worker may have written the shard)."""
        lines = []
        for entry in entries:
            entry.fingerprint = entry.fingerprint or self.fingerprint
            self.entries[entry.path] = entry
            lines.append(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        with open(self.folder / MANIFEST, "a", encoding="utf-8") as manifest:
            manifest.writelines(lines)
            manifest.flush()
            os.fsync(manifest.fileno())

    # reading back ----------------------------------------------------------------------------

    def shards(self) -> list[tuple[Path, set[str]]]:
        """Each shard the manifest names, with the graphs in it that were superseded since
        (a file extracted again after it changed)."""
        current = {(e.graph, e.shard) for e in self.entries.values() if e.status == "done"}
        named: dict[str, set[str]] = {}
        manifest = self.folder / MANIFEST
        lines = manifest.read_text(encoding="utf-8").splitlines() if manifest.exists() else []
        for line in lines:
            if line.strip():
                entry = ManifestEntry(**json.loads(line))
                if entry.status == "done" and entry.shard:
                    superseded = named.setdefault(entry.shard, set())
                    if (entry.graph, entry.shard) not in current:
                        superseded.add(entry.graph or "")
        return [(self.folder / shard, superseded) for shard, superseded in sorted(named.items())]


def shard_name() -> str:
    """A new shard's file name: the time, the id of the process writing it (a shard is always
    written by the process that extracted its files: this one, or a Dask worker) and a random
    part, so that processes on several machines never pick the same name."""
    return f"shard-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:8]}.nq"


def write_shard(folder: Path, extracted: Sequence[ExtractedFile]) -> list[ManifestEntry]:
    """Write the N-Quads of the files of ``extracted`` that succeeded into one new shard of
    ``folder``, and return every file's manifest line (the failed ones too), for the manifest's
    one writer to `ShardFolder.record`. The shard is complete on disk (written under a
    temporary name, synced, renamed) before this returns, so that a manifest line never names
    a shard that is not all there, on shared storage too."""
    done = [e for e in extracted if e.result.ok]
    shard = None
    if done:
        shard = shard_name()
        temporary = Path(folder) / (shard + ".partial")
        with open(temporary, "wb") as out:
            for one in done:
                out.write(nquads(one))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, Path(folder) / shard)
    return [manifest_entry(one, shard) for one in extracted]


def manifest_entry(extracted: ExtractedFile, shard: str | None) -> ManifestEntry:
    result = extracted.result
    return ManifestEntry(
        path=str(result.path.resolve()),
        sha256=extracted.sha256 or (file_sha256(result.path) if result.path.is_file() else ""),
        path_digest=path_digest(result.path),
        status="done" if result.ok else "failed",
        graph=result.graph if result.ok else None,
        shard=shard if result.ok else None,
        triples=result.triples,
        error=result.error,
    )


def extract_to_shards(
    paths: Iterable[Path],
    folder: Path,
    extractor: Extractor,
    *,
    workers: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    shard_bytes: int = SHARD_BYTES,
    force: bool = False,
) -> tuple[list[FileResult], int]:
    """Extract the files of ``paths`` (folders searched) into shards in ``folder`` on
    ``workers`` processes; returns the results of the files extracted and how many were
    skipped as done by an earlier run (none with ``force``)."""
    shards = ShardFolder(folder, shard_bytes, extractor.fingerprint)
    files = discover(list(paths))
    todo, skipped = shards.todo(files, force)
    jobs = plan_jobs(todo, shards, extractor)
    results = []
    for extracted in extract_all(extractor, jobs, workers or default_workers()):
        shards.add(extracted)
        results.append(extracted.result)
        if on_file:
            on_file(extracted.result)
    shards.flush()
    return results, skipped


def plan_jobs(paths: list[Path], shards: ShardFolder, extractor: Extractor) -> list[ExtractionJob]:
    """Graph keys as a load into an empty store gives them, keeping the keys an earlier run
    of this shard folder gave."""
    return assign_graph_keys(paths, shards.graph_digests, extractor.ids.source_graph)


def store_has_documents(store: GraphStore) -> bool:
    return bool(store.query("ASK { GRAPH ?g { ?g a mg:SourceGraph } }"))


def load_shards(store: GraphStore, folder: Path, on_shard: Callable[[Path], None] | None = None) -> int:
    """Bulk load every shard the manifest of ``folder`` names into ``store``, which must hold
    no documents yet; returns the number of shards loaded. The caller writes the reference
    graphs and the links (`Loader.load_shards` does both)."""
    folder = Path(folder)
    if not (folder / MANIFEST).exists():
        raise StoreError(f"{folder}: no {MANIFEST} here; write shards with `mandates extract PATH --out {folder}`")
    if store_has_documents(store):
        raise StoreError(
            f"{store!r} holds documents already, and a bulk load adds to graphs without replacing "
            "them: load the shards into an empty store, or the files with `mandates load`"
        )
    shards = ShardFolder(folder).shards()
    for shard, _ in shards:
        if not shard.exists():
            raise StoreError(f"{shard}: named in the manifest but missing; extract again into {folder}")
    from mandate_graph.graph.store.sparql_http import SparqlHttpStore  # here: `extract` needs no HTTP client

    if isinstance(store, SparqlHttpStore) and store.server_loader is not None:
        return _load_with_server_loader(store, folder, shards, on_shard)
    loaded = 0
    for shard, superseded in shards:
        if superseded:
            with tempfile.TemporaryDirectory() as scratch:
                current = Path(scratch) / shard.name
                _without_graphs(shard, superseded, current)
                store.bulk_load_quads(current)
        else:
            store.bulk_load_quads(shard)
        loaded += 1
        if on_shard:
            on_shard(shard)
    return loaded


def _load_with_server_loader(
    store: "SparqlHttpStore", folder: Path, shards: list[tuple[Path, set[str]]],
    on_shard: Callable[[Path], None] | None,
) -> int:
    """All the shards in one run of the server's own bulk loader, which reads them from its
    file system. A shard holding superseded graphs is loaded from a copy without them, made
    inside the shard folder (which the server can read, where it reads the shards)."""
    with tempfile.TemporaryDirectory(prefix=".current-", dir=folder) as scratch:
        os.chmod(scratch, 0o755)  # the server may run as another user
        files = []
        for shard, superseded in shards:
            if superseded:
                current = Path(scratch) / shard.name
                _without_graphs(shard, superseded, current)
                files.append(current)
            else:
                files.append(shard)
        store.server_bulk_load(files)
    for shard, _ in shards:
        if on_shard:
            on_shard(shard)
    return len(shards)


def _without_graphs(shard: Path, graphs: set[str], out: Path) -> None:
    kept = (q for q in ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS)
            if not isinstance(q.graph_name, ox.NamedNode) or q.graph_name.value not in graphs)
    try:
        ox.serialize(kept, output=str(out), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, OSError) as exc:
        raise StoreError(f"{shard}: cannot read the N-Quads: {exc}") from exc
