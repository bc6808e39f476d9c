"""`mandates lineage` and `mandates history`: the lineage surfaces on the command line."""

from __future__ import annotations

import json
import sys
from typing import Any, Callable

import typer
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from graph.history import body_history
from graph.lineage import Lineage, view_for
from graph.lineage_export import FORMATS, render
from graph.resolve import resolve_reference


def _resolve(ctx: Any, text: str, fail: Callable[[str], Any]) -> str:
    if text.startswith(("http://", "https://")):
        return text
    found = resolve_reference(text, ctx.store, ctx.ids, ctx.registry)
    if found.iri:
        return found.iri
    hint = "; ".join(label for _, label in found.candidates[:5])
    fail(f"{found.message or f'nothing matches {text!r}'}" + (f" (did you mean: {hint})" if hint else ""))
    raise AssertionError  # fail() exits


def _short_quote(quote: str, width: int = 110) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"


def _tree(lineage: Lineage, console: Console) -> Tree:
    """The walk as a tree: each node under the node it was reached from."""
    def title(node: str) -> str:
        attrs = lineage.nodes[node]
        date = f" [dim]({attrs['date']})[/]" if attrs.get("date") else ""
        return f"{attrs['label']}{date}"

    root = Tree(f"[bold]{title(lineage.root)}[/]")
    placed: dict[tuple[str, int], Tree] = {}
    for sign, arrow in ((-1, "⬆ upstream (what led to it)"), (1, "⬇ downstream (what came of it)")):
        if lineage.direction != "both" and (sign < 0) != (lineage.direction == "up"):
            continue
        branch = root.add(arrow)
        parents = {lineage.root: branch}
        # Breadth-first by distance, so each node hangs under the first node that reached it.
        for distance in range(1, lineage.depth + 1):
            for node in sorted(
                (n for n, a in lineage.nodes.items() if a["distance"] == sign * distance),
                key=lambda n: (lineage.nodes[n].get("date") or "9999", n),
            ):
                for edge in lineage.edges:
                    near, far = (edge.target, edge.source) if sign < 0 else (edge.source, edge.target)
                    if far != node or near not in parents:
                        continue
                    quote = f'\n  [italic dim]“{_short_quote(edge.evidence[0].quote)}”[/]' if edge.evidence else ""
                    parents[node] = parents[near].add(f"[cyan]{edge.relation}[/] {title(node)}{quote}")
                    break
    return root


def register(app: typer.Typer, state: Any, console: Console, fail: Callable[[str], Any]) -> None:
    @app.command()
    def lineage(
        entity: str = typer.Argument(..., help='A citation ("resolution 10/6"), symbol, body name or IRI'),
        direction: str = typer.Option("both", help="up, down or both"),
        depth: int = typer.Option(3, min=1, max=10, help="How many hops to follow"),
        fmt: str = typer.Option("tree", "--format", help="tree, " + ", ".join(FORMATS)),
    ) -> None:
        """What led to an entity and what came of it, with dates and quotes."""
        if direction not in {"up", "down", "both"}:
            fail("direction must be up, down or both")
        if fmt != "tree" and fmt not in FORMATS:
            fail(f"unknown format {fmt!r}; use tree, {', '.join(FORMATS)}")
        ctx = state.context()
        iri = _resolve(ctx, entity, fail)
        try:
            result = view_for(ctx.store, ctx.ids).lineage(iri, direction, depth)  # type: ignore[arg-type]
        except KeyError:
            fail(f"{iri} is not linked to anything in the graph")
        if fmt == "tree":
            console.print(_tree(result, console))
            return
        out = render(result, ctx.ids, fmt)
        if isinstance(out, dict):
            sys.stdout.write(json.dumps(out, indent=2) + "\n")
        elif isinstance(out, bytes):
            sys.stdout.buffer.write(out)
        else:
            sys.stdout.write(out)

    @app.command()
    def history(
        body: str = typer.Argument(..., help='A body name or key ("Working Group on Firearms")'),
        fmt: str = typer.Option("table", "--format", help="table or json"),
    ) -> None:
        """The timeline of a body: established, tasked, meetings and reports, endorsements."""
        ctx = state.context()
        found = ctx.registry.by_name(body) or ctx.registry.get(body)
        iri = ctx.ids.body(found.key) if found else _resolve(ctx, body, fail)
        events = body_history(ctx.store, iri)
        if fmt == "json":
            sys.stdout.write(json.dumps([e.as_dict() for e in events], indent=2) + "\n")
            return
        table = Table("date", "event", "what", "evidence", title=f"History of {found.name if found else iri}")
        for e in events:
            when = e.date or "?"
            if e.end and e.end != e.date:
                when += f" – {e.end}"
            what = e.label
            if e.place:
                what += f", {e.place}"
            if e.reports:
                what += "\nreport: " + ", ".join(str(r.get("symbol") or r["iri"]) for r in e.reports)
            for task in e.tasks[:1]:
                what += f"\ntask: {_short_quote(task, 80)}"
            quote = _short_quote(str(e.evidence[0]["quote"]), 90) if e.evidence else ""
            table.add_row(when, e.kind, what, quote)
        console.print(table)
