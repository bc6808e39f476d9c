"""The shape of `graph.store` and of the settings: layers without cycles, the public names,
the environment read in one place only. Each test reads the source, so a change that breaks
the shape fails here, with the file and the import named."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
STORE = ROOT / "graph" / "store"

# Each module of the package, and the modules of the package it may import: a module sits
# below everything it imports, so the arrows cannot close a cycle.
LAYERS: dict[str, set[str]] = {
    "mandate_graph.graph.store.base": set(),
    "mandate_graph.graph.store.guard": set(),
    "mandate_graph.graph.store.isolation": set(),
    "mandate_graph.graph.store.nquads": set(),
    "mandate_graph.graph.store.nquads_graphs": set(),
    "mandate_graph.graph.store.update_graphs": {"mandate_graph.graph.store.guard"},
    "mandate_graph.graph.store.revision": set(),
    "mandate_graph.graph.store.cheap_repeats": set(),
    "mandate_graph.graph.store.codec": {"mandate_graph.graph.store.base"},
    "mandate_graph.graph.store.sparql_text": {"mandate_graph.graph.store.base", "mandate_graph.graph.store.guard"},
    "mandate_graph.graph.store.query_pool": {"mandate_graph.graph.store.codec", "mandate_graph.graph.store.isolation"},
    "mandate_graph.graph.store.oxigraph": {"mandate_graph.graph.store.base", "mandate_graph.graph.store.codec", "mandate_graph.graph.store.nquads", "mandate_graph.graph.store.query_pool", "mandate_graph.graph.store.revision", "mandate_graph.graph.store.sparql_text",
                                          "mandate_graph.graph.store.nquads_graphs", "mandate_graph.graph.store.update_graphs",
                                          "mandate_graph.graph.store.cheap_repeats"},
    "mandate_graph.graph.store.sparql_http.connector": {"mandate_graph.graph.store.base", "mandate_graph.graph.store.codec"},
    "mandate_graph.graph.store.sparql_http.virtuoso_loader": {"mandate_graph.graph.store.base"},
    "mandate_graph.graph.store.sparql_http.store": {
        "mandate_graph.graph.store.base", "mandate_graph.graph.store.codec", "mandate_graph.graph.store.sparql_text", "mandate_graph.graph.store.sparql_http.connector",
        "mandate_graph.graph.store.sparql_http.virtuoso_loader",
    },
    "mandate_graph.graph.store.sparql_http": {"mandate_graph.graph.store.sparql_http.connector", "mandate_graph.graph.store.sparql_http.store"},
    "mandate_graph.graph.store": {"mandate_graph.graph.store.base", "mandate_graph.graph.store.oxigraph", "mandate_graph.graph.store.sparql_http",
                    "mandate_graph.graph.store.sparql_http.store", "mandate_graph.graph.store.sparql_text"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(["mandate_graph", *(parts[:-1] if parts[-1] == "__init__" else parts)])


def imported_modules(path: Path) -> set[str]:
    """Every module of the product that ``path`` imports, at the top or inside a function.
    ``from graph.store import codec`` counts as graph.store.codec when that is a module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                submodule = ROOT / Path(*candidate.removeprefix("mandate_graph.").split("."))
                found.add(candidate if submodule.with_suffix(".py").exists() or submodule.is_dir() else node.module)
    return found


def package_imports() -> dict[str, set[str]]:
    return {
        module_name(path): {m for m in imported_modules(path) if m.startswith("mandate_graph.graph.store")}
        for path in sorted(STORE.rglob("*.py"))
    }


def test_every_module_of_the_store_has_a_layer() -> None:
    assert set(package_imports()) == set(LAYERS)


def test_store_modules_import_only_what_is_below_them() -> None:
    wrong = {
        module: sorted(imports - LAYERS[module])
        for module, imports in package_imports().items()
        if imports - LAYERS[module]
    }
    assert not wrong, f"imports outside the layers of tests/test_store_layout.py: {wrong}"


def test_the_layers_have_no_cycle() -> None:
    # Kahn's algorithm over the declared arrows: every module must come out.
    pending = {m: set(deps) for m, deps in LAYERS.items()}
    while pending:
        ready = [m for m, deps in pending.items() if not deps & pending.keys()]
        assert ready, f"cycle among {sorted(pending)}"
        for m in ready:
            del pending[m]


def test_the_store_imports_nothing_above_graph() -> None:
    for path in STORE.rglob("*.py"):
        above = {m for m in imported_modules(path) if m.removeprefix("mandate_graph.").split(".")[0] in {"api", "cli", "loaders"}}
        assert not above, f"{path.relative_to(ROOT)} imports {sorted(above)}"


def test_names_used_elsewhere_are_importable_from_graph_store() -> None:
    import mandate_graph.graph.store
    from mandate_graph import graph

    used: set[str] = set()
    for folder in ("graph", "loaders", "api", "cli", "tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            if STORE in path.parents:
                continue
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(node, ast.ImportFrom) and node.module == "mandate_graph.graph.store":
                    used.update(alias.name for alias in node.names)
    assert {"GraphStore", "StoreError", "OxigraphStore", "open_store", "bind_values"} <= used
    missing = sorted(name for name in used if not hasattr(graph.store, name))
    assert not missing, f"graph.store no longer offers {missing}"


def test_a_query_worker_starts_without_the_parent_only_libraries() -> None:
    """``python -m mandate_graph.graph.store.query_pool`` must not import rdflib's SPARQL parser or httpx:
    the package loads its names lazily for that."""
    code = (
        "import sys, runpy; sys.argv = ['x']; import mandate_graph.graph.store.query_pool; "
        "print(sorted(m for m in ('rdflib', 'httpx', 'mandate_graph.graph.store.oxigraph') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# ------------------------------------------------------------------------------ the environment

ENVIRONMENT_READ = re.compile(r"\bos\.environ\b|\bgetenv\s*\(|\bfrom os import [^\n]*\benviron\b")


@pytest.mark.parametrize("folder", ["graph", "loaders", "api", "cli"])
def test_only_settings_reads_the_environment(folder: str) -> None:
    readers = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != ROOT / "graph" / "settings.py"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if ENVIRONMENT_READ.search(line)
    ]
    assert not readers, f"read the setting in graph/settings.py and pass it down instead: {readers}"


def test_the_product_speaks_http_through_httpx_only() -> None:
    """SPARQLWrapper is a test dependency (a standard client of /sparql), not the product's."""
    for folder in ("graph", "loaders", "api", "cli"):
        for path in (ROOT / folder).rglob("*.py"):
            wrappers = {
                m for m in imported_modules(path)
                if m.split(".")[0] in {"SPARQLWrapper", "requests"} or m.startswith(("urllib.request", "urllib.error"))
            }
            assert not wrappers, f"{path.relative_to(ROOT)} imports {sorted(wrappers)}; use the connector's httpx client"
