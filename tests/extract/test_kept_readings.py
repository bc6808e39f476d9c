"""A sentence a rule resolves before `Reader.paragraph` resolves it again (the counted-adoption
look-back, a footnote's symbols) has its text read once: what `Reader._found_in` keeps for the
second call gives the facts that reading the text again gives, on documents where the look-back
moves the scope (a session's abbreviation defined, the last gathering's body, the bodies named)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.relate import Reader

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "data" / "unseen"
BASE = "https://w3id.org/mandate-graph/id/"


@lru_cache(maxsize=1)
def _registry() -> BodyRegistry:
    return load_registry(BASE, sorted(UNSEEN.glob("*.ttl")))


def _documents() -> list[Path]:
    """Documents whose paragraphs tell adoptions at sessions or meetings, or whose notes give
    symbols: the look-back's and the footnotes' sentences are resolved twice there."""
    chosen = []
    for path in sorted(UNSEEN.glob("u*.txt")):
        text = path.read_text(encoding="utf-8")
        if "adopted" in text and ("session" in text or "meeting" in text):
            chosen.append(path)
    return chosen[:: max(1, len(chosen) // 8)]


def _facts(path: Path) -> list[tuple[object, ...]]:
    extraction = extract(path.read_text(encoding="utf-8"), source_key=path.stem, registry=_registry())
    return [(f.subject, f.relation, f.object, f.evidence.start, f.evidence.end) for f in extraction.facts]


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.stem)
def test_a_sentence_read_once_gives_the_facts_of_a_sentence_read_twice(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _facts(path)
    found_in = Reader._found_in
    monkeypatch.setattr(Reader, "_found_in", lambda self, sentence, p, again: found_in(self, sentence, p, False))
    assert _facts(path) == kept
    assert kept, "the document's facts are read"
