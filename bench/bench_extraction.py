"""Extraction throughput on one core, in MB of text per CPU second.

    .venv/bin/python bench/bench_extraction.py [repeats]          # the corpus, repeated
    .venv/bin/python bench/bench_extraction.py --set unseen 5     # tests/data/unseen instead
    .venv/bin/python bench/bench_extraction.py --against OTHER/ --pairs 25 --set both
    .venv/bin/python bench/bench_extraction.py --growth [--against OTHER/] --pairs 9

The first two print this checkout's rate (target: at least 1 MB/s). ``--against`` compares
this checkout with another one (a `git archive` of main unpacked in OTHER/, say): each runs in
a long-lived process of its own, and the two take one pass over the documents in turn,
the order swapped at every pair, so that both meet the same machine; it prints each side's
median rate and the ratio of each pair's CPU times (median and quartiles). On a machine
shared with other work the pairs' ratio is the figure to quote, not either rate.

Each set is extracted with the reference data its scorer loads: the corpus with the eval's
dev-set file (as ``../shared/eval/score`` does), the unseen set with its own ``*.ttl``.

``--growth`` asks what the reference data's size costs: the corpus's documents extracted with
their own reference data (the shipped files and the dev set's, ~40 bodies) and, in the same
passes, with the ~100 reference files of the unseen set added too (``corpus-large``, ~550
bodies), as an archive's user loads many bodies' files; it prints both rates and the ratio of
their CPU times, pass by pass (target: under 1.3x). With ``--against`` it prints that ratio
for both checkouts, measured in the same run.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/mandate-graph/id/"
EVAL_DEV = ROOT.parent / "shared" / "eval" / "dev"


def _set_files(root: Path, name: str) -> tuple[list[Path], list[Path]]:
    """The documents of a set under ``root`` and the reference data files they load with."""
    if name == "corpus":
        return sorted((root / "corpus").glob("*.txt")), sorted(EVAL_DEV.glob("*.ttl"))
    if name == "corpus-large":  # the same documents, every reference file of the unseen set added
        unseen = root / "tests" / "data" / "unseen"
        return sorted((root / "corpus").glob("*.txt")), sorted(EVAL_DEV.glob("*.ttl")) + sorted(unseen.glob("*.ttl"))
    folder = root / "tests" / "data" / "unseen"
    return sorted(folder.glob("*.txt")), sorted(folder.glob("*.ttl"))


class _Passes:
    """The documents of a set, read into memory with their registry: one call, one pass."""

    def __init__(self, root: Path, name: str) -> None:
        from mandate_graph.graph.reference import load_registry
        from mandate_graph.loaders.extract import extract

        self.extract = extract
        documents, reference = _set_files(root, name)
        self.registry = load_registry(BASE, reference)
        self.texts = [(p.stem, p.read_text(encoding="utf-8")) for p in documents]
        self.size = sum(len(t.encode("utf-8")) for _, t in self.texts)
        self.facts = self()  # warm up: compile the patterns once, as a long-running loader would

    def __call__(self) -> int:
        return sum(len(self.extract(text, source_key=key, registry=self.registry).facts) for key, text in self.texts)


def import_package_from(root: Path) -> None:
    """Make ``mandate_graph`` the package of the checkout at ``root`` (its folders are the
    package's subpackages, as pyproject.toml maps them), ahead of the installed one."""
    shim = Path(tempfile.mkdtemp(prefix="bench-extraction-"))
    atexit.register(shutil.rmtree, shim, ignore_errors=True)
    package = shim / "mandate_graph"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for part in ("graph", "loaders", "ontology", "queries"):
        (package / part).symlink_to(root / part)
    sys.path.insert(0, str(shim))


def _worker(root: Path, names: list[str]) -> None:
    """One side of ``--against``: a pass over set N for each line "N" read, its CPU seconds written back.
    Both sides read this checkout's documents and reference data (the other checkout's own test data
    may be older: a round retires and adds documents), only the code is ``root``'s."""
    import_package_from(root)
    passes = {name: _Passes(ROOT, name) for name in names}
    print(json.dumps({name: [p.size, p.facts] for name, p in passes.items()}), flush=True)
    for line in sys.stdin:
        one = passes[line.strip()]
        started = time.process_time()
        one()
        print(time.process_time() - started, flush=True)


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 4:
        return min(values), statistics.median(values), max(values)
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return q1, q2, q3


def paired(other: Path, names: list[str], pairs: int) -> None:
    """This checkout against ``other``, pass by pass (see the module's docstring)."""
    sides = {}
    for label, root in (("other", other.resolve()), ("this", ROOT)):
        process = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(root), "--set", ",".join(names)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert process.stdout is not None
        sides[label] = (process, json.loads(process.stdout.readline()))
    for name in names:
        (size, facts_other), (_, facts_this) = sides["other"][1][name], sides["this"][1][name]
        times: dict[str, list[float]] = {"other": [], "this": []}
        for i in range(pairs):
            for label in ("other", "this") if i % 2 == 0 else ("this", "other"):
                process = sides[label][0]
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(name + "\n")
                process.stdin.flush()
                times[label].append(float(process.stdout.readline()))
        ratios = [o / t for o, t in zip(times["other"], times["this"])]
        low, median, high = _quartiles(ratios)
        rate = {label: size / statistics.median(t) / 1e6 for label, t in times.items()}
        print(
            f"{name}: {size / 1e3:.0f} kB, facts {facts_other} (other) / {facts_this} (this); {pairs} pairs: "
            f"other {rate['other']:.2f}, this {rate['this']:.2f} MB per CPU s (median passes); "
            f"this is {median:.3f}x as fast (pairs' quartiles {low:.3f}-{high:.3f})"
        )
    for process, _ in sides.values():
        assert process.stdin is not None
        process.stdin.close()
        process.wait()


GROWTH = ("corpus", "corpus-large")


def _ratio_line(label: str, size: int, small: list[float], large: list[float]) -> str:
    """Both rates of ``--growth`` and the ratio of the CPU times, pass by pass."""
    low, median, high = _quartiles([b / a for a, b in zip(small, large)])
    return (
        f"{label}: {size / 1e3:.0f} kB; small reference data {size / statistics.median(small) / 1e6:.2f}, "
        f"large {size / statistics.median(large) / 1e6:.2f} MB per CPU s (median passes); "
        f"large / small = {median:.3f}x the CPU (quartiles {low:.3f}-{high:.3f}; target < 1.3x)"
    )


def growth(pairs: int) -> None:
    """``--growth`` in this checkout: a pass of each in turn, the order swapped at every pair."""
    sys.path.insert(0, str(ROOT))
    small, large = (_Passes(ROOT, name) for name in GROWTH)
    if small.facts != large.facts:
        print(f"(facts differ: {small.facts} with the small reference data, {large.facts} with the large)")
    times: dict[str, list[float]] = {"small": [], "large": []}
    for i in range(pairs):
        for label, one in (("small", small), ("large", large)) if i % 2 == 0 else (("large", large), ("small", small)):
            started = time.process_time()
            one()
            times[label].append(time.process_time() - started)
    print(_ratio_line(f"{len(small.texts)} corpus files", small.size, times["small"], times["large"]))


def paired_growth(other: Path, pairs: int) -> None:
    """``--growth --against OTHER``: both checkouts' passes over both sets, in turn in each
    round (so that the machine's drift meets both ratios alike)."""
    sides = {}
    for label, root in (("other", other.resolve()), ("this", ROOT)):
        process = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(root), "--set", ",".join(GROWTH)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert process.stdout is not None
        sides[label] = (process, json.loads(process.stdout.readline()))
    times: dict[tuple[str, str], list[float]] = {(label, name): [] for label in sides for name in GROWTH}
    for i in range(pairs):
        order = [(label, name) for label in ("other", "this") for name in GROWTH]
        for label, name in order if i % 2 == 0 else order[::-1]:
            process = sides[label][0]
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(name + "\n")
            process.stdin.flush()
            times[(label, name)].append(float(process.stdout.readline()))
    size = sides["this"][1][GROWTH[0]][0]
    for label in ("other", "this"):
        print(_ratio_line(label, size, times[(label, GROWTH[0])], times[(label, GROWTH[1])]))
    for process, _ in sides.values():
        assert process.stdin is not None
        process.stdin.close()
        process.wait()


def main(repeats: int = 20, name: str = "corpus") -> float:
    sys.path.insert(0, str(ROOT))
    once = time.perf_counter()
    passes = _Passes(ROOT, name)
    once = time.perf_counter() - once
    # CPU time of this process: the figure for one core, whatever else the machine runs. The
    # build machine is a shared VM whose speed drifts by a third from one second to the next,
    # so the median and the best pass are printed beside the mean.
    times = []
    started, wall = time.process_time(), time.perf_counter()
    for _ in range(repeats):
        one = time.process_time()
        passes()
        times.append(time.process_time() - one)
    elapsed, wall = time.process_time() - started, time.perf_counter() - wall
    size = passes.size
    rate = size * repeats / elapsed / 1e6
    median, best = statistics.median(times), min(times)
    print(f"{name}: {len(passes.texts)} files, {size / 1e3:.0f} kB, {passes.facts} facts, first pass {once * 1000:.0f} ms")
    print(
        f"{repeats}x {name}: {size * repeats / 1e6:.1f} MB in {elapsed:.2f} s CPU ({wall:.2f} s wall)"
        f" = {rate:.2f} MB/s (target >= 1 MB/s)"
    )
    print(
        f"per pass: median {median * 1000:.0f} ms ({size / median / 1e6:.2f} MB/s), "
        f"best {best * 1000:.0f} ms ({size / best / 1e6:.2f} MB/s)"
    )
    return rate


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("repeats", nargs="?", type=int, default=20)
    parser.add_argument("--set", default="corpus", help="corpus, unseen or both (comma-separated names)")
    parser.add_argument("--against", type=Path, help="another checkout to compare with, pass by pass")
    parser.add_argument("--pairs", type=int, default=25)
    parser.add_argument("--growth", action="store_true", help="the corpus with small and with large reference data")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    names = ["corpus", "unseen"] if args.set == "both" else args.set.split(",")
    if args.worker is not None:
        _worker(args.worker, names)
    elif args.growth and args.against is not None:
        paired_growth(args.against, args.pairs)
    elif args.growth:
        growth(args.pairs)
    elif args.against is not None:
        paired(args.against, names, args.pairs)
    else:
        for name in names:
            main(args.repeats, name)
