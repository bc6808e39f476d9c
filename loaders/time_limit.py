"""A time limit for the extraction of one file.

Extraction is pure Python over one document's text; a pathological input (a rule that
backtracks on some line nobody foresaw) must cost one file its facts, not stop the load of
the others. The limit is an interval timer (SIGALRM) that interrupts the Python code between
two steps; it needs the main thread of its process, which is where `mandates load`, the
server's start-up load and the `--workers` processes extract. Elsewhere (a thread: Dask's
workers run tasks in threads) there is no timer to use, and the limit does not apply: those
runs are bounded by the cluster's own task limits.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator


RETRY_SECONDS = 0.05  # after a dropped raise, the next try


class ExtractionTimeout(Exception):
    """Extraction of one file ran past its time limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def can_limit_time() -> bool:
    """Whether `time_limit` can interrupt code here (a POSIX main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `ExtractionTimeout` in the block once it has run ``seconds`` (None or 0: no limit).
    A timer or handler set before is put back afterwards."""
    if not seconds or seconds <= 0 or not can_limit_time():
        yield
        return

    expired = False
    disarmed = False

    def expire(signum: int, frame: object) -> None:
        nonlocal expired
        if disarmed:
            return
        expired = True
        # Python drops an exception raised where it cannot propagate (a weakref callback or
        # a __del__ run by the garbage collector at that instant): fire again soon, so the
        # next step of the block gets it.
        signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)
        raise ExtractionTimeout(seconds)

    def disarm() -> None:
        nonlocal disarmed
        disarmed = True
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_timer[0]:
            signal.setitimer(signal.ITIMER_REAL, *previous_timer)

    previous_handler = signal.signal(signal.SIGALRM, expire)
    previous_timer = signal.getitimer(signal.ITIMER_REAL)
    try:
        # Armed inside the try: a process descheduled right after arming (a loaded machine,
        # a short limit) gets the raise before the block starts, and it must still disarm.
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:
            disarm()
        except ExtractionTimeout:
            disarm()  # the timer fired before the flag was set; it cannot interrupt this one
    if expired:
        # Every raise was dropped and the block ran to its end: it still ran past its limit.
        raise ExtractionTimeout(seconds)
