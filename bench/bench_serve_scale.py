"""Every page and API call at 1 M and at 10 M triples, and the server's cold start, side by side.

    python bench/bench_serve_scale.py [--sizes 1000000,10000000] [--folder /tmp/mandates-bench-serve] [--repeat 15]
                                      [--only "page /,bodies/<key>"] [--settle 240]

For each size, the synthetic graph of bench/make_synthetic.py in an on-disk store (built once
with the bulk loader and kept in ``--folder``; bench/synthetic_store.py), with the vocabulary
and reference graphs as `mandates load --bulk` leaves them. Then `mandates serve --no-load`
on it, and:

- **cold start**: from starting the process to the first answer of ``/health``, and to the
  first answer of a page that reads the store (the page cache is warm: the store was just
  built or used, as on a server that restarts), in seconds and in the server process's CPU
  seconds by then (the wall times stretch with the machine's load, the CPU seconds much less);
- **each route**: its first request after the start (the first lineage request included:
  the lineage view is still being built then) and the median of ``--repeat`` more.

Issue 13's limits: every page and API call under 100 ms at the median (ratio printed against
100 ms), and the cold start at 10 M under 1.5× its time at 1 M.

``--after-write COPIES``: the cold start after a write instead. Each store is copied into the
folder COPIES (the built stores are never written), served once until its whole-store values
and search index are built and kept beside it, then: a restart on the unchanged copy (the
reference), ``mandates load corpus/`` with the server stopped, a start after that load (the
first store page, the first /api/search, /search and /api/mandates, the search index current
again), and, server running, a Graph Store PUT of a new graph (its text searchable after how
long, and the first /api/mandates after it). The
first store page after the load at the largest size is printed against the restart at the
smallest (limit 1.5×), the search times against the seconds a scan takes, the first
/api/mandates of each start and after the PUT against the 100 ms limit. Entities are taken from the
graph (the first of each kind), the same shapes at every size.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from bench.bench_http import Client  # noqa: E402
from bench.synthetic_store import synthetic_store  # noqa: E402
from mandate_graph.graph.namespaces import PREFIXES  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from tests.support.http_server import free_port  # noqa: E402

LIMIT_MS = 100.0
COLD_START_LIMIT = 1.5
# A request still unanswered after this many seconds is reported as over it (a timed-out
# request; the query worker behind it is killed at the server's own time limit).
CLIENT_TIMEOUT = 30.0
# Seconds of repeats per route at most: a route of several seconds is far over its limit
# after two or three.
ROUTE_BUDGET = 20.0

# The first entity of each kind the routes need (same query at every size).
PROBES = {
    "instrument": "SELECT ?x WHERE { ?x mg:cites ?y . ?z mg:cites ?x . ?x mg:adoptedAt ?s } LIMIT 1",
    "body": "SELECT ?x WHERE { ?i mg:requests ?x . ?x mg:key ?k } LIMIT 1",
    "session": "SELECT ?x WHERE { ?i mg:adoptedAt ?x } LIMIT 1",
    "meeting": "SELECT ?x WHERE { ?d mg:reportOf ?x } LIMIT 1",
    "document": "SELECT ?x WHERE { ?x mg:reportOf ?m } LIMIT 1",
    "mandate": "SELECT ?x WHERE { ?x a mg:Mandate } LIMIT 1",
}


def probe(store_path: Path) -> dict[str, str]:
    """Id paths (after the base IRI) of one entity of each kind, and a body's label and key."""
    store = ox.Store.read_only(str(store_path))
    found = {}
    for kind, text in PROBES.items():
        row = next(iter(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)))  # type: ignore[call-overload]
        found[kind] = row["x"].value.removeprefix(DEFAULT_BASE_IRI)
    body = next(iter(store.query(  # type: ignore[call-overload]
        f"SELECT ?label ?key WHERE {{ <{DEFAULT_BASE_IRI}{found['body']}> skos:prefLabel ?label ; mg:key ?key }}",
        prefixes=PREFIXES, use_default_graph_as_union=True)))
    found["body_label"], found["body_key"] = body["label"].value, body["key"].value
    del store
    return found


def routes(e: dict[str, str]) -> list[tuple[str, str, dict[str, str]]]:
    """(name, URL, headers) of every page and API call measured."""
    html = {"Accept": "text/html"}
    instrument_path = e["instrument"].removeprefix("instrument/")
    small_select = "SELECT DISTINCT ?body ?by WHERE { ?by mg:establishes ?body } LIMIT 20"
    return [
        ("page /", "/", html),
        ("page /search", "/search?" + urlencode({"q": e["body_label"]}), html),
        ("page /browse/instruments", "/browse/instruments", html),
        ("page /browse/bodies", "/browse/bodies", html),
        ("page /id/<instrument>", f"/id/{e['instrument']}", html),
        ("page /id/<body>", f"/id/{e['body']}", html),
        ("page /lineage/<instrument>", f"/lineage/{e['instrument']}", html),
        ("page /history/<body>", f"/history/{e['body_key']}", html),
        ("page /mandates", "/mandates", html),
        ("page /query", "/query", html),
        ("page /sources", "/sources", html),
        ("GET /health", "/health", {}),
        ("GET /api", "/api", {}),
        ("GET /api/stats", "/api/stats", {}),
        ("GET /api/instruments?limit=5", "/api/instruments?limit=5", {}),
        ("GET /api/bodies?limit=5", "/api/bodies?limit=5", {}),
        ("GET /api/meetings?limit=5", "/api/meetings?limit=5", {}),
        ("GET /api/sessions?limit=5", "/api/sessions?limit=5", {}),
        ("GET /api/documents?limit=5", "/api/documents?limit=5", {}),
        ("GET /api/mandates?limit=5", "/api/mandates?limit=5", {}),
        ("GET /api/instruments/<id>", f"/api/instruments/{instrument_path}", {}),
        ("GET /api/bodies/<key>", f"/api/bodies/{e['body_key']}", {}),
        ("GET /api/mandates/<id>", f"/api/mandates/{e['mandate'].removeprefix('mandate/')}", {}),
        ("GET /api/resolve", "/api/resolve?" + urlencode({"ref": e["body_label"]}), {}),
        ("GET /api/search", "/api/search?" + urlencode({"q": e["body_label"]}), {}),
        ("GET /api/queries", "/api/queries", {}),
        ("GET /api/queries/mandates-of-body", "/api/queries/mandates-of-body?" + urlencode({"body": e["body_key"]}), {}),
        ("GET /api/lineage/<id> (first: view building)", f"/api/lineage/{e['instrument']}?direction=both&depth=3", {}),
        ("GET /api/bodies/<key>/history", f"/api/bodies/{e['body_key']}/history", {}),
        ("GET /id/<instrument> (Turtle)", f"/id/{e['instrument']}", {"Accept": "text/turtle"}),
        ("GET /sparql (small SELECT)", "/sparql?" + urlencode({"query": small_select}), {}),
    ]


def serve(store_path: Path, port: int, **extra_env: str) -> subprocess.Popen:
    env = dict(os.environ, MANDATES_STORE=str(store_path), MANDATES_BASE_IRI=DEFAULT_BASE_IRI,
               MANDATES_QUERY_TIMEOUT=str(int(CLIENT_TIMEOUT)), **extra_env)
    return subprocess.Popen(
        [sys.executable, "-m", "mandate_graph.cli", "serve", "--no-load", "--host", "127.0.0.1", "--port", str(port)],
        cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def process_cpu(process: subprocess.Popen) -> float:
    """CPU seconds (user + system, every thread) the server process has used so far: its own
    start's cost, which the machine's load does not stretch as it stretches the wall time
    (its query workers and lineage build are processes of their own, not counted)."""
    fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(client_base: str, path: str, started: float, process: subprocess.Popen, timeout: float = 300) -> float:
    """Seconds from ``started`` to the first 200 answer of ``path``."""
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        client = Client(client_base)
        try:
            client.get(path)
            return time.perf_counter() - started
        except (OSError, RuntimeError):
            if time.perf_counter() - started > timeout:
                raise
            time.sleep(0.02)
        finally:
            client.close()


def measure(store_path: Path, repeat: int, verbose: bool = False, only: list[str] | None = None,
            settle: float = 0.0) -> dict[str, object]:
    entities = probe(store_path)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    process = serve(store_path, port)
    try:
        health = wait_for(base, "/health", started, process)
        health_cpu = process_cpu(process)
        first_page = wait_for(base, "/api/instruments?limit=5", started, process)
        first_page_cpu = process_cpu(process)
        client = Client(base, timeout=CLIENT_TIMEOUT)
        firsts: dict[str, float] = {}
        medians: dict[str, float] = {}
        errors: dict[str, str] = {}
        table = [r for r in routes(entities) if not only or any(o in r[0] for o in only)]
        for name, url, headers in table:  # first requests, in order, right after the start
            t = time.perf_counter()
            try:
                client.get(url, headers)
            except (RuntimeError, OSError) as exc:  # an error status, or the client's time limit
                errors[name] = f"{type(exc).__name__}: {exc}"[:160]
                client.close()
                client = Client(base, timeout=CLIENT_TIMEOUT)
            firsts[name] = time.perf_counter() - t
            if verbose:
                print(f"    first {name}: {firsts[name] * 1000:.1f} ms", flush=True)
        if settle:  # the medians of a server whose background builds are done (the steady state)
            time.sleep(settle)
        for name, url, headers in table:
            # A first request cut at the client's limit still gets its median: the server may
            # have finished what that request waited for (a whole-store value built in the
            # background). A route that answered an error status has none.
            if name in errors and not errors[name].startswith("TimeoutError"):
                continue
            errors.pop(name, None)
            times: list[float] = []
            while len(times) < repeat and sum(times) < ROUTE_BUDGET:  # a slow route: fewer repeats
                t = time.perf_counter()
                try:
                    client.get(url, headers)
                except (RuntimeError, OSError) as exc:
                    errors[name] = f"{type(exc).__name__}: {exc}"[:160]
                    client.close()
                    client = Client(base, timeout=CLIENT_TIMEOUT)
                    break
                times.append(time.perf_counter() - t)
            if times:
                medians[name] = statistics.median(times)
        client.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a query worker still busy with a long query
            process.kill()
            process.wait()
    return {"health": health, "first_page": first_page, "health_cpu": health_cpu, "first_page_cpu": first_page_cpu,
            "firsts": firsts, "medians": medians, "errors": errors,
            "entities": entities}


UPDATE_TOKEN = "bench-after-write"


def index_current(store_path: Path) -> bool:
    """The search index kept beside the store is of the store's current revision."""
    import sqlite3

    views = store_path / "mandate-graph-views"
    try:
        token = (views / "revision").read_text().strip()
        for path in views.glob("search-*.sqlite"):
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                if db.execute("SELECT revision FROM meta").fetchone()[0] == token:
                    return True
    except (OSError, sqlite3.Error):
        return False
    return False


def statuses_current(store_path: Path) -> bool:
    """The mandates' statuses kept beside the store are of the store's current revision (the
    SQLite file of graph/status_rows.py, or the JSON of the code before)."""
    import sqlite3

    views = store_path / "mandate-graph-views"
    try:
        token = (views / "revision").read_text().strip()
        for sqlite_path in views.glob("statuses.sqlite"):
            from mandate_graph.graph.status_rows import FINGERPRINT  # of these rules: a file of others is rebuilt

            with sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True) as db:
                meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
                if meta.get("revision") == token and meta.get("fingerprint") == FINGERPRINT:
                    return True
        for path in views.glob("statuses-*.json"):
            with path.open("rb") as file:
                if f'{{"revision": "{token}"'.encode() in file.read(len(token) + 64):
                    return True
    except (OSError, sqlite3.Error, TypeError):
        return False
    return False


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def first_answers(store_path: Path, needle: str, *, write: bool = False, timeout: float = 2400) -> dict[str, float]:
    """Start the server; seconds to /health, to the first store page, to the first answers of
    /api/search and /search, and until the search index kept beside the store is current.
    ``write``: then a Graph Store PUT of a new graph, and seconds until its text is found."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    process = serve(store_path, port, MANDATES_UPDATE_TOKEN=UPDATE_TOKEN)
    found: dict[str, float] = {}
    try:
        found["health"] = wait_for(base, "/health", started, process)
        found["health (server CPU s)"] = process_cpu(process)
        found["first_page"] = wait_for(base, "/api/instruments?limit=5", started, process)
        found["first_page (server CPU s)"] = process_cpu(process)
        client = Client(base, timeout=120)
        for name, url, headers in (("/api/search", "/api/search?" + urlencode({"q": needle}), {}),
                                   ("/search", "/search?" + urlencode({"q": needle}), {"Accept": "text/html"}),
                                   ("/api/mandates", "/api/mandates?limit=5", {})):
            t = time.perf_counter()
            try:
                client.get(url, headers)
            except (OSError, RuntimeError) as exc:  # the client's time limit: the figure says how long it waited
                print(f"    {name}: {type(exc).__name__}: {exc}"[:200], flush=True)
                client.close()
                client = Client(base, timeout=120)
            found[f"first {name} (request)"] = time.perf_counter() - t
            found[f"first {name} (since start)"] = time.perf_counter() - started
        while not index_current(store_path) and time.perf_counter() - started < timeout:
            time.sleep(0.2)
        found["search index current"] = time.perf_counter() - started
        while not statuses_current(store_path) and time.perf_counter() - started < timeout:
            time.sleep(0.2)
        found["statuses kept beside the store"] = time.perf_counter() - started
        if write:
            graph = "https://example.org/bench/after-write"
            text = f'<{DEFAULT_BASE_IRI}bench/quail> <http://www.w3.org/2000/01/rdf-schema#label> "bench quails {os.getpid()}" .\n'
            t = time.perf_counter()
            put = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            put.request("PUT", "/store?" + urlencode({"graph": graph}), text.encode(),
                        {"Content-Type": "application/n-triples", "Authorization": f"Bearer {UPDATE_TOKEN}"})
            answer = put.getresponse()
            if answer.status not in (200, 201, 204):
                raise RuntimeError(f"PUT: {answer.status} {answer.read()[:200]!r}")
            put.close()
            found["PUT a graph"] = time.perf_counter() - t
            t = time.perf_counter()
            client.get("/api/search?" + urlencode({"q": "bench quails"}))
            found["first /api/search after the PUT (request)"] = time.perf_counter() - t
            while not index_current(store_path) and time.perf_counter() - t < timeout:
                time.sleep(0.05)
            found["search index current after the PUT"] = time.perf_counter() - t
            t = time.perf_counter()
            client.get("/api/search?" + urlencode({"q": "bench quails"}))
            found["/api/search once current (request)"] = time.perf_counter() - t
            # The statuses after the PUT (a graph with no mandate: brought up to date, not recomputed).
            t = time.perf_counter()
            client.get("/api/mandates?limit=5")
            found["first /api/mandates after the PUT (request)"] = time.perf_counter() - t
        client.close()
    finally:
        stop(process)
    return found


def after_write(sizes: list[int], folder: Path, copies: Path) -> None:
    results: dict[int, dict[str, dict[str, float]]] = {}
    for size in sizes:
        source = synthetic_store(folder / f"synthetic-{size}", size, with_reference=True)
        store_path = copies / f"synthetic-{size}" / "store"
        if not store_path.exists():
            print(f"copying {source} to {store_path} ...", flush=True)
            store_path.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["cp", "-r", str(source), str(store_path)], check=True)
        needle = probe(store_path)["body_label"]
        print(f"{size:,} triples ({store_path}): warming up (values and search index built and kept) ...", flush=True)
        runs = results[size] = {}
        runs["warm-up start"] = first_answers(store_path, needle)
        runs["restart, unchanged store"] = first_answers(store_path, needle)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mandate_graph.cli", "--store", str(store_path), "--base-iri", DEFAULT_BASE_IRI,
                        "load", str(ROOT / "corpus")], cwd=str(ROOT), check=True, stdout=subprocess.DEVNULL)
        print(f"  mandates load corpus/ (server stopped): {time.perf_counter() - t:.1f} s", flush=True)
        runs["start after the load"] = first_answers(store_path, needle, write=True)
        for run, figures in runs.items():
            print(f"  {run}:", flush=True)
            for name, seconds in figures.items():
                print(f"    {name:48} {seconds:8.2f} s", flush=True)
    small, large = sizes[0], sizes[-1]
    reference = results[small]["restart, unchanged store"]["first_page"]
    after = results[large]["start after the load"]["first_page"]
    ratio = after / reference
    print(f"\nfirst store page: {after:.2f} s at {large:,} after a load, {reference:.2f} s at {small:,} on a restart: "
          f"{ratio:.2f}x (limit {COLD_START_LIMIT}x: {'met' if ratio < COLD_START_LIMIT else 'NOT met'})")
    # The same in the server's CPU seconds: the wall times above move with the machine's load
    # (a restart at one size has been 2x another at the same size in one run); these do not.
    for key in ("health (server CPU s)", "first_page (server CPU s)"):
        cpu_reference = results[small]["restart, unchanged store"][key]
        cpu_after = results[large]["start after the load"][key]
        print(f"{key}: {cpu_after:.2f} at {large:,} after a load, {cpu_reference:.2f} at {small:,} on a restart: "
              f"{cpu_after / cpu_reference:.2f}x; "
              + "; ".join(f"{size:,} {run}: {results[size][run][key]:.2f}" for size in sizes
                          for run in ("restart, unchanged store", "start after the load")))
    for size in sizes:
        for run, name in (("restart, unchanged store", "first /api/mandates (request)"),
                          ("start after the load", "first /api/mandates (request)"),
                          ("start after the load", "first /api/mandates after the PUT (request)")):
            seconds = results[size][run].get(name)
            if seconds is not None:
                print(f"{size:,}: {run}: {name} {seconds * 1000:.0f} ms: {seconds * 1000 / LIMIT_MS:.2f}x the {LIMIT_MS:.0f} ms limit")
    for size in sizes:
        figures = results[size]["start after the load"]
        print(f"{size:,}: first /api/search after the load {figures['first /api/search (request)']:.2f} s, "
              f"search index current {figures['search index current']:.1f} s after the start, "
              f"{figures.get('search index current after the PUT', float('nan')):.2f} s after a PUT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,10000000")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/mandates-bench-serve"))
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--verbose", action="store_true", help="print each first request as it is answered")
    parser.add_argument("--only", default="", help="comma-separated parts of route names: measure those routes only")
    parser.add_argument("--settle", type=float, default=0.0,
                        help="seconds to wait after the first requests before the medians (background builds done)")
    parser.add_argument("--after-write", type=Path, default=None, metavar="COPIES",
                        help="measure the start after a write, on copies of the stores in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.after_write is not None:
        after_write(sizes, args.folder, args.after_write)
        return
    results = {}
    for size in sizes:
        store_path = synthetic_store(args.folder / f"synthetic-{size}", size, with_reference=True)
        print(f"measuring {size:,} triples ({store_path}) ...", flush=True)
        results[size] = measure(store_path, args.repeat, args.verbose, [o for o in args.only.split(",") if o],
                                args.settle)
        load = os.getloadavg()[0]
        print(f"  load average {load:.1f}; cold start: /health {results[size]['health']:.2f} s, "
              f"first page {results[size]['first_page']:.2f} s (server CPU {results[size]['health_cpu']:.2f} s, "
              f"{results[size]['first_page_cpu']:.2f} s)", flush=True)
    small, large = sizes[0], sizes[-1]
    a, b = results[small], results[large]
    print(f"\n{'route':46} " + "".join(f"{f'{s // 1_000_000} M first':>11} {f'{s // 1_000_000} M p50':>10} " for s in sizes)
          + f"{'p50/100ms':>10} {'first/100ms':>12}")
    for name in a["firsts"]:  # type: ignore[attr-defined]
        cells = ""
        for s in sizes:
            r = results[s]
            first = r["firsts"].get(name)  # type: ignore[attr-defined]
            median = r["medians"].get(name)  # type: ignore[attr-defined]
            cells += f"{first * 1000:9.1f}ms " if first is not None else f"{'-':>11} "
            cells += f"{median * 1000:8.1f}ms " if median is not None else f"{'error':>10} "
        median = b["medians"].get(name)  # type: ignore[attr-defined]
        first = b["firsts"].get(name)  # type: ignore[attr-defined]
        ratio = f"{median * 1000 / LIMIT_MS:10.2f}" if median is not None else f"{'-':>10}"
        first_ratio = f"{first * 1000 / LIMIT_MS:12.2f}" if first is not None else f"{'-':>12}"
        print(f"{name[:46]:46} {cells}{ratio} {first_ratio}")
    for s in sizes:
        for name, error in results[s]["errors"].items():  # type: ignore[attr-defined]
            print(f"  {s:,}: {name}: {error}")
    for key, label in (("health", "/health"), ("first_page", "first store page"),
                       ("health_cpu", "/health, server CPU s"), ("first_page_cpu", "first store page, server CPU s")):
        ratio = b[key] / a[key]  # type: ignore[operator]
        verdict = "met" if ratio < COLD_START_LIMIT else "NOT met"
        print(f"cold start to {label}: {a[key]:.2f} s at {small:,}, {b[key]:.2f} s at {large:,}: "
              f"{ratio:.2f}x (limit {COLD_START_LIMIT}x: {verdict})")


if __name__ == "__main__":
    main()
