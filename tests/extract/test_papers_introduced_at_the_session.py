"""In the report of a session, the papers someone introduced there were before that session: "At
its 2nd meeting, the Director of the Division ... introduced the report of the Secretary-General
(X)", "The report of the Secretary-General ... (X) was introduced by the Director ...", "the
representative of Japan introduced draft resolution X". A functional commission's report tells every
item so; only "presented" had been read (`rules/documents.py` `presentations`). A paper introduced
at another session, or presented to another body, is not before this one."""

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
THIS_SESSION = "ecosoc/csocd#63"


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _before(sentence: str, registry) -> set[tuple[str, str]]:
    e = extract(HEAD + sentence + "\n", source_key="report", registry=registry)
    return {
        ("|".join(f.subject.symbols), f"{f.object.body}#{f.object.ordinal}")
        for f in e.facts
        if f.relation == "submittedTo" and "E/CN.5/2025/10" not in f.subject.symbols
    }


@pytest.mark.parametrize(
    "sentence, symbol",
    [
        ("At its 2nd meeting, on 10 February 2025, the Director of the Division for Inclusive Social Development introduced the report of the Secretary-General (E/CN.5/2025/3).",
         "E/CN.5/2025/3"),
        ("At the 2nd meeting, the Assistant Secretary-General for Economic Development made an introductory statement and introduced the note by the Secretariat (E/CN.5/2025/4).",
         "E/CN.5/2025/4"),
        ("The report of the Secretary-General on social inclusion (E/CN.5/2025/3) was introduced by the Director of the Division.",
         "E/CN.5/2025/3"),
        ("At the same meeting, the representative of Japan introduced draft resolution E/CN.5/2025/L.3.", "E/CN.5/2025/L.3"),
        ("The Chair presented the report on the intersessional meeting (E/CN.5/2025/CRP.1).", "E/CN.5/2025/CRP.1"),
    ],
)
def test_a_paper_introduced_was_before_the_session_reported_on(sentence: str, symbol: str, registry) -> None:
    assert (symbol, THIS_SESSION) in _before(sentence, registry)


@pytest.mark.parametrize(
    "sentence, symbol",
    [
        ("The Chair recalled that the report (E/CN.5/2024/3) had been introduced at the sixty-second session.", "E/CN.5/2024/3"),
        ("The Secretary-General presented his report (A/79/1) to the General Assembly at its seventy-ninth session.", "A/79/1"),
    ],
)
def test_a_paper_introduced_elsewhere_is_not_before_this_session(sentence: str, symbol: str, registry) -> None:
    assert (symbol, THIS_SESSION) not in _before(sentence, registry)
