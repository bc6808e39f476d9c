"""The service context: what every request of the HTTP API and every command of the command
line needs, opened once from the settings.

It lives here, beside the graph code, so that the two front ends (`api`, `cli`) share it
without importing each other. Loading documents is not part of it: that is the loaders' job
(`loaders.pipeline.Loader.for_context(ctx)`), and the graph layer does not depend on the
loaders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.lineage import LineageView, view_for
from mandate_graph.graph.named_queries import NamedQuery, load_named_queries
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.store import GraphStore, open_store


@dataclass
class Context:
    """Settings, the opened store, IRI minting, reference data, named queries and the
    lineage view of one configured graph."""

    settings: Settings
    store: GraphStore
    ids: Identifiers
    registry: BodyRegistry

    @classmethod
    def open(cls, settings: Settings, store: GraphStore | None = None) -> "Context":
        """Read the reference data and open the store the settings name (or use ``store``).
        Raises `graph.store.StoreError` or `graph.reference.ReferenceDataError`, each naming
        the store or file and the problem."""
        registry = load_registry(settings.base_iri, settings.reference_paths)
        if store is None:
            store = open_store(settings)
        return cls(settings, store, Identifiers(settings.base_iri), registry)

    @cached_property
    def named_queries(self) -> dict[str, NamedQuery]:
        """The named queries shipped in ``queries/``, by name (read once)."""
        return load_named_queries()

    @property
    def lineage_view(self) -> LineageView:
        """The networkx lineage view of this store, shared with `graph.lineage.lineage`."""
        return view_for(self.store, self.ids)

    def is_empty(self) -> bool:
        """True when no source document has been loaded yet."""
        return not bool(self.store.query("ASK { GRAPH ?g { ?g a mg:SourceGraph } }"))

    def close(self) -> None:
        self.store.close()
