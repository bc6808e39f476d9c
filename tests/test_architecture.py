"""The picture of the packages in docs/architecture.md is the code's, and the arrows point one
way: `api | cli -> loaders -> graph -> ontology, queries`.

Two checks of the arrows: `test_arrows_point_one_way` on the package picture, and the
import-linter contract of pyproject.toml ([tool.importlinter]), which `lint-imports` checks on
every import, including those inside functions."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("package_graph", ROOT / "scripts" / "package_graph.py")
assert spec and spec.loader
package_graph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(package_graph)

# Who may import whom, top-level packages only (a package may always import its own parts).
ALLOWED = {
    "api": {"graph", "loaders", "ontology", "queries"},
    "cli": {"graph", "loaders", "ontology", "queries"},
    "loaders": {"graph", "ontology"},
    "graph": {"ontology", "queries"},
    "ontology": set(),
    "queries": set(),
}


def top(node: str) -> str:
    return node.split(".")[0]


def test_the_documented_picture_is_the_code() -> None:
    assert package_graph.documented() == package_graph.mermaid(), (
        "docs/architecture.md is out of date: run `.venv/bin/python scripts/package_graph.py --write`"
    )


def test_arrows_point_one_way() -> None:
    wrong = sorted(
        (a, b) for a, b in package_graph.edges() if top(a) != top(b) and top(b) not in ALLOWED[top(a)]
    )
    assert not wrong, f"imports against the layers (api, cli -> loaders -> graph -> ontology): {wrong}"


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
        "from mandate_graph.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('rdflib', 'pyoxigraph', 'networkx', 'fastapi', 'mandate_graph.api')\n"
        "print(','.join(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "lineage" in done.stdout and "history" in done.stdout  # every command is listed
    assert done.stderr.strip() == "", done.stderr
