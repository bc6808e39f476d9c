"""A name the graph lacks: `/api/resolve` (and every IRI parameter of a named query) answers
"not found" with the entities whose names look like it, and reads a bounded number of names to
find them (`graph.resolve.close_matches`: the label rows of the lengths nearest the text's, at
most `CLOSE_MATCH_ROWS`, and the names containing the text from the search index). On the
sample corpus the answers are the same as when every name is read."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.graph import resolve, search_index
from mandate_graph.graph.context import Context
from tests.conftest import CORPUS, loader_for, make_context

# Present (found, or several: ambiguous) and absent (misspelt, an id path or a citation the
# corpus lacks, a name of nothing, other scripts) names.
NAMES = [
    "Working Group on Firearms", "working group on trafficking in persons", "COP 11", "resolution 7/1",
    "decision 2/2", "CTOC/COP/WG.4/2021/6", "cop-untoc/resolution/7/1", "General Assembly",
    "eleventh session of the Conference", "firearms", "session", "cop",
    "Working Group on Firarms", "Wrking Grop on Fireams", "working group on firearm", "cop-untoc/wg-firearm",
    "session/cop-untoc/99", "cop-untoc/resolution/99/1", "COP 99", "resolution 5/4", "Commission on Crime Prevention",
    "Report of the Conference of the Parties to the United Nations Convention",
    "Conférence des Parties à la Convention", "ΣΥΝΕΔΡΙΟ ΤΩΝ ΜΕΡΩΝ", "zzyzx quorum of kiwis", "12345 67890", "xq",
    "the the the the",
]


@pytest.fixture(scope="module")
def corpus_ctx() -> Iterator[Context]:
    ctx = make_context()
    assert all(r.ok for r in loader_for(ctx).load([CORPUS]))
    yield ctx
    ctx.close()


def answers(ctx: Context) -> dict[str, tuple[int, dict[str, object]]]:
    client = TestClient(create_app(ctx), raise_server_exceptions=False)
    found = {}
    for name in NAMES:
        response = client.get("/api/resolve", params={"ref": name})
        found[name] = (response.status_code, response.json())
    return found


def test_absent_names_get_the_candidates_of_every_name_read(corpus_ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every name read (no search index: the names containing the text by reading them all).
    monkeypatch.setattr(resolve, "CLOSE_MATCH_ROWS", 10**9)
    assert search_index.names_containing(corpus_ctx.store, corpus_ctx.ids.base, "firearms") is None
    every_name = answers(corpus_ctx)
    # Bounded: the search index built, and fewer label rows read than the corpus has
    # (it has ~330; most of these names have over 200 of a possible length).
    search_index.index_for(corpus_ctx.store, corpus_ctx.ids.base).update(corpus_ctx.store)
    assert search_index.names_containing(corpus_ctx.store, corpus_ctx.ids.base, "firearms")
    rows = resolve.entity_labels(corpus_ctx.store, corpus_ctx.ids).read("SELECT count(*) FROM labels")[0][0]
    monkeypatch.setattr(resolve, "CLOSE_MATCH_ROWS", 200)
    assert rows > 200
    bounded = answers(corpus_ctx)
    assert bounded == every_name
    statuses = {name: status for name, (status, _) in bounded.items()}
    assert statuses["Working Group on Firearms"] == 200 and statuses["resolution 7/1"] == 200
    assert statuses["Working Group on Firarms"] == 404 and statuses["session/cop-untoc/99"] == 404
    # A misspelt name still offers what it misspells.
    misspelt = bounded["Wrking Grop on Fireams"][1]
    assert "body/cop-untoc/wg-firearms" in {c["id"] for c in misspelt["candidates"]}  # type: ignore[union-attr]
