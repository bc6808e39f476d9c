"""The statistics and the home page's lists on the first start after `mandates load corpus/`.

    python bench/bench_home_after_load.py STORE [--corpus corpus/]

STORE: a copy of a store (e.g. of /work/bench-serve/synthetic-1000000/store): it is written.
Three fresh interpreters, with whatever ``mandate_graph`` the PYTHONPATH gives (this branch's,
or main's through a folder whose ``mandate_graph`` holds ``git archive main``; the script and
the corpus stay these):

1. settle: what a server's start leaves beside the store: the statistics and both home lists
   computed and kept (whatever way the code keeps them);
2. ``mandates --store STORE load CORPUS``: its CPU seconds (with its children);
3. the first start after it: the statistics, the sessions list and the documents list asked
   for once each, in this order, as the home page asks (no background refresh): CPU and wall
   ms of each; then each again (the same generation: what every later request costs).

Prints one JSON line per phase.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _context(store: str):  # type: ignore[no-untyped-def]
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.settings import Settings

    return Context.open(Settings.from_env(store=store))


def _timed(fn):  # type: ignore[no-untyped-def]
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return round((time.process_time() - cpu) * 1000, 1), round((time.perf_counter() - wall) * 1000, 1)


def _values(store: str) -> dict[str, object]:
    from mandate_graph.graph import overview, stats

    ctx = _context(store)
    try:
        asks = {"statistics": lambda: stats.current(ctx.store),
                "sessions": lambda: overview.current_sessions(ctx.store, ctx.ids),
                "documents": lambda: overview.current_documents(ctx.store, ctx.ids)}
        first = {name: _timed(ask) for name, ask in asks.items()}
        again = {name: _timed(ask) for name, ask in asks.items()}
        return {"first (cpu ms, wall ms)": first, "again": again,
                "first cpu ms, all three": round(sum(c for c, _ in first.values()), 1),
                "first wall ms, all three": round(sum(w for _, w in first.values()), 1)}
    finally:
        ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store")
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--phase", choices=("all", "values"), default="all")
    args = parser.parse_args()
    if args.phase == "values":
        print(json.dumps(_values(args.store)))
        return
    me = [sys.executable, __file__, args.store, "--phase", "values"]
    settled = subprocess.run(me, capture_output=True, text=True, check=True)
    print(json.dumps({"phase": "settle", **json.loads(settled.stdout.splitlines()[-1])}))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    loaded = subprocess.run([str(Path(sys.executable).parent / "mandates"), "--store", args.store, "load", args.corpus],
                            capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    views = [line.strip() for line in loaded.stdout.splitlines() if "views" in line]
    print(json.dumps({"phase": "load", "exit": loaded.returncode, "wall_s": round(time.perf_counter() - wall, 2),
                      "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
                      "views line": views[-1] if views else None}))
    first = subprocess.run(me, capture_output=True, text=True, check=True)
    print(json.dumps({"phase": "first start after the load", **json.loads(first.stdout.splitlines()[-1])}))


if __name__ == "__main__":
    main()
