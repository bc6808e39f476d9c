"""Values computed once per store generation (as graph.status.StatusCache does for statuses).

The store's ``generation`` goes up with every write through it, so a value kept for the
current generation is the value the store would give now. The home page's lists and the
tracker's rows are read from the graph once, not on every visit.
"""

from __future__ import annotations

import threading
from typing import Any, Callable, TypeVar

from mandate_graph.graph.store import GraphStore

T = TypeVar("T")


class PerGeneration:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[tuple[int, str], tuple[GraphStore, int, Any]] = {}

    def get(self, store: GraphStore, name: str, compute: Callable[[], T]) -> T:
        key = (id(store), name)
        with self._lock:
            kept = self._values.get(key)
            if kept is not None and kept[0] is store and kept[1] == store.generation:
                return kept[2]
        generation = store.generation
        value = compute()
        with self._lock:
            self._values[key] = (store, generation, value)
        return value


per_generation = PerGeneration()
