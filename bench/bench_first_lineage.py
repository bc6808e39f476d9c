"""The first lineage requests right after `mandates serve` starts, while the lineage view builds.

    python bench/bench_first_lineage.py --store /tmp/mandates-bench-serve/synthetic-10000000/store [--requests 5]

Serves a checkpoint of the store (hard links; the store itself is only read) with
``mandates serve --no-load``, and as soon as ``/health`` answers asks
``/api/lineage/<instrument>?direction=both&depth=3`` every 2 s (an instrument that cites and is
cited, found in the store). Until the networkx view is built (79 s at 10 M triples) the SPARQL
engine answers (`graph.lineage.SparqlLineage`). Prints each answer's time, the engine that gave
it, the server's CPU time meanwhile (its background builds included) and the load average,
against the limit of issue 13: 100 ms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_serve_workers import probe  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from tests.support.http_server import free_port  # noqa: E402

LIMIT_MS = 100.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="an existing store (only read)")
    parser.add_argument("--requests", type=int, default=5)
    args = parser.parse_args()
    instrument = probe(args.store)["instrument"]
    with tempfile.TemporaryDirectory(prefix="bench-first-lineage-") as tmp:
        snapshot = Path(tmp) / "store"
        ox.Store.read_only(str(args.store)).backup(str(snapshot))
        port = free_port()
        env = dict(os.environ, MANDATES_STORE=str(snapshot), MANDATES_BASE_IRI=DEFAULT_BASE_IRI)
        started = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "mandate_graph.cli", "serve", "--no-load", "--port", str(port)],
                                  cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            while True:
                if server.poll() is not None:
                    sys.exit("the server exited")
                try:
                    if httpx.get(url + "/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.05)
            print(f"{args.store}: /health after {time.perf_counter() - started:.1f} s; lineage of {instrument}, "
                  f"depth 3, both directions; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            process = psutil.Process(server.pid)
            with httpx.Client(base_url=url, timeout=300) as client:
                for _ in range(args.requests):
                    cpu = sum(process.cpu_times()[:2])
                    t = time.perf_counter()
                    answer = client.get(f"/api/lineage/{instrument}", params={"direction": "both", "depth": 3})
                    ms = (time.perf_counter() - t) * 1000
                    engine = answer.json().get("engine") if answer.status_code == 200 else f"status {answer.status_code}"
                    print(f"  at {time.perf_counter() - started:5.1f} s: {ms:7.1f} ms ({ms / LIMIT_MS:.1f}x the "
                          f"{LIMIT_MS:.0f} ms limit), engine {engine}, server CPU meanwhile "
                          f"{1000 * (sum(process.cpu_times()[:2]) - cpu):.0f} ms (with its background builds), "
                          f"load {os.getloadavg()[0]:.1f}", flush=True)
                    time.sleep(2)
        finally:
            server.terminate()
            server.wait(timeout=60)


if __name__ == "__main__":
    main()
