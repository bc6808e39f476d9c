"""The picture of the packages in docs/architecture.md is the code's, and the arrows point one way."""

from __future__ import annotations

import importlib.util
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
