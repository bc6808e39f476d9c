"""CPU of a server process's first request, with and without the route warm-up.

    python bench/bench_first_request.py [--rounds 5]

Each measurement is a fresh process (the sample corpus in memory, the app started through its
lifespan, then two requests that touch no store: the first pays FastAPI's per-route set-up unless
`api/warm_up.py` did it at start). Prints medians and the ratio warm / cold from the same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import sys, time
sys.path.insert(0, {tests!r})
from conftest import make_context, loader_for, CORPUS
import mandate_graph.api.app as appmod
from fastapi.testclient import TestClient
if sys.argv[1] == "cold":
    appmod.warm_routes = lambda app: 0
ctx = make_context()
loader_for(ctx).load([CORPUS])
with TestClient(appmod.create_app(ctx)) as client:
    started = time.process_time()
    client.get("/api/lineage/x?format=nope")
    first = time.process_time() - started
    started = time.process_time()
    client.get("/api/lineage/x?format=nope")
    second = time.process_time() - started
print(first, second)
"""


def measure(mode: str) -> tuple[float, float]:
    code = PROBE.format(tests=str(ROOT / "tests"))
    out = subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True, check=True, cwd=ROOT)
    first, second = out.stdout.split()[-2:]
    return float(first), float(second)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    runs: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
    for _ in range(args.rounds):  # interleaved: the machine's drift hits both alike
        for mode in runs:
            runs[mode].append(measure(mode))
    medians = {m: (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs)) for m, rs in runs.items()}
    for mode, (first, second) in medians.items():
        print(f"{mode}: first request {first * 1000:.1f} ms CPU, second {second * 1000:.1f} ms (medians of {args.rounds})")
    print(f"first request, warm / cold: {medians['warm'][0] / medians['cold'][0]:.2f}")


if __name__ == "__main__":
    main()
