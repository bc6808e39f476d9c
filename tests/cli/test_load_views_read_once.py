"""After `mandates load`, the views kept beside the store read the graphs the load wrote from
their quads, parsed once for every view (`graph.subject_quads.SubjectQuads.by_predicate`), where
they asked the store by SPARQL, graph by graph: every table of every view file has the same rows
either way (the meta rows, which name revisions, left out), after a load of one more document, of
a document again with half its text, and of documents whose names and titles vary."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mandate_graph.graph import member_values, subject_quads
from mandate_graph.graph.store.revision import FOLDER
from tests.cli.test_load_views import FIRST, LATER, build_views, mandates_load


def view_rows(store: Path) -> dict[str, list[str]]:
    """Every table of every view file beside ``store`` as sorted rows, by file and table; the
    lineage view's files (one named by its revision, an overlay beside it) by table alone."""
    found: dict[str, list[str]] = {}
    for path in sorted((store / FOLDER).glob("*.sqlite")):
        name = "lineage-view" if path.name.startswith("lineage-view-") else "search" if path.name.startswith("search-") \
            else path.name
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
                if table != "meta":
                    found.setdefault(f"{name} {table}", []).extend(map(repr, db.execute(f'SELECT * FROM "{table}"')))
    return {key: sorted(rows) for key, rows in found.items()}


@pytest.fixture(scope="module")
def views_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the sample corpus but one document, every view built beside it (a server ran)."""
    store = tmp_path_factory.mktemp("read-once") / "store"
    done = mandates_load(store, *FIRST)
    assert done.exit_code == 0, done.output
    build_views(store)
    return store


def loaded_both_ways(views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     *paths: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The view files after loading ``paths`` into two copies of the store: as `mandates load`
    does now, and with every view asking the store, graph by graph, as before."""
    found = []
    for by_sparql in (False, True):
        store = tmp_path / ("by-sparql" if by_sparql else "read-once") / "store"
        shutil.copytree(views_built, store)
        with monkeypatch.context() as patch:
            if by_sparql:
                patch.setattr(subject_quads.SubjectQuads, "by_predicate", lambda self, graph: None)
                patch.setattr(member_values, "BESIDES_MAX", -1)
            done = mandates_load(store, *paths)
        assert done.exit_code == 0, done.output
        assert "views beside the store:" in done.output
        found.append(view_rows(store))
    return found[0], found[1]


def test_one_more_document_gives_the_same_view_rows(views_built: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    read_once, by_sparql = loaded_both_ways(views_built, tmp_path, monkeypatch, LATER)
    assert read_once.keys() == by_sparql.keys()
    assert any(key.startswith("statistics.sqlite") for key in read_once)
    assert any(key.startswith("entity-labels.sqlite") for key in read_once)
    for key in read_once:
        assert read_once[key] == by_sparql[key], key


def test_a_document_loaded_again_with_half_its_text_gives_the_same_view_rows(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    again = tmp_path / "again"
    again.mkdir()
    for source in FIRST[:2]:  # the same names: each replaces its own graph, half of what it said gone
        text = source.read_text(encoding="utf-8")
        (again / source.name).write_text(text[: len(text) // 2], encoding="utf-8")
    read_once, by_sparql = loaded_both_ways(views_built, tmp_path, monkeypatch, *sorted(again.iterdir()))
    assert read_once == by_sparql


def test_documents_with_other_names_and_titles_give_the_same_view_rows(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    varied = tmp_path / "varied"
    varied.mkdir()
    text = LATER.read_text(encoding="utf-8")
    for number, (old, new) in enumerate((("Security Council", "General Assembly"), ("resolution", "decision"),
                                         ("Secretary-General", "Human Rights Council"))):
        (varied / f"varied_{number}.txt").write_text(text.replace(old, new), encoding="utf-8")
    read_once, by_sparql = loaded_both_ways(views_built, tmp_path, monkeypatch, *sorted(varied.iterdir()))
    assert read_once == by_sparql


def test_the_predicates_of_a_path_are_read_only_from_single_steps() -> None:
    spec = member_values.MemberSpec(("urn:t",), (("l", "skos:notation|rdfs:label"), ("n", "<urn:p>")))
    assert spec.predicates() == (("l", frozenset({"http://www.w3.org/2004/02/skos/core#notation",
                                                  "http://www.w3.org/2000/01/rdf-schema#label"})),
                                 ("n", frozenset({"urn:p"})))
    for path in ("mg:issuedBy/skos:prefLabel", "^mg:issuedBy", "rdfs:label*", "nope:thing", "<urn:a b>"):
        assert member_values.MemberSpec(("urn:t",), (("x", path),)).predicates() is None, path
