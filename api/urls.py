"""The only place that makes the API's links (hrefs) to entities.

An entity's IRI is ``<base><kind>/<rest>`` (``instrument/cop-untoc/resolution/7/1``); its
JSON lives at ``/api/<collection>/<rest>`` (``/api/instruments/cop-untoc/resolution/7/1``).
graph/ names entities by IRI and id path only; the URL layout of the HTTP service is this
module's business.
"""

from __future__ import annotations

from mandate_graph.graph.entities import COLLECTIONS

# The IRI path's first segment -> the collection under /api that serves it.
PATH_TO_COLLECTION: dict[str, str] = {prefix: name for name, (prefix, _) in COLLECTIONS.items()}
PATH_TO_COLLECTION["mandate"] = "mandates"


def api_href(iri: str | None, base: str) -> str | None:
    """The API URL of an entity, None for an IRI outside ``base`` or outside the collections
    (evidence nodes, source graphs, other vocabularies)."""
    if iri is None or not iri.startswith(base):
        return None
    prefix, _, rest = iri[len(base):].partition("/")
    collection = PATH_TO_COLLECTION.get(prefix)
    if collection is None or not rest:
        return None
    return f"/api/{collection}/{rest}"
