"""The session that adopted an instrument, told at the sentence's head in the other ways reports
write it: "During its seventy-seventh session, the General Assembly adopted resolution 77/12", "At
the seventy-seventh session, the Assembly adopted ...", "In 2022, at its seventy-seventh session,
...". Only "At its Nth session, ..." was read (`relate._AT_SESSION`); a session of another body
named so adopts none of this body's instruments. Invented sentences in a report's shape."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, shipped_registry

REPORT = SG_REPORT


@pytest.fixture(scope="module")
def registry():
    return shipped_registry()


def _adopted_at(sentence: str, registry) -> set[tuple[str, str, int]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {
        (f"{f.subject.session}/{f.subject.number}", f.object.body, f.object.ordinal)
        for f in e.facts
        if f.relation == "adoptedAt" and isinstance(f.object, GatheringRef)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "During its seventy-seventh session, the General Assembly adopted resolution 77/12.",
        "During the seventy-seventh session, the Assembly adopted resolution 77/12 without a vote.",
        "At the seventy-seventh session, the Assembly adopted resolution 77/12.",
        "In 2022, at its seventy-seventh session, the Assembly adopted resolution 77/12.",
        "In December 2022, at its seventy-seventh session, the General Assembly adopted resolution 77/12.",
        "At its seventy-seventh session, the Assembly adopted resolution 77/12.",
    ],
)
def test_the_opening_session_adopted_the_instrument(sentence: str, registry) -> None:
    assert _adopted_at(sentence, registry) == {("77/12", "ga", 77)}


def test_a_session_of_another_body_adopts_none_of_this_body_s_instruments(registry) -> None:
    sentence = "At the fifty-second session of the Human Rights Council, the General Assembly adopted resolution 77/12."
    assert _adopted_at(sentence, registry) == set()


def test_the_same_session_is_left_to_the_back_reference(registry) -> None:
    # "At the same session" names no ordinal: the session named before says which (not read here)
    assert _adopted_at("At the same session, the Assembly adopted resolution 77/12.", registry) == set()
