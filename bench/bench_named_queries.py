"""Named queries with their parameters written in place against bound by a VALUES block.

    python bench/bench_named_queries.py [--folder /tmp/syn-1m] [--triples 1000000] [--repeat 5]
    python bench/bench_named_queries.py --store /tmp/mandates-bench-serve/synthetic-1000000/store

On the synthetic graph (bench/synthetic_store.py; kept in ``--folder`` between runs), every
named query of ``queries/`` runs with parameters taken from the graph (an entity of the kind
each parameter names), once with `bind_values` (IRIs in place of their variable where that
means the same) and once with `bind_with_values_block` (every parameter in a VALUES block,
the binding before), interleaved so that both see the same machine load. ``--store`` reads a
store that exists instead (opened read-only, never rebuilt: a store other benches share). Prints the median
of each, their ratio, and whether the answers agree (row counts; SAMPLE columns aside, the
answers are compared in tests/api/test_named_queries.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from bench.synthetic_store import synthetic_store  # noqa: E402
from mandate_graph.graph.named_queries import NamedQuery, load_named_queries  # noqa: E402
from mandate_graph.graph.store import OxigraphStore  # noqa: E402
from mandate_graph.graph.store.sparql_text import bind_values, bind_with_values_block  # noqa: E402

# An entity for each parameter name, found in the graph: the first of the kind the query wants.
PROBES = {
    "body": "SELECT ?x WHERE { ?i mg:requests ?x } LIMIT 1",
    "parent": "SELECT ?x WHERE { ?b org:subOrganizationOf ?x } LIMIT 1",
    "issuer": "SELECT ?x WHERE { ?i mg:issuedBy ?x } LIMIT 1",
    "session": "SELECT ?x WHERE { ?i mg:adoptedAt ?x . ?d mg:submittedTo ?x } LIMIT 1",
    "instrument": "SELECT ?x WHERE { ?x mg:cites ?y . ?z mg:cites ?x . ?d mg:pursuantTo ?x } LIMIT 1",
    "entity": "SELECT ?x WHERE { ?x mg:cites ?y . ?z mg:cites ?x } LIMIT 1",
}


def parameters(store: OxigraphStore, query: NamedQuery) -> dict[str, ox.NamedNode] | None:
    """IRI parameters from the graph; None when one it requires has no probe."""
    out: dict[str, ox.NamedNode] = {}
    for p in query.parameters:
        if p.type != "iri":
            continue
        if p.name not in PROBES:
            if p.required:
                return None
            continue
        rows = list(store.query(PROBES[p.name]))  # type: ignore[arg-type]
        if rows:
            out[p.name] = rows[0]["x"]
    return out


def timed(store: OxigraphStore, text: str) -> tuple[float, int]:
    started = time.perf_counter()
    rows = len(list(store.query(text)))  # type: ignore[arg-type]
    return time.perf_counter() - started, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/mandates-bench-synthetic-1m"))
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, help="an existing store, opened read-only (no --folder build)")
    parser.add_argument("--only", help="comma-separated query names (default: every query)")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None

    path = args.store if args.store is not None else synthetic_store(args.folder, args.triples)
    store = OxigraphStore(path, read_only=True)
    print(f"{len(store._store):,} quads; median of {args.repeat} runs each, interleaved\n")
    print(f"{'query':26} {'parameters':40} {'VALUES ms':>10} {'in place ms':>12} {'ratio':>7}  rows")
    for name, query in sorted(load_named_queries().items()):
        if only is not None and name not in only:
            continue
        bindings = parameters(store, query)
        if bindings is None:
            print(f"{name:26} (no entity in the synthetic graph for a required parameter)")
            continue
        sparql = query.text_for(bindings)
        inline = bind_values(sparql, bindings) if bindings else sparql
        by_values = bind_with_values_block(sparql, bindings) if bindings else sparql
        before, after, counts = [], [], set()
        for _ in range(args.repeat):
            seconds, rows = timed(store, by_values)
            before.append(seconds)
            counts.add(("values", rows))
            seconds, rows = timed(store, inline)
            after.append(seconds)
            counts.add(("inline", rows))
        a, b = statistics.median(before) * 1000, statistics.median(after) * 1000
        shown = ", ".join(f"{k}={v.value.rsplit('/id/', 1)[-1]}" for k, v in bindings.items()) or "(none)"
        agree = "same rows" if len({rows for _, rows in counts}) == 1 else f"DIFFERENT {sorted(counts)}"
        print(f"{name:26} {shown[:40]:40} {a:10.1f} {b:12.1f} {b / a:7.2f}  {max(r for _, r in counts)} {agree}", flush=True)
    store.close()


if __name__ == "__main__":
    main()
