"""The JSON API's response bodies as pydantic models: one model per JSON shape.

graph/ answers with frozen dataclasses (`EntityInfo`, `ItemView`, `Lineage`, `MandateStatus`,
`Event`, …) that know nothing of HTTP; the ``from_*`` constructors here turn them into
these models, adding what only the HTTP service knows: hrefs (`api.urls`), id paths in
place of IRIs where the API has always shown them, and ``api_version``. The routes declare
the models as ``response_model``, so /openapi.json carries their schemas, field
descriptions and examples (the examples live on the models, nowhere else).

Absent and null are different answers: a field listed in a model's ``absent_unless_set``
is left out of the JSON unless it was given (``href`` of an entity outside the
collections, ``characterization`` of evidence that has none), every other field is always
there, null when unknown. `tests/api/test_openapi_schemas.py` checks every route's answer
against its published schema.
"""

from __future__ import annotations

from typing import Any, ClassVar, Iterable, Mapping, Optional, Union
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from mandate_graph.api.urls import api_href
from mandate_graph.graph.entities import (EntityInfo, EntityValue, ItemView, LinkValue, MandateSummary,
                                          RelationEvidence, RelationValue, SearchHit)
from mandate_graph.graph.history import Event
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.lineage import EvidenceRef, Lineage, LineageEdge
from mandate_graph.graph.named_queries import NamedQuery
from mandate_graph.graph.source_spans import LoadedSource
from mandate_graph.graph.stats import Stats
from mandate_graph.graph.status import MandateStatus, StatusEvidence, StatusLink

API_VERSION = "1"
Scalar = Union[str, int, bool]

_BASE = "https://w3id.org/mandate-graph/id/"  # the default base IRI, in examples only
_R7_1 = {
    "id": "instrument/cop-untoc/resolution/7/1",
    "iri": _BASE + "instrument/cop-untoc/resolution/7/1",
    "type": "Resolution",
    "label": "Conference of the Parties to the United Nations Convention against Transnational Organized Crime "
             "resolution 7/1",
    "href": "/api/instruments/cop-untoc/resolution/7/1",
}
_WG_FIREARMS = {"id": "body/cop-untoc/wg-firearms", "iri": _BASE + "body/cop-untoc/wg-firearms", "type": "Body",
                "label": "Working Group on Firearms", "href": "/api/bodies/cop-untoc/wg-firearms"}
_EVIDENCE_DOCUMENT = {"id": "document/CTOC/COP/2022/5", "iri": _BASE + "document/CTOC/COP/2022/5",
                      "href": "/api/documents/CTOC/COP/2022/5", "symbol": "CTOC/COP/2022/5"}
_EVIDENCE = {
    "id": "evidence/003-c77e2318912434e6/0a1b2c3d4e5f6071",
    "document": _EVIDENCE_DOCUMENT,
    "paragraph": "8",
    "quote": "In its resolution 7/1, the Conference decided that the Working Group on Firearms would be a constant "
             "element of the Conference.",
    "start": 5120, "end": 5245,
}


def _short(iri: str | None, base: str) -> str | None:
    """An IRI under the base as its id path; others unchanged."""
    return iri[len(base):] if iri is not None and iri.startswith(base) else iri


class ApiModel(BaseModel):
    """A JSON body or part of one. Unknown fields are refused, so the published schema says
    exactly what an answer holds."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # Fields left out of the JSON unless given (all other fields are always written).
    absent_unless_set: ClassVar[frozenset[str]] = frozenset()

    # No return annotation on purpose: with one, pydantic would publish the annotation
    # (a bare object) as the schema instead of the fields'.
    @model_serializer(mode="wrap")
    def _leave_out_unset(self, handler: SerializerFunctionWrapHandler):  # noqa: ANN202
        data = handler(self)
        for name in self.absent_unless_set - self.model_fields_set:
            data.pop(name, None)
        return data


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(extra="forbid", frozen=True, json_schema_extra={"examples": list(examples)})


# ------------------------------------------------------------------------------ entities


class EntityRef(ApiModel):
    """An entity as other answers point at it."""

    model_config = _examples(_R7_1)
    absent_unless_set = frozenset({"href"})

    id: Optional[str] = Field(description="The IRI's path under the base IRI; null for an IRI outside it")
    iri: str = Field(description="The entity's IRI")
    type: Optional[str] = Field(description="Its main class (Resolution, Decision, Body, Session, Meeting, "
                                            "Document, Mandate, …); null when it has none of the product's classes")
    label: str = Field(description="A name for people: preferred label, else label, else symbol, else the id")
    href: Optional[str] = Field(default=None, description="Its JSON under /api (absent when the API has no page for it)")

    @classmethod
    def fields_of(cls, info: EntityInfo, base: str) -> dict[str, Any]:
        fields: dict[str, Any] = {"id": info.id, "iri": info.iri, "type": info.type, "label": info.label}
        href = api_href(info.iri, base)
        if href:
            fields["href"] = href
        return fields

    @classmethod
    def from_info(cls, info: EntityInfo, base: str) -> "EntityRef":
        return cls(**cls.fields_of(info, base))


class EvidenceDocumentModel(ApiModel):
    """The document a piece of evidence quotes."""

    model_config = _examples(_EVIDENCE_DOCUMENT)

    id: Optional[str] = Field(description="The document's id path")
    iri: str = Field(description="The document's IRI")
    href: Optional[str] = Field(description="Its JSON under /api")
    symbol: Optional[str] = Field(description="Its UN symbol (the least, when it has several)")


class EvidenceModel(ApiModel):
    """Where a fact was read: document, paragraph, quote and character span in the loaded file."""

    model_config = _examples(_EVIDENCE, {**_EVIDENCE, "characterization": "recalling"})
    absent_unless_set = frozenset({"characterization"})

    id: Optional[str] = Field(description="The evidence node's id path (`evidence/…`)")
    document: Optional[EvidenceDocumentModel] = Field(description="The document quoted")
    paragraph: Optional[str] = Field(description="The paragraph: its number, or the heading of its section")
    quote: Optional[str] = Field(description="The sentence the fact was read from")
    start: Optional[int] = Field(description="Character offset of the quote in the file's text")
    end: Optional[int] = Field(description="Character offset of the quote's end")
    characterization: Optional[str] = Field(default=None, description="How the text cites it: recalling, reaffirming, …")

    @classmethod
    def from_evidence(cls, ev: RelationEvidence, base: str) -> "EvidenceModel":
        doc = ev.document
        fields: dict[str, Any] = {
            "id": ev.id,
            "document": EvidenceDocumentModel(id=doc.id, iri=doc.iri, href=api_href(doc.iri, base), symbol=doc.symbol)
            if doc else None,
            "paragraph": ev.paragraph, "quote": ev.quote, "start": ev.start, "end": ev.end,
        }
        if ev.characterization is not None:
            fields["characterization"] = ev.characterization
        return cls(**fields)


class EntityValueModel(EntityRef):
    """A relation's value that is an entity, with the evidence of the triple."""

    model_config = _examples({**_WG_FIREARMS, "evidence": [_EVIDENCE]})

    evidence: list[EvidenceModel] = Field(description="Every place the fact was read")


class LinkValueModel(ApiModel):
    """A relation's value that is an IRI outside the graph's entities (a `links` value)."""

    model_config = _examples({"iri": "https://undocs.org/CTOC/COP/2022/9", "evidence": []})

    iri: str = Field(description="The IRI linked to")
    evidence: list[EvidenceModel] = Field(description="Every place the fact was read")


class LiteralValueModel(ApiModel):
    """A relation's value that is a literal: a date, a title, a number."""

    model_config = _examples({"value": "2014-10-10", "evidence": [_EVIDENCE]})
    absent_unless_set = frozenset({"language"})

    value: Scalar = Field(description="The value (numbers as numbers, booleans as booleans, the rest as text)")
    language: Optional[str] = Field(default=None, description="The language tag of a text, when it has one")
    evidence: list[EvidenceModel] = Field(description="Every place the fact was read")


RelationValueModel = Union[EntityValueModel, LinkValueModel, LiteralValueModel]


def relation_value(value: RelationValue, base: str) -> RelationValueModel:
    evidence = [EvidenceModel.from_evidence(e, base) for e in value.evidence]
    if isinstance(value, EntityValue):
        return EntityValueModel(**EntityRef.fields_of(value.entity, base), evidence=evidence)
    if isinstance(value, LinkValue):
        return LinkValueModel(iri=value.iri, evidence=evidence)
    literal: dict[str, Any] = {"value": value.value}
    if value.language:
        literal["language"] = value.language
    return LiteralValueModel(**literal, evidence=evidence)


class MandateSummaryModel(ApiModel):
    """A mandate an instrument gives or an entity receives (ids are id paths)."""

    model_config = _examples({
        "id": "mandate/cop-untoc/resolution/10/6/requests/body/cop-untoc/wg-international-cooperation",
        "iri": _BASE + "mandate/cop-untoc/resolution/10/6/requests/body/cop-untoc/wg-international-cooperation",
        "href": "/api/mandates/cop-untoc/resolution/10/6/requests/body/cop-untoc/wg-international-cooperation",
        "label": "resolution 10/6 requests Working Group on International Cooperation", "action": "request",
        "instrument": "instrument/cop-untoc/resolution/10/6", "addressee": "body/cop-untoc/wg-international-cooperation",
        "task": "hold a joint thematic discussion", "dueAt": "session/cop-untoc/11",
    })

    id: Optional[str] = Field(description="The mandate's id path")
    iri: str = Field(description="The mandate's IRI")
    href: Optional[str] = Field(description="Its status under /api/mandates")
    label: Optional[str] = Field(description="Instrument, action and addressee in words")
    action: str = Field(description="establish, makeConstantElement, request, encourage, invite or endorse")
    instrument: Optional[str] = Field(description="The instrument giving it (id path)")
    addressee: Optional[str] = Field(description="The body or meeting receiving it (id path)")
    task: Optional[str] = Field(description="What is asked, in the instrument's words")
    dueAt: Optional[str] = Field(description="The session the outcome is due at (id path)")

    @classmethod
    def from_summary(cls, m: MandateSummary, base: str) -> "MandateSummaryModel":
        return cls(id=m.id, iri=m.iri, href=api_href(m.iri, base), label=m.label, action=m.action,
                   instrument=m.instrument, addressee=m.addressee, task=m.task, dueAt=m.due_at)


class ItemLinks(ApiModel):
    """The item's own URLs."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_by_name=True, serialize_by_alias=True,
                              json_schema_extra={"examples": [{
        "self": "/api/instruments/cop-untoc/resolution/7/1", "html": "/id/instrument/cop-untoc/resolution/7/1",
        "jsonld": "/api/instruments/cop-untoc/resolution/7/1?format=jsonld"}]})

    self_: str = Field(alias="self", description="This JSON")
    html: str = Field(description="The entity's page for people")
    jsonld: str = Field(description="The entity as compact JSON-LD")


_SINGLE_DESCRIPTION = "The first value of the relation of that name, when the entity has one (also in `relations`)"


class RelationPage(ApiModel):
    """Where the values of a relation that has more than the answer shows are."""

    model_config = _examples({"total": 240, "offset": 0, "shown": 100,
                              "next": "/api/bodies/cop-untoc?rel=issued&offset=100&limit=100"})

    total: int = Field(description="How many values the relation has")
    offset: int = Field(description="The position of the first value shown, in the relation's order")
    shown: int = Field(description="How many values the answer shows")
    next: Optional[str] = Field(description="The next values: this item with `rel`, `offset` and `limit`; "
                                            "null after the last")

    @classmethod
    def of(cls, view: ItemView, href: str, offset: int, limit: int) -> dict[str, "RelationPage"]:
        """The relations ``view`` shows in part, by name (from ``offset``, ``limit`` a page),
        with links from ``href`` (the item's JSON or page) to their next values."""
        pages = {}
        for name, total in view.cut().items():
            shown = len(view.relations.get(name, ()))
            after = offset + shown
            link = f"{href}?{urlencode({'rel': name, 'offset': after, 'limit': limit})}" if after < total else None
            pages[name] = cls(total=total, offset=offset, shown=shown, next=link)
        return pages


class ItemResponse(ApiModel):
    """One entity with every relation in both directions, each value with its evidence."""

    model_config = _examples({
        "api_version": "1", **_R7_1, "types": ["Resolution"], "adoptedOn": "2014-10-10", "number": "7/1",
        "mandates": [],
        "relations": {
            "makesConstantElement": [{**_WG_FIREARMS, "evidence": [_EVIDENCE]}],
            "mentionedBy": [{"id": "document/CTOC/COP/WG.4/2021/6", "iri": _BASE + "document/CTOC/COP/WG.4/2021/6",
                             "type": "Document", "label": "CTOC/COP/WG.4/2021/6",
                             "href": "/api/documents/CTOC/COP/WG.4/2021/6", "evidence": []}],
        },
        "links": {"self": "/api/instruments/cop-untoc/resolution/7/1", "html": "/id/instrument/cop-untoc/resolution/7/1",
                  "jsonld": "/api/instruments/cop-untoc/resolution/7/1?format=jsonld"},
    })
    absent_unless_set = frozenset({"href", "title", "date", "adoptedOn", "heldOn", "heldUntil", "heldIn", "ordinal",
                                   "number", "sessionNumber", "name", "symbols", "undocs", "aliases", "more"})

    api_version: str = Field(description="The API version: 1")
    id: Optional[str] = Field(description="The entity's id path")
    iri: str = Field(description="The entity's IRI")
    type: Optional[str] = Field(description="Its main class")
    label: str = Field(description="A name for people")
    href: Optional[str] = Field(default=None, description="This JSON")
    types: list[str] = Field(description="All its classes of the product's vocabulary")
    title: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    date: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    adoptedOn: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    heldOn: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    heldUntil: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    heldIn: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    ordinal: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    number: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    sessionNumber: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    name: Optional[Scalar] = Field(default=None, description=_SINGLE_DESCRIPTION)
    symbols: Optional[list[str]] = Field(default=None, description="Its UN document symbols")
    undocs: Optional[list[str]] = Field(default=None, description="Each symbol's document at undocs.org")
    aliases: Optional[list[str]] = Field(default=None, description="Other names it goes by")
    mandates: list[MandateSummaryModel] = Field(description="The mandates it gives or receives")
    relations: dict[str, list[RelationValueModel]] = Field(
        description="Relation name -> values, in both directions (inverse names such as `citedBy` for the entity "
                    "as object), each value with its evidence")
    more: Optional[dict[str, RelationPage]] = Field(
        default=None, description="Relation name -> where the rest of its values are, for each relation with more "
                                  "values than `relations` shows (the first 100 of each by default; `limit` sets it, "
                                  "`rel` and `offset` page through one relation). Absent when every value is shown")
    links: ItemLinks = Field(description="This item's URLs")

    @classmethod
    def fields_of(cls, view: ItemView, base: str) -> dict[str, Any]:
        """Every field but ``api_version`` and ``links`` (what the entity's HTML page shows too)."""
        fields: dict[str, Any] = {**EntityRef.fields_of(view.entity, base), "types": list(view.types), **view.single}
        if view.symbols is not None:
            fields["symbols"] = list(view.symbols)
            fields["undocs"] = [f"https://undocs.org/{s}" for s in view.symbols]
        if view.aliases is not None:
            fields["aliases"] = list(view.aliases)
        fields["mandates"] = [MandateSummaryModel.from_summary(m, base) for m in view.mandates]
        fields["relations"] = {name: [relation_value(v, base) for v in values] for name, values in view.relations.items()}
        return fields

    @classmethod
    def from_view(cls, view: ItemView, base: str, links: ItemLinks,
                  more: Mapping[str, RelationPage] | None = None) -> "ItemResponse":
        fields = cls.fields_of(view, base)
        if more:  # absent unless a relation is cut
            fields["more"] = dict(more)
        return cls(api_version=API_VERSION, **fields, links=links)


# ------------------------------------------------------------------------------ index, lists, resolve, search


class IndexResponse(ApiModel):
    """Where everything is."""

    model_config = _examples({
        "api_version": "1",
        "collections": {"instruments": "/api/instruments", "bodies": "/api/bodies", "meetings": "/api/meetings",
                        "sessions": "/api/sessions", "documents": "/api/documents"},
        "resolve": "/api/resolve?ref=resolution%207/1", "search": "/api/search?q=firearms", "queries": "/api/queries",
        "stats": "/api/stats", "sparql": "/sparql", "openapi": "/openapi.json", "context": "/context.jsonld",
    })

    api_version: str = Field(description="The API version: 1")
    collections: dict[str, str] = Field(description="Collection name -> its list")
    resolve: str = Field(description="Turn a citation into an entity")
    search: str = Field(description="Text search")
    queries: str = Field(description="The named queries")
    stats: str = Field(description="Counts per class and relation")
    sparql: str = Field(description="The SPARQL 1.1 endpoint")
    openapi: str = Field(description="This API's OpenAPI description")
    context: str = Field(description="The JSON-LD context")


class ListResponse(ApiModel):
    """One page of a collection."""

    model_config = _examples({
        "api_version": "1", "collection": "instruments", "total": 64, "limit": 1, "offset": 1, "count": 1,
        "next": "/api/instruments?limit=1&offset=2", "prev": "/api/instruments?limit=1&offset=0", "items": [_R7_1],
    })

    api_version: str = Field(description="The API version: 1")
    collection: str = Field(description="instruments, bodies, meetings, sessions or documents")
    total: int = Field(description="How many match, over all pages")
    limit: int = Field(description="The page size asked for")
    offset: int = Field(description="Items skipped")
    count: int = Field(description="Items on this page")
    next: Optional[str] = Field(description="The next page (also in the Link header); null on the last")
    prev: Optional[str] = Field(description="The previous page; null on the first")
    items: list[EntityRef] = Field(description="The page's entities")


class ResolveResponse(ApiModel):
    """What a citation as people write it refers to."""

    model_config = _examples({"api_version": "1", "status": "found", "ref": "resolution 7/1", "candidates": [],
                              "entity": _R7_1})
    absent_unless_set = frozenset({"message", "entity"})

    api_version: str = Field(description="The API version: 1")
    status: str = Field(description="found or ambiguous")
    ref: str = Field(description="The text asked about")
    candidates: list[EntityRef] = Field(description="The entities it could also be (ambiguous: the choices)")
    message: Optional[str] = Field(default=None, description="Why it is ambiguous, or which reading was taken")
    entity: Optional[EntityRef] = Field(default=None, description="The entity it refers to (when found)")


class SearchHitModel(ApiModel):
    """An entity matched by one of its names, titles, symbols or tasks, or by a quote of one
    of its facts (``field`` is then `quote` and the four fields after ``text`` say where)."""

    model_config = _examples(
        {"entity": _WG_FIREARMS, "field": "name", "text": "Working Group on Firearms"},
        {"entity": _R7_1, "field": "quote", "text": _EVIDENCE["quote"], "evidence": _EVIDENCE["id"],
         "relation": "makesConstantElement", "document": "document/CTOC/COP/2022/5", "paragraph": "8"},
    )
    absent_unless_set = frozenset({"evidence", "relation", "document", "paragraph"})

    entity: EntityRef = Field(description="The entity matched")
    field: str = Field(description="Where the text was found: name, label, aliases, symbols, title, task or quote")
    text: str = Field(description="The text that matched")
    evidence: Optional[str] = Field(default=None, description="The evidence node quoted (id path; quotes only)")
    relation: Optional[str] = Field(default=None, description="The relation the quote states (quotes only)")
    document: Optional[str] = Field(default=None, description="The document quoted (id path; quotes only)")
    paragraph: Optional[str] = Field(default=None, description="Its paragraph (quotes only)")

    @classmethod
    def from_hit(cls, hit: SearchHit, base: str) -> "SearchHitModel":
        fields: dict[str, Any] = {"entity": EntityRef.from_info(hit.entity, base), "field": hit.field, "text": hit.text}
        if hit.quote is not None:
            fields.update(evidence=hit.quote.evidence, relation=hit.quote.relation, document=hit.quote.document,
                          paragraph=hit.quote.paragraph)
        return cls(**fields)


class SearchResponse(ApiModel):
    """Search hits: names, titles, symbols and tasks first (shortest first), then quotes."""

    model_config = _examples({"api_version": "1", "q": "firearms", "count": 1, "results": [
        {"entity": _WG_FIREARMS, "field": "name", "text": "Working Group on Firearms"}]})

    api_version: str = Field(description="The API version: 1")
    q: str = Field(description="The text searched for")
    count: int = Field(description="How many hits")
    results: list[SearchHitModel] = Field(description="The hits")


class StatsResponse(ApiModel):
    """Counts of the store's contents."""

    model_config = _examples({"api_version": "1", "quads": 13605, "graphs": 9, "sources": 5,
                              "classes": {"Body": 25, "Resolution": 47}, "relations": {"establishes": 10, "cites": 47}})

    api_version: str = Field(description="The API version: 1")
    quads: int = Field(description="Quads in the store")
    graphs: int = Field(description="Named graphs")
    sources: int = Field(description="Loaded source files")
    classes: dict[str, int] = Field(description="Class -> distinct members")
    relations: dict[str, int] = Field(description="Relation -> distinct facts")

    @classmethod
    def from_stats(cls, s: Stats) -> "StatsResponse":
        return cls(api_version=API_VERSION, quads=s.quads, graphs=s.graphs, sources=s.sources,
                   classes=dict(s.classes), relations=dict(s.relations))


# ------------------------------------------------------------------------------ named queries


class QueryParameterModel(ApiModel):
    """A parameter of a named query."""

    model_config = _examples({"name": "body", "type": "iri", "required": True,
                              "description": "The body: an id path, an IRI or a name"})
    absent_unless_set = frozenset({"enum", "default"})

    name: str = Field(description="Its name, as a query parameter")
    type: str = Field(description="iri, string, integer, date, …")
    required: bool = Field(description="Whether it must be given")
    description: str = Field(description="What it means")
    enum: Optional[list[str]] = Field(default=None, description="The values it takes, when they are a fixed list")
    default: Optional[str] = Field(default=None, description="Its value when not given")


class NamedQueryModel(ApiModel):
    """A named query: its SPARQL, parameters and example calls."""

    model_config = _examples({
        "name": "mandates-of-body", "title": "Mandates of a body", "description": "What the body was tasked with.",
        "parameters": [{"name": "body", "type": "iri", "required": True, "description": "The body"}],
        "examples": [{"body": "body/cop-untoc/wg-firearms"}], "sparql": "SELECT ?instrument ?action ?task WHERE { … }",
        "href": "/api/queries/mandates-of-body",
        "exampleLinks": ["/api/queries/mandates-of-body?body=body%2Fcop-untoc%2Fwg-firearms"],
    })

    name: str = Field(description="Its name, the last segment of its URL")
    title: str = Field(description="What it answers, in a line")
    description: str = Field(description="What it answers, in full")
    parameters: list[QueryParameterModel] = Field(description="Its parameters")
    examples: list[dict[str, str]] = Field(description="Example parameter sets")
    sparql: str = Field(description="The query's text")
    href: str = Field(description="Where it runs")
    exampleLinks: list[str] = Field(description="The examples as URLs")

    @classmethod
    def from_query(cls, q: NamedQuery, example_links: list[str]) -> "NamedQueryModel":
        parameters = []
        for p in q.parameters:
            extra: dict[str, Any] = {}
            if p.choices:
                extra["enum"] = list(p.choices)
            if p.default is not None:
                extra["default"] = p.default
            parameters.append(QueryParameterModel(name=p.name, type=p.type, required=p.required,
                                                  description=p.description, **extra))
        return cls(name=q.name, title=q.title, description=q.description, parameters=parameters,
                   examples=[dict(e) for e in q.examples], sparql=q.sparql, href=f"/api/queries/{q.name}",
                   exampleLinks=example_links)


class QueryListResponse(ApiModel):
    """The named queries."""

    model_config = _examples({"api_version": "1", "count": 0, "queries": []})

    api_version: str = Field(description="The API version: 1")
    count: int = Field(description="How many")
    queries: list[NamedQueryModel] = Field(description="The queries, by name")


class QueryRowsResponse(ApiModel):
    """A named query's answer as JSON rows (the default format)."""

    model_config = _examples({
        "api_version": "1", "query": "mandates-of-body", "title": "Mandates of a body",
        "parameters": {"body": "cop-untoc/wg-international-cooperation"}, "columns": ["instrument", "action", "task"],
        "count": 1, "rows": [{"instrument": _BASE + "instrument/cop-untoc/resolution/10/6", "action": "request",
                              "task": "hold a joint thematic discussion"}],
    })

    api_version: str = Field(description="The API version: 1")
    query: str = Field(description="The query's name")
    title: str = Field(description="What it answers")
    parameters: dict[str, str] = Field(description="The parameters as given")
    columns: list[str] = Field(description="The variables, in order")
    count: int = Field(description="How many rows")
    rows: list[dict[str, Optional[Scalar]]] = Field(
        description="Column -> value: IRIs as text, numbers as numbers, null when unbound")


# ------------------------------------------------------------------------------ lineage


class LineageNodeModel(ApiModel):
    """A node of a lineage, with how the walk reached it."""

    model_config = _examples({
        "id": "meeting/cop-untoc/wg-international-cooperation/12",
        "iri": _BASE + "meeting/cop-untoc/wg-international-cooperation/12", "kind": "meeting",
        "label": "12th meeting of the Working Group on International Cooperation", "date": "2022-05-23",
        "endDate": "2022-05-27", "distance": -1, "via": "instrument/cop-untoc/resolution/11/3", "viaRelation": "endorses",
        "shortLabel": "12th meeting of the Working Group on International Cooperation",
    })

    id: Optional[str] = Field(description="The node's id path")
    iri: str = Field(description="The node's IRI")
    kind: Optional[str] = Field(description="instrument, session, meeting, document, body or mandate")
    label: str = Field(description="A name for people")
    date: Optional[str] = Field(description="Adoption, meeting or document date (ISO 8601)")
    endDate: Optional[str] = Field(description="A meeting's last day")
    distance: int = Field(description="Hops from the root: negative upstream, positive downstream, 0 the root")
    via: Optional[str] = Field(description="The node it was first reached from (id path)")
    viaRelation: Optional[str] = Field(description="The relation it was reached by")
    shortLabel: str = Field(description="A shorter name for pictures (\"resolution 7/1\")")


class LineageEvidenceModel(ApiModel):
    """Where a lineage edge's triple was read."""

    model_config = _examples({"iri": _BASE + "evidence/sample/8398e8eae9fbfc41", "document": "document/CTOC/COP/2022/9",
                              "paragraph": "preamble", "quote": "Recalling its resolution 7/1,"})

    iri: Optional[str] = Field(description="The evidence node's IRI")
    document: str = Field(description="The document quoted (id path)")
    paragraph: Optional[str] = Field(description="Its paragraph")
    quote: str = Field(description="The sentence quoted")

    @classmethod
    def from_ref(cls, ev: EvidenceRef, base: str) -> "LineageEvidenceModel":
        return cls(iri=ev.iri, document=str(_short(ev.document, base)), paragraph=ev.paragraph, quote=ev.quote)


class LineageEdgeModel(ApiModel):
    """An arrow from cause to effect, with the triple's subject so it can be said the document's way round."""

    model_config = _examples({
        "source": "instrument/cop-untoc/resolution/7/1", "target": "instrument/cop-untoc/resolution/10/6",
        "relation": "cites", "subject": "instrument/cop-untoc/resolution/10/6",
        "evidence": [{"iri": _BASE + "evidence/sample/8398e8eae9fbfc41", "document": "document/CTOC/COP/2022/9",
                      "paragraph": "preamble",
                      "quote": "Recalling its resolution 7/1,"}],
    })

    source: Optional[str] = Field(description="The cause (id path)")
    target: Optional[str] = Field(description="The effect (id path)")
    relation: str = Field(description="The relation behind it, as stored")
    subject: Optional[str] = Field(description="The triple's subject (id path)")
    evidence: list[LineageEvidenceModel] = Field(description="Where the triple was read")

    @classmethod
    def from_edge(cls, e: LineageEdge, base: str) -> "LineageEdgeModel":
        return cls(source=_short(e.source, base), target=_short(e.target, base), relation=e.relation,
                   subject=_short(e.subject, base), evidence=[LineageEvidenceModel.from_ref(ev, base) for ev in e.evidence])


class LineageResponse(ApiModel):
    """What led to an entity and what came of it: nodes in time order, edges with evidence."""

    model_config = _examples({
        "api_version": "1", "root": "instrument/cop-untoc/resolution/10/6", "direction": "up", "depth": 1,
        "engine": "networkx", "nodes": [], "edges": [],
    })

    api_version: str = Field(description="The API version: 1")
    root: Optional[str] = Field(description="The entity asked about (id path)")
    direction: str = Field(description="up, down or both")
    depth: int = Field(description="Hops followed")
    engine: str = Field(description="networkx or sparql: which engine answered")
    nodes: list[LineageNodeModel] = Field(description="Dated nodes in date order, then undated ones")
    edges: list[LineageEdgeModel] = Field(description="Edges in time order of their effect")

    @classmethod
    def from_lineage(cls, lineage: Lineage, ids: Identifiers, short_labels: Mapping[str, str]) -> "LineageResponse":
        base = ids.base
        nodes = []
        for iri in lineage.ordered_nodes():
            n = lineage.nodes[iri]
            nodes.append(LineageNodeModel(
                id=_short(iri, base), iri=iri, kind=n.kind, label=n.label, date=n.date, endDate=n.end_date,
                distance=n.distance, via=_short(n.via, base) if n.via else None, viaRelation=n.via_relation,
                shortLabel=short_labels[iri],
            ))
        return cls(api_version=API_VERSION, root=_short(lineage.root, base), direction=lineage.direction,
                   depth=lineage.depth, engine=lineage.engine, nodes=nodes,
                   edges=[LineageEdgeModel.from_edge(e, base) for e in lineage.edges])


# ------------------------------------------------------------------------------ history


class HistoryReportModel(ApiModel):
    """A report of a meeting, or the meeting an endorsement covers (then only iri and symbol)."""

    model_config = _examples({"iri": _BASE + "document/CTOC/COP/WG.4/2021/6", "symbol": "CTOC/COP/WG.4/2021/6",
                              "quote": "Report on the meeting of the Working Group on Trafficking in Persons"})
    absent_unless_set = frozenset({"quote"})

    iri: str = Field(description="The report's (or the endorsed meeting's) IRI")
    symbol: Optional[str] = Field(description="The report's symbol")
    quote: Optional[str] = Field(default=None, description="Where the report says which meeting it reports")


class HistoryEvidenceModel(ApiModel):
    """Where an event was read."""

    model_config = _examples({"quote": "In its decision 4/4, the Conference established …",
                              "document": "document/CTOC/COP/2022/9", "paragraph": "2"})

    quote: str = Field(description="The sentence quoted")
    document: Optional[str] = Field(description="The document quoted (id path)")
    paragraph: Optional[str] = Field(description="Its paragraph")


class HistoryEventModel(ApiModel):
    """One event of a body's timeline."""

    model_config = _examples({
        "event": "meeting", "entity": _BASE + "meeting/cop-untoc/wg-trafficking-in-persons/11",
        "label": "11th meeting of the Working Group on Trafficking in Persons", "date": "2021-10-12",
        "endDate": "2021-10-13", "place": "Vienna", "tasks": [],
        "reports": [{"iri": _BASE + "document/CTOC/COP/WG.4/2021/6", "symbol": "CTOC/COP/WG.4/2021/6",
                     "quote": "Report on the meeting of the Working Group on Trafficking in Persons"}],
        "evidence": [{"quote": "held in Vienna on 12 and 13 October 2021", "document": "document/CTOC/COP/WG.4/2021/6",
                      "paragraph": "1"}],
        "id": "meeting/cop-untoc/wg-trafficking-in-persons/11",
    })

    event: str = Field(description="established by, made a constant element by, requested by, meeting, endorsed by, …")
    entity: str = Field(description="The instrument or meeting (IRI)")
    label: str = Field(description="Its name")
    date: Optional[str] = Field(description="Its date (an undated instrument is placed, not dated)")
    endDate: Optional[str] = Field(description="A meeting's last day")
    place: Optional[str] = Field(description="Where a meeting was held")
    tasks: list[str] = Field(description="What the body was asked to do")
    reports: list[HistoryReportModel] = Field(description="A meeting's reports; an endorsement's meetings")
    evidence: list[HistoryEvidenceModel] = Field(description="Where the event was read")
    id: Optional[str] = Field(description="The entity's id path")

    @classmethod
    def from_event(cls, e: Event, base: str) -> "HistoryEventModel":
        reports = [HistoryReportModel(iri=r.iri, symbol=r.symbol, quote=r.quote) for r in e.reports]
        reports += [HistoryReportModel(iri=m, symbol=None) for m in e.endorsed_meetings]
        return cls(
            event=e.kind, entity=e.subject, label=e.label, date=e.date, endDate=e.end, place=e.place,
            tasks=list(e.tasks), reports=reports,
            evidence=[HistoryEvidenceModel(quote=ev.quote, document=_short(ev.document, base), paragraph=ev.paragraph)
                      for ev in e.evidence],
            id=_short(e.subject, base),
        )


class HistoryResponse(ApiModel):
    """A body's timeline, in date order."""

    model_config = _examples({"api_version": "1", "body": "cop-untoc/wg-trafficking-in-persons",
                              "iri": _BASE + "body/cop-untoc/wg-trafficking-in-persons",
                              "name": "Working Group on Trafficking in Persons", "events": []})

    api_version: str = Field(description="The API version: 1")
    body: str = Field(description="The body's key")
    iri: str = Field(description="The body's IRI")
    name: str = Field(description="The body's name")
    events: list[HistoryEventModel] = Field(description="Its events in date order; undated ones placed or last")


# ------------------------------------------------------------------------------ mandates


class StatusEvidenceModel(ApiModel):
    """Where a fact behind a mandate or its status was read."""

    model_config = _examples({"relation": "establishes", "document": "document/CTOC/COP/2022/9", "paragraph": "2",
                              "quote": "In its decision 4/4, the Conference established an open-ended interim working "
                                       "group on trafficking in persons."})

    relation: str = Field(description="The relation the quote states")
    document: Optional[str] = Field(description="The document quoted (id path)")
    paragraph: Optional[str] = Field(description="Its paragraph")
    quote: Optional[str] = Field(description="The sentence quoted")

    @classmethod
    def fields_of(cls, e: StatusEvidence, base: str) -> dict[str, Any]:
        """As ``from_evidence(e, base).model_dump()``, without building the model."""
        return {"relation": e.relation, "document": _short(e.document, base), "paragraph": e.paragraph, "quote": e.quote}

    @classmethod
    def from_evidence(cls, e: StatusEvidence, base: str) -> "StatusEvidenceModel":
        return cls(**cls.fields_of(e, base))


class StatusLinkModel(ApiModel):
    """What fulfils or renews a mandate (graph/status.py explains each kind); the fields
    between ``iri`` and ``evidence`` are those of its kind."""

    model_config = _examples({
        "kind": "report", "iri": _BASE + "document/CTOC/COP/WG.3/2022/4",
        "reportOf": "meeting/cop-untoc/wg-international-cooperation/12",
        "evidence": [{"relation": "pursuantTo", "document": "document/CTOC/COP/WG.3/2022/4", "paragraph": "2",
                      "quote": "In accordance with resolution 10/6, …"}],
    })
    absent_unless_set = frozenset({"reportOf", "submittedTo", "author", "endorses", "heldOn", "mandate"})

    kind: str = Field(description="report, due report, endorsement, meeting, act or later mandate")
    iri: str = Field(description="The document, instrument or meeting that answers (IRI)")
    reportOf: Optional[str] = Field(default=None, description="The meeting the report reports (id path)")
    submittedTo: Optional[str] = Field(default=None, description="The session it was submitted to (id path)")
    author: Optional[str] = Field(default=None, description="The addressee that wrote it (id path)")
    endorses: Optional[str] = Field(default=None, description="The meeting endorsed (id path)")
    heldOn: Optional[str] = Field(default=None, description="The date the body met")
    mandate: Optional[str] = Field(default=None, description="The later mandate (id path)")
    evidence: list[StatusEvidenceModel] = Field(description="Where the link was read")

    @staticmethod
    def _extra(link: StatusLink, base: str) -> dict[str, Any]:
        """The fields of the link's kind: those it has (`absent_unless_set`)."""
        return {name: _short(value, base) for name, value in (
            ("reportOf", link.report_of), ("submittedTo", link.submitted_to), ("author", link.author),
            ("endorses", link.endorses), ("heldOn", link.held_on), ("mandate", link.mandate)) if value is not None}

    @classmethod
    def fields_of(cls, link: StatusLink, base: str) -> dict[str, Any]:
        """As ``from_link(link, base).model_dump()``, without building the model."""
        return {"kind": link.kind, "iri": link.iri, **cls._extra(link, base),
                "evidence": [StatusEvidenceModel.fields_of(e, base) for e in link.evidence]}

    @classmethod
    def from_link(cls, link: StatusLink, base: str) -> "StatusLinkModel":
        return cls(kind=link.kind, iri=link.iri, **cls._extra(link, base),
                   evidence=[StatusEvidenceModel.from_evidence(e, base) for e in link.evidence])


class MandateStatusModel(ApiModel):
    """A mandate with its status and the links that justify it."""

    model_config = _examples({
        "id": "mandate/cop-untoc/decision/4/4/establishes/body/cop-untoc/wg-trafficking-in-persons",
        "iri": _BASE + "mandate/cop-untoc/decision/4/4/establishes/body/cop-untoc/wg-trafficking-in-persons",
        "label": "decision 4/4 establishes Working Group on Trafficking in Persons",
        "instrument": "instrument/cop-untoc/decision/4/4", "addressee": "body/cop-untoc/wg-trafficking-in-persons",
        "action": "establish", "tasks": [], "status": "open", "dueAt": "session/cop-untoc/5", "overdue": True,
        "evidence": [{"relation": "establishes", "document": "document/CTOC/COP/2022/9", "paragraph": "2",
                      "quote": "In its decision 4/4, the Conference established …"}],
        "fulfilledBy": [], "renewedBy": [],
    })

    id: Optional[str] = Field(description="The mandate's id path")
    iri: str = Field(description="The mandate's IRI")
    label: Optional[str] = Field(description="Instrument, action and addressee in words")
    instrument: Optional[str] = Field(description="The instrument giving it (id path)")
    addressee: Optional[str] = Field(description="The body or meeting receiving it (id path)")
    action: str = Field(description="establish, makeConstantElement, request, encourage, invite or endorse")
    tasks: list[str] = Field(description="What is asked, in the instrument's words")
    status: str = Field(description="fulfilled, renewed or open")
    dueAt: Optional[str] = Field(description="The session the outcome is due at (id path)")
    overdue: bool = Field(description="Open, and its due session has been held")
    evidence: list[StatusEvidenceModel] = Field(description="Where the mandate was read")
    fulfilledBy: list[StatusLinkModel] = Field(description="What fulfils it, strongest first")
    renewedBy: list[StatusLinkModel] = Field(description="Later mandates of the same action to the same addressee")

    @classmethod
    def fields_of(cls, m: MandateStatus, base: str) -> dict[str, Any]:
        """As ``from_status(m, base).model_dump()``, without building the models: the web
        tracker makes a row per mandate shown (100 a page), and pydantic's validation and
        serialization of the nested models were most of a page's own CPU (tests check both
        give the same)."""
        return {
            "id": _short(m.iri, base), "iri": m.iri, "label": m.label, "instrument": _short(m.instrument, base),
            "addressee": _short(m.addressee, base), "action": m.action, "tasks": list(m.tasks), "status": m.status,
            "dueAt": _short(m.due_at, base), "overdue": m.overdue,
            "evidence": [StatusEvidenceModel.fields_of(e, base) for e in m.evidence],
            "fulfilledBy": [StatusLinkModel.fields_of(link, base) for link in m.fulfilled_by],
            "renewedBy": [StatusLinkModel.fields_of(link, base) for link in m.renewed_by],
        }

    @classmethod
    def from_status(cls, m: MandateStatus, base: str) -> "MandateStatusModel":
        return cls(
            id=_short(m.iri, base), iri=m.iri, label=m.label, instrument=_short(m.instrument, base),
            addressee=_short(m.addressee, base), action=m.action, tasks=list(m.tasks), status=m.status,
            dueAt=_short(m.due_at, base), overdue=m.overdue,
            evidence=[StatusEvidenceModel.from_evidence(e, base) for e in m.evidence],
            fulfilledBy=[StatusLinkModel.from_link(link, base) for link in m.fulfilled_by],
            renewedBy=[StatusLinkModel.from_link(link, base) for link in m.renewed_by],
        )


class MandateListResponse(ApiModel):
    """One page of mandates."""

    model_config = _examples({"api_version": "1", "total": 69, "limit": 1, "offset": 0,
                              "next": "http://127.0.0.1:8000/api/mandates?limit=1&offset=1", "items": []})

    api_version: str = Field(description="The API version: 1")
    total: int = Field(description="How many match, over all pages")
    limit: int = Field(description="The page size asked for")
    offset: int = Field(description="Items skipped")
    next: Optional[str] = Field(description="The next page; null on the last")
    items: list[MandateStatusModel] = Field(description="The page's mandates, by IRI")


# ------------------------------------------------------------------------------ sources


class SourceModel(ApiModel):
    """A loaded source file."""

    model_config = _examples({"key": "003-c77e2318912434e6", "file": "003_c77e2318912434e6.txt",
                              "sha256": "c77e2318912434e6…", "document": "document/CTOC/COP/2022/9",
                              "documentLabel": "CTOC/COP/2022/9", "href": "/source/003-c77e2318912434e6"})

    key: str = Field(description="Its key: the last segment of its URLs")
    file: str = Field(description="The file's name as loaded")
    sha256: Optional[str] = Field(description="The SHA-256 of the file loaded")
    document: Optional[str] = Field(description="The document it holds (id path)")
    documentLabel: Optional[str] = Field(description="That document's symbol or label")
    href: str = Field(description="Its source view for people")

    @classmethod
    def fields_of(cls, s: LoadedSource, base: str) -> dict[str, Any]:
        return {"key": s.key, "file": s.file_name, "sha256": s.sha256,
                "document": s.document.removeprefix(base) if s.document else None,
                "documentLabel": s.document_label, "href": f"/source/{s.key}"}


class SourceListResponse(ApiModel):
    """The loaded source files."""

    model_config = _examples({"api_version": "1", "count": 0, "items": []})

    api_version: str = Field(description="The API version: 1")
    count: int = Field(description="How many")
    items: list[SourceModel] = Field(description="The files, by name")


class SpanEntity(ApiModel):
    """An entity a fact is about."""

    model_config = _examples({"id": "body/cop-untoc/wg-firearms", "label": "Working Group on Firearms", "type": "Body"})

    id: Optional[str] = Field(description="Its id path")
    label: str = Field(description="Its name")
    type: Optional[str] = Field(description="Its main class")


class SpanLiteral(ApiModel):
    """A fact's value that is a literal."""

    model_config = _examples({"value": "2022-10-21"})

    value: str = Field(description="The value's text")


class FactSpanModel(ApiModel):
    """A fact read from the file, with the span of its quote."""

    model_config = _examples({
        "evidence": "evidence/003-c77e2318912434e6/0a1b2c3d4e5f6071", "anchor": "ev-0a1b2c3d4e5f6071",
        "start": 5120, "end": 5150, "subject": {"id": "instrument/cop-untoc/resolution/11/3", "label": "resolution 11/3",
                                               "type": "Resolution"},
        "relation": "cites",
        "object": {"id": "instrument/cop-untoc/resolution/10/6", "label": "resolution 10/6", "type": "Resolution"},
        "quote": "Recalling its resolution 10/6,", "paragraph": "preamble", "characterization": "recalling",
    })

    evidence: str = Field(description="The evidence node (id path)")
    anchor: str = Field(description="The span's anchor in the source view (`#ev-…`)")
    start: int = Field(description="Character offset where the quote starts")
    end: int = Field(description="Character offset where it ends")
    subject: SpanEntity = Field(description="What the fact is about")
    relation: str = Field(description="The relation stated")
    object: Union[SpanEntity, SpanLiteral] = Field(description="The entity or value it states")
    quote: Optional[str] = Field(description="The sentence")
    paragraph: Optional[str] = Field(description="Its paragraph")
    characterization: Optional[str] = Field(description="How the text cites it")


class SourceViewResponse(ApiModel):
    """A loaded file's text with the span of every fact read from it, in text order."""

    model_config = _examples({
        "api_version": "1", "key": "003-c77e2318912434e6", "file": "003_c77e2318912434e6.txt", "sha256": "c77e2318…",
        "document": "document/CTOC/COP/2022/9", "documentLabel": "CTOC/COP/2022/9",
        "href": "/source/003-c77e2318912434e6", "text": "…", "length": 1, "spans": [],
    })

    api_version: str = Field(description="The API version: 1")
    key: str = Field(description="The file's key")
    file: str = Field(description="The file's name as loaded")
    sha256: Optional[str] = Field(description="The SHA-256 of the file loaded")
    document: Optional[str] = Field(description="The document it holds (id path)")
    documentLabel: Optional[str] = Field(description="That document's symbol or label")
    href: str = Field(description="Its source view for people")
    text: Optional[str] = Field(description="The text as the loader read it; null when the file cannot be shown")
    # (A default, so that the example, which shows a file found, may leave it out: FastAPI drops
    # nulls from the examples it publishes. The answer always has it.)
    problem: Optional[str] = Field(default=None, description="Why the text cannot be shown (file missing or changed); "
                                                             "null when it is shown")
    length: Optional[int] = Field(description="The text's length in characters")
    spans: list[FactSpanModel] = Field(description="Every fact read from the file, in text order")


class EvidenceLinkResponse(ApiModel):
    """The evidence node that quotes a text, and where the source view shows it."""

    model_config = _examples({"api_version": "1", "evidence": "evidence/003-c77e2318912434e6/0a1b2c3d4e5f6071",
                              "source": "/source/003-c77e2318912434e6#ev-0a1b2c3d4e5f6071"})

    api_version: str = Field(description="The API version: 1")
    evidence: str = Field(description="The evidence node (id path)")
    source: Optional[str] = Field(description="Its place in the source view; null when its file is not known")


def entity_refs(infos: Iterable[EntityInfo], base: str) -> list[EntityRef]:
    return [EntityRef.from_info(info, base) for info in infos]
