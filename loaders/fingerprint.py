"""What a document's graph was made from, so that a reload skips a file that would give it again.

A document's named graph is a function of the file's bytes, its path (the graph's key, the
file name, the path's digest), the extraction code, the base of the IRIs and the reference
data loaded (`loaders.parallel.Extractor`). The graph already says which file it holds
(``mg:sha256`` of its bytes, ``mg:sourceFile``, ``mg:sourcePathDigest``); it now also carries
an **extraction fingerprint**, ``<graph> mg:extractionFingerprint "…"``: the SHA-256 of the
code extraction runs (`CODE_FILES`: loaders/, the graph modules it imports, the ontology and
the shipped reference data), the Python version, the base IRI and the digest of the reference
data of this run (a user's ``*.ttl`` changes which bodies are recognized, so it changes the
fingerprint of every graph).

A load (`loaders.pipeline.Loader.load`) reads these of the graphs its files go to before it
extracts anything, and skips a file whose graph carries its file's digest, name and path
digest and this run's fingerprint: extracting it again would write the same graph. A file
that failed last time left no graph of this content (or its older one), so it is tried again.
A graph a user edited by SPARQL keeps its provenance triples: ``load --force`` reloads all.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from mandate_graph.graph.namespaces import MG

if TYPE_CHECKING:
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.reference import BodyRegistry
    from mandate_graph.graph.store import GraphStore

# Bumped when what a fingerprint covers changes (so every graph made before is extracted again).
SCHEME = "mandate-graph extraction fingerprint 1"

# The package's files whose content decides a document's graph, relative to the package root:
# every module extraction and emit import (tests/loaders/test_skip_unchanged.py checks this
# list against the modules a worker process imports to extract a file) and the data they read.
# Package __init__ files outside loaders/ hold no extraction code and are left out, so that a
# change to the store or the server does not make a whole archive be extracted again.
CODE_FILES: tuple[str, ...] = (
    "loaders/**/*.py",
    "graph/identifiers.py",
    "graph/model.py",
    "graph/namespaces.py",
    "graph/ordinals.py",
    "graph/patterns.py",
    "graph/reference.py",
    "graph/store/nquads.py",
    "ontology/__init__.py",
    "ontology/relations.py",
    "ontology/mandates.ttl",
    "ontology/reference/**/*",
)

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def code_files(root: Path = PACKAGE_ROOT) -> list[Path]:
    """The files of `CODE_FILES` under ``root``, sorted (compiled files and caches left out)."""
    found: set[Path] = set()
    for pattern in CODE_FILES:
        found.update(p for p in root.glob(pattern)
                     if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"})
    return sorted(found)


@lru_cache(maxsize=None)
def code_digest(root: Path = PACKAGE_ROOT) -> str:
    """SHA-256 of the extraction code: each file's path (relative) and bytes (once per process)."""
    digest = hashlib.sha256()
    for path in code_files(root):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def reference_digest(registry: BodyRegistry) -> str:
    """The digest of the reference data loaded (its triples, as the reference graph stores them)."""
    from mandate_graph.loaders.reference_graphs import reference_graph

    return reference_graph("urn:mandate-graph:reference", registry.ntriples()).digest


def extraction_fingerprint(ids: Identifiers, reference: str) -> str:
    """The fingerprint of this run's extraction: the code, Python's version, the base IRI and
    ``reference`` (`reference_digest` of the registry the files are extracted with)."""
    parts = [SCHEME, code_digest(), "python %d.%d" % sys.version_info[:2], ids.base, reference]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def provenance_line(graph: str, fingerprint: str) -> str:
    """The N-Triples line a document's graph carries its fingerprint in."""
    return f'<{graph}> <{MG.extractionFingerprint}> "{fingerprint}" .\n'


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks (what ``mg:sha256`` holds)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(2**20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class MadeFrom:
    """What a stored document graph says it was made from."""

    sha256: str
    file_name: str
    path_digest: str
    fingerprint: str


def stored_made_from(store: GraphStore, graphs: Iterable[str]) -> dict[str, MadeFrom]:
    """Graph IRI -> what it was made from, for those of ``graphs`` that carry exactly one of
    each (a graph without a fingerprint was made before fingerprints, or by hand: none);
    one query per thousand graphs (the lookups are indexed)."""
    from mandate_graph.graph.sparql_results import select_rows  # (the writer's: a worker needs none)

    wanted = sorted(set(graphs))
    seen: dict[str, set[tuple[str, str, str, str]]] = {}
    for start in range(0, len(wanted), 1000):
        values = " ".join(f"<{g}>" for g in wanted[start : start + 1000])
        rows = select_rows(store.query(
            f"SELECT ?g ?sha ?file ?path ?fp WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ "
            f"?g <{MG.extractionFingerprint}> ?fp ; <{MG.sha256}> ?sha ; <{MG.sourceFile}> ?file . "
            f"OPTIONAL {{ ?g <{MG.sourcePathDigest}> ?path }} }} }}"))
        for row in rows:
            path = row["path"]
            seen.setdefault(row["g"].value, set()).add(
                (row["sha"].value, row["file"].value, path.value if path is not None else "", row["fp"].value))
    return {g: MadeFrom(*next(iter(made))) for g, made in seen.items() if len(made) == 1}


def is_unchanged(path: Path, path_digest: str, stored: MadeFrom | None, fingerprint: str) -> bool:
    """Whether the file at ``path`` would give again the graph that says it was ``stored``:
    the same bytes, name and path, extracted by the same code with the same reference data."""
    if stored is None or stored.fingerprint != fingerprint or stored.file_name != path.name:
        return False
    if stored.path_digest != path_digest:
        return False
    try:
        return file_sha256(path) == stored.sha256
    except OSError:  # gone or unreadable since: extraction says why
        return False
