"""Virtuoso's own bulk loader, driven through its SQL client `isql`.

The Graph Store protocol costs at least one HTTP request per graph; Virtuoso's bulk loader
reads the files itself, on the server, in big batches without a transaction log. The steps
are those of Virtuoso's documentation ("Bulk Loading RDF Source Files"):

1. ``ld_add(file, graph)`` registers each file in ``DB.DBA.load_list`` (``ld_dir`` would
   register a whole folder; the shard folder holds other files too, so each file is named).
   For N-Quads (a name with ``.nq`` in it, gzip-compressed ``.nq.gz`` too) each quad goes to
   its own graph and the ``graph`` argument is only the graph of lines without one.
2. ``rdf_loader_run()`` loads every registered file not loaded yet; ``parallel`` isql
   sessions run it side by side, each taking the next files off the list.
3. ``checkpoint`` makes the load durable: the loader writes without the transaction log, so
   before the checkpoint a crash would lose it.

What the loader does not say, and how it is caught here:

- A file it cannot open (not there at that path on the server's machine, not readable by
  the server's user) is skipped silently: its row stays at ``ll_state`` 0. Read back and
  reported by name, and its row removed so that a later ``rdf_loader_run`` does not take it.
- A file that fails while loading gets ``ll_error`` (state 2): read back and reported.
- A line that does not parse is skipped silently (the loader parses with Virtuoso's
  permissive flags, 255 + 512): so the caller checks each file with pyoxigraph first
  (`loaders.shards` does), and compares the quads the store gained with the quads it sent.

The server reads the files at the paths given: the shard folder must be at the same path on
the server's machine (the same machine, or the same mount point), and inside a folder of
``DirsAllowed`` in its virtuoso.ini (the folders its file functions may read).

isql takes the password on its command line (there is no other way to give it): on a
machine shared with other users, it is visible to them in ``ps`` while the load runs.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from mandate_graph.graph.store.base import StoreError

# Rows read back from the load list start with this, so that they stand out from isql's other output.
_ROW_MARK = "MANDATES-LOAD-LIST "


@dataclass(frozen=True)
class IsqlAccess:
    """How to reach Virtuoso's SQL port: ``address`` is HOST:PORT (1111 by default)."""

    address: str
    user: str
    password: str
    program: str = "isql-vt"  # Debian's name; OpenLink's own builds call it `isql`


@dataclass(frozen=True)
class FileOutcome:
    """One file's row of ``DB.DBA.load_list`` after the loader ran."""

    path: str
    state: int  # 0 not started (Virtuoso could not open it), 1 going, 2 done
    error: str

    @property
    def ok(self) -> bool:
        return self.state == 2 and not self.error


def sql_string(text: str) -> str:
    """A SQL string literal."""
    if "\n" in text or "\r" in text:
        raise StoreError(f"a path with a line break cannot be given to Virtuoso's loader: {text!r}")
    return "'" + text.replace("'", "''") + "'"


class VirtuosoBulkLoader:
    """Loads files with ``ld_add`` + ``rdf_loader_run()`` + ``checkpoint`` (see the module docstring)."""

    def __init__(self, access: IsqlAccess, *, parallel: int = 1, timeout: float | None = None) -> None:
        self.access = access
        self.parallel = parallel  # rdf_loader_run() sessions at once
        self.timeout = timeout  # seconds for one isql run; None: as long as the load takes

    def __repr__(self) -> str:
        return f"VirtuosoBulkLoader({self.access.address!r})"

    def run_sql(self, script: str, what: str, *, sessions: int = 1) -> str:
        """Run SQL statements (each ending with ``;``) through isql and return what they
        printed; any error Virtuoso reports raises `StoreError` with its message.
        ``sessions`` > 1 runs the same script in that many isql sessions at once."""
        program = shutil.which(self.access.program)
        if program is None:
            raise StoreError(
                f"Virtuoso's SQL client {self.access.program!r} is not installed here (MANDATES_VIRTUOSO_ISQL_PROGRAM "
                "names it; Debian's package virtuoso-opensource installs `isql-vt`)"
            )
        command = [program, self.access.address, self.access.user, self.access.password,
                   "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF"]
        # The script is read from a file by every session, so that all of them start at once
        # (writing to each one's pipe in turn would start the next only when one finished).
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".sql") as script_file:
            script_file.write(script)
            script_file.flush()
            running = []
            for _ in range(sessions):
                with open(script_file.name, "rb") as stdin:  # its own offset for each session
                    running.append(subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE,
                                                    stderr=subprocess.PIPE, text=True))
            outputs = []
            try:
                for session in running:
                    outputs.append(session.communicate(timeout=self.timeout))
            except subprocess.TimeoutExpired as exc:
                raise StoreError(f"{what}: isql at {self.access.address} did not finish in {self.timeout:g} s") from exc
            finally:
                for session in running:
                    if session.poll() is None:
                        session.kill()
                        session.wait()
        for session, (out, err) in zip(running, outputs):
            errors = err.strip()
            if "Bad login" in errors:
                raise StoreError(
                    f"{what}: Virtuoso at {self.access.address} refused the user {self.access.user!r} "
                    "(set MANDATES_VIRTUOSO_ISQL_USER and MANDATES_VIRTUOSO_ISQL_PASSWORD)"
                )
            if session.returncode != 0 or errors:
                raise StoreError(
                    f"{what}: isql at {self.access.address} (MANDATES_VIRTUOSO_ISQL) failed: "
                    f"{errors or out.strip() or f'exit code {session.returncode}'}"
                )
        return "".join(out for out, _ in outputs)

    def load(self, files: Sequence[Path], default_graph: str) -> list[FileOutcome]:
        """Load ``files`` (N-Quads, each quad into its graph; lines without a graph into
        ``default_graph``) and return each file's outcome, in the order given. Files the
        server could not open are taken off the load list again."""
        paths = [str(Path(f).resolve()) for f in files]
        if not paths:
            return []
        listed = ", ".join(sql_string(p) for p in paths)
        # A file loaded before (into a store since emptied) keeps its row, and ld_add skips a
        # file it has a row for: its rows go first.
        register = [f"DELETE FROM DB.DBA.load_list WHERE ll_file IN ({listed});"]
        register += [f"ld_add({sql_string(p)}, {sql_string(default_graph)});" for p in paths]
        self.run_sql("\n".join(register) + "\n", "registering the shards with Virtuoso's bulk loader")
        # Several loaders take files off the list side by side (Virtuoso's advice: one per
        # 2.5 cores of the server); the checkpoint once they have all finished.
        self.run_sql("rdf_loader_run();\n", "Virtuoso's bulk loader (rdf_loader_run)",
                     sessions=max(1, min(self.parallel, len(paths))))
        self.run_sql("checkpoint;\n", "Virtuoso's checkpoint after the bulk load")
        report = self.run_sql(
            f"SELECT concat({sql_string(_ROW_MARK)}, cast(ll_state AS varchar), chr(9), ll_file, chr(9), "
            f"coalesce(ll_error, '')) FROM DB.DBA.load_list WHERE ll_file IN ({listed});\n",
            "reading Virtuoso's load list",
        )
        outcomes: dict[str, FileOutcome] = {}
        for line in report.splitlines():
            if line.startswith(_ROW_MARK):
                state, path, error = line[len(_ROW_MARK):].split("\t", 2)
                outcomes[path] = FileOutcome(path, int(state), error.strip())
        unopened = [p for p in paths if p not in outcomes or outcomes[p].state == 0]
        if unopened:
            self.run_sql(
                f"DELETE FROM DB.DBA.load_list WHERE ll_file IN ({', '.join(sql_string(p) for p in unopened)});\n",
                "taking unopened files off Virtuoso's load list",
            )
        return [outcomes.get(p, FileOutcome(p, 0, "")) for p in paths]
