"""The service context: what every request of the HTTP API and every command of the command
line needs, opened once from the settings.

It lives here, beside the graph code, so that the two front ends (`api`, `cli`) share it
without importing each other. Loading documents is not part of it: that is the loaders' job
(`loaders.pipeline.Loader.for_context(ctx)`), and the graph layer does not depend on the
loaders.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

from mandate_graph.graph import overview, source_spans, stats
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.generations import FIRST_PAGES_RANK, QUIET_S, derived
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.lineage import LineageView, view_for
from mandate_graph.graph.named_queries import NamedQuery, load_named_queries
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.status import statuses
from mandate_graph.graph.store import GraphStore, open_store


@dataclass
class Context:
    """Settings, the opened store, IRI minting, reference data, named queries and the
    lineage view of one configured graph."""

    settings: Settings
    store: GraphStore
    ids: Identifiers
    registry: BodyRegistry
    _stop_background: threading.Event = field(default_factory=threading.Event, repr=False)
    _background: threading.Thread | None = field(default=None, repr=False)
    background_error: str | None = None  # the last background refresh's failure
    # The store generation the background refresh last finished a whole round at (None: none yet).
    _values_current_at: int | None = field(default=None, repr=False)

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
        cache = Path(self.settings.lineage_cache) if self.settings.lineage_cache else None
        return view_for(self.store, self.ids, cache)

    def start_background(self, interval: float = 0.25) -> threading.Thread:
        """Keep the whole-store views current in a thread of their own: the lineage view and
        the values of `graph.generations` (list orders, statistics, mandate statuses, the home
        page's lists, and whatever the front ends registered), built now and again after
        every write (the thread checks the store's generation every ``interval`` seconds).
        Requests then find them ready; one that comes first computes the value itself (or
        waits for the build under way), never an old one. `stop_background` ends it."""
        self.keep_values_fresh()
        self._stop_background.clear()
        thread = threading.Thread(target=self._keep_current, args=(interval,), name="store-views", daemon=True)
        self._background = thread
        thread.start()
        return thread

    def keep_values_fresh(self) -> None:
        """Register the whole-store values of `graph.generations` that the background keeps
        current (list orders, search index, statistics, statuses, home lists, source spans);
        the front ends register their own beside them."""
        EntityReader(self.store, self.ids).keep_lists_fresh()
        EntityReader(self.store, self.ids).keep_search_index_fresh()
        stats.keep_fresh(self.store)
        statuses.keep_fresh(self.store)
        overview.keep_fresh(self.store, self.ids)
        source_spans.keep_fresh(self.store, self.ids)

    def build_views(self) -> list[tuple[str, float]]:
        """Build, or bring up to date, every view kept beside the store, now and in this
        thread: what a server's background does after a start (`start_background`), plus the
        entity labels, the tracker's columns and the saved lineage view, which requests build
        on demand. For `mandates views` and the parent of `mandates serve --workers N`, whose
        processes serve a read-only snapshot and can keep nothing beside the store: without
        the files, each process computes every view in memory at every start. Each view
        reads the whole store when its file is missing (minutes at 10 M triples), else only
        the graphs written since. (view, wall seconds) for each step."""
        from mandate_graph.graph import tracker_table
        from mandate_graph.graph.resolve import entity_labels

        steps: list[tuple[str, Callable[[], object]]] = [
            ("lists, search index, statistics, statuses, home lists", self._refresh_registered),
            ("tracker columns", lambda: tracker_table.bring_up_to_date(self.store, statuses.rows(self.store), self.ids)),
            ("entity labels", lambda: entity_labels(self.store, self.ids)),
            ("lineage view", lambda: self.lineage_view.fresh()),
        ]
        took = []
        for name, step in steps:
            started = time.perf_counter()
            step()
            took.append((name, time.perf_counter() - started))
        return took

    def _refresh_registered(self) -> None:
        self.keep_values_fresh()
        derived.refresh(self.store)

    def _keep_current(self, interval: float) -> None:
        refreshed: int | None = None
        while not self._stop_background.is_set():
            generation = self.store.generation
            if generation != refreshed:
                if refreshed is None:
                    # A process of its own, started first: after the first pages' values, as
                    # until S38, it came after the start's first burst of requests on a loaded
                    # machine (each value waits for a quiet moment), and the first named query
                    # started its own (256-296 ms at 10 M, load 7).
                    self._prepare_query_worker()
                # What a first request after a start needs (the lists' orders) is built
                # first; then the lineage view in its own thread (the longest build) beside
                # the rest (statistics, statuses, the pages' values).
                self._refresh(below=FIRST_PAGES_RANK)
                if self._stop_background.is_set():
                    break  # stopped meanwhile: no lineage build for nobody (a build outlives `stop_background`)
                self.lineage_view.refresh_in_background()
                self._refresh()
                refreshed = generation
                if not self._stop_background.is_set():
                    self._values_current_at = generation
            self._stop_background.wait(interval)

    def _prepare_query_worker(self) -> None:
        """A query worker started beside the start (an on-disk store's), in a thread of its
        own: the first named query or `/sparql` request then finds it ready instead of starting
        it (`graph.store.query_pool`: 175-460 ms of the first named query at 1 M triples)."""
        prepare = getattr(self.store, "prepare_query_worker", None)
        if prepare is None or self.settings.read_only:
            return

        def run() -> None:
            # The worker's own start (a Python process, ~0.3 s of CPU) in a moment without
            # requests if one comes soon: it shares the cores with them.
            derived.requests.wait_until_idle(0.5, QUIET_S)
            try:
                prepare()
            except Exception as exc:  # noqa: BLE001 - the first query starts one itself
                self.background_error = f"query worker: {type(exc).__name__}: {exc}"

        threading.Thread(target=run, name="query-worker-prepare", daemon=True).start()

    def _refresh(self, below: int | None = None) -> None:
        try:
            derived.refresh(self.store, self._stop_background, below=below)
        except Exception as exc:  # noqa: BLE001 - requests compute what is missing themselves
            self.background_error = f"{type(exc).__name__}: {exc}"

    def values_current(self) -> bool:
        """Whether the background refresh has finished a round at the store's current
        generation: every whole-store value kept fresh is then ready (`/health` says so;
        before that, a request that needs one waits for it or computes it)."""
        return self._values_current_at is not None and self._values_current_at == self.store.generation

    def after_write(self) -> None:
        """Called by a request that wrote to the store, before it answers: the lineage view
        brought up to date in place when the write's graphs are known and few (a fraction of a
        second for a document, `LineageView.catch_up`), so that the next lineage request is
        answered from it rather than by SPARQL; anything longer is left to the background."""
        try:
            self.lineage_view.catch_up()
        except Exception as exc:  # noqa: BLE001 - the write is done; the background refresh tries again
            self.background_error = f"{type(exc).__name__}: {exc}"

    def stop_background(self) -> None:
        self._stop_background.set()
        if self._background is not None:
            self._background.join(timeout=5)

    def is_empty(self) -> bool:
        """True when no source document has been loaded yet."""
        return not bool(self.store.query("ASK { GRAPH ?g { ?g a mg:SourceGraph } }"))

    def close(self) -> None:
        self.stop_background()
        self.store.close()
