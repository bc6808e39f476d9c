"""The package type-checks, and what the type checker is told to overlook is said and justified.

mypy runs over the package as `scripts/typecheck.sh` does (configuration: ``[tool.mypy]`` in
pyproject.toml). A ``# type: ignore`` must name the error it silences and say why, on the same
line (``# type: ignore[union-attr]  # pyoxigraph's stub: ...``), and its file must be in the
list of docs/typing.md: an ignore is for a third-party stub that is wrong or missing, never
for our own types, which are fixed instead.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tokenize
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_FOLDERS = ("graph", "api", "cli", "loaders", "ontology", "queries")
TYPING_DOC = ROOT / "docs" / "typing.md"

# Modules that still have mypy errors or unexplained ignores, left to the work that types them
# (issue #14, part 4: the typed views, the store). Only these may have either; a module that
# has neither any more must leave the list, so it only shrinks.
NOT_YET_TYPED: set[str] = set()  # every module type-checks now; keep it so

_TYPE_IGNORE = re.compile(r"#\s*type:\s*ignore\b")
# The error codes in brackets, then a comment of its own that says why.
_JUSTIFIED = re.compile(r"#\s*type:\s*ignore\[[a-z-]+(?:\s*,\s*[a-z-]+)*\]\s*#\s*\S")
# mypy's error lines: "mandate_graph/graph/lineage.py:559: error: ..."
_MYPY_ERROR = re.compile(r"^mandate_graph/(?P<path>[^:]+\.py):\d+: error: ", re.MULTILINE)


def package_files() -> Iterator[Path]:
    for folder in PACKAGE_FOLDERS:
        yield from sorted((ROOT / folder).rglob("*.py"))


def type_ignores(source: str) -> Iterator[tuple[int, str]]:
    """(line, comment) of each ``# type: ignore`` comment of ``source`` (not in strings)."""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and _TYPE_IGNORE.search(token.string):
            yield token.start[0], token.string


def is_justified(comment: str) -> bool:
    return _JUSTIFIED.search(comment) is not None


@pytest.mark.parametrize(
    ("comment", "justified"),
    [
        ("# type: ignore", False),
        ("# type: ignore[union-attr]", False),
        ("# type: ignore[union-attr]  #", False),
        ("# type: ignore  # the stub is wrong", False),
        ("# type: ignore[union-attr]  # pyoxigraph's stub: serialize() returns bytes", True),
        ("# type: ignore[arg-type, index]  # rdflib's overloads", True),
    ],
)
def test_a_justified_ignore_names_its_errors_and_says_why(comment: str, justified: bool) -> None:
    assert is_justified(comment) == justified


def bare_ignores() -> dict[str, list[str]]:
    """Package file -> its ``# type: ignore`` comments that do not say what and why."""
    bare: dict[str, list[str]] = {}
    for path in package_files():
        relative = path.relative_to(ROOT).as_posix()
        for line, comment in type_ignores(path.read_text(encoding="utf-8")):
            if not is_justified(comment):
                bare.setdefault(relative, []).append(f"{relative}:{line}: {comment}")
    return bare


def test_every_type_ignore_is_justified_and_listed() -> None:
    bare = [comment for path, comments in bare_ignores().items() if path not in NOT_YET_TYPED for comment in comments]
    listed = TYPING_DOC.read_text(encoding="utf-8")
    unlisted = {
        relative
        for path in package_files()
        if (relative := path.relative_to(ROOT).as_posix()) not in listed and relative not in NOT_YET_TYPED
        and any(is_justified(comment) for _, comment in type_ignores(path.read_text(encoding="utf-8")))
    }
    assert not bare, (
        "a `# type: ignore` must name its error and say why: fix the type, or, for a wrong "
        "third-party stub, write `# type: ignore[code]  # why` and list it in docs/typing.md:\n"
        + "\n".join(bare)
    )
    assert not unlisted, f"docs/typing.md does not list the ignores of: {', '.join(sorted(unlisted))}"


def test_the_package_type_checks() -> None:
    mypy = Path(sys.executable).parent / "mypy"
    if not mypy.exists():
        pytest.skip(f"mypy is not installed beside {sys.executable} (pip install -e '.[test]')")
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "typecheck.sh")],
        env={**os.environ, "MYPY": str(mypy)},
        capture_output=True, text=True, timeout=600,
    )
    output = done.stdout + done.stderr
    failing = {m["path"] for m in _MYPY_ERROR.finditer(output)}
    if done.returncode != 0 and not failing:
        pytest.fail(f"mypy did not run to the end (exit {done.returncode}):\n{output}")
    new = sorted(failing - NOT_YET_TYPED)
    assert not new, "mypy errors (bash scripts/typecheck.sh):\n" + "\n".join(
        line for line in output.splitlines() if any(line.startswith(f"mandate_graph/{path}:") for path in new)
    )
    clean_now = sorted(NOT_YET_TYPED - failing - bare_ignores().keys())
    assert not clean_now, f"these type-check now: take them off NOT_YET_TYPED in {__file__}: {', '.join(clean_now)}"
