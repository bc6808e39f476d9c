"""A session report telling which papers a later session will consider: "The Commission will
consider the report (X) at its sixty-fourth session" had X before the session reported on (the
sixty-third: the subject's session named after the paper was not looked for);
"decided to consider / decided to take up the report (X) at its sixty-fourth session" and "(X) is
scheduled for consideration at the sixty-fourth session" gave nothing (`relate.Reader.receiver`,
`rules/documents._WILL_CONSIDER`, `_TABLED_AT`). Without a later session named, a paper the body
will consider is the session's own, as before."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = (
    "E/CN.5/2025/10\nEconomic and Social Council\nDistr.: General\n20 February 2025\n"
    "Commission for Social Development\nSixty-third session\n10-14 February 2025\n\n"
    "Report on the sixty-third session\n\n1. "
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _sessions(sentence: str, registry) -> set[int]:
    e = extract(HEAD + sentence + "\n", source_key="report", registry=registry)
    return {f.object.ordinal for f in e.facts if f.relation == "submittedTo" and "E/CN.5/2025/7" in f.subject.symbols}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission will consider the report (E/CN.5/2025/7) at its sixty-fourth session.",
        "The Commission may wish to consider the report (E/CN.5/2025/7) at its sixty-fourth session.",
        "The Commission decided to consider the report (E/CN.5/2025/7) at its sixty-fourth session.",
        "The Commission decided to take up the report (E/CN.5/2025/7) at its sixty-fourth session.",
        "The report (E/CN.5/2025/7) is scheduled for consideration at the sixty-fourth session.",
    ],
)
def test_a_paper_for_a_later_session_goes_to_it(sentence: str, registry) -> None:
    assert _sessions(sentence, registry) == {64}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission will consider the report (E/CN.5/2025/7).",
        "The Commission will consider the report (E/CN.5/2025/7) at its current session.",
    ],
)
def test_without_a_later_session_the_paper_is_this_sessions(sentence: str, registry) -> None:
    assert _sessions(sentence, registry) == {63}
