"""The extraction time limit holds even when Python drops the exception it raises.

A SIGALRM handler's exception is lost when the signal lands while the garbage collector runs
a weakref callback or a `__del__` ("Exception ignored in …"); CI once saw a file run 8 s past
a 2 s limit and load as if nothing happened. Here the block itself swallows the exception,
the same loss seen from outside.
"""

from __future__ import annotations

import signal
import time

import pytest

from mandate_graph.loaders.time_limit import ExtractionTimeout, time_limit


def busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_dropped_raise_is_raised_again_in_the_next_step() -> None:
    # The first raise lands in the `try` below unless the process was descheduled for the
    # whole 50 ms before it (a loaded machine): then it is not a drop, and the try again.
    for _ in range(10):
        dropped = 0
        with pytest.raises(ExtractionTimeout):
            with time_limit(0.05):
                try:
                    busy(5)
                except ExtractionTimeout:
                    dropped += 1  # lost, as in a weakref callback
                busy(5)  # the limit must still stop this
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        if dropped:
            break
    assert dropped == 1


def test_a_block_that_ran_past_its_limit_fails_even_if_every_raise_was_lost() -> None:
    with pytest.raises(ExtractionTimeout):
        with time_limit(0.05):
            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                try:
                    busy(0.01)
                except ExtractionTimeout:
                    pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_a_block_within_its_limit_is_left_alone() -> None:
    with time_limit(60):  # 10 ms of work: a limit no loaded machine reaches
        busy(0.01)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_signal_that_lands_as_the_timer_is_armed_leaves_no_timer_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The timer can fire before the block is entered (the process descheduled right after
    arming it, on a loaded machine, under a short limit): the raise must still take the
    handler and the timer with it, or a retry fires later in code outside any limit."""
    import os

    import mandate_graph.loaders.time_limit as module

    real = signal.setitimer

    def arm_and_fire(which: int, seconds: float, interval: float = 0.0) -> tuple[float, float]:
        previous = real(which, seconds, interval)
        if seconds:
            monkeypatch.setattr(module.signal, "setitimer", real)  # only the first arming fires at once
            os.kill(os.getpid(), signal.SIGALRM)  # handled at the next step: before the block runs
        return previous

    monkeypatch.setattr(module.signal, "setitimer", arm_and_fire)
    with pytest.raises(ExtractionTimeout):
        with time_limit(30):
            busy(1)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)
