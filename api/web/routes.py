"""The HTML pages: home and search, browse lists, lineage explorer, a body's timeline, the
source view, the mandate tracker and the query editor. Entity pages (/id/…) are rendered by
`render_entity`, called from api/routes_linked_data.py's content negotiation.

Routes only gather data (through graph/ and the JSON API's readers) and pick a template;
what the pages do in the browser is in api/web/static/*.js, which call the JSON API.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sqlite3
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from mandate_graph.api.models import (HistoryEventModel, ItemResponse, LineageNodeModel, LineageResponse,
                                      RelationPage, SearchHitModel)
from mandate_graph.api.routes_json import RELATION_VALUES
from mandate_graph.api.routes_source import source_href, source_url, source_view
from mandate_graph.api.urls import api_href
from mandate_graph.api.web.entity_view import group_relations, phrase
from mandate_graph.api.web.source_markup import mark_text
from mandate_graph.api.web.template_warm_up import TEMPLATES_RANK, compile_templates
from mandate_graph.api.web.tracker_page import FirstPage, saved_first_page, shown_rows
from mandate_graph.api.web.tracker_rows import HandedOverRows, TrackerRows
from mandate_graph.graph import stats as store_stats
from mandate_graph.graph import tracker_table
from mandate_graph.graph.errors import InvalidIri, named_node
from mandate_graph.graph.entities import COLLECTIONS, EntityInfo, EntityReader, ItemView
from mandate_graph.graph.generations import Saved, derived, saved_for
from mandate_graph.graph.history import body_history, body_named
from mandate_graph.graph.lineage import lineage as compute_lineage
from mandate_graph.graph.lineage_export import short_labels
from mandate_graph.graph.named_queries import NamedQueryError, load_named_queries
from mandate_graph.graph.namespaces import PREFIXES
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.overview import (
    HOME_INSTRUMENTS_PER_SESSION, HOME_SESSIONS, current_documents, current_sessions,
)
from mandate_graph.graph.resolve import keep_fresh as keep_labels_fresh
from mandate_graph.graph.resolve import resolve_reference
from mandate_graph.graph.source_spans import evidence_for_quote, loaded_sources
from mandate_graph.graph.status import statuses
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.store import GraphStore, bind_values

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["phrase"] = phrase
templates.env.globals["source_href"] = source_href
# graph.status names actions by concept (establish, makeConstantElement, …); sentences need verbs.
ACTION_VERBS = {"establish": "establishes", "makeConstantElement": "makes a constant element", "request": "requests",
                "encourage": "encourages", "invite": "invites", "endorse": "endorses"}
templates.env.filters["verb"] = lambda action: ACTION_VERBS.get(action, action)
templates.env.globals["url_quote"] = lambda s: url_quote(str(s), safe="")
# Compiled as the server starts, not by the first page that shows it (~25 ms of CPU each); the
# other pages' templates by the background refresh (`keep_fresh`, api/web/template_warm_up.py).
for _name in ("layout.html", "mandates.html", "mandate_rows.html"):
    templates.env.get_template(_name)

TITLES = {"instruments": "Resolutions and decisions", "bodies": "Bodies", "meetings": "Meetings",
          "sessions": "Sessions", "documents": "Documents"}


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _page(request: Request, name: str, context: dict[str, Any], status_code: int = 200,
          headers: dict[str, str] | None = None) -> HTMLResponse:
    # The server's time for the page in the Server-Timing header: browsers' developer tools
    # show it beside the network times.
    started = getattr(request.state, "web_started", None) or time.perf_counter()
    response = templates.TemplateResponse(request, name, {"titles": TITLES, **context},
                                           status_code=status_code, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    response.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
    return response


def start_clock(request: Request) -> None:
    request.state.web_started = time.perf_counter()


# ------------------------------------------------------------------------------ home, search, lists


@router.get("/")
def home(request: Request) -> HTMLResponse:
    start_clock(request)
    ctx = _ctx(request)
    store = ctx.store
    stats = store_stats.current(store)
    bodies = derived.keep_fresh(store, ("web: home bodies", ctx.ids.base), _home_bodies(ctx.ids), rank=12,
                                saved_as=_home_bodies_saved(ctx.ids))
    # Not waited for while the background refresh builds it (after a start or a write: 20-30 s
    # at 10 M triples); the page says the statuses are being computed. A read-only process
    # reading the tracker's rows handed over (`handed_over_rows`) has them at once: a few
    # indexed reads of the copy, made in the request rather than said to be coming.
    key, summarize = ("web: home mandates", ctx.ids.base), _home_mandates_of(ctx.ids)
    mandates = derived.keep_fresh(store, key, summarize, rank=32) if store in _handed_over else \
        derived.ready(store, key, summarize, rank=32)
    # The page is bounded whatever the store's size: the latest sessions, each with its first
    # instruments and a link to all of them (at 10 M triples every instrument of every
    # session, ~85,000 links, took 5 s a request to render).
    sessions = current_sessions(store, ctx.ids, HOME_SESSIONS, HOME_INSTRUMENTS_PER_SESSION)
    return _page(request, "home.html", {
        "stats": stats, "bodies": bodies,
        "sessions": sessions.groups, "sessions_total": sessions.total,
        "mandates_ready": mandates is not None,
        "mandate_counts": mandates.counts if mandates else {}, "waiting": mandates.waiting if mandates else [],
        "waiting_total": mandates.waiting_total if mandates else 0,
        "documents": current_documents(store, ctx.ids),
    })


HOME_WAITING = 12  # open or due mandates listed


@dataclass(frozen=True)
class HomeMandates:
    """What the home page says about mandates: the number per status, and the first open or
    due ones (due first, by due session)."""

    counts: dict[str, int]
    waiting: list[dict[str, Any]]
    waiting_total: int


def _home_mandates_of(ids: Identifiers) -> Callable[[GraphStore], HomeMandates]:
    def summarize(store: GraphStore) -> HomeMandates:
        tracker = _tracker(store, ids)
        waiting_total, waiting = tracker.waiting(HOME_WAITING)
        return HomeMandates(tracker.counts(), waiting, waiting_total)
    return summarize


HOME_BODIES = 200  # bodies the home page lists


def _home_bodies(ids: Identifiers) -> Callable[[GraphStore], list[EntityInfo]]:
    return lambda store: EntityReader(store, ids).list("bodies", limit=HOME_BODIES)[1]


def _home_bodies_saved(ids: Identifiers) -> Saved:
    """The home page's bodies also kept beside an on-disk store for its content: on a restart
    of an unchanged store read back, not the names and types of 200 bodies read from the store
    (30-40 ms at 10 M triples, in a first request beside the start's work)."""
    return saved_for("home-page-bodies", ids.base, HOME_BODIES,
                     to_json=lambda infos: [[i.iri, i.id, i.type, i.label] for i in infos],
                     from_json=lambda rows: [EntityInfo(*row) for row in rows])


def keep_fresh(ctx: Any) -> None:
    """Have the pages' own whole-store values computed by the background refresh
    (`graph.context.Context.start_background`): the pages' templates, the home page's bodies,
    the mandate rows, the mandates page, the query page's examples and the names /search
    resolves against."""
    # Every page's template compiled first, a template at a time (api/web/template_warm_up.py).
    derived.register(ctx.store, "web: templates compiled", compile_templates(templates.env), rank=TEMPLATES_RANK)
    derived.register(ctx.store, ("web: home bodies", ctx.ids.base), _home_bodies(ctx.ids), rank=12,
                     saved_as=_home_bodies_saved(ctx.ids))
    # The names /search resolves its query against ("best match"): a whole-store query.
    keep_labels_fresh(ctx.store)
    derived.register(ctx.store, ("web: mandate tracker first page", ctx.ids.base), _first_page_of(ctx.ids),
                     rank=FIRST_PAGE_RANK, saved_as=_first_page_saved(ctx.ids.base))
    derived.register(ctx.store, ("web: mandate tracker", ctx.ids.base), _tracker_of(ctx.ids), rank=30)
    derived.register(ctx.store, ("web: home mandates", ctx.ids.base), _home_mandates_of(ctx.ids), rank=32)
    derived.register(ctx.store, ("web: query examples", ctx.ids.base), _examples_of(ctx.ids, ctx.registry), rank=40)


@router.get("/search")
def search_page(request: Request, q: str = "") -> HTMLResponse:
    start_clock(request)
    ctx = _ctx(request)
    reader = EntityReader(ctx.store, ctx.ids)
    best: EntityInfo | None = None
    candidates: list[EntityInfo] = []
    results: list[dict[str, Any]] = []
    q = q.strip()
    if q:
        found = resolve_reference(q, ctx.store, ctx.ids, ctx.registry)
        infos = reader.infos([i for i, _ in found.candidates] + ([found.iri] if found.iri else []))
        if found.found and found.iri:
            best = infos[found.iri]
        candidates = [infos[i] for i, _ in found.candidates]
        if len(q) >= 2:
            results = _by_entity([SearchHitModel.from_hit(hit, ctx.ids.base) for hit in reader.search(q, limit=200)])
    return _page(request, "search.html", {"q": q, "best": best, "candidates": candidates, "results": results})


def _by_entity(hits: list[SearchHitModel]) -> list[dict[str, Any]]:
    """Search hits gathered per entity (names first, as /api/search orders them), so an entity
    named and quoted many times is one result with its matches under it."""
    grouped: dict[str, dict[str, Any]] = {}
    for hit in hits:
        entry = grouped.setdefault(hit.entity.iri, {"entity": hit.entity, "matches": []})
        if all(m.text != hit.text for m in entry["matches"]):
            entry["matches"].append(hit)
    return list(grouped.values())


@router.get("/browse/{collection}")
def browse(request: Request, collection: str, q: str | None = None,
           issuer: str | None = None, session: str | None = None,
           offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)) -> HTMLResponse:
    """One page of a collection; the instruments also by issuer (a body's key) and session
    number, as the home page's "all of this session" links ask."""
    start_clock(request)
    if collection not in COLLECTIONS:
        return _page(request, "message.html", {"title": "No such list", "message":
                     f"There is no list called {collection!r}; the lists are: " + ", ".join(COLLECTIONS)}, 404)
    ctx = _ctx(request)
    filters: dict[str, ox.NamedNode | ox.Literal] = {}
    if collection == "instruments" and issuer:
        try:
            filters["issuer"] = named_node(ctx.ids.body(issuer))
        except InvalidIri:
            return _page(request, "message.html", {"title": "No such body",
                         "message": f"{issuer!r} is not a body's key."}, 400)
    if collection == "instruments" and session:
        filters["session"] = ox.Literal(session)
    total, items = EntityReader(ctx.store, ctx.ids).list(collection, filters=filters, text=q or None,
                                                         limit=limit, offset=offset)
    narrowed = {"issuer": issuer, "session": session} if filters else {}
    return _page(request, "browse.html", {"collection": collection, "title": TITLES[collection], "items": items,
                                          "total": total, "q": q or "", "offset": offset, "limit": limit,
                                          "narrowed": {k: v for k, v in narrowed.items() if v}})


# ------------------------------------------------------------------------------ entity pages


def relation_page(request: Request) -> dict[str, Any]:
    """Which values of an entity's relations its page shows, from the page's query: the
    first `RELATION_VALUES` of each relation, or ``?rel=<name>&offset=<n>`` a page of one."""
    def number(name: str, default: int, most: int) -> int:
        try:
            return min(max(int(request.query_params.get(name, default)), 0), most)
        except ValueError:
            return default

    rel = request.query_params.get("rel") or None
    return {"relation": rel, "offset": number("offset", 0, 10**9) if rel else 0,
            "limit": number("limit", RELATION_VALUES, 1000) or RELATION_VALUES}


def render_entity(request: Request, entity: ItemView | None, iri: str, path: str, headers: dict[str, str]) -> HTMLResponse:
    """The /id/… page of any entity: identity, facts, relations by meaning, lineage panel.
    A relation with more values than the page shows says how many it has and links to the
    next ones (``?rel=&offset=``). (The caller starts the page's clock: reading the entity
    is most of the work.)"""
    ctx = _ctx(request)
    api = api_href(iri, ctx.ids.base)
    # The page shows what the JSON API answers for the item, as plain data for the template.
    item = jsonable_encoder(ItemResponse.fields_of(entity, ctx.ids.base)) if entity is not None else {}
    shown = relation_page(request)
    more = jsonable_encoder(RelationPage.of(entity, f"/id/{path}", shown["offset"], shown["limit"])) if entity else {}
    view = group_relations(item.get("relations", {}))
    panel: dict[str, list[LineageNodeModel]] = {}
    if item.get("type") not in {"Evidence", "SourceGraph", "Mandate", None}:
        for direction in ("up", "down"):
            try:
                found = compute_lineage(ctx.store, ctx.ids, iri, direction, 1)
            except KeyError:
                continue  # not linked to anything: no lineage to show
            nodes = LineageResponse.from_lineage(found, ctx.ids, short_labels(found, ctx.ids)).nodes
            panel[direction] = [n for n in nodes if n.distance == 1]
    body_key = path.removeprefix("body/") if path.startswith("body/") else None
    mandate = _tracker(ctx.store, ctx.ids).one(path) if path.startswith("mandate/") else None
    # The passage an evidence node quotes, and the text a source graph was read from.
    in_source = source_href(path) or (f"/source/{path.removeprefix('graph/')}" if item.get("type") == "SourceGraph" else None)
    return _page(request, "entity.html", {"item": item, "iri": iri, "path": path, "api": api, "view": view,
                                          "lineage": panel, "body_key": body_key, "in_source": in_source,
                                          "mandate": mandate, "more": more, "one_relation": shown["relation"]},
                 headers=headers)


def render_not_found(request: Request, path: str, headers: dict[str, str]) -> HTMLResponse:
    """The /id/… page of an IRI the graph does not have: say so and offer a search."""
    ctx = _ctx(request)
    return _page(request, "message.html", {"title": "Not in the graph",
                 "message": f"{ctx.ids.base}{path} is not in the graph.", "q": path.rsplit("/", 1)[-1] or path},
                 status_code=404, headers=headers)


# ------------------------------------------------------------------------------ lineage, history


@router.get("/lineage/{id:path}")
def lineage_page(request: Request, id: str) -> HTMLResponse:
    start_clock(request)
    ctx = _ctx(request)
    iri = ctx.ids.base + id
    reader = EntityReader(ctx.store, ctx.ids)
    if not reader.exists(iri):
        return _page(request, "message.html", {"title": "Not in the graph",
                     "message": f"{id} is not in the graph; search for it instead.", "q": id}, 404)
    return _page(request, "lineage.html", {"root": reader.infos([iri])[iri]})


@router.get("/history/{key:path}")
def history_page(request: Request, key: str) -> HTMLResponse:
    start_clock(request)
    ctx = _ctx(request)
    found = body_named(ctx.store, ctx.ids, ctx.registry, key)
    if found is None:
        return _page(request, "message.html", {"title": "No such body",
                     "message": f"No body has the key {key!r}. The bodies are listed at /browse/bodies."}, 404)
    iri, name = found
    events = body_history(ctx.store, iri)
    base = ctx.ids.base
    rows = []
    for e in events:
        d = HistoryEventModel.from_event(e, base).model_dump()
        d["year"] = (e.date or "")[:4] or None
        for r in d["reports"]:
            r["id"] = str(r["iri"]).removeprefix(base)
        for ev in d["evidence"]:
            ev["document_id"] = ev["document"]  # the template's name for the document's id path
        rows.append(d)
    return _page(request, "history.html", {"key": key, "name": name, "events": rows,
                                           "body_id": "body/" + key, "axis": _time_axis(rows)})


def _time_axis(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Where each dated event sits on a strip from the first year to the last (in % of its width)."""
    def day(text: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text[:10])
        except (TypeError, ValueError):
            return None

    dated = [(i, d) for i, e in enumerate(events) if e.get("date") and (d := day(e["date"])) is not None]
    if not dated:
        return None
    first = dt.date(min(d for _, d in dated).year, 1, 1)
    last = dt.date(max(d for _, d in dated).year + 1, 1, 1)
    span = (last - first).days

    def at(d: dt.date) -> float:
        return round(100 * (d - first).days / span, 2)

    return {
        "years": [{"year": y, "left": at(dt.date(y, 1, 1))} for y in range(first.year, last.year)],
        "dots": [{"index": i, "left": at(d), "kind": events[i]["event"].split(" ")[0], "date": events[i]["date"],
                  "label": f'{events[i]["event"]} {events[i]["label"]}'} for i, d in dated],
    }


# ------------------------------------------------------------------------------ sources


@router.get("/sources")
def sources_page(request: Request) -> HTMLResponse:
    start_clock(request)
    ctx = _ctx(request)
    return _page(request, "sources.html", {"sources": loaded_sources(ctx.store, ctx.ids)})


@router.get("/source/{key}")
def source_page(request: Request, key: str) -> HTMLResponse:
    start_clock(request)
    view = source_view(_ctx(request), key)
    if view is None:
        return _page(request, "message.html", {"title": "No such source",
                     "message": f"No loaded file has the key {key!r}; the loaded files are listed at /sources."}, 404)
    source = view.model_dump()
    markup = mark_text(source["text"], source["spans"]) if source["text"] is not None else None
    facts = {s["anchor"]: s for s in source["spans"]}
    return _page(request, "source.html", {"source": source, "markup": markup,
                                          "facts_json": json.dumps(facts, ensure_ascii=False).replace("</", "<\\/")})


@router.get("/go/source")
def go_to_source(request: Request, document: str, quote: str) -> Response:
    """Where a quote known only by document and text (mandates, timelines) is in its file."""
    ctx = _ctx(request)
    doc = document if document.startswith(("http://", "https://")) else ctx.ids.base + document
    found = evidence_for_quote(ctx.store, doc, quote)
    href = source_url(ctx, found) if found else None
    if href is None:
        return _page(request, "message.html", {"title": "Quote not found",
                     "message": f"No fact read from {document} has that quote."}, 404)
    return RedirectResponse(href, status_code=303)


@router.get("/go/evidence/{path:path}")
def go_to_evidence(request: Request, path: str) -> Response:
    """The passage an evidence node quotes, in the file it was read from."""
    ctx = _ctx(request)
    href = source_url(ctx, ctx.ids.base + path)
    if href is None:
        return _page(request, "message.html", {"title": "No such evidence",
                     "message": f"{path} is not a fact read from a loaded file."}, 404)
    return RedirectResponse(href, status_code=303)


# ------------------------------------------------------------------------------ mandates


def _tracker(store: GraphStore, ids: Identifiers) -> TrackerRows:
    """The mandate tracker's rows (`api.web.tracker_rows`), read from the columns kept with the
    statuses (`graph.tracker_table`), brought up to date once per store generation."""
    return derived.keep_fresh(store, ("web: mandate tracker", ids.base), _tracker_of(ids), rank=30)


# The copy of the tracker's rows handed to this read-only process (`handed_over_rows`), per store.
_handed_over: weakref.WeakKeyDictionary[GraphStore, HandedOverRows] = weakref.WeakKeyDictionary()


def handed_over_rows(settings: Settings, store: GraphStore, base: str) -> None:
    """Read the tracker's rows of a read-only snapshot from the copy `mandates serve --workers
    N` made beside it (``MANDATES_TRACKER_ROWS``), when there is one and it is of this code."""
    if not settings.tracker_rows or not getattr(store, "read_only", False):
        return
    try:
        handed = _handed_over[store] = HandedOverRows(Path(settings.tracker_rows), base)
        weakref.finalize(store, handed.close)
    except (OSError, ValueError, sqlite3.Error) as exc:
        log.warning("%s: cannot read the tracker's rows handed over (%s); computing them", settings.tracker_rows, exc)


def _tracker_of(ids: Identifiers) -> Callable[[GraphStore], TrackerRows]:
    def current(store: GraphStore) -> TrackerRows:
        handed = _handed_over.get(store)
        if handed is not None:  # a snapshot never changes: the copy is current for good
            tracker = TrackerRows(handed, ids.base)
        else:
            rows = statuses.rows(store)
            tracker = TrackerRows(rows, ids.base, tracker_table.bring_up_to_date(store, rows, ids))
        # What every page shows whatever its filters (group-bys over every row: ~30 ms at 10 M
        # triples), read here, so by the background refresh rather than by the first page; and
        # kept beside an on-disk store for its content, so that after a restart even a first
        # page that comes before the background refresh reads them back rather than counting.
        tracker.prime(derived.get(store, ("web: mandate tracker choices", ids.base),
                                  lambda _: tracker.choices(ADDRESSEE_CHOICES), saved_as=_tracker_choices_saved(ids)))
        return tracker
    return current


def _tracker_choices_saved(ids: Identifiers) -> Saved:
    return saved_for("mandates-page-choices", ids.base, ADDRESSEE_CHOICES)


MANDATES_PAGE = 100  # rows of the mandate tracker per page (the `limit` it starts with)
# Addressees offered as the filter's choices on the page (those with the most mandates; the
# field takes any label or part of one, and suggests others as you type: `addressee_choices`).
ADDRESSEE_CHOICES = 40
MANDATE_STATUSES = ("due", "open", "fulfilled", "renewed")


@dataclass(frozen=True)
class MandateFilters:
    """What the tracker narrows its rows to (None: any)."""

    status: str | None = None
    action: str | None = None
    addressee: str | None = None  # the addressee's label, as the filter offers it
    q: str | None = None  # text in the instrument, addressee, task or quote

    def query(self) -> dict[str, str]:
        return {k: v for k, v in (("status", self.status), ("action", self.action), ("addressee", self.addressee),
                                  ("q", self.q)) if v}


@router.get("/mandates")
def mandates_page(request: Request, status: str | None = None, action: str | None = None,
                  addressee: str | None = None, q: str | None = None,
                  offset: int = Query(0, ge=0), limit: int = Query(MANDATES_PAGE, ge=1, le=1000)) -> HTMLResponse:
    """One page of the mandate tracker: the rows matching the filters, ``limit`` from
    ``offset`` (the filters and the browser's own sort and export work on the rows shown; a
    page of every mandate, tens of thousands at 10 M triples, took 0.8 s to send)."""
    start_clock(request)
    ctx = _ctx(request)
    filters = MandateFilters(*(v.strip() or None if v else None for v in (status, action, addressee, q)))
    if not filters.query() and offset == 0 and limit == MANDATES_PAGE:
        # What a user opening the tracker sees: made once per store generation, by the
        # background refresh, and read back after a restart (`api.web.tracker_page`).
        first = _first_page(ctx.store, ctx.ids)
        matching, shown, all_total = first.total, first.rows, first.total
        actions, addressees = first.actions, first.addressees
    else:
        tracker = _tracker(ctx.store, ctx.ids)
        matching, rows = tracker.page(offset, limit, filters.status, filters.action, filters.addressee, filters.q)
        shown, all_total, actions = shown_rows(templates.env, rows), tracker.total(), tracker.actions()
        addressees = [label for label, _ in tracker.top_addressees(ADDRESSEE_CHOICES)]

    def link(new_offset: int) -> str:
        return "/mandates?" + urlencode({**filters.query(), "offset": new_offset, "limit": limit})

    return _page(request, "mandates.html", {
        "shown": shown, "total": matching, "all_total": all_total, "offset": offset, "limit": limit,
        "filters": filters, "statuses": MANDATE_STATUSES, "actions": actions, "addressees": addressees,
        "complete": shown.count == matching,
        "next": link(offset + limit) if offset + limit < matching else None,
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
        "api": "/api/mandates" + ("?" + urlencode({k: v for k, v in filters.query().items() if k in {"status", "action"}})
                                  if filters.status or filters.action else ""),
    })


def _first_page(store: GraphStore, ids: Identifiers) -> FirstPage:
    """The tracker's unfiltered first page, once per store generation, kept beside an
    on-disk store for its content (`api.web.tracker_page`)."""
    return derived.keep_fresh(store, ("web: mandate tracker first page", ids.base), _first_page_of(ids),
                              rank=FIRST_PAGE_RANK, saved_as=_first_page_saved(ids.base))


# Before the tracker's rows (30): after a restart read back at once, before they are opened;
# else made from them (which it brings up to date first).
FIRST_PAGE_RANK = 29


@functools.lru_cache(maxsize=8)
def _first_page_saved(base: str) -> Saved:
    return saved_first_page(templates.env, base, MANDATES_PAGE, ADDRESSEE_CHOICES)


def _first_page_of(ids: Identifiers) -> Callable[[GraphStore], FirstPage]:
    def made(store: GraphStore) -> FirstPage:
        tracker = _tracker(store, ids)
        _, rows = tracker.page(0, MANDATES_PAGE)
        return FirstPage(tracker.total(), tracker.actions(),
                         [label for label, _ in tracker.top_addressees(ADDRESSEE_CHOICES)], shown_rows(templates.env, rows))
    return made


@router.get("/mandates/addressees")
def addressee_choices(request: Request, q: str = "", limit: int = Query(20, ge=1, le=200)) -> JSONResponse:
    """The addressee filter's suggestions: the labels holding ``q`` (ignoring case; all of them
    for an empty ``q``), those with the most mandates first, with their counts."""
    tracker = _tracker(_ctx(request).store, _ctx(request).ids)
    found = tracker.addressees(q.strip(), limit) if q.strip() else tracker.top_addressees(limit)
    return JSONResponse([{"label": label, "mandates": n} for label, n in found])


# ------------------------------------------------------------------------------ query editor


@router.get("/query")
def query_page(request: Request) -> HTMLResponse:
    start_clock(request)
    ctx = _ctx(request)
    # Binding an example resolves its parameters against the store (indexed look-ups: an
    # example's entity the store lacks is looked for, not its close matches), once per store
    # generation.
    examples = derived.keep_fresh(ctx.store, ("web: query examples", ctx.ids.base),
                                  _examples_of(ctx.ids, ctx.registry), rank=40)
    return _page(request, "query.html", {"examples": examples, "default_query": _with_prefixes(
        "SELECT ?body ?name WHERE {\n  ?body a mg:Body ; skos:prefLabel ?name .\n} ORDER BY ?name LIMIT 50")})


def _examples_of(ids: Identifiers, registry: BodyRegistry) -> Callable[[GraphStore], list[dict[str, Any]]]:
    return lambda store: _bound_examples(store, ids, registry)


def _bound_examples(store: GraphStore, ids: Identifiers, registry: BodyRegistry) -> list[dict[str, Any]]:
    """Each named query with its first example's parameters bound, as the editor offers it."""
    examples = []
    for q in load_named_queries().values():
        params = q.examples[0] if q.examples else {}
        text = q.sparql
        if params:
            try:
                # An example's entity the store lacks leaves it unbound: no close matches
                # looked for, as no one reads them here.
                bindings = q.bind(params, ids, store, registry, candidates=False)
                text = bind_values(q.text_for(bindings), bindings)
            except NamedQueryError:  # an example that no longer resolves still shows, unbound
                text = q.sparql
        examples.append({"name": q.name, "title": q.title, "description": q.description,
                         "query": _with_prefixes(text), "params": params})
    return examples


def _with_prefixes(text: str) -> str:
    """The query as an analyst would keep it: PREFIX lines for the prefixes it uses (the
    endpoint predeclares them, but the editor checks and completes names against them)."""
    used = {name: iri for name, iri in PREFIXES.items() if f"{name}:" in text}
    return "".join(f"PREFIX {n}: <{i}>\n" for n, i in used.items()) + "\n" + text.strip() + "\n"


@router.get("/query/prefixes.json")
def prefixes_json() -> JSONResponse:
    """The prefix list the editor completes from (in place of prefix.cc, which is online)."""
    return JSONResponse(PREFIXES)
