"""The `mandates` command line (typer + rich).

    mandates load corpus/ --report     load files or folders; per-file counts
    mandates serve                     serve the store over HTTP (loads the sample corpus first time)
    mandates query 'SELECT …'          run SPARQL (or --named NAME --param k=v)
    mandates export --format trig      dump the dataset
    mandates stats                     counts per class and relation
    mandates validate                  SHACL report
    mandates lineage "resolution 10/6" what led to an entity and what came of it
    mandates history "Working Group on Firearms"

Every command takes ``--store`` (a folder, ``memory`` or ``sparql+http://…/sparql``) and
``--base-iri``; both default to the environment (``MANDATES_STORE``, ``MANDATES_BASE_IRI``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from api.context import Context
from graph.namespaces import PREFIXES
from graph.settings import Settings
from graph.store import StoreError

app = typer.Typer(
    help="Mandate Graph: a knowledge graph of UN mandates, resolutions and reporting chains.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)


class State:
    """Options given before the command, shared by every command."""

    store: Optional[str] = None
    base_iri: Optional[str] = None
    reference: list[Path] = []
    sparql_options: dict[str, str] = {}

    @classmethod
    def settings(cls) -> Settings:
        overrides: dict[str, object] = {"store": cls.store, "base_iri": cls.base_iri, **cls.sparql_options}
        if cls.reference:
            overrides["reference_paths"] = tuple(cls.reference)
        try:
            return Settings.from_env(**overrides)
        except ValueError as exc:
            fail(str(exc))

    @classmethod
    def context(cls) -> Context:
        try:
            return Context.open(cls.settings())
        except (StoreError, ValueError) as exc:
            fail(str(exc))


def fail(message: str, code: int = 1) -> "typer.Exit":
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


@app.callback()
def main_options(
    store: Optional[str] = typer.Option(
        None, "--store", help="Store folder, 'memory', or sparql+http://host:port/sparql [env MANDATES_STORE]"
    ),
    base_iri: Optional[str] = typer.Option(None, "--base-iri", help="Base of entity IRIs [env MANDATES_BASE_IRI]"),
    reference: list[Path] = typer.Option([], "--reference", help="Extra reference-data Turtle file or folder"),
    sparql_update_url: Optional[str] = typer.Option(
        None, "--sparql-update-url", help="SPARQL Update endpoint of a sparql+http store [env MANDATES_SPARQL_UPDATE_URL]"
    ),
    sparql_graph_store_url: Optional[str] = typer.Option(
        None, "--sparql-graph-store-url",
        help="Graph Store Protocol endpoint of a sparql+http store [env MANDATES_SPARQL_GRAPH_STORE_URL]",
    ),
    sparql_user: Optional[str] = typer.Option(None, "--sparql-user", help="[env MANDATES_SPARQL_USER]"),
    sparql_password: Optional[str] = typer.Option(
        None, "--sparql-password", help="Prefer the environment, which stays out of `ps` [env MANDATES_SPARQL_PASSWORD]"
    ),
) -> None:
    State.store, State.base_iri, State.reference = store, base_iri, reference
    given = {
        "sparql_update_url": sparql_update_url,
        "sparql_graph_store_url": sparql_graph_store_url,
        "sparql_user": sparql_user,
        "sparql_password": sparql_password,
    }
    State.sparql_options = {k: v for k, v in given.items() if v is not None}


# ------------------------------------------------------------------------------ load


@app.command()
def load(
    paths: list[Path] = typer.Argument(..., help="Files or folders (searched recursively)"),
    report: bool = typer.Option(False, "--report", help="Print the counts of each relation per document and in total"),
) -> None:
    """Load documents; each file replaces its own named graph."""
    from loaders.sources import discover

    started = time.perf_counter()
    ctx = State.context()
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        err.print(f"[red]✗[/] {path}: no such file or folder", highlight=False)
    files = discover([p for p in paths if p.exists()])
    results = []
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("loading", total=len(files))
        loader = ctx.loader()
        loader.ensure_reference()
        for path in files:
            progress.update(task, description=f"loading {path.name}")
            result = loader.load_file(path)
            results.append(result)
            progress.advance(task)
            if result.ok:
                console.print(
                    f"[green]✓[/] {path}: {result.triples} triples ({result.seconds * 1000:.0f} ms)",
                    highlight=False,
                )
                for warning in result.warnings:
                    console.print(f"  [yellow]warning:[/] {warning}", highlight=False)
            else:
                err.print(f"[red]✗[/] {path}: {result.error}", highlight=False)
        if any(r.ok for r in results):
            linked = loader.link_documents()  # as Loader.load does: symbols cited by title
            if linked:
                console.print(f"linked {linked} document(s) to the symbol they are cited under", highlight=False)
    ctx.close()
    if report:
        print_report(results)
    failed = len(missing) + sum(not r.ok for r in results)
    loaded = sum(r.ok for r in results)
    # Store opened, reference data written, every file read, extracted and stored, links made.
    console.print(f"{loaded} loaded, {failed} failed in {time.perf_counter() - started:.2f} s", highlight=False)
    if failed:
        raise typer.Exit(1)


def print_report(results: list) -> None:
    """Relations as rows and documents as columns: there are far more relations than
    documents in a typical load, and a terminal is taller than it is wide."""
    loaded = [r for r in results if r.ok]
    relations = sorted({rel for r in loaded for rel in r.relations})
    table = Table(title="Relations extracted per document")
    table.add_column("relation")
    for number, _ in enumerate(loaded, start=1):
        table.add_column(f"#{number}", justify="right")
    table.add_column("total", justify="right", style="bold")
    for rel in relations:
        counts = [r.relations.get(rel, 0) for r in loaded]
        table.add_row(rel, *(str(n) for n in counts), str(sum(counts)))
    totals = [sum(r.relations.values()) for r in loaded]
    table.add_row("[bold]all relations", *(f"[bold]{n}" for n in totals), str(sum(totals)))
    console.print(table)
    for number, r in enumerate(loaded, start=1):
        console.print(f"#{number} {r.path}", highlight=False)


# ------------------------------------------------------------------------------ serve


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on"),
    port: int = typer.Option(8000, help="Port to listen on"),
    corpus: Path = typer.Option(Path("corpus"), help="Loaded on first run, when the store is empty"),
    no_load: bool = typer.Option(False, "--no-load", help="Never load the sample corpus"),
) -> None:
    """Serve SPARQL, the JSON API and linked data over HTTP."""
    import uvicorn

    from api.app import create_app

    ctx = State.context()
    if not no_load and ctx.is_empty() and corpus.exists():
        results = ctx.load([corpus])
        ok = sum(r.ok for r in results)
        console.print(f"first run: loaded {ok} of {len(results)} files from {corpus}", highlight=False)
    console.print(f"serving {ctx.settings.store} on http://{host}:{port}  (SPARQL at /sparql, docs at /docs)")
    uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning")


# ------------------------------------------------------------------------------ query


def print_solutions(result: object, fmt: str, base: str = "") -> None:
    if isinstance(result, ox.QueryBoolean):
        print(json.dumps({"boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower())
        return
    if isinstance(result, ox.QueryTriples):
        sys.stdout.write(ox.serialize(result, format=ox.RdfFormat.TURTLE).decode())
        return
    assert isinstance(result, ox.QuerySolutions)
    if fmt == "json":
        sys.stdout.write(result.serialize(format=ox.QueryResultsFormat.JSON).decode() + "\n")
    elif fmt == "csv":
        sys.stdout.write(result.serialize(format=ox.QueryResultsFormat.CSV).decode())
    else:
        names = [v.value for v in result.variables]
        table = Table(*names)
        for column in table.columns:
            column.overflow = "fold"  # an id cut short is no id at all
        count = 0
        for row in result:
            table.add_row(*(_short(row[n], base) for n in names))
            count += 1
        console.print(table)
        console.print(f"{count} rows", highlight=False)


def _short(term: object, base: str = "") -> str:
    """A cell of the table: entity IRIs by their id path (as in the JSON API), vocabulary
    terms by their prefixed name; the csv and json formats keep full IRIs."""
    if term is None:
        return ""
    value = getattr(term, "value", str(term))
    if isinstance(term, ox.NamedNode):
        if base and value.startswith(base):
            return value[len(base):]
        for prefix, namespace in PREFIXES.items():
            if value.startswith(namespace) and len(value) > len(namespace):
                return f"{prefix}:{value[len(namespace):]}"
    return value


@app.command()
def query(
    sparql: Optional[str] = typer.Argument(None, help="SPARQL query text, or - to read it from standard input"),
    fmt: str = typer.Option("table", "--format", help="table, json or csv"),
    named: Optional[str] = typer.Option(None, "--named", help="Run a named query from queries/ instead"),
    param: list[str] = typer.Option([], "--param", help="k=v parameter of the named query (repeatable)"),
) -> None:
    """Run a SPARQL query (the default graph is the union of all loaded documents)."""
    if fmt not in {"table", "json", "csv"}:
        fail(f"unknown format {fmt!r}: use table, json or csv")
    ctx = State.context()
    try:
        if named:
            from graph.named_queries import NamedQueryError, load_named_queries

            queries = load_named_queries()
            if named not in queries:
                fail(f"no named query {named!r}; known: {', '.join(sorted(queries))}")
            params = dict(p.split("=", 1) for p in param if "=" in p)
            try:
                result = queries[named].run(ctx.store, params, ctx.ids)
            except NamedQueryError as exc:
                fail(str(exc))
        else:
            if sparql is None:
                fail("give a SPARQL query or --named NAME")
            text = sys.stdin.read() if sparql == "-" else sparql
            result = ctx.store.query(text)
        print_solutions(result, fmt, ctx.ids.base)
    except StoreError as exc:
        fail(str(exc))


# ------------------------------------------------------------------------------ export, stats, validate


@app.command()
def export(
    fmt: str = typer.Option("trig", "--format", help="trig or nquads (the dataset); turtle, ntriples, jsonld, rdfxml (the union graph)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: standard output)"),
) -> None:
    """Export the whole dataset or the union graph."""
    ctx = State.context()
    try:
        data = ctx.store.export(fmt)
    except StoreError as exc:
        fail(str(exc))
    if output:
        output.write_bytes(data)
        console.print(f"wrote {len(data)} bytes to {output}", highlight=False)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def stats() -> None:
    """Counts per class and per relation."""
    from graph.stats import collect

    ctx = State.context()
    s = collect(ctx.store)
    console.print(f"{s.quads} quads in {s.graphs} named graphs ({s.sources} source documents)", highlight=False)
    for title, counts in (("class", s.classes), ("relation", s.relations)):
        table = Table(title, "count")
        for name, n in counts.items():
            table.add_row(name, str(n))
        console.print(table)


@app.command()
def validate() -> None:
    """Check the loaded graph against the SHACL shapes in ontology/shapes.ttl."""
    from graph.validation import validate as run_validation

    ctx = State.context()
    report = run_validation(ctx.store)
    if report.conforms:
        console.print(f"[green]conforms[/]: no SHACL violations in {report.triples_checked} triples", highlight=False)
        return
    for v in report.violations:
        err.print(f"[red]✗[/] {v.focus} {v.path or ''}: {v.message}", highlight=False)
    fail(f"{len(report.violations)} SHACL violations")


def _register_optional_commands() -> None:
    """Commands that live in their own modules (lineage and history)."""
    try:
        from api import cli_lineage
    except ImportError:
        return
    cli_lineage.register(app, State, console, fail)


_register_optional_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
