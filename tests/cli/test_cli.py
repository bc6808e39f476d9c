"""The `mandates` command line, run as users run it: a real process on a real on-disk store."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import BASE, CORPUS

MANDATES = [sys.executable, "-m", "mandate_graph.cli"]


def mandates(store: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MANDATES_BASE_IRI": BASE, "COLUMNS": "200"}
    done = subprocess.run(
        [*MANDATES, "--store", str(store), *args], capture_output=True, text=True, env=env, timeout=120
    )
    if check and done.returncode:
        raise AssertionError(f"mandates {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def quad_count(store: Path) -> int:
    out = mandates(store, "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "json").stdout
    return int(json.loads(out)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def loaded_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    done = mandates(store, "load", str(CORPUS), "--report")
    assert "5 loaded, 0 failed" in done.stdout
    # the note that prints no symbol is linked to the one the agenda cites it under
    assert "linked 1 document(s)" in done.stdout
    return store


def test_load_reports_each_file_and_relation_counts(loaded_store: Path) -> None:
    done = mandates(loaded_store, "load", str(CORPUS / "000_d44268bbfd2a0297.txt"), "--report", "--force")
    assert "000_d44268bbfd2a0297.txt:" in done.stdout and "triples" in done.stdout
    assert "total" in done.stdout and "mentions" in done.stdout


def test_loading_twice_leaves_the_same_triples(loaded_store: Path) -> None:
    before = quad_count(loaded_store)
    mandates(loaded_store, "load", str(CORPUS))
    assert quad_count(loaded_store) == before > 1000


def test_validate_reports_no_violations_on_the_corpus(loaded_store: Path) -> None:
    done = mandates(loaded_store, "validate")
    assert "conforms" in done.stdout


def test_validate_catches_a_relation_without_evidence(tmp_path: Path) -> None:
    store = tmp_path / "store"
    mandates(store, "load", str(CORPUS / "000_d44268bbfd2a0297.txt"))
    # A hand-written edge with no evidence node behind it is a defect the shapes catch.
    from mandate_graph.graph.store import OxigraphStore

    raw = OxigraphStore(store)
    raw.update(
        f"INSERT DATA {{ GRAPH <{BASE}graph/manual> {{ <{BASE}instrument/cop-untoc/resolution/1/1> "
        f"<https://w3id.org/mandate-graph/ontology#requests> <{BASE}body/ga> }} }}"
    )
    raw.close()
    done = mandates(store, "validate", check=False)
    assert done.returncode == 1
    assert "no evidence" in done.stderr


BAD_FILES = {
    "empty.txt": (b"", "the file is empty"),
    "picture.txt": (bytes(range(256)) * 8, "binary file"),
    "latin1.txt": ("Résolution 7/1 adoptée à Vienne".encode("latin-1"), "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_input_is_refused_and_the_store_is_unchanged(loaded_store: Path, tmp_path: Path, name: str) -> None:
    data, problem = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    before = mandates(loaded_store, "export", "--format", "nquads").stdout
    done = mandates(loaded_store, "load", str(bad), check=False)
    assert done.returncode == 1
    error_lines = [line for line in done.stderr.splitlines() if problem in line]
    assert len(error_lines) == 1 and str(bad) in error_lines[0], done.stderr
    assert mandates(loaded_store, "export", "--format", "nquads").stdout == before


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_note.txt").write_text((CORPUS / "001_d66ab0158a2fbb92.txt").read_text())
    store = tmp_path / "store"
    done = mandates(store, "load", str(folder), check=False)
    assert done.returncode == 1
    assert "1 loaded, 1 failed" in done.stdout
    assert quad_count(store) > 100


def test_stats_and_export(loaded_store: Path, tmp_path: Path) -> None:
    stats = mandates(loaded_store, "stats").stdout
    assert "5 source documents" in stats and "Resolution" in stats
    out = tmp_path / "dump.trig"
    mandates(loaded_store, "export", "--format", "trig", "--output", str(out))
    import rdflib

    dataset = rdflib.Dataset()
    dataset.parse(out, format="trig")
    assert len(list(dataset.graphs())) >= 7


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int, cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MANDATES_BASE_IRI": BASE}
    return subprocess.Popen(
        [*MANDATES, "--store", str(store), "serve", "--port", str(port), "--corpus", str(CORPUS)],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(url: str, seconds: float = 120) -> httpx.Response:  # a first start loads the corpus: a minute on a loaded machine
    deadline = time.monotonic() + seconds
    while True:
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_loads_the_corpus_once_and_keeps_data_across_restarts(tmp_path: Path) -> None:
    store, port = tmp_path / "store", free_port()
    query = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/mandate-graph/ontology#Document> }"}
    counts = []
    for _ in range(2):
        server = start_server(store, port, tmp_path)
        try:
            assert wait_for(f"http://127.0.0.1:{port}/health").json()["status"] == "ok"
            answer = httpx.get(  # the first query starts a query worker: more than httpx's 5 s when loaded
                f"http://127.0.0.1:{port}/sparql", params=query, headers={"Accept": "application/sparql-results+json"},
                timeout=60,
            )
            counts.append(int(answer.json()["results"]["bindings"][0]["n"]["value"]))
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert counts[0] == counts[1] >= 5


def test_lineage_help_lists_every_export_format() -> None:
    """`mandates lineage --help` names the formats without importing the exporters."""
    from mandate_graph.cli.lineage import EXPORT_FORMATS
    from mandate_graph.graph.lineage_export import FORMATS

    assert EXPORT_FORMATS == tuple(FORMATS)


def test_a_missing_path_is_reported_and_the_rest_loaded(tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = mandates(store, "load", str(tmp_path / "nowhere.txt"), str(CORPUS / "004_54f0cafe88ce19c0.txt"), check=False)
    assert done.returncode == 1
    assert f"{tmp_path / 'nowhere.txt'}: no such file or folder" in done.stderr
    assert "1 loaded, 1 failed" in done.stdout
