"""The names a reference is resolved against (the /search page's best match, /api/resolve)
are kept beside an on-disk store: a restart on the same store reads them back instead of
querying the whole store, and gives the same answers; a write in between is never answered
from the old names."""

from __future__ import annotations

from pathlib import Path

from mandate_graph.graph.member_values import how_kept
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.graph.resolve import LABELS_FILE, ResolveResult, resolve_reference
from mandate_graph.graph.store import OxigraphStore

BASE = "https://example.org/id/"
IDS = Identifiers(BASE)
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TITLE = "http://purl.org/dc/terms/title"


def _documents(*titles: tuple[str, str]) -> str:
    lines = []
    for key, title in titles:
        iri = f"<{BASE}document/{key}>"
        lines += [f"{iri} <{TYPE}> <{MG.Document}> .", f'{iri} <{TITLE}> "{title}" .']
    body = f"<{BASE}body/x>"
    lines += [f"{body} <{TYPE}> <{MG.Body}> .", f'{body} <{LABEL}> "Working Group on Small Arms" .']
    return "\n".join(lines) + "\n"


def _answers(folder: Path, queries: list[str]) -> tuple[list[ResolveResult], str]:
    """What a freshly opened store answers, and how it found the names beside the store
    (read back, updated from the graphs written, or built: `graph.member_values`)."""
    store = OxigraphStore(folder)
    try:
        answers = [resolve_reference(q, store, IDS, BodyRegistry()) for q in queries]
        return answers, how_kept(store)[LABELS_FILE]
    finally:
        store.close()


QUERIES = ["Report on firearms", "report on  FIREARMS.", "Working Group on Small Arms", "Report on firearm",
           "Annual review", "nothing like this at all"]


def test_a_restart_reads_the_names_back_and_answers_the_same(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _documents(("a", "Report on firearms"), ("b", "Annual review"),
                                                            ("c", "Annual review"))})
    store.close()
    first, how = _answers(tmp_path / "store", QUERIES)
    assert how == "built"
    assert [a.status for a in first] == ["found", "found", "found", "not_found", "ambiguous", "not_found"]
    assert first[0].iri == f"{BASE}document/a" and first[2].iri == f"{BASE}body/x"
    assert f"{BASE}document/a" in [iri for iri, _ in first[3].candidates]  # a close match
    again, how = _answers(tmp_path / "store", QUERIES)
    assert how == "read back"
    assert again == first


def test_a_write_between_two_runs_is_never_answered_from_the_old_names(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({IDS.source_graph("a"): _documents(("a", "Report on firearms"))})
    store.close()
    assert _answers(tmp_path / "store", ["Report on firearms"])[0][0].status == "found"
    store = OxigraphStore(tmp_path / "store")  # another process: `mandates load`
    store.replace_graphs({IDS.source_graph("b"): _documents(("b", "Report on ammunition"))})
    store.drop_graphs([IDS.source_graph("a")])
    store.close()
    answers, how = _answers(tmp_path / "store", ["Report on firearms", "Report on ammunition"])
    assert how == "updated"  # from the two graphs written, not the whole store
    assert answers[0].status == "not_found" and answers[1].iri == f"{BASE}document/b"
