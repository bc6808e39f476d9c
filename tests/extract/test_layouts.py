"""Layout independence: the same wording yields the same facts in every layout.

Each sample of ``corpus/`` and each dev document of ``shared/eval/dev`` is laid out as a Word
plain-text export, as ``pdftotext -layout`` prints it, as a Word file and as a PDF (renderers
in ``tests/support/layouts.py``); the facts extracted (subject, relation, object: not offsets
or quotes, which differ by layout) must be those of the original.

The dev documents live outside the repository, in ``shared/`` beside it (``../shared`` from
the repository root, as in CI). Locally they are skipped when absent; in CI (``CI=true``) their
absence fails the test run with the path that was looked for.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.sources import read_source
from tests.support.layouts import docx_bytes, pdf_bytes, pdftotext_layout, word_text

ROOT = Path(__file__).resolve().parent.parent.parent
BASE = "https://w3id.org/mandate-graph/id/"
DEV = ROOT.parent / "shared" / "eval" / "dev"
DEV_REFERENCE = DEV / "uncac.ttl"

SAMPLES = sorted((ROOT / "corpus").glob("*.txt"))
DEV_DOCUMENTS = sorted(DEV.glob("*.txt"))
if not DEV_DOCUMENTS and os.environ.get("CI", "").lower() == "true":
    raise RuntimeError(
        f"the dev documents are missing: no *.txt in {DEV}. In CI a copy of shared/ must sit "
        "beside the clone (../shared)."
    )
DOCUMENTS = SAMPLES + DEV_DOCUMENTS


def _id(path: Path) -> str:
    return path.name[:12]


# Known gaps, each a strict xfail: it fails the run the day it passes, so it is taken off.
# Add ("layout", "prefix"): "cause" for a case not yet identical.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _cases(layout: str, documents: list[Path]) -> list[object]:
    cases = []
    for document in documents:
        gap = next((why for (name, prefix), why in KNOWN_GAPS.items() if name == layout and document.name.startswith(prefix)), None)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(document, id=_id(document), marks=marks))
    return cases


@lru_cache(maxsize=2)
def _registry(dev: bool) -> BodyRegistry:
    return load_registry(BASE, [DEV_REFERENCE] if dev else [])


def _facts(text: str, document: Path) -> set[tuple[object, str, object]]:
    registry = _registry(document.parent == DEV)
    extraction = extract(text, source_key=document.stem, registry=registry)
    return {(fact.subject, fact.relation, fact.object) for fact in extraction.facts}


@lru_cache(maxsize=None)
def _original(document: Path) -> frozenset[tuple[object, str, object]]:
    return frozenset(_facts(document.read_text(encoding="utf-8"), document))


def _is_pdftotext(text: str) -> bool:
    # h3 is itself raw pdftotext -layout output: its pdftotext layout is the original.
    return "\f" in text


def _assert_same(got: set[tuple[object, str, object]], document: Path, layout: str) -> None:
    expected = _original(document)
    assert len(expected) > 10, f"{document.name}: too few facts for the comparison to mean much"
    missing, extra = sorted(map(str, expected - got)), sorted(map(str, got - expected))
    assert not missing and not extra, (
        f"{document.name} as {layout}: {len(missing)} fact(s) lost, {len(extra)} gained\n"
        + "\n".join(f"  - {f}" for f in missing[:10])
        + "\n"
        + "\n".join(f"  + {f}" for f in extra[:10])
    )


@pytest.mark.parametrize("document", _cases("word", DOCUMENTS))
def test_word_export_yields_the_same_facts(document: Path) -> None:
    _assert_same(_facts(word_text(document.read_text(encoding="utf-8")), document), document, "Word text")


@pytest.mark.parametrize("document", _cases("pdftotext", DOCUMENTS))
def test_pdftotext_layout_yields_the_same_facts(document: Path) -> None:
    markdown = document.read_text(encoding="utf-8")
    if _is_pdftotext(markdown):
        pytest.skip("already pdftotext -layout output: the original is this layout")
    _assert_same(_facts(pdftotext_layout(markdown), document), document, "pdftotext -layout")


@pytest.mark.parametrize("document", _cases("docx", [d for d in DOCUMENTS if not _is_pdftotext(d.read_text(encoding="utf-8"))]))
def test_docx_yields_the_same_facts(document: Path, tmp_path: Path) -> None:
    path = tmp_path / f"{document.stem}.docx"
    path.write_bytes(docx_bytes(document.read_text(encoding="utf-8")))
    _assert_same(_facts(read_source(path).text, document), document, "DOCX")


# Making and reading a PDF of the 56-page report takes long: a sample and a dev document.
PDF_DOCUMENTS = [d for d in DOCUMENTS if d.name.startswith(("000_", "004_", "h1_", "h2_"))]


@pytest.mark.parametrize("document", _cases("pdf", PDF_DOCUMENTS))
def test_pdf_yields_the_same_facts(document: Path, tmp_path: Path) -> None:
    data, _ = pdf_bytes(document.read_text(encoding="utf-8"))
    path = tmp_path / f"{document.stem}.pdf"
    path.write_bytes(data)
    _assert_same(_facts(read_source(path).text, document), document, "PDF")


def test_the_dev_documents_are_found_beside_the_repository() -> None:
    if not DEV_DOCUMENTS:
        pytest.skip(f"no dev documents in {DEV} (CI=true makes this an error)")
    assert DEV_REFERENCE.exists(), f"{DEV_REFERENCE}: the dev documents' reference data is missing"
