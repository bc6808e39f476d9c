"""A reload skips the files that have not changed (loaders/fingerprint.py): a file whose graph
says it was made from the same bytes by the same extraction (code, base IRI, reference data)
is neither extracted nor written, and the store is exactly what loading it again would make.
Run on a copy of the sample corpus, through the command line as a user runs it and through
the Loader with extraction counted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.store import OxigraphStore
from mandate_graph.graph.store.revision import CHANGES, FOLDER
from mandate_graph.loaders import fingerprint, pipeline
from mandate_graph.loaders.parallel import Extractor
from mandate_graph.loaders.pipeline import Loader
from mandate_graph.loaders.shards import MANIFEST, extract_to_shards
from tests.conftest import BASE, CORPUS

IDS = Identifiers(BASE)
EXPORT_FORMATS = ("nquads", "trig", "turtle", "ntriples", "jsonld", "rdfxml")

BODY = """@prefix mg: <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/tide-board> a mg:Body ; mg:key "tide-board" ; skos:prefLabel "Tide Board"@en ;
    mg:symbolPrefix "TB" .
"""


def mandates(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MANDATES_BASE_IRI": BASE, "COLUMNS": "200"}
    done = subprocess.run([sys.executable, "-m", "mandate_graph.cli", "--store", str(store), *args],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, f"mandates {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def exports(store_folder: Path) -> dict[str, bytes]:
    """Every export format of the store, as `mandates export` writes them."""
    store = OxigraphStore(store_folder)
    try:
        return {fmt: store.export(fmt) for fmt in EXPORT_FORMATS}
    finally:
        store.close()


def changes(store_folder: Path) -> list[list[str] | None]:
    """The graphs of each write recorded beside the store, oldest first."""
    return [json.loads(line)["graphs"] for line in (store_folder / FOLDER / CHANGES).read_text().splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the sample corpus, which the tests edit."""
    copy = tmp_path / "archive"
    shutil.copytree(CORPUS, copy)
    return copy


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files extracted (in this process: the loads here run one worker)."""
    names: list[str] = []
    source_graph = Extractor.source_graph

    def counted(self, source, graph_key):  # type: ignore[no-untyped-def]
        names.append(source.path.name)
        return source_graph(self, source, graph_key)

    monkeypatch.setattr(Extractor, "source_graph", counted)
    return names


def loader(store: OxigraphStore, *reference: Path, base: str = BASE) -> Loader:
    return Loader(store, Identifiers(base), load_registry(base, list(reference)))


def edit(path: Path, how: str) -> None:
    """Change a document's text: a word replaced, a paragraph added, or one character."""
    text = path.read_text(encoding="utf-8")
    if how == "word":
        words = text.split(" ")
        middle = len(words) // 2
        words[middle] = words[middle] + "s"
        text = " ".join(words)
    elif how == "paragraph":
        text += "\n\nThe Conference decided to consider the matter again at its next session.\n"
    else:
        text = text[:-1] + ("." if text[-1] != "." else ";")
    path.write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ the command line


def test_a_second_load_of_an_unchanged_folder_extracts_nothing_and_leaves_every_export_identical(
        folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = mandates(store, "load", str(folder))
    assert "5 loaded, 0 failed, 0 skipped as unchanged" in first.stdout
    before, writes = exports(store), len(changes(store))

    second = mandates(store, "load", str(folder))

    assert "0 loaded, 0 failed, 5 skipped as unchanged" in second.stdout
    assert "triples" not in second.stdout  # no file line: none was extracted
    assert len(changes(store)) == writes  # nothing written, not even the links or reference graphs
    after = exports(store)
    for fmt in EXPORT_FORMATS:
        assert after[fmt] == before[fmt], fmt


def test_one_file_edited_gives_the_store_a_full_reload_gives(folder: Path, tmp_path: Path) -> None:
    """Skipping the unchanged files and writing the edited one leaves the store byte for byte as
    `load --force` of the whole folder does (the documents, the links, the reference graphs)."""
    skipping, forced = tmp_path / "skipping", tmp_path / "forced"
    mandates(skipping, "load", str(folder))
    shutil.copytree(skipping, forced)
    edit(folder / "000_d44268bbfd2a0297.txt", "paragraph")  # the note the links step matches by title

    skipped = mandates(skipping, "load", str(folder))
    full = mandates(forced, "load", "--force", str(folder))

    assert "1 loaded, 0 failed, 4 skipped as unchanged" in skipped.stdout
    assert "000_d44268bbfd2a0297.txt:" in skipped.stdout and "001_" not in skipped.stdout
    assert "5 loaded, 0 failed, 0 skipped as unchanged" in full.stdout
    assert exports(skipping) == exports(forced)


# ------------------------------------------------------------------ the loader, extraction counted


@pytest.mark.parametrize("how", ["word", "paragraph", "character"])
def test_editing_one_file_reloads_exactly_that_file(folder: Path, tmp_path: Path, extracted: list[str],
                                                    how: str) -> None:
    store = OxigraphStore(tmp_path / "store")
    assert all(r.ok and not r.unchanged for r in loader(store).load([folder], workers=1))
    extracted.clear()
    edited = sorted(folder.iterdir())[2]
    edit(edited, how)
    os.utime(sorted(folder.iterdir())[3], (1, 1))  # another file touched, not changed: still skipped
    generation = store.generation

    results = loader(store).load([folder], workers=1)

    assert extracted == [edited.name]
    assert sorted(r.path.name for r in results if r.unchanged) == sorted(p.name for p in folder.iterdir() if p != edited)
    [reloaded] = [r for r in results if not r.unchanged]
    assert reloaded.ok and reloaded.path == edited
    written = store.graphs_written_since(generation)
    assert written is not None and reloaded.graph in written
    assert not {r.graph for r in results if r.unchanged} & set(written)
    store.close()


def test_changing_a_reference_file_reloads_every_file(folder: Path, tmp_path: Path, extracted: list[str]) -> None:
    reference = tmp_path / "tide.ttl"
    reference.write_text(BODY, encoding="utf-8")
    store = OxigraphStore(tmp_path / "store")
    loader(store, reference).load([folder], workers=1)
    extracted.clear()

    assert all(r.unchanged for r in loader(store, reference).load([folder], workers=1))
    assert extracted == []

    reference.write_text(BODY.replace('"Tide Board"@en', '"Tide and Current Board"@en'), encoding="utf-8")
    results = loader(store, reference).load([folder], workers=1)
    assert sorted(extracted) == sorted(p.name for p in folder.iterdir())
    assert all(r.ok and not r.unchanged for r in results)

    extracted.clear()  # and without the user's file, as loaded before it: every file again
    assert not any(r.unchanged for r in loader(store).load([folder], workers=1))
    assert len(extracted) == 5
    store.close()


def test_another_base_iri_or_other_code_gives_another_fingerprint(tmp_path: Path) -> None:
    registry = fingerprint.reference_digest(load_registry(BASE))
    here = fingerprint.extraction_fingerprint(IDS, registry)
    assert here == fingerprint.extraction_fingerprint(Identifiers(BASE), registry)
    assert here != fingerprint.extraction_fingerprint(Identifiers("https://example.org/id/"), registry)
    assert here != fingerprint.extraction_fingerprint(IDS, "0" * 64)

    # the code's digest changes with any file extraction reads, and with no other
    copy = tmp_path / "package"
    for path in fingerprint.code_files():
        target = copy / path.relative_to(fingerprint.PACKAGE_ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    digest = fingerprint.code_digest(copy)
    assert digest == fingerprint.code_digest.__wrapped__(fingerprint.PACKAGE_ROOT)
    (copy / "api").mkdir()
    (copy / "api" / "app.py").write_text("# the server changed\n")
    assert fingerprint.code_digest.__wrapped__(copy) == digest
    rule = copy / "loaders" / "extract" / "relate.py"
    rule.write_text(rule.read_text() + "\n# a rule changed\n")
    assert fingerprint.code_digest.__wrapped__(copy) != digest


def test_the_fingerprint_covers_every_module_extraction_runs(tmp_path: Path) -> None:
    """Each module of the package that a worker imports to extract and emit a file is a file
    of `CODE_FILES` (package __init__ files outside loaders/ hold no extraction code)."""
    script = f"""
import sys
from pathlib import Path
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.parallel import ExtractionJob, Extractor
extractor = Extractor(Identifiers({BASE!r}), load_registry({BASE!r}), fingerprint="0" * 64)  # as a worker gets it
for path in sorted(Path({str(CORPUS)!r}).iterdir()):
    assert extractor(ExtractionJob(path, path.stem)).result.ok
for name, module in sorted(sys.modules.items()):
    if name.startswith("mandate_graph") and getattr(module, "__file__", None):
        print(module.__file__)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    imported = {Path(line).resolve() for line in done.stdout.split()}
    covered = set(fingerprint.code_files())
    allowed = {fingerprint.PACKAGE_ROOT / part / "__init__.py" for part in ("graph", "graph/store")}
    assert imported - covered - allowed == set()
    assert fingerprint.PACKAGE_ROOT / "loaders" / "extract" / "relate.py" in imported


def test_a_file_that_failed_is_tried_again(folder: Path, tmp_path: Path, extracted: list[str]) -> None:
    store = OxigraphStore(tmp_path / "store")
    empty = folder / "later.txt"
    empty.write_text("   \n")
    first = loader(store).load([folder], workers=1)
    assert [r.path.name for r in first if not r.ok] == ["later.txt"]

    # a file that failed is read again each time (and fails again while it is empty)
    again = loader(store).load([folder], workers=1)
    assert [(r.path.name, r.unchanged) for r in again if not r.ok] == [("later.txt", False)]

    # once it can be read, it loads; then it is skipped like the others
    shutil.copyfile(folder / "001_d66ab0158a2fbb92.txt", empty)
    assert [r.ok for r in loader(store).load([folder], workers=1) if r.path == empty] == [True]
    assert all(r.unchanged for r in loader(store).load([folder], workers=1))

    # a file loaded before that now fails keeps its old graph, and is tried at every load
    source = folder / "002_6977d9382272e843.txt"
    text = source.read_bytes()
    source.write_bytes(b"\x00\x01binary" * 100)
    extracted.clear()
    assert [(r.path, r.ok) for r in loader(store).load([folder], workers=1) if not r.unchanged] == [(source, False)]
    assert [(r.path, r.ok) for r in loader(store).load([folder], workers=1) if not r.unchanged] == [(source, False)]
    # its bytes back as its graph says: nothing to do
    source.write_bytes(text)
    assert all(r.unchanged for r in loader(store).load([folder], workers=1))
    store.close()


def test_a_failed_extraction_is_tried_again(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = OxigraphStore(tmp_path / "store")
    broken = folder / "003_c77e2318912434e6.txt"
    source_graph = Extractor.source_graph

    def failing(self, source, graph_key):  # type: ignore[no-untyped-def]
        if source.path == broken:
            raise RuntimeError("a bug in a rule")
        return source_graph(self, source, graph_key)

    monkeypatch.setattr(Extractor, "source_graph", failing)
    assert [r.path for r in loader(store).load([folder], workers=1) if not r.ok] == [broken]
    monkeypatch.setattr(Extractor, "source_graph", source_graph)
    results = loader(store).load([folder], workers=1)
    assert [r.path for r in results if not r.unchanged] == [broken] and all(r.ok for r in results)
    store.close()


def test_force_reloads_every_file(folder: Path, tmp_path: Path, extracted: list[str]) -> None:
    store = OxigraphStore(tmp_path / "store")
    loader(store).load([folder], workers=1)
    extracted.clear()
    results = loader(store).load([folder], workers=1, force=True)
    assert len(extracted) == 5 and not any(r.unchanged for r in results)
    store.close()


def test_a_graph_without_its_fingerprint_or_altered_provenance_is_loaded_again(
        folder: Path, tmp_path: Path, extracted: list[str]) -> None:
    """A graph made before fingerprints (or whose provenance a user changed) is loaded again;
    so is a graph a user dropped."""
    store = OxigraphStore(tmp_path / "store")
    results = loader(store).load([folder], workers=1)
    graphs = sorted(r.graph for r in results if r.graph)
    store.update(f"DELETE WHERE {{ GRAPH <{graphs[0]}> {{ <{graphs[0]}> <{fingerprint.MG.extractionFingerprint}> ?f }} }}")
    store.update(f'INSERT DATA {{ GRAPH <{graphs[1]}> {{ <{graphs[1]}> <{fingerprint.MG.extractionFingerprint}> "other" }} }}')
    store.drop_graphs([graphs[2]])
    extracted.clear()
    again = loader(store).load([folder], workers=1)
    assert sorted(r.graph for r in again if not r.unchanged) == graphs[:3]
    assert len(extracted) == 3
    store.close()


def test_workers_are_sent_only_the_changed_files(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = OxigraphStore(tmp_path / "store")
    loader(store).load([folder], workers=1)
    sent: list[list[str]] = []
    extract_all = pipeline.extract_all

    def recorded(extractor, jobs, workers=1):  # type: ignore[no-untyped-def]
        sent.append([job.path.name for job in jobs])
        return extract_all(extractor, jobs, workers)

    monkeypatch.setattr(pipeline, "extract_all", recorded)
    assert all(r.unchanged for r in loader(store).load([folder], workers=4))
    edit(folder / "004_54f0cafe88ce19c0.txt", "word")
    loader(store).load([folder], workers=4)
    assert sent == [[], ["004_54f0cafe88ce19c0.txt"]]
    store.close()


# ------------------------------------------------------------------ shards and the bulk path


def test_shards_carry_the_fingerprint_and_a_rerun_compares_it(folder: Path, tmp_path: Path) -> None:
    reference = tmp_path / "tide.ttl"
    reference.write_text(BODY, encoding="utf-8")

    def extractor() -> Extractor:
        return Extractor(IDS, load_registry(BASE, [reference])).fingerprinted()

    shards = tmp_path / "shards"
    results, skipped = extract_to_shards([folder], shards, extractor(), workers=1)
    assert (len(results), skipped) == (5, 0)
    lines = [json.loads(line) for line in (shards / MANIFEST).read_text().splitlines()]
    assert {line["fingerprint"] for line in lines} == {extractor().fingerprint}
    assert extract_to_shards([folder], shards, extractor(), workers=1)[1] == 5
    results, skipped = extract_to_shards([folder], shards, extractor(), workers=1, force=True)  # `extract --force`
    assert (len(results), skipped) == (5, 0)

    reference.write_text(BODY.replace("Tide Board", "Tide and Current Board"), encoding="utf-8")
    results, skipped = extract_to_shards([folder], shards, extractor(), workers=1)
    assert (len(results), skipped) == (5, 0)

    # the bulk-loaded graphs carry it too: a load of the same files afterwards skips them all
    store = OxigraphStore(tmp_path / "store")
    bulk = Loader(store, IDS, load_registry(BASE, [reference]))
    bulk.load_shards(shards)
    assert all(r.unchanged for r in bulk.load([folder], workers=1))
    store.close()
