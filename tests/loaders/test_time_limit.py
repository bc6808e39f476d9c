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
    dropped = 0
    with pytest.raises(ExtractionTimeout):
        with time_limit(0.05):
            try:
                busy(5)
            except ExtractionTimeout:
                dropped += 1  # lost, as in a weakref callback
            busy(5)  # the limit must still stop this
    assert dropped == 1
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


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
    with time_limit(1):
        busy(0.01)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
