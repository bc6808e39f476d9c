"""A lineage as JSON, Mermaid, Graphviz DOT, GraphML or GEXF (for Gephi and Cytoscape)."""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import TYPE_CHECKING

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.lineage import EvidenceRef, Lineage, new_graph
from mandate_graph.graph.model import InstrumentRef
from mandate_graph.ontology import relations as relation_table

if TYPE_CHECKING:
    from mandate_graph.graph.lineage import LineageGraph

FORMATS = {
    "json": "application/json",
    "mermaid": "text/vnd.mermaid; charset=utf-8",
    "dot": "text/vnd.graphviz; charset=utf-8",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
}


def short_labels(lineage: Lineage, ids: Identifiers) -> dict[str, str]:
    """Labels for the tree: instruments of the "home" issuer (the root's, else the commonest
    in the lineage) as just "resolution 10/6"; other issuers keep their name; a node with no
    label shows its id path."""
    refs = {n: ids.parse(n) for n in lineage.nodes}
    issuers = [r.issuer for r in refs.values() if isinstance(r, InstrumentRef)]
    root = refs.get(lineage.root)
    home = root.issuer if isinstance(root, InstrumentRef) else (Counter(issuers).most_common(1)[0][0] if issuers else None)
    labels = {}
    for node, attrs in lineage.nodes.items():
        ref, label = refs[node], attrs.label or node
        if isinstance(ref, InstrumentRef) and ref.issuer == home:
            label = f"{ref.kind} {ref.session}/{ref.number}"
        elif label == node:
            label = node.removeprefix(ids.base)
        labels[node] = label
    return labels


def _short(ids: Identifiers, iri: str) -> str:
    return iri[len(ids.base) :] if iri.startswith(ids.base) else iri


def to_json(lineage: Lineage, ids: Identifiers) -> dict[str, object]:
    """Nodes (in time order), edges and evidence in one document: the JSON the command line
    writes, the same as the API's (api/models.py `LineageResponse`; a test checks they agree)."""
    labels = short_labels(lineage, ids)

    def node(n: str) -> dict[str, object]:
        attrs = lineage.nodes[n]
        return {"id": _short(ids, n), "iri": n, "kind": attrs.kind, "label": attrs.label, "date": attrs.date,
                "endDate": attrs.end_date, "distance": attrs.distance,
                "via": _short(ids, attrs.via) if attrs.via else None, "viaRelation": attrs.via_relation,
                "shortLabel": labels[n]}

    def evidence(ev: EvidenceRef) -> dict[str, object]:
        return {"iri": ev.iri, "document": _short(ids, ev.document), "paragraph": ev.paragraph, "quote": ev.quote}

    return {
        "api_version": "1",
        "root": _short(ids, lineage.root),
        "direction": lineage.direction,
        "depth": lineage.depth,
        "engine": lineage.engine,
        "nodes": [node(n) for n in lineage.ordered_nodes()],
        "edges": [
            {
                "source": _short(ids, e.source),
                "target": _short(ids, e.target),
                "relation": e.relation,
                "subject": _short(ids, e.subject),
                "evidence": [evidence(ev) for ev in e.evidence],
            }
            for e in lineage.edges
        ],
    }


def to_networkx(lineage: Lineage, ids: Identifiers) -> LineageGraph:
    """The lineage as a graph whose attributes are strings and numbers (GraphML/GEXF need that)."""
    graph: LineageGraph = new_graph()
    for node in lineage.ordered_nodes():
        attrs = lineage.nodes[node]
        graph.add_node(
            _short(ids, node),
            label=attrs.label or node,
            kind=attrs.kind or "",
            date=attrs.date or "",
            end_date=attrs.end_date or "",
            distance=attrs.distance,
            iri=node,
        )
    for edge in lineage.edges:
        first = edge.evidence[0] if edge.evidence else None
        graph.add_edge(
            _short(ids, edge.source),
            _short(ids, edge.target),
            key=edge.relation,
            relation=edge.relation,
            quote=first.quote if first else "",
            document=_short(ids, first.document) if first else "",
            paragraph=(first.paragraph or "") if first else "",
            evidence_count=len(edge.evidence),
        )
    return graph


# A picture draws every arrow from cause to effect (see graph/lineage.py), so a relation
# whose triple points the other way ("report pursuantTo resolution") is labelled as the
# arrow reads: "resolution --called for--> report", not "resolution --pursuantTo--> report".
# The labels are the `reads_backward` column of ontology/relations.py.
ARROW_LABELS = {r.name: r.arrow_label for r in relation_table.LINEAGE if r.arrow_label != r.name}


def arrow_label(relation: str) -> str:
    return ARROW_LABELS.get(relation, relation)


def _mermaid_text(text: str) -> str:
    text = re.sub(r'["\[\]{}()<>|#;`]', " ", text).strip()
    return text if len(text) <= 120 else text[:119] + "…"


def to_mermaid(lineage: Lineage, ids: Identifiers) -> str:
    names = {node: f"n{i}" for i, node in enumerate(lineage.ordered_nodes())}
    labels = short_labels(lineage, ids)
    lines = ["flowchart LR"]
    for node, name in names.items():
        attrs = lineage.nodes[node]
        date = f" ({attrs.date})" if attrs.date else ""
        lines.append(f'    {name}["{_mermaid_text(labels[node])}{date}"]')
    for edge in lineage.edges:
        if edge.source in names and edge.target in names:
            lines.append(f"    {names[edge.source]} -->|{arrow_label(edge.relation)}| {names[edge.target]}")
    lines.append(f"    style {names[lineage.root]} stroke-width:3px")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def to_dot(lineage: Lineage, ids: Identifiers) -> str:
    lines = ["digraph lineage {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];']
    labels = short_labels(lineage, ids)
    for node in lineage.ordered_nodes():
        attrs = lineage.nodes[node]
        date = f"\\n{attrs.date}" if attrs.date else ""
        style = ", style=bold" if node == lineage.root else ""
        lines.append(f'  "{_dot_text(_short(ids, node))}" [label="{_dot_text(labels[node])}{date}"{style}];')
    for edge in lineage.edges:
        quote = edge.evidence[0].quote[:120] if edge.evidence else ""
        lines.append(
            f'  "{_dot_text(_short(ids, edge.source))}" -> "{_dot_text(_short(ids, edge.target))}" '
            f'[label="{arrow_label(edge.relation)}", tooltip="{_dot_text(quote)}"];'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(lineage: Lineage, ids: Identifiers, fmt: str) -> str | bytes | dict[str, object]:
    if fmt == "json":
        return to_json(lineage, ids)
    if fmt == "mermaid":
        return to_mermaid(lineage, ids)
    if fmt == "dot":
        return to_dot(lineage, ids)
    import networkx as nx  # here, not at import: the server's start need not pay for it

    buffer = io.BytesIO()
    graph = to_networkx(lineage, ids)
    if fmt == "graphml":
        nx.write_graphml(graph, buffer)
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return buffer.getvalue()
