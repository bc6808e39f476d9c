"""The first /search page after a server start on an unchanged store (issue #13: every page
under 100 ms at p50).

    python -m bench.bench_first_search STORE [--query firearms] [--repeat 3]

Copies STORE to a temporary folder, then per round: starts `mandates serve --no-load` on the
copy, waits for /health and times the first /search?q=QUERY, then stops the server. Two
conditions in the same run, alternated: "saved" (the names the page resolves against are
beside the store, as after any earlier start) and "computed" (that file removed first: what
every start did before they were kept, and what a first start on a new store still does).
Prints each condition's times and the ratio of the saved condition's median to the 100 ms limit.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

LIMIT_S = 0.100
# The names the page resolves against, kept beside the store (graph/resolve.py; before: entity-labels.json).
LABELS_FILES = [Path("mandate-graph-views") / name for name in ("entity-labels.sqlite", "entity-labels.json")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
    return time.perf_counter() - started


def first_search(store: Path, query: str) -> float:
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "mandate_graph.cli", "--store", str(store), "serve", "--no-load",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(f"http://127.0.0.1:{port}/health")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.05)
        return _get(f"http://127.0.0.1:{port}/search?q={urllib.request.quote(query)}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--query", default="firearms")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(args.store, copy)
        for _ in range(2):  # first starts: the values beside the store are written (the search index too)
            first_search(copy, args.query)
        times: dict[str, list[float]] = {"saved": [], "computed": []}
        for _ in range(args.repeat):
            for condition in ("computed", "saved"):
                if condition == "computed":
                    for name in LABELS_FILES:
                        (copy / name).unlink(missing_ok=True)
                times[condition].append(first_search(copy, args.query))
    for condition, values in times.items():
        print(f"first /search after a start, labels {condition:8s}: "
              + ", ".join(f"{v * 1000:.0f} ms" for v in values) + f"  (median {statistics.median(values) * 1000:.0f} ms)")
    saved, computed = statistics.median(times["saved"]), statistics.median(times["computed"])
    print(f"saved / limit ({LIMIT_S * 1000:.0f} ms): {saved / LIMIT_S:.2f}   computed / saved: {computed / saved:.1f}x")


if __name__ == "__main__":
    main()
