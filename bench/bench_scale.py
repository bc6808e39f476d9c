"""Loading at scale, each figure as a ratio against its limit measured in the same run.

    .venv/bin/python bench/bench_scale.py [--mb 4] [--files 80] [--workers 2] [--repeat 3]

On a synthetic corpus of documents (bench/make_corpus.py), each measurement in a process
of its own (so its peak memory is its own), every store a fresh one on disk:

- extraction alone in one process (read, extract, emit; no store): the limit of a load;
- `Loader.load` end to end with 1 worker and with N: MB/s, against 1 MB/s per core and
  against extraction alone; N workers against 1 (target ≥ 1.8× for 2);
- per-file overhead: the same text in 10× as many files, the extra time per extra file
  (target < 2 ms);
- the bulk path (`Loader.load_shards` of the shards `extract_to_shards` wrote: reference
  graphs, bulk load, links) against pyoxigraph's `Store.bulk_load` of the same quads, in
  time and peak memory (target within 1.5×);
- where a one-worker load's CPU goes (start-up, extraction and emit, the writer, links);
- 100 MB on two idle cores, projected from the same run's CPU per MB (target < 60 s);
- `mandates load --workers 1` as a user runs it (the command in a process of its own, the views
  kept beside the store brought up to date before it exits): on a fresh store, and on a store
  holding the sample corpus with every view a server's start builds; the views' share, what a
  server's start then builds from the whole store (by view), and 100 MB projected from both
  (the views' update runs after the load, in the writer's process alone).

    .venv/bin/python bench/bench_scale.py --mb 2.8 --files 40 --repeat 3 --quick
    .venv/bin/python bench/bench_scale.py --mb 2.8 --files 40 --repeat 3 --against MAIN/

``--quick``: the loads and the user's rows only. ``--against DIR``: only the user's loads, this
code and DIR's (a folder whose ``mandate_graph`` is other code, e.g. a link to an extracted
``git archive main``) in turn; medians and same-run ratios.

With ``--repeat N`` the loads (1 worker, N workers, 10× the files) run N times, interleaved,
and each figure is the median: a busy machine slows runs made minutes apart unequally.

The machine may be shared: wall times are noisy, ratios of runs made side by side less so.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/mandate-graph/id/"


# ------------------------------------------------------------------------------ measurements
# Each runs in a child process and prints one JSON object.


def _loader(store_path: str):  # type: ignore[no-untyped-def]
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.reference import load_registry
    from mandate_graph.graph.store import OxigraphStore
    from mandate_graph.loaders.pipeline import Loader

    return Loader(OxigraphStore(store_path), Identifiers(BASE), load_registry(BASE))


def measure_extraction(corpus: str, store: str) -> dict:
    from mandate_graph.loaders.parallel import extract_all
    from mandate_graph.loaders.sources import discover

    loader = _loader(store)
    files = discover([Path(corpus)])
    started = time.perf_counter()
    jobs = loader.assign_keys(files)
    done = list(extract_all(loader.extractor, jobs, 1))
    return {"seconds": time.perf_counter() - started, "failed": sum(not e.result.ok for e in done)}


def measure_extract_only(corpus: str) -> dict:
    """Extraction itself, as a load pays it: the import of `loaders.extract` (its patterns
    compiled) and `extract()` of each file, in CPU seconds; reading the files, the reference
    data and emit are not counted. A load's CPU less this is what the load costs besides
    extraction (`--against` prints it)."""
    from mandate_graph.graph.reference import load_registry
    from mandate_graph.loaders.sources import DEFAULT_LIMITS, discover, read_source

    registry = load_registry(BASE)
    sources = [read_source(path, DEFAULT_LIMITS) for path in discover([Path(corpus)])]
    started = time.process_time()
    from mandate_graph.loaders.extract import extract

    cpu = time.process_time() - started
    for source in sources:
        started = time.process_time()
        extract(source.text, source_key=source.key, registry=registry)
        cpu += time.process_time() - started
    return {"extract_cpu": cpu}


def measure_load(corpus: str, store: str, workers: int) -> dict:
    loader = _loader(store)
    started = time.perf_counter()
    results = loader.load([Path(corpus)], workers=workers)
    loader.store.close()
    return {"seconds": time.perf_counter() - started, "failed": sum(not r.ok for r in results)}


def measure_phases(corpus: str, store: str) -> dict:
    """A one-worker load with the CPU of each of its parts: what the writer does (reference
    graphs, graph keys, the store writes, links) timed around its calls, extraction the rest."""
    started = resource.getrusage(resource.RUSAGE_SELF)
    loader = _loader(store)
    parts: dict[str, float] = {"start-up (reference data, store open)": _cpu_since(started)}
    names = {"write_batch": "writer: store writes", "link_documents": "writer: links",
             "ensure_reference": "writer: reference graphs", "assign_keys": "writer: graph keys"}
    for method, part in names.items():
        setattr(loader, method, _timed(getattr(loader, method), parts, part))
    before = resource.getrusage(resource.RUSAGE_SELF)
    loader.load([Path(corpus)], workers=1)
    loader.store.close()
    load_cpu = _cpu_since(before)
    parts["extraction and emit (the rest)"] = load_cpu - sum(v for k, v in parts.items() if k.startswith("writer"))
    return {"parts": parts}


def _cpu_since(before: resource.struct_rusage) -> float:
    now = resource.getrusage(resource.RUSAGE_SELF)
    return (now.ru_utime - before.ru_utime) + (now.ru_stime - before.ru_stime)


def _timed(function, parts: dict[str, float], part: str):  # type: ignore[no-untyped-def]
    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        before = resource.getrusage(resource.RUSAGE_SELF)
        try:
            return function(*args, **kwargs)
        finally:
            parts[part] = parts.get(part, 0.0) + _cpu_since(before)
    return timed


def measure_shards(corpus: str, shards: str, workers: int) -> dict:
    from mandate_graph.loaders.shards import extract_to_shards

    store = tempfile.mkdtemp(prefix="bench_scale_shards_store_")
    atexit.register(shutil.rmtree, store, ignore_errors=True)
    loader = _loader(store)
    started = time.perf_counter()
    results, _ = extract_to_shards([Path(corpus)], Path(shards), loader.extractor, workers=workers)
    return {"seconds": time.perf_counter() - started, "failed": sum(not r.ok for r in results)}


def measure_bulk_path(shards: str, store: str) -> dict:
    loader = _loader(store)
    started = time.perf_counter()
    loader.load_shards(Path(shards))
    loader.store.close()
    return {"seconds": time.perf_counter() - started}


def measure_store_bulk_load(shards: str, store: str) -> dict:
    import pyoxigraph as ox

    started = time.perf_counter()
    oxigraph = ox.Store(store)
    for shard in sorted(Path(shards).glob("shard-*.nq")):
        oxigraph.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
    oxigraph.flush()
    quads = len(oxigraph)
    del oxigraph
    return {"seconds": time.perf_counter() - started, "quads": quads}


def measure_settle(corpus: str, store: str) -> dict:
    """A store as a user's server leaves it: ``corpus`` loaded (if not "-"), then every view kept
    beside the store built from the whole store, as a server's start does (`Context.start_background`'s
    values, then the lineage view, saved). CPU of the views' build alone in ``views_cpu``."""
    import os as _os

    from mandate_graph.graph.context import Context
    from mandate_graph.graph.generations import derived
    from mandate_graph.graph.settings import Settings

    ctx = Context.open(Settings.from_env({**_os.environ, "MANDATES_STORE": store, "MANDATES_BASE_IRI": BASE}))
    if corpus != "-":
        from mandate_graph.loaders.pipeline import Loader

        Loader.for_context(ctx).load([Path(corpus)], workers=1)
    before = resource.getrusage(resource.RUSAGE_SELF)
    ctx.keep_values_fresh()  # `Context.start_background`'s values
    from mandate_graph.api.web.routes import keep_fresh as pages_keep_fresh

    pages_keep_fresh(ctx)  # the web pages' values: labels, the tracker's rows, the home page's
    by_view: dict[str, float] = {}
    get = derived.get

    def timed_get(store, key, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = str(key[0] if isinstance(key, tuple) else key)
        return _timed(get, by_view, name)(store, key, *args, **kwargs)

    derived.get = timed_get  # type: ignore[method-assign]
    derived.refresh(ctx.store)
    _timed(ctx.lineage_view.fresh, by_view, "lineage")()
    views_cpu = _cpu_since(before)
    ctx.close()
    return {"views_cpu": views_cpu, "by_view": {k: round(v, 2) for k, v in by_view.items() if v >= 0.01}}


MEASUREMENTS = {
    "settle": measure_settle,
    "extraction": measure_extraction,
    "extract_only": measure_extract_only,
    "load": measure_load,
    "phases": measure_phases,
    "shards": measure_shards,
    "bulk_path": measure_bulk_path,
    "store_bulk_load": measure_store_bulk_load,
}


def run(name: str, *args: object) -> dict:
    """Run one measurement in a child process: its JSON, with its peak memory in MB."""
    command = [sys.executable, __file__, "--child", name, *map(str, args)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{name} failed (exit {child.returncode})")
    figures = json.loads(output.strip().splitlines()[-1])
    figures["peak_mb"] = usage.ru_maxrss / 1024
    # CPU seconds of the child and of the worker processes it waited for: the work done,
    # whatever else the machine was running meanwhile.
    figures["cpu"] = usage.ru_utime + usage.ru_stime
    return figures


def user_load(corpus: Path, store: str, workers: int, code: str | None = None) -> dict:
    """`mandates load --workers N CORPUS` in a process of its own, as a user runs it (the views
    kept beside the store brought up to date before it exits: the default `--views`): its CPU
    seconds (worker processes it waited for included), and the views' CPU as it prints it."""
    command = [sys.executable, "-m", "mandate_graph.cli", "--store", store, "--base-iri", BASE,
               "load", "--workers", str(workers), str(corpus)]
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    env = {**os.environ, "COLUMNS": "250", **({"PYTHONPATH": code} if code else {})}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"mandates load failed (exit {done.returncode}): {done.stderr[-2000:]}")
    output = done.stdout
    views = [line for line in output.splitlines() if line.startswith("views beside the store")]
    # "views beside the store: statuses updated 0.29, … (1.23 s, 0.98 CPU s)"
    views_cpu = float(views[0].rsplit(", ", 1)[1].split()[0]) if views else 0.0
    return {"seconds": seconds, "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), "views_cpu": views_cpu,
            "views": views[0] if views else "none kept"}


def median_run(figures: list[dict]) -> dict:
    """Each figure's median over the runs."""
    return {key: sorted(f[key] for f in figures)[len(figures) // 2] for key in figures[0]}


# ------------------------------------------------------------------------------ the report


def ratio_line(what: str, value: float, unit: str, limit_what: str, limit: float, target: str) -> None:
    print(f"{what:<44} {value:8.2f} {unit:<6} vs {limit_what:<32} {limit:8.2f}  ratio {value / limit:5.2f}  ({target})")


def report_user_loads(args: argparse.Namespace, mb: float, one: dict, n: dict, fresh: dict, held: dict,
                      held_build: dict, build_fresh: dict, build_held: dict, runs: dict[str, list[dict]]) -> None:
    """`mandates load` as a user runs it: on a fresh store and on one that holds the sample corpus
    with every view a server builds; the views' share; 100 MB on two cores projected from both."""
    print(f"\n`mandates load --workers 1` as a user runs it ({mb:.1f} MB; views brought up to date, the default):")
    ratio_line("fresh store (MB per CPU s)", mb / fresh["cpu"], "MB/s", "1 MB/s per core", 1.0, "target ≥ 1")
    ratio_line("fresh store (MB per CPU s)", mb / fresh["cpu"], "MB/s", "Loader.load, 1 worker", mb / one["cpu"],
               "the command's own cost: 1.0 at best")
    ratio_line("store with documents and views (MB per CPU s)", mb / held["cpu"], "MB/s", "1 MB/s per core", 1.0,
               "target ≥ 1")
    ratio_line("store with documents and views (MB per CPU s)", mb / held["cpu"], "MB/s", "Loader.load, 1 worker",
               mb / one["cpu"], "the command's own cost: 1.0 at best")
    for what, figures in (("fresh store", fresh), ("store with documents and views", held)):
        print(f"  {what}: {figures['cpu']:.2f} CPU s, of which the views {figures['views_cpu']:.2f} "
              f"({figures['views_cpu'] / figures['cpu']:.0%}; {figures['views_cpu'] / mb:.2f} CPU s per MB)")
    print(f"  the views as the last load left them: {runs['user_held'][0]['views']}")
    print(f"  views built by a server's start: on the held store before the load {held_build['views_cpu']:.2f} CPU s; "
          f"from the whole store after the load: fresh store {build_fresh['views_cpu']:.2f}, "
          f"held store {build_held['views_cpu']:.2f} (against its update in the load {held['views_cpu']:.2f}: "
          f"ratio update / build {held['views_cpu'] / build_held['views_cpu']:.2f})")
    print(f"  the whole build after the load, by view (held store): {build_held['by_view']}")
    # 100 MB on two idle cores: the N-worker load (as `projected_100` below), then the views'
    # update, which runs in the writer's process alone after the load.
    load_per_mb = max(n["own_cpu"], n["cpu"] / args.workers) / mb
    for what, figures in (("fresh store", fresh), ("store with documents and views", held)):
        ratio_line(f"100 MB, {args.workers} workers, {what} (s)", 100 * (load_per_mb + figures["views_cpu"] / mb),
                   "s", "target", 60.0, "target ≤ 1")
    if args.repeat > 1:
        print("  (single runs, MB per CPU s: fresh " + ", ".join(f"{mb / r['cpu']:.2f}" for r in runs["user_fresh"])
              + "; held " + ", ".join(f"{mb / r['cpu']:.2f}" for r in runs["user_held"]) + ")")


def compare_user_loads(args: argparse.Namespace, corpus: Path, mb: float, store: Callable[[str], str]) -> None:
    """``--against DIR``: `mandates load --workers 1` as a user runs it, on a fresh store and on a
    store holding the sample corpus with every view a server builds (made once, by this code,
    copied for each load), this code and DIR's in turn, ``--repeat`` times; the medians of the
    CPU per MB and of the views' share, and the ratios of the two codes."""
    run("settle", ROOT / "corpus", store("held"))
    runs: dict[tuple[str, str], list[dict]] = {}
    extraction: list[float] = []
    for attempt in range(args.repeat):
        # Extraction itself (the same code on both sides when only the load around it differs),
        # measured between the loads: what each load costs besides it is its CPU less this.
        extraction.append(run("extract_only", corpus)["extract_cpu"])
        for code_name, code in (("this", None), ("other", args.against)) if attempt % 2 == 0 else \
                (("other", args.against), ("this", None)):
            runs.setdefault((code_name, "fresh"), []).append(user_load(corpus, store(f"{code_name}-fresh-{attempt}"), 1, code))
            shutil.copytree(store("held"), store(f"{code_name}-held-{attempt}"))
            runs.setdefault((code_name, "held"), []).append(user_load(corpus, store(f"{code_name}-held-{attempt}"), 1, code))
            shutil.rmtree(store(f"{code_name}-held-{attempt}"), ignore_errors=True)
            shutil.rmtree(store(f"{code_name}-fresh-{attempt}"), ignore_errors=True)
    print(f"\n`mandates load --workers 1` as a user runs it, {mb:.1f} MB, {args.repeat} interleaved runs each "
          f"(load average now {os.getloadavg()[0]:.1f}); CPU s per MB (median; single runs), the views' part:")
    for where in ("fresh", "held"):
        medians = {}
        for code_name in ("other", "this"):
            done = runs[(code_name, where)]
            per_mb = sorted(r["cpu"] / mb for r in done)
            views = sorted(r["views_cpu"] / mb for r in done)
            medians[code_name] = (per_mb[len(per_mb) // 2], views[len(views) // 2])
            singles = ", ".join(f"{r['cpu'] / mb:.2f}" for r in done)
            view_singles = ", ".join(f"{r['views_cpu'] / mb:.2f}" for r in done)
            print(f"  {where:<5} {code_name:<5}: {medians[code_name][0]:.2f} CPU s per MB ({singles}); "
                  f"views {medians[code_name][1]:.2f} per MB ({view_singles}); "
                  f"MB per CPU s {1 / medians[code_name][0]:.2f}")
        pairs = sorted(t["cpu"] / o["cpu"] for t, o in zip(runs[("this", where)], runs[("other", where)]))
        print(f"  {where:<5} this / other: {medians['this'][0] / medians['other'][0]:.2f} (medians); "
              f"run against run {', '.join(f'{p:.2f}' for p in pairs)}")
        # Besides extraction: each load's CPU less the extraction measured in the same attempt.
        besides = {code_name: sorted((r["cpu"] - e) / mb for r, e in zip(runs[(code_name, where)], extraction))
                   for code_name in ("other", "this")}
        middle = {k: v[len(v) // 2] for k, v in besides.items()}
        print(f"  {where:<5} besides extraction, CPU s per MB: other {middle['other']:.2f} "
              f"({', '.join(f'{v:.2f}' for v in besides['other'])}), this {middle['this']:.2f} "
              f"({', '.join(f'{v:.2f}' for v in besides['this'])}); this / other {middle['this'] / middle['other']:.2f}")
    print(f"  extraction itself (import and extract(), one process): {sorted(extraction)[len(extraction) // 2] / mb:.2f} "
          f"CPU s per MB ({', '.join(f'{e / mb:.2f}' for e in extraction)})")
    for code_name in ("other", "this"):
        print(f"  {code_name}: the views as its last load left them: {runs[(code_name, 'held')][-1]['views']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--files", type=int, default=80)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="interleaved runs of the loads; medians reported")
    parser.add_argument("--against", metavar="DIR",
                        help="only `mandates load` as a user runs it, this code and the code of DIR (a folder whose "
                        "mandate_graph is other code, e.g. a link to `git archive main`) interleaved; medians and ratios")
    parser.add_argument("--quick", action="store_true",
                        help="only the loads (1 worker, N workers, as a user runs them): no per-file, phases or bulk rows")
    args = parser.parse_args(argv)

    from bench.make_corpus import make_corpus

    scratch = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)  # ~720 MB of stores a run
    few, many = scratch / "few", scratch / "many"
    make_corpus(few, args.mb, args.files, args.seed)
    if not args.quick:
        make_corpus(many, args.mb, args.files * 10, args.seed)
    mb_few = sum(p.stat().st_size for p in few.iterdir()) / 2**20
    mb_many = sum(p.stat().st_size for p in many.iterdir()) / 2**20 if not args.quick else 0.0
    print(f"corpus: {mb_few:.1f} MB in {args.files} files; {mb_many:.1f} MB in {args.files * 10} files "
          f"({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")

    store = lambda name: str(scratch / f"store-{name}")  # noqa: E731
    if args.against:
        return compare_user_loads(args, few, mb_few, store)
    extraction = run("extraction", few, store("extraction"))
    # A store as a user's server leaves it: the sample corpus loaded, every view built beside it.
    held = run("settle", ROOT / "corpus", store("held"))
    runs: dict[str, list[dict]] = {"one": [], "n": [], "many": [], "user_fresh": [], "user_held": []}
    for attempt in range(args.repeat):
        runs["one"].append(run("load", few, store(f"one-{attempt}"), 1))
        runs["n"].append(run("load", few, store(f"n-{attempt}"), args.workers))
        if not args.quick:
            runs["many"].append(run("load", many, store(f"many-{attempt}"), 1))
        runs["user_fresh"].append(user_load(few, store(f"user-fresh-{attempt}"), 1))
        shutil.copytree(store("held"), store(f"user-held-{attempt}"))
        runs["user_held"].append(user_load(few, store(f"user-held-{attempt}"), 1))
    one, n, user_fresh, user_held = (median_run(runs[k]) for k in ("one", "n", "user_fresh", "user_held"))
    # What a server's first start then builds from the whole store (no view kept, or all dropped).
    for name in ("user-fresh-0", "user-held-0"):
        shutil.rmtree(Path(store(name)) / "mandate-graph-views", ignore_errors=True)
    build_fresh = run("settle", "-", store("user-fresh-0"))
    build_held = run("settle", "-", store("user-held-0"))
    report_user_loads(args, mb_few, one, n, user_fresh, user_held, held, build_fresh, build_held, runs)
    if args.quick:
        return
    many_files = median_run(runs["many"])
    phases = run("phases", few, store("phases"))
    phases_many = run("phases", many, store("phases-many"))
    shards_dir = scratch / "shards"
    shards = run("shards", few, shards_dir, args.workers)
    bulk = run("bulk_path", shards_dir, store("bulk"))
    oxigraph = run("store_bulk_load", shards_dir, store("oxigraph"))

    per_file_ms = 1000 * (many_files["seconds"] / mb_many - one["seconds"] / mb_few) * mb_few / (args.files * 9)
    per_file_cpu_ms = 1000 * (many_files["cpu"] / mb_many - one["cpu"] / mb_few) * mb_few / (args.files * 9)
    # With every core free, N workers take the longer of: the writer's own CPU time, and the
    # whole CPU time shared by N cores. A projection from the same run, for a busy machine.
    projected = one["cpu"] / max(n["own_cpu"], n["cpu"] / args.workers)
    print("\nwall clock (noisy on a shared machine):")
    ratio_line("load, 1 worker (MB/s)", mb_few / one["seconds"], "MB/s", "1 MB/s per core", 1.0, "target ≥ 1")
    ratio_line("load, 1 worker (MB/s)", mb_few / one["seconds"], "MB/s", "extraction alone, 1 process",
               mb_few / extraction["seconds"], "the limit: 1.0 at best")
    ratio_line(f"load, {args.workers} workers (MB/s)", mb_few / n["seconds"], "MB/s", "load, 1 worker",
               mb_few / one["seconds"], f"target ≥ {0.9 * args.workers:.1f}")
    print(f"{'per-file overhead (10x the files, same text)':<44} {per_file_ms:8.2f} ms     "
          f"vs {'target':<32} {2.0:8.2f}  ratio {per_file_ms / 2.0:5.2f}  (target < 1)")
    ratio_line("bulk path: load_shards (s)", bulk["seconds"], "s", "Store.bulk_load, same quads",
               oxigraph["seconds"], "target ≤ 1.5")
    ratio_line("bulk path: load_shards (peak MB)", bulk["peak_mb"], "MB", "Store.bulk_load, same quads",
               oxigraph["peak_mb"], "target ≤ 1.5")
    print("\nCPU time (the work itself, per core):")
    ratio_line("load, 1 worker (MB per CPU s)", mb_few / one["cpu"], "MB/s", "1 MB/s per core", 1.0, "target ≥ 1")
    ratio_line("load, 1 worker (MB per CPU s)", mb_few / one["cpu"], "MB/s", "extraction alone (MB per CPU s)",
               mb_few / extraction["cpu"], "the limit: 1.0 at best")
    ratio_line(f"load, {args.workers} workers (MB per CPU s)", mb_few / n["cpu"], "MB/s", "load, 1 worker",
               mb_few / one["cpu"], "cost of the processes: 1.0 at best")
    ratio_line(f"load, {args.workers} workers, projected speed-up", projected, "x", "target",
               0.9 * args.workers, f"target ≥ {0.9 * args.workers:.1f}")
    print(f"{'per-file overhead, CPU (10x the files)':<44} {per_file_cpu_ms:8.2f} ms     "
          f"vs {'target':<32} {2.0:8.2f}  ratio {per_file_cpu_ms / 2.0:5.2f}  (target < 1)")
    ratio_line("bulk path: load_shards (CPU s)", bulk["cpu"], "s", "Store.bulk_load, same quads",
               oxigraph["cpu"], "target ≤ 1.5")
    print(f"\nextract to shards, {args.workers} workers: {mb_few / shards['cpu']:.2f} MB per CPU s; "
          f"{oxigraph['quads']} quads; writer's own CPU with {args.workers} workers: {n['own_cpu']:.1f} s "
          f"of {n['cpu']:.1f} s; peak memory: load 1 worker {one['peak_mb']:.0f} MB, "
          f"{args.workers} workers {n['peak_mb']:.0f} MB (writer only)")
    # 100 MB on two idle cores: the N-worker load's CPU per MB, shared by the cores, or the
    # writer's own CPU per MB if that is longer.
    per_mb_total, per_mb_writer = n["cpu"] / mb_few, n["own_cpu"] / mb_few
    projected_100 = 100 * max(per_mb_writer, per_mb_total / args.workers)
    ratio_line(f"100 MB, {args.workers} workers, projected (s)", projected_100, "s", "target", 60.0, "target ≤ 1")
    print(f"\nwhere a one-worker load's CPU goes ({mb_few:.1f} MB, {sum(phases['parts'].values()):.2f} CPU s; "
          f"per extra file: the same with {args.files * 10} files, one run each):")
    for part, seconds in phases["parts"].items():
        extra_ms = 1000 * (phases_many["parts"][part] / mb_many - seconds / mb_few) * mb_few / (args.files * 9)
        print(f"  {part:<48} {seconds:6.2f} s  {seconds / mb_few:5.2f} s per MB  {extra_ms:6.2f} ms per extra file")
    if args.repeat > 1:
        print(f"\n(medians of {args.repeat} interleaved runs; load, 1 worker, MB per CPU s: "
              + ", ".join(f"{mb_few / r['cpu']:.2f}" for r in runs["one"]) + ")")
    failed = sum(r.get("failed", 0) for r in (extraction, one, n, many_files, shards))
    if failed:
        print(f"warning: {failed} file(s) failed to load")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        import multiprocessing

        name, rest = sys.argv[2], sys.argv[3:]
        if name != "extract_only":  # (which times the import of the extraction itself)
            import mandate_graph.loaders.parallel
            from mandate_graph import loaders

            # Workers forked from this process, not started by a forkserver: then they are its
            # children, and the CPU time the parent reads when it ends includes theirs.
            loaders.parallel._start_method = lambda: multiprocessing.get_context("fork")  # type: ignore[assignment]
        values = [int(v) if v.isdigit() else v for v in rest]
        figures = MEASUREMENTS[name](*values)
        own = resource.getrusage(resource.RUSAGE_SELF)
        figures["own_cpu"] = own.ru_utime + own.ru_stime  # this process alone: the writer
        print(json.dumps(figures))
    else:
        main()
