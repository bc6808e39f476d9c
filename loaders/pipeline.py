"""Loading files into a store: read, extract, emit, replace the file's named graph.

The side effects of loading live here and nowhere else. Each file is loaded in its own
transaction: a file that fails leaves its old named graph (and everything else) untouched,
and the other files still load.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import pyoxigraph as ox

import ontology
from graph.identifiers import Identifiers
from graph.reference import BodyRegistry
from graph.store import GraphStore, StoreError
from loaders.emit import Emitter, to_ntriples
from loaders.extract import extract
from loaders.links import match_documents
from loaders.sources import DEFAULT_LIMITS, ReadLimits, SourceError, SourceText, discover, read_source

if TYPE_CHECKING:
    from graph.context import Context


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

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Loader:
    """Loads files into one store, minting IRIs under one base with one body registry."""

    store: GraphStore
    ids: Identifiers
    registry: BodyRegistry
    limits: ReadLimits = DEFAULT_LIMITS

    def __post_init__(self) -> None:
        self.emitter = Emitter(self.ids, self.registry)

    @classmethod
    def for_context(cls, ctx: Context) -> "Loader":
        """The loader of a service context: its store, IRIs, reference data and read limits."""
        limits = ReadLimits(max_file_bytes=ctx.settings.max_file_bytes, max_text_chars=ctx.settings.max_text_chars)
        return cls(ctx.store, ctx.ids, ctx.registry, limits)

    def ensure_reference(self) -> None:
        """Put the vocabulary and the reference data in their own named graphs."""
        vocabulary = ox.serialize(
            ox.parse(path=str(ontology.VOCABULARY), format=ox.RdfFormat.TURTLE),
            format=ox.RdfFormat.N_TRIPLES,
        ).decode()
        self.store.replace_graphs(
            {
                self.ids.vocabulary_graph(): vocabulary,
                self.ids.reference_graph(): self.registry.ntriples(),
            }
        )

    def graph_for(self, source: SourceText) -> tuple[str, str, FileResult]:
        """Extract one source and return (graph IRI, N-Triples, result) without writing."""
        extraction = extract(source.text, source_key=source.key, registry=self.registry)
        graph_key = self.graph_key(source)
        triples = self.emitter.triples(
            extraction, source.key, source.path.name, source.sha256,
            graph_key=graph_key, path_digest=source.path_digest,
        )
        graph = self.ids.source_graph(graph_key)
        result = FileResult(
            path=source.path,
            graph=graph,
            triples=len(triples),
            relations=extraction.count_by_relation(),
            warnings=list(extraction.warnings),
        )
        if not extraction.facts:
            result.warnings.append("no facts found: is this a UN document?")
        return graph, to_ntriples(triples), result

    def graph_key(self, source: SourceText) -> str:
        """Folder and file name; with a digest of the full path added when another file of the
        same folder and file name already has that graph, so that no file replaces another."""
        graph = self.ids.source_graph(source.graph_key)
        taken = self.store.query(
            f"""ASK {{ GRAPH <{graph}> {{ <{graph}> mg:sourcePathDigest ?digest
                      FILTER(?digest != {ox.Literal(source.path_digest)}) }} }}"""
        )
        return f"{source.graph_key}-{source.path_digest[:8]}" if bool(taken) else source.graph_key

    def load_file(self, path: Path) -> FileResult:
        started = time.perf_counter()
        try:
            source = read_source(path, self.limits)
            graph, ntriples, result = self.graph_for(source)
            self.store.replace_graphs({graph: ntriples})
        except SourceError as exc:
            result = FileResult(path=path, error=exc.problem)
        except StoreError as exc:
            result = FileResult(path=path, error=f"could not be stored: {exc}")
        except Exception as exc:  # an extraction bug must not lose the other files
            result = FileResult(path=path, error=f"extraction failed: {type(exc).__name__}: {exc}")
        result.seconds = time.perf_counter() - started
        return result

    def load(
        self,
        paths: Iterable[Path],
        on_file: Callable[[FileResult], None] | None = None,
        on_linked: Callable[[int], None] | None = None,
    ) -> list[FileResult]:
        """Load every file of ``paths`` (folders searched), then relink the documents.
        ``on_file`` hears of each file as it is done, ``on_linked`` the number of links made."""
        files = discover(list(paths))
        self.ensure_reference()
        results = []
        for path in files:
            result = self.load_file(path)
            results.append(result)
            if on_file:
                on_file(result)
        linked = self.link_documents()
        if on_linked:
            on_linked(linked)
        return results

    def link_documents(self) -> int:
        """Rebuild the derived graph of links between documents; returns the link count.

        A document that prints no symbol of its own but is cited elsewhere by its title gets
        ``owl:sameAs`` the cited symbol and, so that every query and view that shows a
        document's symbol shows this one too, that ``skos:notation``. Both live in the links
        graph, which the matching itself ignores (it must see only what documents say)."""
        links_graph = self.ids.links_graph()
        unsymboled: dict[str, list[str]] = {}
        for row in self.store.query(
            f"""SELECT ?d ?t WHERE {{
                 ?d a mg:Document .
                 FILTER NOT EXISTS {{ GRAPH ?g {{ ?d skos:notation ?symbol }} FILTER(?g != <{links_graph}>) }}
                 {{ ?d dcterms:title ?t }} UNION {{ ?d mg:heading ?t }} }}"""
        ):
            unsymboled.setdefault(row["d"].value, []).append(row["t"].value)  # type: ignore[union-attr]
        listed: dict[str, list[str]] = {}
        symbols: dict[str, set[str]] = {}
        for row in self.store.query(
            f"""SELECT ?d ?t ?symbol WHERE {{
                 GRAPH ?g {{ ?d skos:notation ?symbol }} FILTER(?g != <{links_graph}>)
                 ?d dcterms:title ?t }}"""
        ):
            listed.setdefault(row["d"].value, []).append(row["t"].value)  # type: ignore[union-attr]
            symbols.setdefault(row["d"].value, set()).add(row["symbol"].value)  # type: ignore[union-attr]
        links = match_documents(unsymboled, listed)
        same_as = "http://www.w3.org/2002/07/owl#sameAs"
        notation = "http://www.w3.org/2004/02/skos/core#notation"
        lines = []
        for link in links:
            lines.append(f"<{link.unsymboled}> <{same_as}> <{link.symboled}> .\n")
            for symbol in sorted(symbols.get(link.symboled, ())):
                lines.append(f"<{link.unsymboled}> <{notation}> {ox.Literal(symbol)} .\n")
        self.store.replace_graphs({links_graph: "".join(lines)})
        return len(links)
