"""The mandate tracker's rows kept with the statuses (graph/tracker_table.py, api/web/tracker_rows.py):
what `/mandates` and the home page show is what the tracker computed in Python from every status
and label; after a load or a Graph Store PUT only the rows the write touched are made again, and
they are the rows a build from scratch makes; a restart reads them back; the addressee filter
takes a label or a part of one."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.routes_sparql import HttpLimits
from mandate_graph.api.models import MandateStatusModel
from mandate_graph.api.web import routes as web_routes
from mandate_graph.graph import tracker_table
from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.status import statuses
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import FOLDER
from tests.conftest import CORPUS, loader_for, make_context

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())


# ------------------------------------------------------------------------------ the reference


def rows_in_python(store: GraphStore, ids: Identifiers) -> list[dict[str, Any]]:
    """The tracker's rows as it computed them before they were kept (every status, every label
    read, the short labels from the whole table), in its order."""
    items = statuses.get(store)
    iris = {i for m in items for i in (m.instrument, m.addressee, m.due_at) if i} | {
        lk.iri for m in items for lk in m.fulfilled_by + m.renewed_by}
    infos = EntityReader(store, ids).infos(sorted(iris))
    refs = {i: ids.parse(i) for i in iris}
    issuers = Counter(r.issuer for r in refs.values() if isinstance(r, InstrumentRef))
    home = min(issuers, key=lambda o: (-issuers[o], o)) if issuers else None
    labels = {}
    for iri in iris:
        ref, label = refs[iri], infos[iri].label
        if isinstance(ref, InstrumentRef) and ref.issuer == home:
            label = f"{ref.kind} {ref.session}/{ref.number}"
        elif isinstance(ref, GatheringRef) and ref.body == home and " of the " in label:
            label = label.split(" of the ", 1)[0]
        labels[iri] = label
    rows = []
    for m in items:
        d = MandateStatusModel.from_status(m, ids.base).model_dump()
        rows.append({**d, "status": "due" if d["status"] == "open" and d["dueAt"] else d["status"],
                     "instrument_label": labels[m.instrument], "addressee_label": labels[m.addressee],
                     "due_label": labels[m.due_at] if m.due_at else None,
                     "answers": [{**f, "id": str(f["iri"]).removeprefix(ids.base), "label": labels[str(f["iri"])]}
                                 for f in d["fulfilledBy"] + d["renewedBy"]]})
    return sorted(rows, key=lambda r: (r["instrument_label"], r["addressee_label"], r["action"]))


def searchable(row: dict[str, Any]) -> list[str]:
    return [row["instrument_label"], row["addressee_label"], row["action"], row["due_label"] or "",
            *row["tasks"], *(e["quote"] or "" for e in row["evidence"])]


def expected(rows: list[dict[str, Any]], status: str | None = None, action: str | None = None,
             addressee: str | None = None, q: str | None = None) -> list[str]:
    """The ids of the rows the filters keep, as the tracker filtered them in Python (an
    addressee: the label, or when no row has it, the labels holding it ignoring case)."""
    exact = addressee is not None and any(r["addressee_label"] == addressee for r in rows)
    kept = []
    for row in rows:
        if status and row["status"] != status or action and row["action"] != action:
            continue
        if addressee and (row["addressee_label"] != addressee if exact else addressee.lower() not in row["addressee_label"].lower()):
            continue
        if q and not any(q.lower() in t.lower() for t in searchable(row)):
            continue
        kept.append(row["id"])
    return kept


def every_row(ctx: Context) -> list[dict[str, Any]]:
    tracker = web_routes._tracker(ctx.store, ctx.ids)
    total, rows = tracker.page(0, 100_000)
    assert total == len(rows) == tracker.total()
    return rows


def kept_tables(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    rows = statuses.rows(ctx.store)
    return {table: rows.read(f"SELECT * FROM {table} ORDER BY 1, 2") for table in tracker_table._TABLES}


def rebuilt(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    """The tracker's tables built from scratch on the same statuses."""
    rows = statuses.rows(ctx.store)
    with rows.transaction() as db:
        db.execute("UPDATE meta SET value = 'test' WHERE name = 'tracker_stale'")
    assert tracker_table.bring_up_to_date(ctx.store, rows, ctx.ids).how == "built"
    return kept_tables(ctx)


def _app(ctx: Context) -> TestClient:
    from mandate_graph.api.app import create_app

    app = create_app(ctx)
    app.state.limits = HttpLimits(update_token="secret")
    return TestClient(app)


def _ids_on_page(html: str) -> list[str]:
    return re.findall(r'<tr data-status="[a-z]+"[^>]* data-id="([^"]+)"', html)


def _wait_current(client: TestClient) -> None:
    deadline = time.monotonic() + 120
    while client.get("/health").json()["values"] != "current" and time.monotonic() < deadline:
        time.sleep(0.05)


# ------------------------------------------------------------------------------ the tests


def test_the_tracker_shows_and_filters_what_it_computed_in_python(loaded_ctx: Context) -> None:
    rows = rows_in_python(loaded_ctx.store, loaded_ctx.ids)
    tracker = web_routes._tracker(loaded_ctx.store, loaded_ctx.ids)
    assert every_row(loaded_ctx) == rows
    addressee, action = rows[0]["addressee_label"], rows[-1]["action"]
    task = next(t for r in rows for t in r["tasks"] if len(t) > 20)
    part = next(r["addressee_label"] for r in rows if r["addressee_label"].startswith("Working Group"))
    cases: list[dict[str, Any]] = [{}, {"status": "open"}, {"status": "due"}, {"status": "fulfilled"}, {"action": action},
                                   {"addressee": addressee}, {"q": task[5:20].upper()}, {"q": "ConFerence"},
                                   {"q": "no such text anywhere"}, {"status": "open", "addressee": addressee},
                                   {"q": "a\0b"}, {"addressee": "working GROUP"}, {"addressee": part},
                                   {"addressee": "no such body"}, {"addressee": "group", "status": "open"}]
    for filters in cases:
        ids = expected(rows, **filters)
        total, page = tracker.page(0, 1000, **filters)
        assert total == len(ids) and [r["id"] for r in page] == ids, filters
        if len(ids) > 2:
            assert [r["id"] for r in tracker.page(1, 2, **filters)[1]] == ids[1:3]
    # A part of a label finds every addressee holding it; the label itself only that one.
    assert len({r["addressee_label"] for r in tracker.page(0, 1000, addressee="working group")[1]}) > 1
    assert {r["addressee_label"] for r in tracker.page(0, 1000, addressee=part)[1]} == {part}
    assert tracker.actions() == sorted({r["action"] for r in rows})
    by_count = Counter(r["addressee_label"] for r in rows)
    assert tracker.top_addressees(3) == sorted(by_count.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    assert tracker.addressees("WORKING", 100) == sorted(((a, n) for a, n in by_count.items() if "working" in a.lower()),
                                                        key=lambda kv: (-kv[1], kv[0]))
    assert tracker.counts() == Counter(r["status"] for r in rows)
    waiting = [r for r in rows if r["status"] in {"due", "open"}]
    waiting.sort(key=lambda m: (m["status"] != "due", m["due_label"] or "", m["instrument_label"], m["iri"]))
    assert tracker.waiting(5) == (len(waiting), waiting[:5])
    assert tracker.one(rows[3]["id"]) == rows[3] and tracker.one("mandate/none") is None


def test_every_label_a_row_shows_is_traced_by_the_statuses(loaded_ctx: Context) -> None:
    """Why a write's changed IRIs are enough to find the labels to read again: every IRI a row
    refers to is looked up by the status rules, so a write to its quads changes it."""
    web_routes._tracker(loaded_ctx.store, loaded_ctx.ids)
    untraced = statuses.rows(loaded_ctx.store).read(
        "SELECT l.iri FROM tracker_labels l WHERE NOT EXISTS (SELECT 1 FROM iris k JOIN traces t ON t.key = k.id "
        "WHERE k.iri = l.iri)")
    assert not untraced


@pytest.fixture
def on_disk(tmp_path: Path) -> Context:
    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:-1]))
    yield ctx
    ctx.close()


def test_a_load_makes_again_only_the_rows_it_touched(on_disk: Context) -> None:
    before = every_row(on_disk)
    assert tracker_table.last_update["how"] == "built"
    assert all(r.ok for r in loader_for(on_disk).load(CORPUS_FILES[-1:]))
    after = every_row(on_disk)
    update = tracker_table.last_update
    assert update["how"] == "updated" and 0 < update["rows"] < len(after), update
    assert after == rows_in_python(on_disk.store, on_disk.ids) and after != before
    assert kept_tables(on_disk) == rebuilt(on_disk)


def _put(client: TestClient, graph: str, turtle: str) -> None:
    answer = client.put("/store", params={"graph": graph}, content=turtle.encode(),
                        headers={"Content-Type": "text/turtle", "Authorization": "Bearer secret"})
    assert answer.status_code in (201, 204), answer.text


def test_a_put_renaming_an_addressee_shows_the_new_label_and_filters_by_it(on_disk: Context) -> None:
    rows = every_row(on_disk)
    body = next(r["addressee"] for r in rows if r["addressee"].startswith("body/"))
    mine = {r["id"] for r in rows if r["addressee"] == body}
    with _app(on_disk) as client:
        _put(client, "http://example.org/graph/renaming", f"""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <{on_disk.ids.base}{body}> skos:prefLabel "AAA renamed body" .""")
        page = client.get("/mandates", params={"addressee": "aaa RENAMED"}).text
        assert set(_ids_on_page(page)) == mine
        assert "AAA renamed body" in client.get("/mandates/addressees", params={"q": "renamed"}).text
    assert tracker_table.last_update["how"] == "updated"
    assert every_row(on_disk) == rows_in_python(on_disk.store, on_disk.ids)
    assert kept_tables(on_disk) == rebuilt(on_disk)


def test_new_mandates_of_another_issuer_change_the_short_labels_of_both_issuers(on_disk: Context) -> None:
    """The short labels depend on the whole table through the issuer most instruments share:
    when mandates of another issuer outnumber them, both issuers' labels change, and only the
    rows showing those are made again."""
    rows = every_row(on_disk)
    home_instruments = {r["instrument"] for r in rows if re.fullmatch(r"(resolution|decision) [^ ]+", r["instrument_label"])}
    assert home_instruments
    base = on_disk.ids.base
    mandates = "\n".join(f"""
        <{base}mandate/test/{n}> a mg:Mandate ; mg:instrument <{base}instrument/other-issuer/resolution/1/{n}> ;
            mg:addressee <{base}body/test-body> ; mg:action "request" ; mg:task "Task number {n}" .
        <{base}instrument/other-issuer/resolution/1/{n}> rdfs:label "Resolution 1/{n} of the other issuer" ."""
                         for n in range(len(home_instruments) + 3))
    with _app(on_disk) as client:
        _put(client, "http://example.org/graph/other-issuer", f"""
            @prefix mg: <https://w3id.org/mandate-graph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            {mandates}""")
        after = every_row(on_disk)
    assert tracker_table.last_update["how"] == "updated", tracker_table.last_update
    assert after == rows_in_python(on_disk.store, on_disk.ids)
    shown = {r["instrument"]: r["instrument_label"] for r in after}
    assert shown[f"instrument/other-issuer/resolution/1/0"] == "resolution 1/0"
    assert all(not re.fullmatch(r"(resolution|decision) [^ ]+", shown[i]) for i in home_instruments)
    assert kept_tables(on_disk) == rebuilt(on_disk)


def test_a_restart_reads_the_rows_back_and_the_page_lists_few_addressees(tmp_path: Path) -> None:
    store = tmp_path / "store"
    ctx = make_context(store=str(store))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES))
    with _app(ctx) as client:
        first = client.get("/mandates", params={"limit": 1000}).text
        _wait_current(client)
        home = client.get("/").text
    ctx.close()
    assert (store / FOLDER / "statuses.sqlite").is_file()
    ctx = make_context(store=str(store))  # a restart of the unchanged store
    with _app(ctx) as client:
        again = client.get("/mandates", params={"limit": 1000}).text
        assert tracker_table.last_update["how"] == "current"
        assert _ids_on_page(again) == _ids_on_page(first) and _ids_on_page(first)
        _wait_current(client)
        badges = re.findall(r'status-(\w+)" href', client.get("/").text)
        assert badges and badges == re.findall(r'status-(\w+)" href', home)
        # The addressee filter offers the addressees with the most mandates, not every one.
        choices = re.findall(r'<option value="([^"]*)"></option>', again.split('id="addressee-choices"')[1].split("</datalist>")[0])
        everyone = Counter(r["addressee_label"] for r in every_row(ctx))
        assert len(choices) == min(len(everyone), web_routes.ADDRESSEE_CHOICES) < len(everyone) + 1
        assert choices[0] == everyone.most_common(1)[0][0]
    ctx.close()


def test_a_load_brings_the_rows_up_to_date_before_it_exits(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from mandate_graph.cli.main import app as cli
    from tests.conftest import BASE

    store = tmp_path / "store"
    ctx = make_context(store=str(store))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:-1]))
    every_row(ctx)  # what a server leaves beside the store
    ctx.close()
    answer = CliRunner().invoke(cli, ["--store", str(store), "--base-iri", BASE, "load", str(CORPUS_FILES[-1])])
    assert answer.exit_code == 0, answer.output
    assert "tracker rows updated" in answer.output
    ctx = make_context(store=str(store))
    try:
        rows = statuses.rows(ctx.store)
        assert rows.read("SELECT count(*) FROM tracker_dirty") == [(0,)]
        assert every_row(ctx) == rows_in_python(ctx.store, ctx.ids)
        assert tracker_table.last_update["how"] == "current"
    finally:
        ctx.close()
