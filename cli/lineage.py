"""`mandates lineage` and `mandates history`: the lineage surfaces on the command line.

The graph code is imported inside the commands (it reads networkx and pyoxigraph), so that
``mandates --help`` stays quick; a dependency that is missing fails the command that needs it,
loudly, instead of hiding it.
"""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Optional

import typer
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from mandate_graph.cli.options import options
from mandate_graph.cli.output import console, fail

if TYPE_CHECKING:
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.history import Event
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.lineage import Direction, Lineage

# The export formats of graph.lineage_export.FORMATS, listed here so that --help need not import it.
EXPORT_FORMATS = ("json", "mermaid", "dot", "graphml", "gexf")


def resolve_entity(ctx: Context, text: str) -> str:
    """An IRI for what the user typed: a full IRI, an id path (``mandate/...``,
    ``instrument/...``), or anything `resolve_reference` understands; else the command fails
    with close names. Raises `InvalidIri` for an IRI that is not one."""
    from mandate_graph.graph.errors import named_node
    from mandate_graph.graph.resolve import resolve_reference

    if text.startswith("mandate/"):
        text = ctx.ids.base + text
    if text.startswith(("http://", "https://")):
        return named_node(text).value
    found = resolve_reference(text, ctx.store, ctx.ids, ctx.registry)
    if found.iri:
        return found.iri
    hint = "; ".join(label for _, label in found.candidates[:5])
    fail(f"{found.message or f'nothing matches {text!r}'}" + (f" (did you mean: {hint})" if hint else ""))


def _short_quote(quote: str, width: int = 110) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"


def _where(document: str, paragraph: str | None, base: str) -> str:
    where = document.removeprefix(base)
    if paragraph:
        where += f" ¶{paragraph if len(paragraph) <= 40 else paragraph[:39] + '…'}"
    return where


def _tree(lineage: Lineage, ids: Identifiers) -> Tree:
    """The walk as a tree: each node under the node it was first reached from, in time order."""
    from mandate_graph.graph.lineage_export import short_labels

    base = ids.base
    labels = short_labels(lineage, ids)

    def title(node: str) -> str:
        attrs = lineage.nodes[node]
        date = f" [dim]({attrs.date})[/]" if attrs.date else ""
        return f"{escape(labels[node])}{date}"

    edges = {(e.source, e.target, e.relation): e for e in lineage.edges}
    root = Tree(f"[bold]{title(lineage.root)}[/]")
    order = {n: i for i, n in enumerate(lineage.ordered_nodes())}
    for sign, heading in ((-1, "⬆ upstream: what led to it"), (1, "⬇ downstream: what came of it")):
        if lineage.direction != "both" and (sign < 0) != (lineage.direction == "up"):
            continue
        branch = root.add(heading)
        placed = {lineage.root: branch}
        members = [n for n, a in lineage.nodes.items() if a.distance * sign > 0]
        if not members:
            branch.add("[dim](nothing known)[/]")
        for node in sorted(members, key=lambda n: (abs(lineage.nodes[n].distance), order[n])):
            attrs = lineage.nodes[node]
            via, relation = str(attrs.via), str(attrs.via_relation)
            edge = edges.get((node, via, relation)) or edges.get((via, node, relation))
            line = f"[cyan]{relation}[/] {title(node)}"
            if edge and edge.evidence:
                ev = edge.evidence[0]
                where = _where(ev.document, ev.paragraph, base)
                line += f'\n[italic dim]“{escape(_short_quote(ev.quote))}”[/] [dim]— {escape(where)}[/]'
            placed[node] = placed.get(via, branch).add(line)
    return root


def _timeline_text(text: str) -> str:
    return re.sub(r"[:#;\n]", " ", text).strip()


def _report_names(event: Event) -> list[str]:
    """A meeting's reports by symbol (else IRI), an endorsement's meetings by IRI."""
    return [r.symbol or r.iri for r in event.reports] + list(event.endorsed_meetings)


def event_json(event: Event) -> dict[str, object]:
    """An event as `history --format json` writes it."""
    return {
        "event": event.kind,
        "entity": event.subject,
        "label": event.label,
        "date": event.date,
        "endDate": event.end,
        "place": event.place,
        "tasks": list(event.tasks),
        "reports": [{"iri": r.iri, "symbol": r.symbol, "quote": r.quote} for r in event.reports]
                   + [{"iri": m, "symbol": None} for m in event.endorsed_meetings],
        "evidence": [{"quote": e.quote, "document": e.document, "paragraph": e.paragraph} for e in event.evidence],
    }


def history_mermaid(name: str, events: list[Event]) -> str:
    """A body's history as a Mermaid ``timeline``: one period per date, its events after it."""
    lines = ["timeline", f"    title History of {_timeline_text(name)}"]
    for e in events:
        what = f"{e.kind} {e.label}"
        if e.reports or e.endorsed_meetings:
            what += " (report " + ", ".join(_report_names(e)) + ")"
        lines.append(f"    {e.date or 'undated'} : {_timeline_text(what)}")
    return "\n".join(lines) + "\n"


def lineage(
    entity: str = typer.Argument(..., help='A citation ("resolution 10/6"), symbol, body name or IRI'),
    direction: str = typer.Option("both", help="up, down or both"),
    depth: int = typer.Option(3, min=1, max=10, help="How many hops to follow"),
    fmt: str = typer.Option("tree", "--format", help="tree, " + ", ".join(EXPORT_FORMATS)),
    engine: Optional[str] = typer.Option(None, help="networkx or sparql (default: the faster)"),
) -> None:
    """What led to an entity and what came of it, with dates and quotes."""
    from mandate_graph.graph.lineage import lineage as compute_lineage
    from mandate_graph.graph.lineage_export import FORMATS, render

    directions: dict[str, Direction] = {"up": "up", "down": "down", "both": "both"}
    if direction not in directions:
        fail("direction must be up, down or both")
    if fmt != "tree" and fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; use tree, {', '.join(FORMATS)}")
    ctx = options.context()
    iri = resolve_entity(ctx, entity)
    # Not linked to anything, or an unknown engine: an error line (cli.main.main).
    result = compute_lineage(ctx.store, ctx.ids, iri, directions[direction], depth, engine)
    if fmt == "tree":
        console.print(_tree(result, ctx.ids), highlight=False)
        return
    out = render(result, ctx.ids, fmt)
    if isinstance(out, dict):
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    elif isinstance(out, bytes):
        sys.stdout.buffer.write(out)
    else:
        sys.stdout.write(out)


def history(
    body: str = typer.Argument(..., help='A body name or key ("Working Group on Firearms")'),
    fmt: str = typer.Option("table", "--format", help="table, json or mermaid (a Mermaid timeline)"),
) -> None:
    """The timeline of a body: established, tasked, meetings and reports, endorsements."""
    from mandate_graph.graph.history import body_history

    if fmt not in {"table", "json", "mermaid"}:
        fail(f"unknown format {fmt!r}; use table, json or mermaid")
    ctx = options.context()
    found = ctx.registry.by_name(body) or ctx.registry.get(body)
    iri = ctx.ids.body(found.key) if found else resolve_entity(ctx, body)
    name = found.name if found else iri
    events = body_history(ctx.store, iri)
    if fmt == "json":
        sys.stdout.write(json.dumps([event_json(e) for e in events], indent=2) + "\n")
        return
    if fmt == "mermaid":
        sys.stdout.write(history_mermaid(name, events))
        return
    if not events:
        console.print(f"nothing is known about {name} yet", highlight=False)
        return
    table = Table("date", "event", "what", "evidence", title=f"History of {name}")
    for e in events:
        when = e.date or "?"
        if e.end and e.end != e.date:
            when += f" – {e.end}"
        what = e.label
        if e.place:
            what += f", {e.place}"
        if e.reports or e.endorsed_meetings:
            what += "\nreport: " + ", ".join(_report_names(e))
        for task in e.tasks[:1]:
            what += f"\ntask: {_short_quote(task, 80)}"
        quote = _short_quote(e.evidence[0].quote, 90) if e.evidence else ""
        table.add_row(when, e.kind, escape(what), escape(quote))
    console.print(table)
