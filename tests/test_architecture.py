"""The dependency arrows hold: `api | cli -> loaders -> graph -> ontology, queries`.

The contract lives in pyproject.toml ([tool.importlinter]); `lint-imports` checks every
import, including those inside functions, so the HTTP service and the command line cannot
start depending on each other, nor the graph code on either of them, without this failing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_layers_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout, done.stdout


def test_help_does_not_read_the_graph_layer() -> None:
    """`mandates --help` imports the command line and typer, not rdflib, pyoxigraph, networkx
    nor the HTTP service: the graph code is imported by the commands that use it."""
    probe = (
        "import sys\n"
        "sys.argv = ['mandates', '--help']\n"
        "from cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('rdflib', 'pyoxigraph', 'networkx', 'fastapi', 'api')\n"
        "print(','.join(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "lineage" in done.stdout and "history" in done.stdout  # every command is listed
    assert done.stderr.strip() == "", done.stderr
