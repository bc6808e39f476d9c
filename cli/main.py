"""The `mandates` command line (typer + rich).

    mandates load corpus/ --report     load files or folders; per-file counts
    mandates extract archive/ --out shards/   extract to N-Quads shards (--dask ADDRESS for a cluster)
    mandates load --bulk shards/       bulk load shards into an empty store
    mandates serve                     serve the store over HTTP (loads the sample corpus first time)
    mandates query 'SELECT …'          run SPARQL (or --named NAME --param k=v)
    mandates export --format trig      dump the dataset
    mandates stats                     counts per class and relation
    mandates validate                  SHACL report
    mandates lineage "resolution 10/6" what led to an entity and what came of it
    mandates history "Working Group on Firearms"

Every command takes ``--store`` (a folder, ``memory`` or ``sparql+http://…/sparql``) and
``--base-iri``; both default to the environment (``MANDATES_STORE``, ``MANDATES_BASE_IRI``).

The commands build on the same service context as the HTTP API (`graph.context.Context`) and
load through the same `loaders.pipeline.Loader`; this package never imports `api` (`serve`
names its app factory, as uvicorn does, to start it). The graph layer is imported inside the
commands, so that ``mandates --help`` starts without reading rdflib, pyoxigraph or networkx. An error the user
can act on (`graph.errors.MandateGraphError`, a store error), from whichever command, ends it
with one ``error:`` line and exit code 1 (`main`); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from mandate_graph.cli import lineage as lineage_commands
from mandate_graph.cli.options import options
from mandate_graph.cli.output import console, err, fail, print_error

if TYPE_CHECKING:
    from mandate_graph.loaders.pipeline import FileResult
    from mandate_graph.graph.context import Context

# The HTTP service's app factory, as uvicorn names it: create_app(ctx) -> the ASGI app.
HTTP_APP_FACTORY = "mandate_graph.api.app:create_app"

app = typer.Typer(
    help="Mandate Graph: a knowledge graph of UN mandates, resolutions and reporting chains.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


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
    options.store, options.base_iri, options.reference = store, base_iri, reference
    given = {
        "sparql_update_url": sparql_update_url,
        "sparql_graph_store_url": sparql_graph_store_url,
        "sparql_user": sparql_user,
        "sparql_password": sparql_password,
    }
    options.sparql_options = {k: v for k, v in given.items() if v is not None}


# ------------------------------------------------------------------------------ load


@app.command()
def load(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files or folders (searched recursively)"),
    report: bool = typer.Option(False, "--report", help="Print the counts of each relation per document and in total"),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, help="Processes extracting the files [default: the cores]"
    ),
    bulk: Optional[Path] = typer.Option(
        None, "--bulk", help="Load a folder of shards written by `mandates extract` with the store's bulk "
        "loader (an empty store only)",
    ),
    virtuoso_isql: Optional[str] = typer.Option(
        None, "--virtuoso-isql", help="With --bulk on a Virtuoso store: HOST:PORT of its SQL port, to load the "
        "shards with Virtuoso's own bulk loader (it must read them at the same path) [env MANDATES_VIRTUOSO_ISQL]",
    ),
    views: bool = typer.Option(
        True, "--views/--no-views", help="Bring the views kept beside the store (statuses, lists, search index, "
        "lineage) up to date before exiting, so the next start finds them current; --no-views leaves that to the "
        "next start (a large load: the update can cost more CPU than the load itself)",
    ),
    force: bool = typer.Option(
        False, "--force", help="Read, extract and store every file again, also those whose graph says it was "
        "made from the same bytes by the same extraction code and reference data (skipped by default)",
    ),
) -> None:
    """Load documents; each file replaces its own named graph. With --bulk, load shards instead.

    A file whose graph was made from the same bytes by the same extraction (code and reference
    data) is skipped as unchanged: a nightly load of an archive costs the files that changed."""
    from mandate_graph.loaders.pipeline import Loader

    if bulk is not None:
        if paths:
            fail("give either files to load or --bulk SHARDS/, not both")
        if virtuoso_isql:
            options.sparql_options["virtuoso_isql"] = virtuoso_isql
        return load_bulk(bulk, views)
    if virtuoso_isql:
        fail("--virtuoso-isql is for --bulk SHARDS/ (files are loaded through the SPARQL protocols)")
    if not paths:
        fail("give the files or folders to load (or --bulk SHARDS/)")
    started = time.perf_counter()
    ctx = options.context()
    files, missing = existing_files(paths)
    try:
        with progress_bar() as progress:
            task = progress.add_task("loading", total=len(files))

            def file_loaded(result: FileResult) -> None:
                progress.advance(task)
                print_file_result(result)

            def documents_linked(count: int) -> None:
                if count:
                    console.print(f"linked {count} document(s) to the symbol they are cited under", highlight=False)

            loader = Loader.for_context(ctx)
            results = loader.load(files, on_file=file_loaded, on_linked=documents_linked, workers=workers,
                                  force=force) if files else []
        if views:  # only after the load succeeded: one that fails leaves them as they were
            bring_views_up_to_date(ctx, loader.written)
    finally:
        ctx.close()
    if report and any(r.ok and not r.unchanged for r in results):
        print_report(results)
    failed = len(missing) + sum(not r.ok for r in results)
    unchanged = sum(r.unchanged for r in results)
    loaded = sum(r.ok for r in results) - unchanged
    # Store opened, reference data written, every file read, extracted and stored, links made.
    console.print(f"{loaded} loaded, {failed} failed, {unchanged} skipped as unchanged in "
                  f"{time.perf_counter() - started:.2f} s", highlight=False)
    if failed:
        raise typer.Exit(1)


def load_bulk(folder: Path, views: bool = True) -> None:
    """`load --bulk`: every shard of the folder through the store's bulk loader, then the links."""
    from mandate_graph.loaders.pipeline import Loader

    started = time.perf_counter()
    ctx = options.context()
    shards = 0

    def shard_loaded(shard: Path) -> None:
        nonlocal shards
        shards += 1
        console.print(f"[green]✓[/] {shard}", highlight=False)

    from mandate_graph.graph.store.sparql_http import SparqlHttpStore

    loader = ctx.store.server_loader if isinstance(ctx.store, SparqlHttpStore) else None
    console.print(f"bulk loading {folder} with {loader or type(ctx.store).__name__ + '.bulk_load_quads'}",
                  highlight=False)
    try:
        linked = Loader.for_context(ctx).load_shards(folder, on_shard=shard_loaded)
        if views:
            bring_views_up_to_date(ctx)
        quads = ctx.store.count()
    finally:
        ctx.close()
    if linked:
        console.print(f"linked {linked} document(s) to the symbol they are cited under", highlight=False)
    console.print(f"{shards} shard(s), {quads} quads loaded in {time.perf_counter() - started:.2f} s", highlight=False)


def bring_views_up_to_date(ctx: Context, as_written: Mapping[str, bytes] | None = None) -> None:
    """After a load: the views kept beside the store (statuses, lists, labels, search index,
    lineage) brought up to date from the graphs the load wrote, so that the next start finds
    them current instead of updating them while it serves (`graph.kept_views`). Only after
    the load succeeded: a load that fails leaves them as they were, and the next start
    catches them up. ``as_written``: the documents' graphs as the load stored them, parsed
    rather than read back (`loaders.pipeline.Loader.written`)."""
    holds_views = getattr(getattr(ctx.store, "revision", None), "holds_views", None)
    if holds_views is None or not holds_views():  # none kept (no server ran on the store): not even the import
        return
    started, cpu = time.perf_counter(), time.process_time()  # the import of graph.kept_views included
    from mandate_graph.graph.kept_views import NO_FILE, bring_up_to_date

    done = bring_up_to_date(ctx.store, ctx.ids, as_written)
    if any(d.how != NO_FILE for d in done):  # (none kept yet: no server ran on the store, nothing to say)
        summary = ", ".join(f"{d.view} {d.how.split(':')[0]}" + (f" {d.cpu_s:.2f}" if d.how == "updated" else "")
                            for d in done)
        console.print(f"views beside the store: {summary} ({time.perf_counter() - started:.2f} s, "
                      f"{time.process_time() - cpu:.2f} CPU s)", highlight=False)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders (searched recursively)"),
    out: Path = typer.Option(..., "--out", help="Folder of the N-Quads shards and their manifest (created)"),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, help="Processes extracting the files [default: the cores]"
    ),
    dask: Optional[str] = typer.Option(
        None, "--dask", help="Extract on a Dask cluster: its scheduler address (tcp://host:8786), or 'local'"
    ),
    force: bool = typer.Option(False, "--force", help="Extract every file again, also those already done"),
) -> None:
    """Extract documents to N-Quads shards for `mandates load --bulk`, without a store.

    A rerun into the same folder skips the files already extracted (same content hash, same
    extraction code and reference data)."""
    from mandate_graph.loaders.parallel import Extractor

    started = time.perf_counter()
    extractor = Extractor.for_settings(options.settings())
    files, missing = existing_files(paths)
    with progress_bar() as progress:
        task = progress.add_task("extracting", total=len(files))

        def file_extracted(result: FileResult) -> None:
            progress.advance(task)
            print_file_result(result)

        if dask:
            from mandate_graph.loaders.distributed import extract_on_dask

            scheduler = None if dask == "local" else dask
            results, skipped = extract_on_dask(
                files, out, extractor, scheduler=scheduler, workers=workers, on_file=file_extracted, force=force
            )
        else:
            from mandate_graph.loaders.shards import extract_to_shards

            results, skipped = extract_to_shards(files, out, extractor, workers=workers, on_file=file_extracted,
                                                 force=force)
    failed = len(missing) + sum(not r.ok for r in results)
    console.print(
        f"{sum(r.ok for r in results)} extracted, {skipped} already done, {failed} failed into {out} "
        f"in {time.perf_counter() - started:.2f} s",
        highlight=False,
    )
    if failed:
        raise typer.Exit(1)


def progress_bar() -> Progress:
    """A bar on the terminal's stderr (none when it is not a terminal), gone when done."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def existing_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(the files to read under ``paths``, the paths that do not exist); each missing path is
    reported on its own line, and the others are still read."""
    from mandate_graph.loaders.sources import discover

    missing = [p for p in paths if not p.exists()]
    for path in missing:
        err.print(f"[red]✗[/] {path}: no such file or folder", highlight=False)
    return discover([p for p in paths if p.exists()]), missing


def print_file_result(result: FileResult) -> None:
    """One line per file as it is loaded: its triples and time, or what is wrong with it
    (none for a file skipped as unchanged: the summary counts them)."""
    if result.unchanged:
        return
    if result.ok:
        console.print(
            f"[green]✓[/] {result.path}: {result.triples} triples ({result.seconds * 1000:.0f} ms)", highlight=False
        )
        for warning in result.warnings:
            console.print(f"  [yellow]warning:[/] {warning}", highlight=False)
    else:
        err.print(f"[red]✗[/] {result.path}: {result.error}", highlight=False)


def print_report(results: list[FileResult]) -> None:
    """Relations as rows and documents as columns: there are far more relations than
    documents in a typical load, and a terminal is taller than it is wide."""
    loaded = [r for r in results if r.ok and not r.unchanged]
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
    workers: int = typer.Option(
        1, "--workers", min=0,
        help="Server processes (0: one per core). Over 1, they share a read-only snapshot of an "
             "embedded store and SPARQL Update is off (see docs/http.md)"),
) -> None:
    """Serve SPARQL, the JSON API and linked data over HTTP."""
    import uvicorn
    from uvicorn.importer import import_from_string

    ctx = options.context()
    if not no_load and ctx.is_empty() and corpus.exists():
        # Imported here: the loaders (the extraction rules) are a quarter of the server's own
        # start when imported, and a store that is not empty needs none of them.
        from mandate_graph.loaders.pipeline import Loader

        results = Loader.for_context(ctx).load([corpus])
        ok = sum(r.ok for r in results)
        console.print(f"first run: loaded {ok} of {len(results)} files from {corpus}", highlight=False)
    processes = workers or os.cpu_count() or 1
    console.print(f"serving {ctx.settings.store} on http://{host}:{port} with {processes} process(es)  "
                  "(SPARQL at /sparql, docs at /docs)")
    if processes == 1:
        # The app factory is named, as `uvicorn api.app:create_app --factory` names it, not
        # imported: the command line starts the HTTP service without depending on its code.
        create_app = import_from_string(HTTP_APP_FACTORY)
        # No access log: its lines are INFO, under the level (they were never written, only their
        # arguments formatted on every request).
        uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning", access_log=False)
        return
    from mandate_graph.cli.serving import serve_processes

    try:
        serve_processes(ctx, processes, host, port, HTTP_APP_FACTORY)
    except (ValueError, RuntimeError) as exc:  # a store that cannot be shared; a process that ended
        fail(str(exc))


@app.command()
def views() -> None:
    """Build the views kept beside an on-disk store (lists, search index, statistics, statuses,
    home lists, labels, lineage), or bring them up to date. A server builds them after a start,
    and each process of `serve --workers N` computes those it finds no file of: run this once
    after a large load (`load --bulk`) so that every start finds them ready."""
    from mandate_graph.graph.store.revision import StoreRevision

    ctx = options.context()
    revision = getattr(ctx.store, "revision", None)
    if not isinstance(revision, StoreRevision) or not revision.writable:
        fail(f"{ctx.settings.store}: keeps no views beside it (only an on-disk store does)")
    started = time.perf_counter()
    took = ctx.build_views()
    for name, seconds in took:
        console.print(f"{name}: {seconds:.2f} s", highlight=False)
    console.print(f"views of {ctx.settings.store} current in {time.perf_counter() - started:.2f} s", highlight=False)
    ctx.close()


# ------------------------------------------------------------------------------ query


def print_solutions(result: object, fmt: str, base: str = "") -> None:
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        print(json.dumps({"boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower())
        return
    if isinstance(result, ox.QueryTriples):
        sys.stdout.write(ox.serialize(result, format=ox.RdfFormat.TURTLE).decode())  # type: ignore[union-attr]  # pyoxigraph's stub: serialize() without output= returns bytes
        return
    assert isinstance(result, ox.QuerySolutions)
    if fmt == "json":
        sys.stdout.write(result.serialize(format=ox.QueryResultsFormat.JSON).decode() + "\n")  # type: ignore[union-attr]  # pyoxigraph's stub: serialize() without output= returns bytes
    elif fmt == "csv":
        sys.stdout.write(result.serialize(format=ox.QueryResultsFormat.CSV).decode())  # type: ignore[union-attr]  # pyoxigraph's stub: serialize() without output= returns bytes
    else:
        names = [v.value for v in result.variables]
        table = Table(*names)
        for column in table.columns:
            column.overflow = "fold"  # an id cut short is no id at all
        count = 0
        for row in result:
            table.add_row(*(short_term(row[n], base) for n in names))
            count += 1
        console.print(table)
        console.print(f"{count} rows", highlight=False)


def short_term(term: object, base: str = "") -> str:
    """A cell of the table: entity IRIs by their id path (as in the JSON API), vocabulary
    terms by their prefixed name; the csv and json formats keep full IRIs."""
    import pyoxigraph as ox

    from mandate_graph.graph.namespaces import PREFIXES

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
    ctx = options.context()
    if named:
        queries = ctx.named_queries
        if named not in queries:
            fail(f"no named query {named!r}; known: {', '.join(sorted(queries))}")
        params = dict(p.split("=", 1) for p in param if "=" in p)
        result = queries[named].run(ctx.store, params, ctx.ids, registry=ctx.registry)
    else:
        if sparql is None:
            fail("give a SPARQL query or --named NAME")
        text = sys.stdin.read() if sparql == "-" else sparql
        result = ctx.store.query(text)
    print_solutions(result, fmt, ctx.ids.base)


# ------------------------------------------------------------------------------ export, stats, validate


@app.command()
def export(
    fmt: str = typer.Option("trig", "--format", help="trig or nquads (the dataset); turtle, ntriples, jsonld, rdfxml (the union graph)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: standard output)"),
) -> None:
    """Export the whole dataset or the union graph."""
    ctx = options.context()
    data = ctx.store.export(fmt)
    if output:
        output.write_bytes(data)
        console.print(f"wrote {len(data)} bytes to {output}", highlight=False)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def stats() -> None:
    """Counts per class and per relation."""
    from mandate_graph.graph.stats import from_kept

    ctx = options.context()
    # The figures kept per named graph beside the store (`graph.stats_kept`): read back, or
    # brought up to date from the graphs written since, instead of counting the whole store
    # each time (1.35 CPU s at 1 M triples); the same answer (`collect`'s), built whole once.
    s = from_kept(ctx.store)
    console.print(f"{s.quads} quads in {s.graphs} named graphs ({s.sources} source documents)", highlight=False)
    for title, counts in (("class", s.classes), ("relation", s.relations)):
        table = Table(title, "count")
        for name, n in counts.items():
            table.add_row(name, str(n))
        console.print(table)


@app.command()
def validate() -> None:
    """Check the loaded graph against the SHACL shapes in ontology/shapes.ttl."""
    from mandate_graph.graph.validation import validate as run_validation

    ctx = options.context()
    report = run_validation(ctx.store)
    if report.conforms:
        console.print(f"[green]conforms[/]: no SHACL violations in {report.triples_checked} triples", highlight=False)
        return
    for v in report.violations:
        err.print(f"[red]✗[/] {v.focus} {v.path or ''}: {v.message}", highlight=False)
    fail(f"{len(report.violations)} SHACL violations")


app.command()(lineage_commands.lineage)
app.command()(lineage_commands.history)


def main() -> None:
    """Run the command line. An error the user can act on (a reference that names nothing, an
    invalid IRI or parameter, a query the store refuses or cannot finish) ends it with one line
    naming the problem, whichever command raised it."""
    try:
        app()
    except Exception as exc:
        from mandate_graph.graph.errors import MandateGraphError, StoreError

        if not isinstance(exc, (MandateGraphError, StoreError)):
            raise
        print_error(str(exc))
        sys.exit(1)


if __name__ == "__main__":
    main()
