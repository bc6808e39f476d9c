"""`/sources` lists every loaded file with the document it holds, named by the document's
least label or symbol (read by document: no join over every label of the store)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.graph.context import Context
from mandate_graph.graph.source_spans import read_loaded_sources


def test_every_loaded_file_is_listed_with_its_documents_least_name(loaded_ctx: Context) -> None:
    sources = read_loaded_sources(loaded_ctx.store, loaded_ctx.ids)
    files = {row["f"].value for row in loaded_ctx.store.query(
        "SELECT ?f WHERE { GRAPH ?g { ?g a mg:SourceGraph ; mg:sourceFile ?f } }")}
    assert [s.file_name for s in sources] == sorted(files) and len(files) >= 5
    for source in sources:
        assert source.document is not None
        names = sorted(row["l"].value for row in loaded_ctx.store.query(
            f"SELECT ?l WHERE {{ <{source.document}> skos:notation|rdfs:label ?l }}"))
        assert source.document_label == names[0], source.file_name
    page = TestClient(create_app(loaded_ctx)).get("/sources", headers={"Accept": "text/html"})
    assert page.status_code == 200
    for source in sources:
        assert source.file_name in page.text and str(source.document_label) in page.text
