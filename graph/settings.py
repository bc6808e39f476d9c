"""Every setting of Mandate Graph, declared once: its name, default, environment variable,
type and meaning.

`SETTINGS` is the table (Datasette's ``SETTINGS`` is the model): the README and docs tables,
the command-line help and `Settings` all come from it, so a new setting is one row here and
a field of `Settings`. `Settings.from_env` is the *only* code that reads the environment
(a test greps the package for any other); the CLI and the app call it once, with the
command-line options, and pass the frozen result down: to `graph.store.open_store`, to the
query pool, to the HTTP limits. Nothing below reads a variable on its own, so two stores
opened with two `Settings` in one process (tests do it) never see each other's values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

DEFAULT_BASE_IRI = "https://w3id.org/mandate-graph/id/"
DEFAULT_STORE = "data/store"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


def parse_flag(text: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"expected 1/0, true/false, yes/no or on/off, got {text!r}")


def parse_paths(text: str) -> tuple[Path, ...]:
    return tuple(Path(p) for p in text.split(os.pathsep) if p)


def parse_optional_rows(text: str) -> int | None:
    rows = int(text)
    return rows if rows > 0 else None


def parse_optional_text(text: str) -> str | None:
    return text or None


@dataclass(frozen=True)
class Setting:
    """One row of the settings table."""

    name: str  # the `Settings` field
    default: object
    env: str  # the environment variable
    parse: Callable[[str], object]  # environment text -> value
    help: str
    option: str | None = None  # the command-line option, when there is one


SETTINGS: tuple[Setting, ...] = (
    Setting("store", DEFAULT_STORE, "MANDATES_STORE", str,
            "a folder for the embedded Oxigraph store, `memory`, or `sparql+http(s)://host:port/path` "
            "for a SPARQL 1.1 server", "--store"),
    Setting("base_iri", DEFAULT_BASE_IRI, "MANDATES_BASE_IRI", str,
            "the base of every entity IRI (ends with `/`); on a SPARQL server the product's graphs "
            "are those under it, others are left alone", "--base-iri"),
    Setting("reference_paths", (), "MANDATES_REFERENCE", parse_paths,
            "extra reference-data Turtle files or folders (separated by `" + os.pathsep + "`), read after "
            "`ontology/reference/`", "--reference"),
    Setting("allow_network", False, "MANDATES_ALLOW_NETWORK", parse_flag,
            "`1` allows SERVICE in queries and LOAD in updates"),
    Setting("query_timeout", 10.0, "MANDATES_QUERY_TIMEOUT", float,
            "seconds a `/sparql` or named query may run; then it is stopped (503)"),
    Setting("update_timeout", 10.0, "MANDATES_UPDATE_TIMEOUT", float,
            "seconds the WHERE of a `/update` may run (on disk: rehearsed in a query worker, which is "
            "stopped past it); then 503 and nothing is changed"),
    Setting("max_rows", 100_000, "MANDATES_MAX_ROWS", parse_optional_rows,
            "rows (or triples) a result may have; more answers 422 (`0` = no limit)"),
    Setting("query_workers", 3, "MANDATES_QUERY_WORKERS", int,
            "worker processes that run user queries (on-disk store)"),
    Setting("query_queue_wait", 5.0, "MANDATES_QUERY_QUEUE_WAIT", float,
            "seconds a query may wait for a free query worker (in a fair queue: clients with fewer "
            "queries running and less recent use go first); then 429 with `Retry-After`"),
    Setting("query_worker_memory_mb", 4096, "MANDATES_QUERY_WORKER_MEMORY_MB", int,
            "address space a query worker may use, in MiB; a query that needs more is stopped, its "
            "worker replaced, and the answer is 422 (`0` = no limit)"),
    Setting("server_threads", 8, "MANDATES_SERVER_THREADS", int,
            "threads of one server process that run the blocking work of requests (store reads, "
            "waiting on a query worker); more only wait longer for Python's GIL, and delay every "
            "other request with it (see `bench/bench_load.py`)"),
    Setting("read_only", False, "MANDATES_READ_ONLY", parse_flag,
            "`1` opens the embedded store read-only, so several processes can share it (`mandates "
            "serve --workers N` sets it for a snapshot of the store); SPARQL Update is then off"),
    Setting("lineage_cache", None, "MANDATES_LINEAGE_CACHE", parse_optional_text,
            "a file where the lineage view of a read-only store is kept: the first process builds it, "
            "the others read it (`mandates serve --workers N` sets it beside its snapshot)"),
    Setting("search_index", None, "MANDATES_SEARCH_INDEX", parse_optional_text,
            "a copy of the search index of a read-only store's content, opened read-only (`mandates "
            "serve --workers N` sets it beside its snapshot, copied from the index kept beside the store)"),
    Setting("tracker_rows", None, "MANDATES_TRACKER_ROWS", parse_optional_text,
            "a copy of the statuses file (the mandate tracker's rows) of a read-only store's content, "
            "opened read-only (`mandates serve --workers N` sets it beside its snapshot)"),
    Setting("views_copy", True, "MANDATES_VIEWS_COPY", parse_flag,
            "`0`: `mandates serve --workers N` hands its processes no copy of the views kept beside the "
            "store (the statuses and the tracker's rows, statistics, home lists, lists, labels): each "
            "process computes them in memory"),
    Setting("update_token", None, "MANDATES_UPDATE_TOKEN", parse_optional_text,
            "enables `POST /update` with `Authorization: Bearer <token>`"),
    Setting("max_file_bytes", 100 * 2**20, "MANDATES_MAX_FILE_BYTES", int,
            "size of one file `mandates load` reads; a larger one is refused, naming the file"),
    Setting("max_text_chars", 4 * 2**20, "MANDATES_MAX_TEXT_CHARS", int,
            "characters of text one file may yield (PDF and Word included); more is refused: split the document"),
    Setting("max_extract_seconds", 120.0, "MANDATES_MAX_EXTRACT_SECONDS", float,
            "seconds the extraction of one file may take; past it the file fails, naming the limit, "
            "and the others load (0: no limit)"),
    Setting("source_folders", (), "MANDATES_SOURCES", parse_paths,
            "folders where the source view looks for loaded files (default: `corpus/`); a file is "
            "shown only when its SHA-256 matches the one loaded"),
    Setting("max_body_bytes", 2 * 2**20, "MANDATES_MAX_BODY_BYTES", int,
            "request body size; more answers 413 (counted as the bytes arrive, chunked uploads too)"),
    Setting("requests_per_client", 2, "MANDATES_REQUESTS_PER_CLIENT", int,
            "requests one client address may have in progress on `/sparql` and `/update`; one more "
            "answers 429 with `Retry-After` (`0` = no limit)"),
    Setting("sparql_update_url", None, "MANDATES_SPARQL_UPDATE_URL", parse_optional_text,
            "SPARQL Update endpoint (default: the query URL)", "--sparql-update-url"),
    Setting("sparql_graph_store_url", None, "MANDATES_SPARQL_GRAPH_STORE_URL", parse_optional_text,
            "Graph Store Protocol endpoint (without it, uploads go through `INSERT DATA` in chunks "
            "of 2,000 triples)", "--sparql-graph-store-url"),
    Setting("sparql_user", None, "MANDATES_SPARQL_USER", parse_optional_text,
            "user name for updates and the graph store", "--sparql-user"),
    Setting("sparql_password", None, "MANDATES_SPARQL_PASSWORD", parse_optional_text,
            "password for updates and the graph store (prefer the environment, which stays out of `ps`)",
            "--sparql-password"),
    Setting("sparql_auth", "digest", "MANDATES_SPARQL_AUTH", str,
            "`digest` (default; Virtuoso) or `basic` (Fuseki, GraphDB, Stardog behind a proxy)"),
    Setting("sparql_query_auth", False, "MANDATES_SPARQL_QUERY_AUTH", parse_flag,
            "`1`: send the credentials with queries too (a read endpoint that needs them)"),
    Setting("sparql_timeout_param", "timeout:ms", "MANDATES_SPARQL_TIMEOUT_PARAM", str,
            "the server's own query-timeout parameter: `timeout:ms` (Virtuoso, default), "
            "`timeout:s` (Fuseki), `none`"),
    Setting("sparql_hide_foreign_graphs", "auto", "MANDATES_SPARQL_HIDE_FOREIGN_GRAPHS", str,
            "`auto` (default: on Virtuoso), `1`, `0`: keep graphs outside the base IRI out of the "
            "default graph"),
    Setting("virtuoso_isql", None, "MANDATES_VIRTUOSO_ISQL", parse_optional_text,
            "HOST:PORT of Virtuoso's SQL port (1111 by default): `load --bulk` then loads the shards with "
            "Virtuoso's own bulk loader through `isql` (the server must read the shard folder at the same "
            "path, inside its `DirsAllowed`); without it, Graph Store uploads", "--virtuoso-isql"),
    Setting("virtuoso_isql_user", None, "MANDATES_VIRTUOSO_ISQL_USER", parse_optional_text,
            "SQL account for the bulk loader (default: MANDATES_SPARQL_USER; it must be allowed to run `ld_add`, "
            "`rdf_loader_run` and `checkpoint`: dba)"),
    Setting("virtuoso_isql_password", None, "MANDATES_VIRTUOSO_ISQL_PASSWORD", parse_optional_text,
            "its password (default: MANDATES_SPARQL_PASSWORD); isql shows it in `ps` while it runs"),
    Setting("virtuoso_loaders", 1, "MANDATES_VIRTUOSO_LOADERS", int,
            "`rdf_loader_run()` sessions side by side in a bulk load (Virtuoso advises one per 2.5 of the "
            "server's cores; each takes whole shards)"),
    Setting("virtuoso_isql_program", "isql-vt", "MANDATES_VIRTUOSO_ISQL_PROGRAM", str,
            "Virtuoso's SQL client: `isql-vt` (Debian's name) or `isql` (OpenLink's builds)"),
)

SETTINGS_BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The settings of one run, parsed once (see the module docstring). Defaults are those of
    `SETTINGS` (a test checks that the two agree)."""

    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    reference_paths: tuple[Path, ...] = ()
    allow_network: bool = False
    query_timeout: float = 10.0
    update_timeout: float = 10.0
    max_rows: int | None = 100_000
    query_workers: int = 3
    query_queue_wait: float = 5.0
    query_worker_memory_mb: int = 4096
    server_threads: int = 8
    read_only: bool = False
    lineage_cache: str | None = None
    search_index: str | None = None
    tracker_rows: str | None = None
    views_copy: bool = True
    update_token: str | None = None
    max_file_bytes: int = 100 * 2**20
    max_text_chars: int = 4 * 2**20
    max_extract_seconds: float = 120.0
    source_folders: tuple[Path, ...] = ()
    max_body_bytes: int = 2 * 2**20
    requests_per_client: int = 2
    sparql_update_url: str | None = None
    sparql_graph_store_url: str | None = None
    sparql_user: str | None = None
    sparql_password: str | None = None
    sparql_auth: str = "digest"
    sparql_query_auth: bool = False
    sparql_timeout_param: str = "timeout:ms"
    sparql_hide_foreign_graphs: str = "auto"
    virtuoso_isql: str | None = None
    virtuoso_isql_user: str | None = None
    virtuoso_isql_password: str | None = None
    virtuoso_loaders: int = 1
    virtuoso_isql_program: str = "isql-vt"

    def __post_init__(self) -> None:
        if not self.base_iri.endswith("/"):
            raise ValueError(f"base IRI must end with '/': {self.base_iri!r} (MANDATES_BASE_IRI or --base-iri)")
        if self.query_workers < 1:
            raise ValueError(f"MANDATES_QUERY_WORKERS must be at least 1, got {self.query_workers}")
        if self.server_threads < 1:
            raise ValueError(f"MANDATES_SERVER_THREADS must be at least 1, got {self.server_threads}")
        if self.sparql_auth.lower() not in {"digest", "basic"}:
            raise ValueError(f"MANDATES_SPARQL_AUTH must be digest or basic, got {self.sparql_auth!r}")
        if self.virtuoso_loaders < 1:
            raise ValueError(f"MANDATES_VIRTUOSO_LOADERS must be at least 1, got {self.virtuoso_loaders}")

    def as_env(self) -> dict[str, str]:
        """These settings as environment variables, for a child process to read back with
        `from_env` (the server's worker processes): the inverse of each row's ``parse``."""
        out: dict[str, str] = {}
        for setting in SETTINGS:
            value = getattr(self, setting.name)
            if isinstance(value, bool):
                text = "1" if value else "0"
            elif value is None:
                text = "0" if setting.parse is parse_optional_rows else ""
            elif isinstance(value, tuple):
                text = os.pathsep.join(str(p) for p in value)
            else:
                text = str(value)
            out[setting.env] = text
        return out

    def export_to_environment(self) -> None:
        """Put these settings into this process's environment, for the child processes it
        starts to read back (`mandates serve --workers N`: uvicorn starts the processes)."""
        os.environ.update(self.as_env())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: object) -> "Settings":
        """The settings of a run: ``options`` that are not None (the command line's), else the
        environment (``os.environ`` unless ``environ`` is given), else the defaults.

        Raises ValueError naming the variable when an environment value does not parse.
        """
        env = os.environ if environ is None else environ
        unknown = set(options) - SETTINGS_BY_NAME.keys()
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        # Any: each value is what its row's ``parse`` makes (or the option given), the type
        # of the field of the same name; the constructor call below cannot check that per name.
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            given = options.get(setting.name)
            if given is not None:
                values[setting.name] = given
            elif setting.env in env:
                try:
                    values[setting.name] = setting.parse(env[setting.env])
                except ValueError as exc:
                    raise ValueError(f"{setting.env}={env[setting.env]!r}: {exc}") from None
        return cls(**values)


def child_environment(defaults: Mapping[str, str]) -> dict[str, str]:
    """This process's environment for a child process it starts, with ``defaults`` for the
    variables the environment does not set (a query worker's ``MALLOC_ARENA_MAX``): the user's own
    value wins."""
    env = dict(os.environ)
    for name, value in defaults.items():
        env.setdefault(name, value)
    return env
