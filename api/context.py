"""The objects every request and command needs, opened once from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.identifiers import Identifiers
from graph.reference import BodyRegistry, load_registry
from graph.settings import Settings
from graph.store import GraphStore, open_store
from loaders.pipeline import FileResult, Loader
from loaders.sources import ReadLimits


@dataclass
class Context:
    settings: Settings
    store: GraphStore
    ids: Identifiers
    registry: BodyRegistry

    @classmethod
    def open(cls, settings: Settings, store: GraphStore | None = None) -> "Context":
        registry = load_registry(settings.base_iri, settings.reference_paths)
        if store is None:
            store = open_store(settings)
        return cls(settings, store, Identifiers(settings.base_iri), registry)

    def loader(self) -> Loader:
        limits = ReadLimits(
            max_file_bytes=self.settings.max_file_bytes, max_text_chars=self.settings.max_text_chars
        )
        return Loader(self.store, self.ids, self.registry, limits)

    def load(self, paths: list[Path]) -> list[FileResult]:
        return self.loader().load(paths)

    def is_empty(self) -> bool:
        """True when no source document has been loaded yet."""
        return not bool(self.store.query("ASK { GRAPH ?g { ?g a mg:SourceGraph } }"))

    def close(self) -> None:
        self.store.close()
