"""The first `/mandates` web page (the mandate tracker) after a restart and after `mandates load`.

    python bench/bench_first_tracker.py --store COPY [--settle] [--restarts 3] [--code SRC]

COPY is a store this bench may write (a copy of `/work/bench-serve/…/store`: it loads the sample
corpus into it). SRC, when given, is a folder holding the ``mandate_graph`` package of another
checkout (``git archive main`` extracted into ``SRC/mandate_graph``): every process the bench
starts runs that code, so main and a branch are measured the same way, in the same hour.

1. ``--settle``: `mandates serve --no-load` until ``/health`` says ``"values": "current"`` and one
   `/mandates` page has been served (every view beside the store built by that code), then stop;
2. ``--restarts`` times: start the server, and as soon as ``/health`` answers ask `/mandates`, then
   once more: wall time and the server's CPU during each (`/proc`, every thread);
3. in process (no server, no background refresh: `TestClient` without its lifespan): the first
   `/mandates` and the one after, process CPU and wall;
4. `mandates load corpus/` (server stopped; its CPU and its line about the views), then 3. again:
   the first page after a load in process;
5. `mandates load corpus/` again, then 2. once: the first page over HTTP after a load.

Prints each time against the 100 ms limit of issue 13, with the load average (2 cores shared:
compare CPU, and main and branch in the same run).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BASE_IRI = "https://w3id.org/mandate-graph/id/"
LIMIT_MS = 100.0

IN_PROCESS = r"""
import json, sys, time
from fastapi.testclient import TestClient
from mandate_graph.api.app import create_app
from mandate_graph.graph.context import Context
from mandate_graph.graph.settings import Settings
ctx = Context.open(Settings.from_env(store=sys.argv[1], base_iri=sys.argv[2]))
client = TestClient(create_app(ctx))  # no lifespan: no background refresh beside the request
out = []
for path in ("/mandates", "/mandates", "/mandates?offset=100"):
    cpu, wall = time.process_time(), time.perf_counter()
    answer = client.get(path)
    assert answer.status_code == 200, answer.text[:500]
    out.append([path, (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000, len(answer.content)])
ctx.close()
print(json.dumps(out))
"""


def environment(code: Path | None) -> dict[str, str]:
    env = dict(os.environ, MANDATES_BASE_IRI=BASE_IRI)
    if code is not None:
        env["PYTHONPATH"] = f"{code}{os.pathsep}{env.get('PYTHONPATH', '')}"
    return env


def server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, store: Path, code: Path | None) -> None:
        self.port = free_port()
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mandate_graph.cli", "--store", str(store), "serve", "--no-load",
             "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=str(ROOT), env=environment(code), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=3000)

    def health(self, timeout: float = 600) -> dict[str, object]:
        while True:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited")
            try:
                return dict(self.client.get("/health").json())
            except httpx.TransportError:
                if time.perf_counter() - self.started > timeout:
                    raise
                time.sleep(0.02)

    def timed(self, path: str) -> tuple[float, float]:
        """Wall ms of ``path`` and the server's CPU ms meanwhile."""
        cpu, wall = server_cpu(self.process.pid), time.perf_counter()
        answer = self.client.get(path)
        assert answer.status_code == 200, answer.text[:500]
        return (time.perf_counter() - wall) * 1000, (server_cpu(self.process.pid) - cpu) * 1000

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        self.process.wait(60)


def ratio(ms: float) -> str:
    return f"{ms:,.0f} ms ({ms / LIMIT_MS:.2f}×)"


def settle(store: Path, code: Path | None) -> None:
    server = Server(store, code)
    try:
        server.health()
        wall, cpu = server.timed("/mandates")
        print(f"  settling: first /mandates {ratio(wall)}, server CPU {cpu:,.0f} ms", flush=True)
        while server.health().get("values") != "current":
            time.sleep(2)
        print(f"  settled: {time.perf_counter() - server.started:.0f} s, server CPU {server_cpu(server.process.pid):.1f} s",
              flush=True)
    finally:
        server.stop()


def restart(store: Path, code: Path | None, name: str) -> None:
    server = Server(store, code)
    try:
        server.health()
        to_health = time.perf_counter() - server.started
        first, first_cpu = server.timed("/mandates")
        again, again_cpu = server.timed("/mandates")
        print(f"  {name}: /health after {to_health:.1f} s; first /mandates {ratio(first)}, server CPU {first_cpu:,.0f} ms;"
              f" again {ratio(again)}, CPU {again_cpu:,.0f} ms", flush=True)
    finally:
        server.stop()


def in_process(store: Path, code: Path | None, name: str) -> None:
    found = subprocess.run([sys.executable, "-c", IN_PROCESS, str(store), BASE_IRI], cwd=str(ROOT),
                           env=environment(code), capture_output=True, text=True, check=True)
    pages = json.loads(found.stdout.strip().splitlines()[-1])
    print(f"  in process, {name}: " + "; ".join(f"{p} {cpu:,.0f} ms CPU ({cpu / LIMIT_MS:.2f}×), {wall:,.0f} ms wall, "
                                                 f"{size / 1000:,.0f} kB" for p, cpu, wall, size in pages), flush=True)


def load(store: Path, code: Path | None) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    found = subprocess.run([sys.executable, "-m", "mandate_graph.cli", "--store", str(store), "load", str(ROOT / "corpus")],
                           cwd=str(ROOT), env=environment(code), capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    output = " ".join((found.stdout + found.stderr).split())  # the console wraps long lines
    views = output[output.find("views beside the store"):][:400] if "views beside the store" in output else ""
    print(f"  mandates load corpus/: {time.perf_counter() - wall:.1f} s wall, {cpu:.2f} CPU s; {views.strip()}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--code", type=Path, help="a folder holding another checkout's mandate_graph package")
    parser.add_argument("--settle", action="store_true")
    parser.add_argument("--restarts", type=int, default=3)
    parser.add_argument("--settle-only", action="store_true", help="1. only (settle a copy ahead of its run)")
    args = parser.parse_args()
    print(f"store {args.store}, code {args.code or ROOT}, load average {os.getloadavg()[0]:.1f}", flush=True)
    if args.settle or args.settle_only:
        settle(args.store, args.code)
    if args.settle_only:
        return
    for n in range(args.restarts):
        restart(args.store, args.code, f"restart {n + 1}")
    in_process(args.store, args.code, "restart")
    load(args.store, args.code)
    in_process(args.store, args.code, "after `mandates load corpus/`")
    load(args.store, args.code)
    restart(args.store, args.code, "first start after `mandates load corpus/`")
    print(f"  load average {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
