"""An on-disk Oxigraph store holding the synthetic graph of bench/make_synthetic.py, built once
and kept for the next run (a 10 M-triple store takes minutes to build).

    store_path = synthetic_store(Path("/tmp/syn-1m"), triples=1_000_000)

The folder holds ``synthetic.nt`` (deleted once loaded), the store in ``store/`` and
``built.json`` (what was built, and how long it took); a folder without ``built.json``, or
with other parameters, is rebuilt. The
graph goes into one named graph, ``graph/synthetic``, with the bulk loader (`Store.bulk_load`),
as `mandates load --bulk` does.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_synthetic import generate  # noqa: E402
from mandate_graph.graph.identifiers import Identifiers  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from mandate_graph.graph.store import OxigraphStore  # noqa: E402


def synthetic_store(folder: Path, triples: int, seed: int = 7, with_reference: bool = False) -> Path:
    """The path of the store (``folder/store``), built when it is missing or was built with
    other parameters. ``with_reference``: the vocabulary and reference graphs too, and the
    links between documents, as `mandates load --bulk` leaves a store."""
    marker = folder / "built.json"
    wanted = {"triples": triples, "seed": seed, "with_reference": with_reference}
    if marker.exists():
        built = json.loads(marker.read_text())
        if {k: built.get(k) for k in wanted} == wanted:
            return folder / "store"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    data = folder / "synthetic.nt"
    started = time.perf_counter()
    count = generate(data, triples, seed=seed)
    generated = time.perf_counter() - started
    store = OxigraphStore(folder / "store")
    started = time.perf_counter()
    ids = Identifiers(DEFAULT_BASE_IRI)
    store.bulk_load(data, ids.source_graph("synthetic"))
    if with_reference:
        from mandate_graph.graph.reference import load_registry
        from mandate_graph.loaders.pipeline import Loader

        loader = Loader(store, ids, load_registry(DEFAULT_BASE_IRI))
        loader.ensure_reference()
        loader.link_documents()
    store.close()
    loaded = time.perf_counter() - started
    data.unlink()
    marker.write_text(json.dumps({**wanted, "count": count, "generate_s": round(generated, 1),
                                  "bulk_load_s": round(loaded, 1)}))
    print(f"built {folder / 'store'}: {count:,} triples, generated in {generated:.1f} s, "
          f"bulk-loaded in {loaded:.1f} s", flush=True)
    return folder / "store"
