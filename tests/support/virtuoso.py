"""A throw-away Virtuoso server for the tests and the benchmark.

Test and benchmark tooling, not product code: the product talks to *any* SPARQL 1.1 server
through `graph.store.sparql_http`; this module only starts one to talk to.

    server = start_virtuoso(tmp_dir)        # waits until /sparql answers
    server.store_location                   # "sparql+http://127.0.0.1:PORT/sparql"
    server.remote_options                   # update/graph-store URLs and credentials, as Settings fields
    server.stop()

The database, log, lock and transaction files (of both [Database] and [TempDatabase]) live
in the given folder, and both ports are bound to 127.0.0.1 on free port numbers, so several
servers (one per pytest-xdist worker) can run side by side and nothing touches
/var/lib/virtuoso-opensource-7.

As a pytest fixture (``virtuoso`` below, session scope): skipped with an install hint when the
binary is missing, but *failing* when the environment variable CI is ``true`` so that CI cannot
silently skip the server tests.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

INSTALL_HINT = "install it with `apt-get install -y virtuoso-opensource` (Debian/Ubuntu)"
# A fresh database's administrator account (`+pwddba` could change it).
DEFAULT_USER = "dba"
DEFAULT_PASSWORD = "dba"


def find_binary() -> str | None:
    """The path of ``virtuoso-t``, or None when Virtuoso is not installed."""
    found = os.environ.get("VIRTUOSO_BINARY") or shutil.which("virtuoso-t")
    if found:
        return found
    for candidate in ("/usr/bin/virtuoso-t", "/usr/local/bin/virtuoso-t", "/opt/virtuoso-opensource/bin/virtuoso-t"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


INI_TEMPLATE = """\
[Database]
DatabaseFile        = {dir}/mandates.db
ErrorLogFile        = {dir}/mandates.log
LockFile            = {dir}/mandates.lck
TransactionFile     = {dir}/mandates.trx
xa_persistent_file  = {dir}/mandates.pxa
ErrorLogLevel       = 7
FileExtend          = 200
MaxCheckpointRemap  = 2000
Striping            = 0
TempStorage         = TempDatabase

[TempDatabase]
DatabaseFile        = {dir}/mandates-temp.db
TransactionFile     = {dir}/mandates-temp.trx
MaxCheckpointRemap  = 2000
Striping            = 0

[Parameters]
ServerPort          = 127.0.0.1:{sql_port}
LiteMode            = 0
DisableUnixSocket   = 1
DisableTcpSocket    = 0
MaxClientConnections = 10
CheckpointInterval  = 60
O_DIRECT            = 0
CaseMode            = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls        = 0
SchedulerInterval   = 10
DirsAllowed         = ., {dir}, /usr/share/virtuoso-opensource-7/vad
ThreadCleanupInterval = 0
ThreadThreshold     = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize   = 100000
SingleCPU           = 0
PrefixResultNames   = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps       = 64
MaxQueryMem         = 1G
VectorSize          = 1000
MaxVectorSize       = 1000000
AdjustVectorSize    = 0
ThreadsPerQuery     = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers     = {buffers}
MaxDirtyBuffers     = {dirty_buffers}

[HTTPServer]
ServerPort          = 127.0.0.1:{http_port}
ServerRoot          = {dir}/vsp
MaxClientConnections = 10
DavRoot             = DAV
EnabledDavVSP       = 0
HTTPProxyEnabled    = 0
TempASPXDir         = 0
ServerThreads       = 10
MaxKeepAlives       = 10
KeepAliveTimeout    = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize      = 280000
HttpPrintWarningsInOutput = 0
Charset             = UTF-8
EnabledGzipContent  = 1

[AutoRepair]
BadParentLinks      = 0

[Client]
SQL_PREFETCH_ROWS   = 100
SQL_PREFETCH_BYTES  = 16000
SQL_QUERY_TIMEOUT   = 0
SQL_TXN_TIMEOUT     = 0

[SPARQL]
; Virtuoso's defaults: results are capped at ResultSetMaxRows rows, which the backend pages past.
ResultSetMaxRows    = 10000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DeferInferenceRulesInit = 0
"""


@dataclass
class VirtuosoServer:
    """One running (or stopped) Virtuoso process and how to reach it."""

    directory: Path
    http_port: int
    sql_port: int
    process: subprocess.Popen | None = None
    user: str = DEFAULT_USER
    password: str = DEFAULT_PASSWORD
    started_in: float = 0.0
    _log: object = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        return f"{self.base_url}/sparql"

    @property
    def update_url(self) -> str:
        return f"{self.base_url}/sparql-auth"

    @property
    def graph_store_url(self) -> str:
        return f"{self.base_url}/sparql-graph-crud-auth"

    @property
    def store_location(self) -> str:
        """What ``--store`` / MANDATES_STORE take."""
        return "sparql+" + self.sparql_url

    @property
    def remote_options(self) -> dict[str, str]:
        """The `graph.settings.Settings` fields that reach this server besides ``store``."""
        return {
            "sparql_update_url": self.update_url,
            "sparql_graph_store_url": self.graph_store_url,
            "sparql_user": self.user,
            "sparql_password": self.password,
        }

    @property
    def environment(self) -> dict[str, str]:
        """The same settings as environment variables (for the CLI)."""
        return {
            "MANDATES_STORE": self.store_location,
            "MANDATES_SPARQL_UPDATE_URL": self.update_url,
            "MANDATES_SPARQL_GRAPH_STORE_URL": self.graph_store_url,
            "MANDATES_SPARQL_USER": self.user,
            "MANDATES_SPARQL_PASSWORD": self.password,
        }

    def log_tail(self, lines: int = 30) -> str:
        path = self.directory / "mandates.log"
        try:
            return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def is_online(self) -> bool:
        url = self.sparql_url + "?" + urlencode({"query": "ASK {}", "format": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status == 200 and b"boolean" in response.read()
        except (OSError, urllib.error.URLError):
            return False

    def stop(self, timeout: float = 20.0) -> None:
        """Terminate the server (SIGTERM makes Virtuoso checkpoint and exit); kill if needed."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        finally:
            if self._log is not None:
                self._log.close()  # type: ignore[attr-defined]

    def __enter__(self) -> "VirtuosoServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class VirtuosoUnavailable(RuntimeError):
    """The binary is not installed."""


def start_virtuoso(
    directory: Path | str,
    *,
    binary: str | None = None,
    timeout: float = 90.0,
    buffers: int = 20000,
    parameters: dict[str, object] | None = None,
    attempts: int = 3,
) -> VirtuosoServer:
    """Start Virtuoso with its files in ``directory`` and wait until /sparql answers.

    ``buffers`` is NumberOfBuffers (8 KB pages of cache: 20 000 is 160 MB); raise it for big
    loads. ``parameters`` adds lines to the ini's [Parameters] section (e.g.
    ``{"TransactionAfterImageLimit": 2_000_000_000}``). Retries on fresh ports when the server
    dies at start (e.g. a port race).
    """
    binary = binary or find_binary()
    if binary is None:
        raise VirtuosoUnavailable(f"Virtuoso (virtuoso-t) is not installed: {INSTALL_HINT}")
    directory = Path(directory).resolve()
    last_error = ""
    for attempt in range(attempts):
        workdir = directory / f"db{attempt}"
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "vsp").mkdir(exist_ok=True)
        server = VirtuosoServer(workdir, http_port=free_port(), sql_port=free_port())
        while server.sql_port == server.http_port:
            server.sql_port = free_port()
        ini = workdir / "virtuoso.ini"
        text = INI_TEMPLATE.format(
            dir=workdir,
            sql_port=server.sql_port,
            http_port=server.http_port,
            buffers=buffers,
            dirty_buffers=buffers * 3 // 4,
        )
        extra = "".join(f"{name} = {value}\n" for name, value in (parameters or {}).items())
        ini.write_text(text.replace("\n[HTTPServer]", f"\n{extra}[HTTPServer]", 1) if extra else text)
        started = time.monotonic()
        server._log = open(workdir / "stdout.log", "wb")
        server.process = subprocess.Popen(
            [binary, "+configfile", str(ini), "+foreground"],
            cwd=workdir,
            stdout=server._log,  # type: ignore[arg-type]
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C in the terminal does not reach it half-way
        )
        deadline = started + timeout
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                break
            if server.is_online():
                server.started_in = time.monotonic() - started
                return server
            time.sleep(0.25)
        last_error = (
            f"Virtuoso did not come online within {timeout:g} s "
            f"(exit code {server.process.poll()}); log:\n{server.log_tail()}"
        )
        server.stop()
    raise RuntimeError(last_error)


# ------------------------------------------------------------------------------ pytest

try:
    import pytest
except ImportError:  # the benchmark can run without pytest
    pytest = None  # type: ignore[assignment]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_binary() -> str:
    """The binary; skips the test (or fails it in CI) when it is missing."""
    binary = find_binary()
    if binary is None:
        message = f"Virtuoso (virtuoso-t) is not installed: {INSTALL_HINT}"
        if in_ci():
            pytest.fail(message + " -- CI=true, so the Virtuoso tests must run, not skip", pytrace=False)
        pytest.skip(message)
    return binary


if pytest is not None:

    @pytest.fixture(scope="session")
    def virtuoso(tmp_path_factory):  # type: ignore[no-untyped-def]
        """A running Virtuoso for the whole session (one per xdist worker)."""
        binary = require_binary()
        server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"), binary=binary)
        try:
            yield server
        finally:
            server.stop()
