"""`NumberingFinder.find` tries only the conventions whose words a text holds: the same numbers
as the whole pattern of every convention, in the sample texts and in invented numbers of every
template shape (capitalised keywords, lists, ranges, a session's prefix, Roman sessions)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract.numbering import NumberingFinder, _required_texts
from mandate_graph.loaders.extract.references import body_matcher

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/mandate-graph/id/"

INVENTED = [
    "Recalling decisions 7/CP.30 and 8/CP.30, and decision 1/CMA.6, WHA79.12 and WHA79.3–WHA79.5.",
    "Resolution XVI.7 and Resolutions 14.12 to 14.14 of the Ramsar Convention; Decision 20.31 and 20.32.",
    "EB158.R3, EB156(4), WHASS2.1 and resolution 2791 (2026) and resolutions 2719 (2023) and 1325 (2000).",
    "RESOLUTION 812(XLII) and resolution 601 (LXXVIII); UNEP/EA.7/Res.3 and decision SC-12/3.",
    "Decision\nXXXVIII/3 of the Meeting of the Parties, and resolution 79/217 of the Assembly.",
]


def registry_texts() -> list[tuple[Path, list[str]]]:
    folders = [ROOT / "corpus", ROOT / "tests" / "data" / "unseen"]
    return [(folder, [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]) for folder in folders]


def whole(finder: NumberingFinder) -> NumberingFinder:
    """The same finder trying every convention everywhere, as before."""
    return dataclasses.replace(finder, required=())


def test_numbers_found_as_the_whole_pattern_finds_them() -> None:
    found = 0
    for folder, texts in registry_texts():
        refs = sorted(folder.glob("*.ttl")) or sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.ttl"))
        finder = body_matcher(load_registry(BASE, refs)).numbering
        everywhere = whole(finder)
        assert finder.required and len(finder.required) == len(finder.conventions)
        for text in [*texts, *INVENTED]:
            pieces = [text, *text.split("\n"), *re.split(r"(?<=[.;])\s+", text)]
            for piece in pieces:
                expected = everywhere.find(piece)
                assert finder.find(piece) == expected, piece[:100]
                found += len(expected)
    assert found > 100


def test_required_texts_of_template_shapes() -> None:
    assert _required_texts("{session}/CP.{number}") == ("/CP.",)
    assert _required_texts("WHA{session:SSA}.{number}") == ("WHA", "SSA", ".")
    # a lower-case first letter may be printed capitalised ("Resolution 2791 (2026)")
    assert _required_texts("resolution {number} ({session})") == ("esolution", "(", ")")
    assert _required_texts("Decision {session}.{number}") == ("Decision", ".")
    # each word of a text between placeholders is matched as written, white space between them
    assert _required_texts("Resolution no. {number} of the {session}th session") == ("Resolution", "o.", "f", "he", "h", "ession")
    assert _required_texts("{number}/{session}") == ("/",)
