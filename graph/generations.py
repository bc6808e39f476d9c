"""Values derived from the whole store, computed once per store generation and served from
memory.

The store's ``generation`` goes up with every write through it, so a value computed at the
current generation is the value the store would give now. Whole-store answers (statistics,
every mandate's status, the sorted members of a collection, the home page's lists) cost
seconds at 10 M triples, and change only when the store is written to: computing them per
request made those pages 2–30 s slow. Here each is computed once per generation:

- ``get(store, key, compute)``: the value for the current generation; computed on the spot
  when there is none (never a stale one), while concurrent callers of the same key wait for
  that one computation instead of starting their own;
- ``keep_fresh(store, key, compute)``: the same, and the value is recomputed by `refresh`
  after a write, so requests after a write find it ready (the service context calls
  `refresh` from a background thread: `graph.context.Context.start_background`).

The refresh steps aside for requests (`RequestsInFlight`): the server counts the requests it is
answering, and while there are any that are not themselves waiting for a value under way, or
one ended less than `QUIET_S` ago (the next of a burst is on its way), the refresh pauses
between values and between the batches of a long computation (`step_aside`), up to
`STEP_ASIDE_LONGEST_S` a pause: under constant traffic it still does a step between pauses,
and a request that needs a value waits for it, which lets the refresh run. It runs in the
serving process, sharing the GIL: a first request right after a restart otherwise took
1.2-2.6x its time behind it, and on a loaded machine far more (S38: a request of 3 ms of CPU
answered in 149 ms beside 47 ms of the refresh's CPU: each time the request lets go of the
GIL, for a socket or a query, it waits a switch interval and then for a core to get it back).

Values are kept per store object, weakly (a closed store takes its values with it: so the
functions computing them take the store as argument, and must not hold it themselves). The
values not kept fresh (a filtered list, a search) are dropped least recently used first past
``size`` a store.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, TypeVar

from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import StoreRevision

T = TypeVar("T")


@dataclass
class _Slot:
    """One key's value, the generation it was computed at, and the lock its computation
    holds (callers of the same key wait on it rather than compute twice)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    generation: int | None = None
    value: Any = None


def _as_is(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Saved:
    """How a value is also kept beside an on-disk store, across restarts, while the store is
    unchanged (`graph.store.revision`): the file's name, and the value's JSON form both ways
    (as it is, by default: lists and dicts of text and numbers).

    ``update``: how a value of an older content is brought up to date from the named graphs
    written since (``update(store, old_value, graphs)``, a new value; the old one unchanged):
    used when the store says which graphs those were (in this process, or across a restart
    by the record beside the store), instead of computing the value from the whole store."""

    name: str
    to_json: Callable[[Any], Any] = _as_is
    from_json: Callable[[Any], Any] = _as_is
    update: Callable[[GraphStore, Any, set[str]], Any] | None = None
    family: str | None = None  # saving it deletes the family's files of other names (`saved_for`)


def saved_for(family: str, *made_by: object, to_json: Callable[[Any], Any] = _as_is,
              from_json: Callable[[Any], Any] = _as_is) -> Saved:
    """A value kept under its family's name and a hash of what makes it (a template, the
    code's version, the base IRI, a page's size), so that a value made otherwise is never read
    back; saving it deletes the family's files of other hashes, which no run of this code reads
    (each change of code or settings left one more behind)."""
    digest = hashlib.sha256(repr(made_by).encode()).hexdigest()[:12]
    return Saved(f"{family}-{digest}", to_json, from_json, family=family)


@dataclass(frozen=True)
class _Fresh:
    """How a value kept fresh is made: its rank in the refresh, its computation, and the
    name it is saved under beside an on-disk store (None: not saved)."""

    rank: int
    compute: Callable[[GraphStore], Any]
    saved_as: Saved | None = None


class RequestsInFlight:
    """The requests a server is answering (`started`, `finished`: the server's count, `api.app`),
    and how many of them wait for a value another thread computes (`graph.generations.get`):
    the background refresh steps aside while some request is running on its own
    (`step_aside`), never for one that waits for it."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._running = 0
        self._waiting = 0
        self._last_finished = float("-inf")  # time.monotonic() when the last request ended

    def started(self) -> None:
        with self._changed:
            self._running += 1

    def finished(self) -> None:
        with self._changed:
            self._running -= 1
            self._last_finished = time.monotonic()
            self._changed.notify_all()

    def waiting(self, by: int) -> None:
        with self._changed:
            self._waiting += by
            self._changed.notify_all()

    def busy(self) -> bool:
        """Whether a request is running that is not waiting for a value."""
        with self._changed:
            return self._running > self._waiting

    def wait_until_idle(self, longest: float, quiet: float = 0.0) -> float:
        """Wait while `busy`, and until ``quiet`` seconds have passed since the last request
        ended (unless a request waits for a value: then at once), at most ``longest``
        seconds in all; the seconds waited."""
        started = time.perf_counter()
        deadline = time.monotonic() + longest
        with self._changed:
            while True:
                now = time.monotonic()
                if now >= deadline:
                    break
                if self._running <= self._waiting:
                    calm = self._waiting > 0 or now - self._last_finished >= quiet
                    if calm:
                        break
                    self._changed.wait(min(deadline, self._last_finished + quiet) - now)
                else:
                    self._changed.wait(deadline - now)
        return time.perf_counter() - started

    def idle(self, quiet: float = 0.0) -> bool:
        """Not `busy`, and no request ended in the last ``quiet`` seconds (or one waits for a
        value)."""
        with self._changed:
            return self._running <= self._waiting and (
                self._waiting > 0 or time.monotonic() - self._last_finished >= quiet)


# The longest a background step waits for the requests in flight (`step_aside`): a request
# of the kind the limit is about takes ~10-30 ms of CPU (more wall time on a loaded machine);
# under constant traffic the refresh does a step at least this often. (Until S38 a pause was
# at most as long as the step before it had worked: the refresh then took half of every
# request's time, the first requests' included.)
STEP_ASIDE_LONGEST_S = 0.5
# A request ended less than this long ago: the next one of the same burst (a page's other
# requests, a client's next call) is likely on its way, and the refresh waits for it too.
QUIET_S = 0.05

_background = threading.local()  # ``active``: this thread runs a background refresh (`refresh`)


def step_aside() -> None:
    """Called by the background refresh between values, and by long computations between
    their batches (a few ms of CPU apart: a request that comes meanwhile shares the GIL with
    the refresh until the next call): when this thread is a background refresh's (never a
    request's) and a request is running or has just ended, wait until the server is quiet
    (bounded: see `STEP_ASIDE_LONGEST_S`, `QUIET_S`)."""
    if not getattr(_background, "active", False):
        return
    if not derived.requests.idle(QUIET_S):
        derived.requests.wait_until_idle(STEP_ASIDE_LONGEST_S, QUIET_S)


@dataclass
class Counts:
    """How the values of one store were made, so far: computed from the whole store, read
    from beside it, brought up to date from the graphs written since."""

    computed: int = 0
    loaded: int = 0
    updated: int = 0


@dataclass
class _StoreValues:
    slots: OrderedDict[Hashable, _Slot] = field(default_factory=OrderedDict)
    fresh: dict[Hashable, _Fresh] = field(default_factory=dict)
    refreshing: int = 0  # background refreshes under way
    counts: Counts = field(default_factory=Counts)


class PerGeneration:
    """Values computed once per store generation (see the module docstring)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._stores: weakref.WeakKeyDictionary[Any, _StoreValues] = weakref.WeakKeyDictionary()
        # In all stores (for benchmarks); `counts` gives one store's, which no other store's
        # work changes (a test's own store, while another's background refresh finishes).
        self.computed = 0  # values actually computed
        self.loaded = 0  # values read from beside the store instead
        self.updated = 0  # values brought up to date from the graphs written since
        self.requests = RequestsInFlight()  # the server's requests, which the refresh steps aside for

    def _slot(self, store: GraphStore, key: Hashable) -> _Slot:
        with self._lock:
            values = self._stores.setdefault(store, _StoreValues())
            slot = values.slots.get(key)
            if slot is None:
                slot = values.slots[key] = _Slot()
            values.slots.move_to_end(key)
            # Past the size, the least recently used values that are not kept fresh go.
            excess = len(values.slots) - self.size
            for old in [k for k in values.slots if k not in values.fresh][:max(excess, 0)]:
                if old != key:
                    del values.slots[old]
            return slot

    def _count(self, store: GraphStore, how: str) -> None:
        with self._lock:
            setattr(self, how, getattr(self, how) + 1)
            counts = self._stores.setdefault(store, _StoreValues()).counts
            setattr(counts, how, getattr(counts, how) + 1)

    def counts(self, store: GraphStore) -> Counts:
        """A copy of how the values of ``store`` were made so far."""
        with self._lock:
            values = self._stores.get(store)
            return dataclasses.replace(values.counts) if values is not None else Counts()

    def get(self, store: GraphStore, key: Hashable, compute: Callable[[GraphStore], T],
            saved_as: Saved | None = None) -> T:
        """The value of ``key`` at the store's current generation, computed now if needed.
        ``saved_as``: the value is also kept beside an on-disk store, and read from there
        while the store has not changed, after a restart too (`graph.store.revision`)."""
        slot = self._slot(store, key)
        generation = store.generation
        if slot.generation == generation:
            return slot.value
        if not slot.lock.acquire(blocking=False):  # computed by another thread: wait for it
            counted = not getattr(_background, "active", False)  # a request waiting: the refresh goes on
            self.requests.waiting(+counted)
            try:
                slot.lock.acquire()
            finally:
                self.requests.waiting(-counted)
        try:
            if slot.generation != store.generation:
                generation = store.generation  # read before computing: a write meanwhile makes it stale
                slot.value = self._saved_or_computed(store, compute, saved_as, generation, (slot.generation, slot.value))
                slot.generation = generation
            return slot.value
        finally:
            slot.lock.release()

    def _saved_or_computed(self, store: GraphStore, compute: Callable[[GraphStore], T], saved_as: Saved | None,
                           generation: int, previous: tuple[int | None, Any] = (None, None)) -> T:
        revision = getattr(store, "revision", None) if saved_as else None
        if saved_as and isinstance(revision, StoreRevision):
            saved = revision.load(saved_as.name, generation)
            if saved is not None:
                try:
                    value: T = saved_as.from_json(saved)
                except (TypeError, KeyError, ValueError):  # saved by another version of the code
                    pass
                else:
                    self._count(store, "loaded")
                    return value
        updated = self._updated(store, saved_as, generation, previous) if saved_as and saved_as.update else None
        if updated is not None:
            value = updated[0]
            self._count(store, "updated")
        else:
            value = compute(store)
            self._count(store, "computed")
        if saved_as and isinstance(revision, StoreRevision):
            if updated is not None:  # a large value brought up to date: saved beside, not before answering
                threading.Thread(target=lambda: revision.save(saved_as.name, saved_as.to_json(value), generation, saved_as.family),
                                 name=f"save {saved_as.name}", daemon=True).start()
            else:
                revision.save(saved_as.name, saved_as.to_json(value), generation, saved_as.family)
        return value

    @staticmethod
    def _updated(store: GraphStore, saved_as: Saved, generation: int, previous: tuple[int | None, Any]) -> tuple[Any] | None:
        """The value brought up to date from an older one and the graphs written since: the
        one this process computed before (``previous``: its generation and value), or the one
        saved beside the store under an older revision; None when neither is there or the
        graphs written since are not known."""
        assert saved_as.update is not None
        old_generation, old_value = previous
        since = getattr(store, "graphs_written_since", None)
        if old_generation is not None and since is not None:
            changed = since(old_generation)
            if changed is not None:
                return (saved_as.update(store, old_value, changed),)
        revision = getattr(store, "revision", None)
        if old_generation is None and isinstance(revision, StoreRevision):
            saved = revision.load_older(saved_as.name)
            if saved is not None:
                changed = revision.graphs_changed_since(saved[0], generation)
                if changed is not None:
                    try:
                        value = saved_as.from_json(saved[1])
                    except (TypeError, KeyError, ValueError):  # saved by another version of the code
                        return None
                    return (saved_as.update(store, value, changed),)
        return None

    def keep_fresh(self, store: GraphStore, key: Hashable, compute: Callable[[GraphStore], T], rank: int = 100,
                   saved_as: Saved | None = None) -> T:
        """As `get`, and `refresh` recomputes the value after each write."""
        self.register(store, key, compute, rank, saved_as)
        return self.get(store, key, compute, saved_as)

    def register(self, store: GraphStore, key: Hashable, compute: Callable[[GraphStore], Any], rank: int = 100,
                 saved_as: Saved | None = None) -> None:
        """Keep ``key`` fresh from now on without computing it now (the next `refresh` does).
        `refresh` computes the values of lower ``rank`` first (what a first request after a
        start most likely asks for: a list page)."""
        with self._lock:
            values = self._stores.setdefault(store, _StoreValues())
            known = values.fresh.get(key)
            values.fresh[key] = _Fresh(min(rank, known.rank) if known else rank, compute, saved_as)

    def refresh(self, store: GraphStore, stop: threading.Event | None = None, below: int | None = None) -> None:
        """Compute every value kept fresh that is not current, lowest rank first; ``stop``
        set ends the round early; ``below`` computes only the values of a lower rank (the
        first pages' values, before the longer builds start beside them). After a write
        during the round, it starts again from the lowest rank: the lists and the search
        index, brought up to date from the graphs written in a moment, do not wait behind
        the statuses' full computation. Steps aside for the server's requests between
        values (`step_aside`)."""
        with self._lock:
            values = self._stores.get(store)
            fresh = sorted(values.fresh.items(), key=lambda kv: kv[1].rank) if values else []
            if values is not None:
                values.refreshing += 1
        was_background = getattr(_background, "active", False)
        _background.active = True  # this thread steps aside
        try:
            at, generation = 0, store.generation
            while at < len(fresh):
                key, how = fresh[at]
                if below is not None and how.rank >= below:
                    return
                if stop is not None and stop.is_set():
                    return
                step_aside()
                self.get(store, key, how.compute, how.saved_as)
                at += 1
                if store.generation != generation:  # a write meanwhile: the first values first again
                    at, generation = 0, store.generation
        finally:
            _background.active = was_background
            if values is not None:
                with self._lock:
                    values.refreshing -= 1

    def ready(self, store: GraphStore, key: Hashable, compute: Callable[[GraphStore], T], rank: int = 100) -> T | None:
        """As `keep_fresh`, but None instead of waiting while a background refresh is
        building the values (after a start or a write: the mandates' statuses take 20-30 s
        at 10 M triples), so a page can say so at once. Without a refresh under way the
        value is computed now, as by `keep_fresh`."""
        self.register(store, key, compute, rank)
        with self._lock:
            values = self._stores.get(store)
            building = values is not None and values.refreshing > 0
        if building and not self.is_current(store, key):
            return None
        return self.get(store, key, compute)

    def is_current(self, store: GraphStore, key: Hashable) -> bool:
        with self._lock:
            values = self._stores.get(store)
            slot = values.slots.get(key) if values is not None else None
        return slot is not None and slot.generation == store.generation


# The background refresh's order (`rank`): the collections' sorted members (0-4), what the
# first list pages need, are built before anything else (below FIRST_PAGES_RANK), then the
# lineage view starts beside the rest: statistics (10), the home page's lists (12), the
# mandates' statuses (15; the longest: the home page does not wait for them), the pages'
# other values (30-50).
FIRST_PAGES_RANK = 10

derived = PerGeneration()
