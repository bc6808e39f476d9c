"""Whose session "its" is after a body created in the same sentence: "decided to establish an expert
group on ..., which shall report to the Statistical Commission at its fifty-sixth session" is the
Commission's (the body named right before "at its"), while "to negotiate recommendations for
endorsement at its fifty-seventh session" stays the speaker's. And "the report of the Committee
for Development Policy on its twenty-sixth session", of a body the reference data does not know,
is no session of the Council that took note of it."""

from __future__ import annotations

from functools import lru_cache

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

MASTHEAD = (
    "United Nations                                          E/2024/INF/3\n"
    "Economic and Social Council                             Distr.: General\n"
    "                                                        30 August 2024\n\n"
    "Decision 2024/256\nExpert work\n\n"
)


@lru_cache(maxsize=1)
def shipped() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def sessions(text: str) -> set[object]:
    return {f.subject for f in extract(MASTHEAD + text, source_key="doc", registry=shipped()).facts if f.relation == "meetingOf"}


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("On 23 July 2024, the Economic and Social Council decided to establish an expert group on statistical "
         "classifications, which shall report to the Statistical Commission at its fifty-sixth session.",
         GatheringRef("ecosoc/statistical-commission", "session", 56)),
        ("At its 45th plenary meeting, the Council decided to establish a task force on data, and requested it to "
         "report to the Commission on Population and Development at its fifty-eighth session.",
         GatheringRef("ecosoc/cpd", "session", 58)),
    ],
)
def test_the_body_reported_to_holds_the_session(sentence: str, session: GatheringRef) -> None:
    found = sessions(sentence)
    assert session in found
    assert not {g for g in found if isinstance(g, GatheringRef) and g.body == "ecosoc"}


def test_a_session_the_created_group_works_towards_is_the_speakers() -> None:
    found = sessions(
        "On 23 July 2024, the Economic and Social Council decided to establish an open-ended working group on "
        "data, to negotiate recommendations for endorsement at its fifty-seventh session."
    )
    assert GatheringRef("ecosoc", "session", 57) in found


def test_a_report_of_a_body_nobody_knows_on_its_session_names_none() -> None:
    text = (
        "The Council took note of the report of the Committee for Development Policy on its twenty-sixth "
        "session (E/2024/33). It also took note of the report of the Statistical Commission on its "
        "fifty-fifth session (E/2024/24)."
    )
    assert sessions(text) == {GatheringRef("ecosoc/statistical-commission", "session", 55)}
