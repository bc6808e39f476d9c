"""Whether a view kept beside the store may be built from the whole store in this thread.

The views kept beside an on-disk store (the mandates' statuses, the lists' sort values and the
entity labels, the search index) are brought up to date from the named graphs a write touched,
or built from the whole store when those are not known (or the file is missing, or of other
rules). A server may do either. `mandates load` brings them up to date before it exits
(`graph.kept_views`), so that the first start after it finds them current; it must not turn a
load of a few documents into a whole-store build of every view (minutes at 10 M triples), so
there each view is told to leave its file as it is instead (`incremental_only`), and the
server builds it as before.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

_allowed: ContextVar[bool] = ContextVar("whole_store_reads_allowed", default=True)


class WholeStoreRead(Exception):
    """A view would have been built from the whole store where that is not allowed; the
    view's file is left as it was (the next process that may builds it)."""


@contextmanager
def incremental_only() -> Iterator[None]:
    """Within the block (this thread only), a view that cannot be brought up to date from the
    graphs written raises `WholeStoreRead` instead of reading the whole store."""
    token = _allowed.set(False)
    try:
        yield
    finally:
        _allowed.reset(token)


def check(view: str) -> None:
    """Called by a view before it reads the whole store: raises `WholeStoreRead` where that is
    not allowed."""
    if not _allowed.get():
        raise WholeStoreRead(f"{view}: would be built from the whole store")
