"""A module-level name is bound once.

The extraction modules are long, and several helpers add patterns to them at once. A second
`_NAME = re.compile(...)` further down a module silently replaces the first for every function,
including those written against the first: the code says one thing and does another. Five such
pairs had gathered in `references.py` and `relate.py` before this test (twenty-fifth round).
A name meant to grow is built under a second name (`_PROPER_ONLY_KINDS_AFTER_A`, then
`_PROPER_ONLY_KINDS` from it)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("api", "cli", "graph", "loaders", "ontology")


def names_bound_twice(source: str) -> list[str]:
    """The names a module's top level assigns more than once (plain and annotated assignments;
    not imports, functions or assignments inside `if`/`try`, which choose between bindings)."""
    bound: Counter[str] = Counter()
    for statement in ast.parse(source).body:
        targets = statement.targets if isinstance(statement, ast.Assign) else (
            [statement.target] if isinstance(statement, ast.AnnAssign) and statement.value is not None else [])
        for target in targets:
            bound.update(bound_by(target))
    return sorted(name for name, count in bound.items() if count > 1 and name != "__all__")


def bound_by(target: ast.expr) -> list[str]:
    """The names an assignment's target binds: `A`, `A, B`, `*A` (not `A[k]` or `A.x`, which
    change the object `A` names)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in bound_by(element)]
    if isinstance(target, ast.Starred):
        return bound_by(target.value)
    return []


def test_the_check_sees_a_second_binding() -> None:
    assert names_bound_twice("import re\n_A = re.compile('a')\ndef f(): return _A\n_A = re.compile('b')\n") == ["_A"]
    assert names_bound_twice("_A = 1\n_B = _A + 1\n_T = {}\n_T['k'] = 2\n") == []
    assert names_bound_twice("_A, _B = 1, 2\n_B: int = 3\n") == ["_B"]


def test_no_module_binds_a_name_twice() -> None:
    found = {
        str(path.relative_to(ROOT)): twice
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if (twice := names_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert not found, f"module-level names bound twice (the later binding wins everywhere): {found}"
