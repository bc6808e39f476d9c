"""Load test: many concurrent clients on a mixed workload, with a runaway-query client beside them.

    .venv/bin/python bench/bench_load.py [--clients 200] [--seconds 20] [--runaways 2] [--server-workers 1]

Builds an on-disk store (the sample corpus and the tests' hand-built graph) in a temporary
folder and starts the real server (uvicorn, query workers; `mandates serve --workers N` with
``--server-workers``) on a free loopback port. Then two phases of ``--seconds`` each, a calm one
without runaway clients and one with them, so that their ratio says what the runaways cost
the others on the machine as loaded at that moment (a shared machine's load moves the
absolute figures):

- ``--clients`` asyncio clients, each from its own loopback address (127.0.0.2, 127.0.0.3, …,
  so that the per-client limit sees them as the different people they stand for), loop over a
  mixed workload: `/health`, list pages, item views, a lineage, a named query, a SPARQL SELECT;
- ``--runaways`` clients send queries that can only end at the time limit, again and again.

- a *probe*, a separate process as a liveness monitor is, asks ``/health`` every 0.2 s on a
  fresh connection (the standard library's ``http.client``: no event loop of its own to wait
  for). The 200 clients ask ``/health`` too, but their figure includes their own process's
  lateness: 200 asyncio clients on a loaded 2-core machine read an answer long after it came
  (the client event-loop lag printed below), which is not the server's time.

It prints, per kind of request, the count, p50 and p95 latency and the status codes; the number
of 5xx answers other than the time limit's own 503 for the runaway queries (the target is 0);
and the probe's `/health` p95 as a ratio of its 1 s limit (the target is below 1) and of the
calm phase's. Every request goes to
127.0.0.0/8 only, and the run stops by itself after ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import ssl
import subprocess
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.conftest import BASE  # noqa: E402
from tests.support.http_server import Server, build_store, free_port, start_server, stop_server  # noqa: E402

WORKLOAD: list[tuple[str, str, dict[str, str]]] = [
    ("health", "/health", {}),
    ("list", "/api/instruments", {"limit": "20"}),
    ("item", "/api/instruments/cop-untoc/resolution/7/1", {}),
    ("resolve", "/api/resolve", {"ref": "decision 4/4"}),
    ("lineage", "/api/lineage/instrument/cop-untoc/resolution/11/1", {"direction": "both", "depth": "3"}),
    ("named query", "/api/queries/mandates-of-body", {"body": "Working Group on Firearms"}),
    ("sparql", "/sparql", {"query": "SELECT DISTINCT ?body ?by WHERE { ?by mg:establishes ?body } LIMIT 20"}),
]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
HEALTH_LIMIT = 1.0


# A liveness monitor: its own process, a fresh connection per probe, a blocking client.
PROBE = """
import http.client, sys, time
host, port, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
stop_at = time.monotonic() + seconds
while time.monotonic() < stop_at:
    started = time.perf_counter()
    try:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.request("GET", "/health")
        status = connection.getresponse().status
        connection.close()
    except OSError as exc:
        status = type(exc).__name__
    print(f"{time.perf_counter() - started:.4f} {status}", flush=True)
    time.sleep(0.2)
"""


def start_probe(url: str, seconds: float) -> subprocess.Popen[str]:
    host, port = url.removeprefix("http://").split(":")
    return subprocess.Popen([sys.executable, "-c", PROBE, host, port, str(seconds)], stdout=subprocess.PIPE, text=True)


def probe_results(probe: subprocess.Popen[str]) -> tuple[list[float], Counter]:
    out, _ = probe.communicate()
    times, codes = [], Counter()
    for line in out.splitlines():
        seconds, status = line.split()
        times.append(float(seconds))
        codes[status] += 1
    return times, codes


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# One TLS context for every client: httpx builds one per transport otherwise (the CA bundle
# parsed 200 times, seconds of the client's CPU on a busy machine, counted as server latency).
_TLS = ssl.create_default_context()


def make_client(url: str, address: str, timeout: float) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(local_address=address, verify=_TLS)
    return httpx.AsyncClient(base_url=url, transport=transport, timeout=timeout, verify=_TLS)


async def client_loop(client: httpx.AsyncClient, stop_at: float, offset: int,
                      times: dict[str, list[float]], codes: dict[str, Counter], samples: dict[str, str]) -> None:
    step = offset
    while time.monotonic() < stop_at:
        name, path, params = WORKLOAD[step % len(WORKLOAD)]
        step += 1
        started = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            status = str(response.status_code)
            if response.status_code >= 500:
                samples.setdefault(f"{name} {status}", response.text[:300])
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        times[name].append(time.perf_counter() - started)
        codes[name][status] += 1


async def runaway_loop(client: httpx.AsyncClient, stop_at: float, codes: dict[str, Counter]) -> None:
    while time.monotonic() < stop_at:
        try:
            response = await client.get("/sparql", params={"query": RUNAWAY})
            codes["runaway"][str(response.status_code)] += 1
        except httpx.HTTPError as exc:
            codes["runaway"][type(exc).__name__] += 1


async def loop_lag(stop_at: float, lags: list[float]) -> None:
    """How late this client's own event loop runs (a 10 ms sleep, measured): when it is late,
    the latencies above include the client's slowness, not only the server's."""
    while time.monotonic() < stop_at:
        started = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - started - 0.01)


async def drive(url: str, clients: int, runaways: int, seconds: float) -> tuple[dict, dict, float, list, dict]:
    times: dict[str, list[float]] = defaultdict(list)
    codes: dict[str, Counter] = defaultdict(Counter)
    samples: dict[str, str] = {}
    lags: list[float] = []
    # Clients are made before the clock starts: their set-up is not the server's time.
    normal = [make_client(url, f"127.0.{(n + 2) // 250}.{(n + 2) % 250 + 1}", 30) for n in range(clients)]
    runaway = [make_client(url, f"127.1.0.{n + 1}", 60) for n in range(runaways)]
    started = time.monotonic()
    stop_at = started + seconds
    tasks = [client_loop(c, stop_at, n, times, codes, samples) for n, c in enumerate(normal)]
    tasks += [runaway_loop(c, stop_at, codes) for c in runaway]
    tasks.append(loop_lag(stop_at, lags))
    probe = start_probe(url, seconds)
    await asyncio.gather(*tasks)
    times["health probe"], codes["health probe"] = probe_results(probe)
    wall = time.monotonic() - started
    for client in normal + runaway:
        await client.aclose()
    return times, codes, wall, lags, samples


def report(title: str, times: dict, codes: dict, wall: float, lags: list, samples: dict) -> tuple[int, float]:
    """Print one phase; (5xx on the mixed workload, /health p95 in seconds)."""
    total = sum(len(v) for v in times.values())
    print(f"\n== {title}: {total} requests in {wall:.1f} s ({total / wall:.0f}/s)\n")
    print(f"{'request':<12} {'count':>6} {'p50 ms':>8} {'p95 ms':>8}  statuses")
    server_errors = 0
    for name in [name for name, _, _ in WORKLOAD] + ["health probe"]:
        values = times.get(name, [])
        if not values:
            continue
        statuses = codes[name]
        server_errors += sum(n for code, n in statuses.items() if code.startswith("5"))
        print(f"{name:<12} {len(values):>6} {statistics.median(values) * 1000:>8.1f} "
              f"{pct(values, 95) * 1000:>8.1f}  {dict(statuses)}")
    if codes.get("runaway"):
        print(f"{'runaway':<12} {sum(codes['runaway'].values()):>6} {'':>8} {'':>8}  {dict(codes['runaway'])}"
              "  (503 = stopped at the time limit; 429 = waited its turn past MANDATES_QUERY_QUEUE_WAIT)")
    for key, text in samples.items():
        print(f"  first {key}: {text}")
    if lags:
        print(f"client event-loop lag: p50 {statistics.median(lags) * 1000:.0f} ms, p95 {pct(lags, 95) * 1000:.0f} ms "
              "(high: the client, not only the server, is slow)")
    health_p95 = pct(times["health probe"], 95) if times.get("health probe") else float("nan")
    return server_errors, health_p95


def start_cli_server(store: Path, workers: int, env: dict[str, str]) -> Server:
    """`mandates serve --workers N` (a read-only snapshot shared by N processes)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mandate_graph.cli", "--store", str(store), "serve", "--port", str(port), "--no-load",
         "--workers", str(workers)],
        cwd=str(ROOT), env={**os.environ, "MANDATES_BASE_IRI": BASE, **env})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return Server(url, store, process)
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the server did not start within 120 s")
        time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20.0, help="per phase (calm, then with runaways)")
    parser.add_argument("--runaways", type=int, default=2)
    parser.add_argument("--timeout", default="10",
                        help="MANDATES_QUERY_TIMEOUT for the server, seconds (default: the product's; "
                             "a shorter one ends the runaways sooner but stops ordinary queries that a "
                             "loaded machine slows past it)")
    parser.add_argument("--server-workers", type=int, default=1,
                        help="server processes (`mandates serve --workers N`; over 1: a read-only snapshot)")
    args = parser.parse_args()

    env = {"MANDATES_QUERY_TIMEOUT": args.timeout, "MANDATES_QUERY_WORKERS": "3"}
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        print("building the store (sample corpus + hand-built graph) …", flush=True)
        build_store(store)
        if args.server_workers > 1:
            server = start_cli_server(store, args.server_workers, env)
        else:
            server = start_server(store, env)
        try:
            print(f"{args.clients} clients for {args.seconds:g} s, then the same beside {args.runaways} runaway "
                  f"clients for {args.seconds:g} s, against {server.url} ({args.server_workers} process(es))",
                  flush=True)
            calm = asyncio.run(drive(server.url, args.clients, 0, args.seconds))
            loaded = asyncio.run(drive(server.url, args.clients, args.runaways, args.seconds))
        finally:
            stop_server(server)

    calm_errors, calm_health = report("calm (no runaway client)", *calm)
    errors, health_p95 = report(f"beside {args.runaways} runaway clients", *loaded)
    calm_total = sum(len(v) for v in calm[0].values()) / calm[2]
    loaded_total = sum(len(v) for v in loaded[0].values()) / loaded[2]
    print(f"\n5xx answers on the mixed workload: {calm_errors} calm, {errors} beside the runaways (target 0)")
    print(f"/health p95 (the probe's) beside the runaways {health_p95 * 1000:.0f} ms = {health_p95 / HEALTH_LIMIT:.2f} x its "
          f"{HEALTH_LIMIT:g} s limit (target below 1); calm {calm_health * 1000:.0f} ms; "
          f"runaways / calm = {health_p95 / calm_health:.2f}")
    print(f"requests/s beside the runaways / calm = {loaded_total / calm_total:.2f}")


if __name__ == "__main__":
    main()
