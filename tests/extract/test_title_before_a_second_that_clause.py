"""A title given after the instrument's number ends where the speaker's next "that" clause begins
(E97, the spent u120): "He said the hub had been approved by the Assembly in its resolution
85/311 of 14 June 2031, on the financing of peacekeeping support, and that the Department of
Operational Support was to report ..." — the title is "the financing of peacekeeping support".

The texts are invented; the bodies are the shipped reference data's.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


@pytest.mark.parametrize(
    ("cited", "instrument"),
    [
        ("General Assembly in its resolution 85/311 of 14 June 2031", InstrumentRef("ga", "resolution", "85", "311")),
        ("Economic and Social Council in its resolution 2030/12", InstrumentRef("ecosoc", "resolution", "2030", "12")),
    ],
)
@pytest.mark.parametrize("title", ["the financing of lighthouse support", "coastal early warning systems"])
@pytest.mark.parametrize("rest", ["the Department was to report on its results", "States should share their data"])
def test_the_title_ends_before_and_that(registry: BodyRegistry, cited: str, instrument: InstrumentRef, title: str, rest: str) -> None:
    text = (
        "Meetings Coverage\n\nGA/SHL/4410\n3 March 2031\n\n"
        f"The Under-Secretary-General said the hub had been approved by the {cited}, on {title}, and that {rest}.\n"
    )
    titles = [f.object for f in extract(text, source_key="release", registry=registry).facts if f.relation == "title" and f.subject == instrument]
    assert titles == [title]
