"""The picture of the packages, generated from the code: which package imports which.

    .venv/bin/python scripts/package_graph.py            # print the Mermaid picture
    .venv/bin/python scripts/package_graph.py --write    # rewrite it in docs/architecture.md

A package here is a top-level folder of the project (api, cli, graph, loaders, ontology, …) or,
inside graph/ and loaders/, a sub-package (graph.store, loaders.extract). Imports are read from
the syntax tree of every module, including imports inside functions, so a lazy import counts as
a dependency too. `tests/test_architecture.py` checks that docs/architecture.md shows the
picture this prints, so the picture cannot drift from the code.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("api", "cli", "graph", "loaders", "ontology", "queries")
NAMESPACE = "mandate_graph"  # the folders install as mandate_graph.api, mandate_graph.graph, ...
SUBPACKAGES = ("mandate_graph.graph.store", "mandate_graph.loaders.extract")
DOC = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- package-graph:begin -->", "<!-- package-graph:end -->"


def package_of(module: str) -> str | None:
    """The node a dotted module name belongs to, or None for a module outside the project."""
    for sub in SUBPACKAGES:
        if module == sub or module.startswith(sub + "."):
            return sub.removeprefix(NAMESPACE + ".")  # the picture names folders
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == NAMESPACE and parts[1] in PACKAGES else None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([NAMESPACE, *parts])


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = module_name(path)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = here.split(".")
                base = base[: len(base) - node.level + (1 if path.name == "__init__.py" else 0)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.add(prefix)
            found.update(f"{prefix}.{alias.name}" for alias in node.names)
    return found


def edges() -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for package in PACKAGES:
        folder = ROOT / package
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.py")):
            source = package_of(module_name(path))
            if source is None:
                continue
            for module in imported_modules(path):
                target = package_of(module)
                if target is not None and target != source:
                    out.add((source, target))
    return out


def mermaid() -> str:
    nodes = sorted({n for edge in edges() for n in edge} | {p for p in PACKAGES if (ROOT / p).is_dir()})
    lines = ["```mermaid", "flowchart TD"]
    lines += [f"    {n.replace('.', '_')}[{n}]" for n in nodes]
    lines += [f"    {a.replace('.', '_')} --> {b.replace('.', '_')}" for a, b in sorted(edges())]
    lines.append("```")
    return "\n".join(lines)


def write() -> None:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    DOC.write_text(text[:start] + "\n" + mermaid() + "\n" + text[end:], encoding="utf-8")


def documented() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index(BEGIN) + len(BEGIN) : text.index(END)].strip()


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        write()
    print(mermaid())
