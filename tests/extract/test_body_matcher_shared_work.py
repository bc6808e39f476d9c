"""The body matcher's per-document work done once per reference data (S40): what it finds must
be what the per-document work found. Texts are invented and varied
(words opening with the letters conventions open with, numbers in several conventions, symbols
after other characters), and read with the unseen set's ~100 reference files (~570 bodies, dozens
of numbering conventions)."""

from __future__ import annotations

import random
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import numbering
from mandate_graph.loaders.extract.references import body_matcher

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/mandate-graph/id/"

# Pieces of sentences: words that open as conventions do ("during", "report", "Regional",
# "Decisions", "WHAT"), and numbers as several conventions write them.
PIECES = [
    "during its session", "the report of the", "Regional Economic Commission", "decided", "Recalling",
    "resolution 12/3", "Resolution 5.4", "decision XXXVIII/3", "Decisions 14.12 to 14.14", "WHA79.12",
    "WHAT remains", "EB158.R3", "EB156(4)", "resolution 2791 (2026)", "IPCC-LXVI-2", "253/LI",
    "7/CP.30", "CBD/COP/DEC/15/4", "decision 10/6", "A/RES/80/12", "SSA2(3)", "the Executive Board",
    "Decision 20.31", "CITES", "Resolution Conf. 11.3", "document C 2025/REP", "(see 16 October 2020)",
    "Ramsar Convention", "the Conference of the Parties", "Secretariat", "the secretariat",
]


@lru_cache(maxsize=1)
def _registry() -> BodyRegistry:
    return load_registry(BASE, sorted((ROOT / "tests" / "data" / "unseen").glob("*.ttl")))


def _texts(count: int, length: int, seed: int) -> list[str]:
    chosen = random.Random(seed)
    texts = []
    for _ in range(count):
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < length:
            words.append(chosen.choice(PIECES))
            words.append(chosen.choice([" ", ", ", ". ", "\n", " and ", " (", ") "]))
        texts.append("".join(words))
    return texts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_numbers_of_a_whole_document_are_found_as_at_every_place(seed: int) -> None:
    # A document (>= 2,000 characters) is read only where a convention's opening character is
    # followed by what that convention writes next: the same numbers as at every such character.
    finder = body_matcher(_registry()).numbering
    assert finder.opening_rests and finder._places() is not None
    everywhere = replace(finder, opening_rests=())  # every character a convention opens with
    places = everywhere._places()
    assert places is not None and "(?=" not in places.pattern
    found = 0
    for text in _texts(5, 4000, seed):
        numbers = finder.find(text)
        assert numbers == everywhere.find(text)
        found += len(numbers)
    assert found > 50


def test_opening_rest_is_what_the_template_writes_after_its_first_character() -> None:
    assert numbering._opening_rest("resolution {number}/{session}") == "esolution"
    assert numbering._opening_rest("Decision {session}.{number}") == "ecision"
    assert numbering._opening_rest("WHA{session}.{number}") == "HA"
    assert numbering._opening_rest("{session:SSA}({number})") == "SA"
    assert numbering._opening_rest("{number}/{session}") == ""
    assert numbering._opening_rest("A/RES/{session}/{number}") == ""
    assert numbering._opening_rest("C {number}/{session}") == ""


@pytest.mark.parametrize("before", ["", " ", "\n", "(", "x", "/", ".", "-", "_", "é", "7", "“"])
def test_series_pattern_finds_what_prints_series_finds(before: str) -> None:
    prefixes = sorted({body.symbol_prefix for body in _registry() if body.symbol_prefix})
    assert len(prefixes) > 50
    for prefix in prefixes:
        for text in (f"{before}{prefix}/2020/3", f"see {before}{prefix}/", f"{before}{prefix} 2020", f"{prefix}{before}/1"):
            written = numbering._series_pattern(prefix + "/").search(text) is not None
            assert written == numbering.prints_series(prefix + "/", text), (prefix, text)
