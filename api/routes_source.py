"""The loaded documents' text with the span of every fact read from it, as JSON.

    GET /api/sources                 the loaded files: key, file name, the document each holds
    GET /api/sources/{key}           one file's text and its facts' spans (subject, relation,
                                     object, quote, paragraph), in text order
    GET /api/evidence-link?document=&quote=
                                     the evidence node quoting that text, and its source-view URL

Offsets are into the text as the loader read it (``loaders.sources.read_source``); the file is
found on disk by name and checked by SHA-256 (``api/source_files.py``).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from mandate_graph.api.errors import PROBLEM_RESPONSES, problem
from mandate_graph.api.models import (API_VERSION, EvidenceLinkResponse, FactSpanModel, SourceListResponse, SourceModel,
                                      SourceViewResponse, SpanEntity, SpanLiteral)
from mandate_graph.api.source_files import find_source_text, source_folders
from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import EntityReader, term_name
from mandate_graph.graph.source_spans import (LoadedSource, evidence_for_quote, fact_spans, graph_of_evidence, loaded_source,
                                              loaded_sources, source_key)

router = APIRouter(prefix="/api", tags=["sources"], responses=PROBLEM_RESPONSES)


@router.get("/sources", summary="The loaded source files and the document each holds", response_model=SourceListResponse)
def list_sources(request: Request) -> SourceListResponse:
    ctx = request.app.state.ctx
    items = [SourceModel(**SourceModel.fields_of(s, ctx.ids.base)) for s in loaded_sources(ctx.store, ctx.ids)]
    return SourceListResponse(api_version=API_VERSION, count=len(items), items=items)


@router.get("/sources/{key}", summary="A loaded file's text with the span of every fact read from it",
            response_model=SourceViewResponse)
def source(request: Request, key: str) -> SourceViewResponse | JSONResponse:
    ctx = request.app.state.ctx
    view = source_view(ctx, key)
    if view is None:
        return problem(404, f"no loaded source {key!r}; see /api/sources",
                      known=[s.key for s in loaded_sources(ctx.store, ctx.ids)])
    return view


@router.get("/evidence-link", summary="The evidence node quoting a text from a document (for links to the source view)",
            response_model=EvidenceLinkResponse)
def evidence_link(request: Request, document: str = Query(..., description="document id path or IRI"),
                  quote: str = Query(...)) -> EvidenceLinkResponse | JSONResponse:
    ctx = request.app.state.ctx
    doc = document if document.startswith(("http://", "https://")) else ctx.ids.base + document
    found = evidence_for_quote(ctx.store, doc, quote)
    if found is None:
        return problem(404, f"no evidence quoting that text in {document}")
    return EvidenceLinkResponse(api_version=API_VERSION, evidence=found.removeprefix(ctx.ids.base),
                                source=source_url(ctx, found))


def source_href(evidence_path: str | None) -> str | None:
    """A link to the passage an evidence node quotes (``evidence/…`` -> ``/go/evidence/…``),
    for pages that list many quotes: the file it is in is looked up when the link is followed."""
    if not evidence_path or not evidence_path.startswith("evidence/"):
        return None
    return "/go/evidence/" + evidence_path


def source_url(ctx: Context, evidence_iri: str) -> str | None:
    """The source-view URL of one evidence node: ``/source/<file's key>#ev-<digest>``."""
    graph = graph_of_evidence(ctx.store, evidence_iri)
    if graph is None:
        return None
    return f"/source/{source_key(ctx.ids, graph)}#ev-{evidence_iri.rsplit('/', 1)[-1]}"


_VIEWS: OrderedDict[tuple[int, str, str | None, int, tuple[Path, ...]], SourceViewResponse] = OrderedDict()
_VIEWS_KEPT = 8


def source_view(ctx: Context, key: str) -> SourceViewResponse | None:
    """The file's text and its spans, each naming the fact in words (labels, not only IRIs).

    Kept for the last few files viewed: reading a report's few hundred spans costs ~100 ms.
    The key has the store, its generation (it goes up with every write), the file's SHA-256
    and where files are looked for.
    """
    loaded = loaded_source(ctx.store, ctx.ids, key)
    if loaded is None:
        return None
    cache_key = (id(ctx.store), loaded.graph, loaded.sha256, ctx.store.generation, ctx.settings.source_folders)
    if cache_key in _VIEWS:
        _VIEWS.move_to_end(cache_key)
        return _VIEWS[cache_key]
    view = _read_view(ctx, loaded)
    if view.text is None:
        return view  # not kept: the file may be put where it is looked for
    _VIEWS[cache_key] = view
    while len(_VIEWS) > _VIEWS_KEPT:
        _VIEWS.popitem(last=False)
    return view


def _read_view(ctx: Context, loaded: LoadedSource) -> SourceViewResponse:
    spans = fact_spans(ctx.store, loaded.graph)
    reader = EntityReader(ctx.store, ctx.ids)
    infos = reader.infos([s.subject for s in spans] + [s.object for s in spans if s.object_is_iri])
    found = find_source_text(loaded.file_name, loaded.sha256, source_folders(ctx.settings.source_folders))

    def entity(iri: str) -> SpanEntity:
        info = infos.get(iri)
        return SpanEntity(id=reader.path_of(iri), label=info.label if info else iri, type=info.type if info else None)

    items = []
    for s in spans:
        evidence = reader.path_of(s.evidence) or s.evidence
        items.append(FactSpanModel(
            evidence=evidence,
            anchor="ev-" + evidence.rsplit("/", 1)[-1],
            start=s.start,
            end=s.end,
            subject=entity(s.subject),
            relation=term_name(s.predicate),
            object=entity(s.object) if s.object_is_iri else SpanLiteral(value=s.object),
            quote=s.quote,
            paragraph=s.paragraph,
            characterization=s.characterization,
        ))
    return SourceViewResponse(
        api_version=API_VERSION,
        **SourceModel.fields_of(loaded, ctx.ids.base),
        text=found.text,
        problem=found.problem,
        length=len(found.text) if found.text is not None else None,
        spans=items,
    )
