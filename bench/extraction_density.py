"""What a set's documents cost per byte, and why: their paragraphs, their facts, and extraction's stages.

    .venv/bin/python bench/extraction_density.py                      # corpus and unseen, 3 passes each
    .venv/bin/python bench/extraction_density.py --set unseen --passes 5
    .venv/bin/python bench/extraction_density.py --set unseen --idle   # rules' time where they find nothing

`bench_extraction.py` gives the rate (MB per CPU second); this says what the rate is made of, so
that a set that reads slower per byte can be told apart from a slower extraction. For each set
(the same documents and reference data `bench_extraction.py` loads) it prints, per pass on the CPU
clock: the documents' size, their paragraphs (count, characters, sentences), the facts found per
kB, the CPU time per document, per paragraph and per fact, and each stage's share (`clean`,
`segment`, `read_masthead`, the per-document body matcher `BodyMatcher.for_document`, the reader's
paragraphs `Reader.paragraph`, and the rest of `Reader.read`). Each stage is timed by a wrapper
around it (a few microseconds per call, so the shares are close, not exact).

``--idle`` times every rule instead (the reader's methods and the functions of
``loaders/extract/rules/``) and prints, per set, the time of the calls that added no fact and
returned nothing: the most a dispatch that skips rules where they cannot act (by their words,
S36) could save, and the rules that spend the most that way.

On 2026-12-05 (S34, docs/scale.md) the unseen set read at 0.39 MB per CPU s and the corpus at
1.02, and yet each paragraph cost the same (~140 and ~160 us): the unseen documents' paragraphs
are a third as long (107 characters against 305) and say three times as much per kB (11.6
facts against 3.6); their lines are wrapped (14 lines with text per kB, against 3.7), and
`clean` costs per line (~40 us, ~50 in the corpus). Per fact and per line the unseen set is the
cheaper one.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_extraction  # noqa: E402  (the sets and their reference data, as that bench loads them)

STAGES = (
    ("mandate_graph.loaders.extract", "clean", "clean"),
    ("mandate_graph.loaders.extract", "segment", "segment"),
    ("mandate_graph.loaders.extract", "read_masthead", "read_masthead"),
    ("mandate_graph.loaders.extract.references", "BodyMatcher.for_document", "for_document"),
    ("mandate_graph.loaders.extract.relate", "Reader.paragraph", "Reader.paragraph"),
    ("mandate_graph.loaders.extract.relate", "Reader.read", "Reader.read"),
)


class _Clock:
    """CPU seconds and calls per stage; a stage called inside itself (a recursion) counted once."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.inside: Counter[str] = Counter()
        self.paragraph_chars = 0
        self.sentences = 0

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.inside[label]:
                return function(*args, **kwargs)
            if label == "Reader.paragraph":
                self.paragraph_chars += len(args[1].text)
                self.sentences += len(args[1].sentences)
            self.inside[label] += 1
            self.calls[label] += 1
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[label] += time.process_time() - started
                self.inside[label] -= 1

        return timed

    def clear(self) -> None:
        self.seconds.clear()
        self.calls.clear()
        self.paragraph_chars = self.sentences = 0


def _install(clock: _Clock) -> None:
    import importlib

    for module_name, attribute, label in STAGES:
        module = importlib.import_module(module_name)
        owner_name, _, name = attribute.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        setattr(owner, name, clock.wrap(label, getattr(owner, name)))


def report(name: str, passes: int, clock: _Clock) -> None:
    documents = bench_extraction._Passes(bench_extraction.ROOT, name)
    clock.clear()
    started = time.process_time()
    for _ in range(passes):
        documents()
    total = (time.process_time() - started) / passes
    count = len(documents.texts)
    paragraphs = clock.calls["Reader.paragraph"] / passes
    print(
        f"{name}: {count} documents of {documents.size / count / 1e3:.1f} kB; {total * 1e3:.0f} ms a pass "
        f"({documents.size / total / 1e6:.2f} MB per CPU s): {total / count * 1e3:.1f} ms a document, "
        f"{total / paragraphs * 1e6:.0f} us a paragraph, {total / documents.facts * 1e6:.0f} us a fact"
    )
    lines = sum(1 for _, text in documents.texts for line in text.split("\n") if line.strip())
    print(
        f"  {lines / (documents.size / 1e3):.1f} lines with text per kB ({documents.size / lines:.0f} bytes each); "
        f"{paragraphs:.0f} paragraphs of {clock.paragraph_chars / passes / paragraphs:.0f} characters "
        f"({clock.sentences / passes / paragraphs:.2f} sentences); {documents.facts / (documents.size / 1e3):.1f} facts per kB"
    )
    print(f"  clean: {clock.seconds['clean'] / passes / lines * 1e6:.0f} us a line with text")
    inside_read = clock.seconds["Reader.paragraph"]
    for label in ("clean", "segment", "read_masthead", "for_document", "Reader.paragraph", "Reader.read"):
        seconds = clock.seconds[label] - (inside_read if label == "Reader.read" else 0)
        shown = "Reader.read (besides its paragraphs)" if label == "Reader.read" else label
        per_call = seconds / clock.calls[label] * 1e6 if clock.calls[label] else 0.0
        print(f"  {seconds / passes * 1e3:7.1f} ms {100 * seconds / passes / total:5.1f} %  {shown} ({per_call:.0f} us a call)")


class _IdleRules:
    """Each rule's calls that add no fact and return nothing (``None``, ``False``, ``[]``): what
    a rule skipped where it cannot act (by its words, say) could save at most. The rules are the
    reader's methods and the public functions of ``loaders/extract/rules/``; a call made while
    another rule runs is counted in that rule too, so the total is taken over the outermost calls
    (those the reader's paragraph and document code make). A rule that keeps state for later
    sentences without a fact (the reader's memory of the sentence before) counts as idle here, so
    the total is an upper bound."""

    # the reader's own loop and what every fact needs, not rules
    _NOT_RULES = {"read", "paragraph", "resolve", "add", "evidence", "evidence_across", "__init__", "__post_init__"}

    def __init__(self, cost: float = 0.0) -> None:
        self.cost = cost  # CPU seconds one timing adds, taken off each call for its own and the nested ones
        self.seconds: Counter[str] = Counter()
        self.idle_seconds: Counter[str] = Counter()
        self.idle_calls: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.outer_seconds = self.outer_idle = 0.0
        self.facts = self.depth = self.timed_calls = 0

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            facts = self.facts
            self.depth += 1
            self.timed_calls += 1
            timed_before = self.timed_calls
            started = time.process_time()
            try:
                result = function(*args, **kwargs)
            finally:
                self.depth -= 1
            spent = max(0.0, time.process_time() - started - (self.timed_calls - timed_before + 1) * self.cost)
            self.calls[label] += 1
            self.seconds[label] += spent
            idle = not result and self.facts == facts
            if idle:
                self.idle_calls[label] += 1
                self.idle_seconds[label] += spent
            if self.depth == 0:
                self.outer_seconds += spent
                self.outer_idle += spent if idle else 0.0
            return result

        return timed

    def install(self) -> None:
        from mandate_graph.loaders.extract import relate, rules

        add = relate.Reader.add

        def counted_add(reader: Any, *args: Any, **kwargs: Any) -> Any:
            self.facts += 1
            return add(reader, *args, **kwargs)

        relate.Reader.add = counted_add  # type: ignore[method-assign]
        for name, function in list(vars(relate.Reader).items()):
            if inspect.isfunction(function) and name not in self._NOT_RULES:
                setattr(relate.Reader, name, self.wrap(f"Reader.{name}", function))
        for found in pkgutil.iter_modules(rules.__path__):
            module = importlib.import_module(f"{rules.__name__}.{found.name}")
            for name, function in list(vars(module).items()):
                if inspect.isfunction(function) and function.__module__ == module.__name__ and not name.startswith("_"):
                    timed = self.wrap(f"{found.name}.{name}", function)
                    setattr(module, name, timed)
                    if getattr(relate, name, None) is function:  # imported by name into the reader
                        setattr(relate, name, timed)

    def clear(self) -> None:
        self.__init__(self.cost)  # type: ignore[misc]

    @staticmethod
    def wrapper_cost() -> float:
        """CPU seconds a wrapper adds to one call (measured on a function that does nothing)."""
        probe = _IdleRules()
        nothing = probe.wrap("nothing", lambda: None)
        started = time.process_time()
        for _ in range(100_000):
            nothing()
        return (time.process_time() - started) / 100_000


def report_idle(name: str, passes: int, idle: _IdleRules, top: int = 15) -> None:
    documents = bench_extraction._Passes(bench_extraction.ROOT, name)
    idle.clear()
    started = time.process_time()
    for _ in range(passes):
        documents()
    total = (time.process_time() - started) / passes
    wrapped = sum(idle.calls.values()) / passes
    print(
        f"{name}: {total * 1e3:.0f} ms a pass with every rule timed ({wrapped:.0f} rule calls, ~{idle.cost * 1e6:.1f} us "
        f"each for the timing: ~{total * 1e3 - wrapped * idle.cost * 1e3:.0f} ms without); the outermost rule calls "
        f"{idle.outer_seconds / passes * 1e3:.0f} ms, of which idle (no fact, nothing returned) "
        f"{idle.outer_idle / passes * 1e3:.0f} ms: the most skipping rules could save (timings taken off)"
    )
    for label in sorted(idle.idle_seconds, key=lambda k: -idle.idle_seconds[k])[:top]:
        spent = idle.idle_seconds[label] / passes
        print(
            f"  {spent * 1e3:6.1f} ms idle in {idle.idle_calls[label] / passes:6.0f} of {idle.calls[label] / passes:6.0f} calls "
            f"({spent / (idle.idle_calls[label] / passes) * 1e6:5.1f} us each)  {label}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="corpus,unseen", help="comma-separated: corpus, corpus-large, unseen")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--idle", action="store_true", help="instead: each rule's time in calls that find nothing (S36)")
    args = parser.parse_args()
    if args.idle:
        idle = _IdleRules(_IdleRules.wrapper_cost())
        idle.install()
        for name in args.set.split(","):
            report_idle(name, args.passes, idle)
        return
    clock = _Clock()
    _install(clock)
    for name in args.set.split(","):
        report(name, args.passes, clock)


if __name__ == "__main__":
    main()
