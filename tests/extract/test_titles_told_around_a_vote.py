"""A title given in the other words drafters use, and where an unquoted title ends. "In its
resolution 85/12, under the title "Coastal fisheries"", "bearing the title": read as nothing (only
"entitled", "titled", "headed", "on" were). "The Assembly adopted resolution 85/12 on coastal fisheries
without a vote" gave the title "coastal fisheries without a vote", "resolution 85/12 – Coastal
fisheries – without a vote" kept the closing dash, and "General Assembly resolution 85/12 of 14
December 2030 on coastal fisheries requested a report" took the sentence's verb into the title
(`references._ENTITLED`, `rules/titles._TITLE_END`). Invented sentences in a report's shape."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
REPORT = (
    "A/86/400\nGeneral Assembly\nDistr.: General\n3 August 2031\nEighty-sixth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. {s}\n"
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _titles(sentence: str, registry) -> list[str]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return [str(f.object) for f in e.facts if f.relation == "title" and getattr(f.subject, "number", None) == "12"]


@pytest.mark.parametrize(
    "sentence, title",
    [
        ('In its resolution 85/12, under the title "Coastal fisheries", the Assembly requested a report.', "Coastal fisheries"),
        ("In its resolution 85/12, bearing the title “Coastal fisheries”, the Assembly requested a report.", "Coastal fisheries"),
        ('By resolution 85/12, with the title "Coastal fisheries in the Pacific", the Assembly requested a report.', "Coastal fisheries in the Pacific"),
        ("The Assembly adopted resolution 85/12 on coastal fisheries without a vote.", "coastal fisheries"),
        ("The Assembly adopted resolution 85/12 on the protection of coastal fisheries in the Pacific by consensus.", "the protection of coastal fisheries in the Pacific"),
        ("The Assembly adopted resolution 85/12 on coastal fisheries by a recorded vote of 120 to 5, with 40 abstentions.", "coastal fisheries"),
        ("The Assembly adopted resolution 85/12 – Coastal fisheries – without a vote.", "Coastal fisheries"),
        ("The Assembly adopted resolution 85/12 – Coastal fisheries – by 120 votes to 5.", "Coastal fisheries"),
        ("Resolution 85/12 – Coastal fisheries (adopted without a vote)", "Coastal fisheries"),
        ("General Assembly resolution 85/12 of 14 December 2030 on coastal fisheries requested a report.", "coastal fisheries"),
        ("Resolution 85/12 on coastal fisheries also invited the Secretary-General to report.", "coastal fisheries"),
    ],
)
def test_the_title_and_nothing_after_it(sentence: str, title: str, registry) -> None:
    assert _titles(sentence, registry) == [title]


@pytest.mark.parametrize(
    "sentence, title",
    [
        # a dash inside a capitalised title stays; a vote inside a title's words is no vote told
        ("The Assembly adopted resolution 85/12 – International Year of Rangelands – Final Report.", "International Year of Rangelands – Final Report"),
        ('In its resolution 85/12, entitled "Decisions taken without a vote by the Conference", the Assembly requested a report.',
         "Decisions taken without a vote by the Conference"),
    ],
)
def test_a_title_s_own_words_stay_in_it(sentence: str, title: str, registry) -> None:
    assert _titles(sentence, registry) == [title]
