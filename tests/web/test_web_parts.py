"""The web interface's pure parts and its JSON for the source view, without a browser."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient

from mandate_graph.api.source_files import find_source_text
from mandate_graph.api.web.entity_view import group_relations, phrase
from mandate_graph.api.web.source_markup import mark_text
from mandate_graph.graph.source_spans import fact_spans, loaded_sources


def test_overlapping_spans_mark_every_piece_with_the_facts_covering_it() -> None:
    html = str(mark_text("abcdefghij<", [{"start": 1, "end": 5, "anchor": "ev-a"}, {"start": 3, "end": 8, "anchor": "ev-b"},
                                         {"start": 9, "end": 99, "anchor": "ev-outside"}]))
    assert html == ('a<a id="ev-a" class="anchor"></a><mark class="fact d1" data-ev="ev-a" tabindex="0">bc</mark>'
                    '<a id="ev-b" class="anchor"></a><mark class="fact d2" data-ev="ev-a ev-b" tabindex="0">de</mark>'
                    '<mark class="fact d1" data-ev="ev-b" tabindex="0">fgh</mark>ij&lt;')


def test_relations_grouped_by_meaning_and_literals_as_facts() -> None:
    view = group_relations({
        "citedBy": [{"id": "instrument/x/resolution/2/1", "evidence": []}],
        "establishedBy": [{"id": "instrument/x/decision/1/1", "evidence": []}],
        "adoptedOn": [{"value": "2020-10-16", "evidence": []}],
        "somethingNew": [{"id": "body/y", "evidence": []}],
    })
    assert [g.title for g in view.groups] == ["Created by", "Cited by", "Other relations"]
    assert view.groups[0].rows[0].phrase == "established by"
    assert view.facts == [("adoptedOn", [{"value": "2020-10-16", "evidence": []}])]
    assert phrase("adoptedOn") == "adopted on" and phrase("mg:heldUntil") == "held until"


def test_a_source_file_is_found_only_with_the_text_it_was_loaded_from(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "doc.txt"
    path.write_text("Recalling its resolution 10/6,\r\n", encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    found = find_source_text("doc.txt", digest, [tmp_path])
    assert found.text == "Recalling its resolution 10/6,\n" and found.problem is None
    changed = find_source_text("doc.txt", "0" * 64, [tmp_path])
    assert changed.text is None and "has changed since it was loaded" in str(changed.problem)
    missing = find_source_text("other.txt", digest, [tmp_path])
    assert missing.text is None and "other.txt: not found in" in str(missing.problem)


def test_source_json_gives_the_text_and_spans_that_quote_it(loaded_ctx, corpus_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mandate_graph.api.app import create_app

    monkeypatch.setenv("MANDATES_SOURCES", str(corpus_dir))
    sources = loaded_sources(loaded_ctx.store, loaded_ctx.ids)
    assert len(sources) == len(list(corpus_dir.glob("*.txt")))
    client = TestClient(create_app(loaded_ctx))
    listing = client.get("/api/sources").json()
    assert {s["file"] for s in listing["items"]} == {p.name for p in corpus_dir.glob("*.txt")}
    key = sources[0].key
    view = client.get(f"/api/sources/{key}").json()
    assert view["problem"] is None and len(view["text"]) == view["length"]
    assert len(view["spans"]) == len(fact_spans(loaded_ctx.store, sources[0].graph)) > 0
    # Every span lies in the text, and most quotes are their span verbatim (the others drop markup).
    verbatim = sum(view["text"][s["start"]:s["end"]] == s["quote"] for s in view["spans"])
    assert all(0 <= s["start"] < s["end"] <= view["length"] for s in view["spans"])
    assert verbatim > len(view["spans"]) / 2
    first = view["spans"][0]
    link = client.get("/api/evidence-link", params={"document": first_document(view), "quote": first["quote"]}).json()
    assert link["source"].startswith(f"/source/{key}#ev-")
    assert client.get("/api/sources/no-such-file").status_code == 404
    page = client.get(f"/source/{key}")
    assert page.status_code == 200
    assert all(f'<a id="{s["anchor"]}" class="anchor">' in page.text for s in view["spans"])
    assert '<mark class="fact' in page.text


def first_document(view: dict) -> str:  # type: ignore[type-arg]
    return view["document"]


def test_values_are_read_again_after_a_write() -> None:
    from mandate_graph.graph.generations import PerGeneration

    class Store:
        generation = 0

    store, memo, calls = Store(), PerGeneration(), []

    def compute(_: object) -> int:
        calls.append(store.generation)
        return len(calls)

    assert memo.get(store, "x", compute) == 1
    assert memo.get(store, "x", compute) == 1  # kept
    store.generation += 1  # what every write through the store does
    assert memo.get(store, "x", compute) == 2
    assert memo.get(Store(), "x", compute) == 3  # another store, its own value


def test_a_mandate_page_shows_its_status_and_what_answered_it(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    from mandate_graph.api.app import create_app
    from mandate_graph.graph.status import statuses

    fulfilled = next(m for m in statuses.get(loaded_ctx.store) if m.status == "fulfilled" and m.fulfilled_by)
    answer = str(fulfilled.fulfilled_by[0].iri).removeprefix(loaded_ctx.ids.base)
    page = TestClient(create_app(loaded_ctx)).get("/id/" + fulfilled.iri.removeprefix(loaded_ctx.ids.base),
                                                  headers={"Accept": "text/html"})
    assert page.status_code == 200
    status = page.text.split('id="status-h"', 1)[1].split("</section>", 1)[0]
    assert 'class="badge status-fulfilled">fulfilled<' in status
    assert f'href="/id/{answer}"' in status and "show in the source text" in status
