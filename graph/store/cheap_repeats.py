"""Queries a worker has shown to be cheap, run again in the server process (S28).

A user's query runs in a worker process so that it can be killed at its time limit
(`graph.store.query_pool`). For a sub-millisecond query the trip to the worker (the request
down a pipe, two process wake-ups, the answer up another) costs as much as the query itself.
This module remembers the texts a worker answered in under `CHEAP_SECONDS` on the store's
current generation; the same text at the same generation then runs in the server process.

Why its time limit still holds there. A full evaluation of a query reads the same data in the
same order and does the same work each time it runs on unchanged data: the plan is a function
of the text and options, the data of the generation, and every operator that emits in an order
of its own (a hash table: GROUP BY, a hash join's build side) consumes all its input first.
What can make two runs of one text differ is excluded by the text alone (`may_repeat_here`):

- anything that stops early at the first rows found (``LIMIT``, ``OFFSET``, ``EXISTS``, an
  ``ASK``): how soon depends on the order the rows come in, and one lucky run proves nothing
  about the next (``… FILTER(RAND() < 0.001) } LIMIT 1``);
- functions whose value changes between runs (``RAND``, ``NOW``, ``UUID``, ``STRUUID``,
  ``BNODE``): a filter on ``NOW()`` can let nothing through today and the whole store tomorrow;
- ``SERVICE`` (another machine's time), and ``\\u`` escapes (which could spell any of the
  above: SPARQL expands them before parsing).

The words are searched for anywhere in the text, as substrings: "known" is refused for "now".
A refusal only sends the query to the worker, as before. Everything else about the data is
pinned by the generation: any write through `OxigraphStore` bumps it under the pool's write
lock, and what was remembered for another generation is forgotten.

So a query run here does what the worker measured: under `CHEAP_SECONDS` of wall time
(measured in the server, the trip included: an upper bound), and at most
``1/LIMIT_SHARE`` of its time limit. The limit is checked again between the answer's rows
(`codec.encode_result`'s deadline) and after it, as for a store in memory. A query that grows
with the data (a cross join) is cheap on a small generation and is sent back to a worker, and
killed at its limit, as soon as a write makes it another (tests/store/test_cheap_repeats.py).
"""

from __future__ import annotations

import re
from typing import Hashable

# A worker answered within this (wall time, the trip included): the query may run here.
CHEAP_SECONDS = 0.002
# ... and within this share of its time limit (a limit of 1 s: 1 ms).
LIMIT_SHARE = 1000
# Texts remembered per generation (the whole table dropped when full).
REMEMBERED = 512

_MAY_DIFFER_BETWEEN_RUNS = re.compile(r"limit|offset|exists|rand|uuid|now|bnode|service|\\u", re.IGNORECASE)
_ASK = re.compile(r"\bASK\b", re.IGNORECASE)


def may_repeat_here(text: str) -> bool:
    """True when every run of ``text`` on the same data does the same work (module docstring)."""
    return _MAY_DIFFER_BETWEEN_RUNS.search(text) is None and _ASK.search(text) is None


class CheapRepeats:
    """The query keys (text and dataset options) a worker answered cheaply at one generation."""

    def __init__(self) -> None:
        self._generation: int | None = None
        self._seconds: dict[Hashable, float] = {}

    def known_cheap(self, key: Hashable, generation: int, timeout: float) -> bool:
        """True when ``key`` was answered by a worker at ``generation`` quickly enough to run
        here under ``timeout``."""
        if generation != self._generation:
            return False
        seconds = self._seconds.get(key)
        return seconds is not None and seconds * LIMIT_SHARE <= timeout

    def record(self, key: Hashable, text: str, generation: int, seconds: float) -> None:
        """A worker answered ``key`` (whose text is ``text``) at ``generation`` in ``seconds``."""
        if generation != self._generation:
            if self._generation is not None and generation < self._generation:
                return  # an answer from before a write, arriving after it
            self._generation, self._seconds = generation, {}
        if seconds > CHEAP_SECONDS or not may_repeat_here(text):
            self._seconds.pop(key, None)
            return
        if len(self._seconds) >= REMEMBERED:
            self._seconds.clear()
        self._seconds[key] = seconds
