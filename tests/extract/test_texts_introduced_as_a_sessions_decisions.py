"""Prose above a document's texts saying whose they are: "Unofficial transcription of the decisions
adopted by the Commission at its seventieth session (CND-70, Vienna, Austria, 9–13 March 2037)", "The
decisions adopted by the Commission at its seventy-second session are set out below". A list's title
in a heading gave each text below its session (`relate.Reader.session_of_list_title`); the same words
in an introduction gave nothing (a volunteers' README of a panel's decisions, E294). And the session's
short label first in the brackets that tell where and when it met ("(IPCC-75, Kigali, Rwanda, …)")
hid the place and days. Near misses: "follow-up to the decisions adopted by …" (the texts below are
not those decisions), an introduction naming another body's session, a bracket opening with a symbol."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import shipped_registry, stated

_TEXTS = """
### Decision 70/1. Strengthening of drug information systems

The Commission on Narcotic Drugs,

1. Requests the United Nations Office on Drugs and Crime to report to it at its seventy-first session;

### Decision 70/2. Dates of the seventy-first session

The Commission on Narcotic Drugs decides that its seventy-first session will be held in Vienna.
"""


def facts(text: str, *relations: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {f for f in stated(extraction) if f[0] in relations}


_CND_70 = {("adoptedAt", "ecosoc/cnd/dec/70/1", "ecosoc/cnd#70"), ("adoptedAt", "ecosoc/cnd/dec/70/2", "ecosoc/cnd#70")}


@pytest.mark.parametrize(
    "intro",
    [
        "Unofficial transcription of the decisions adopted by the Commission on Narcotic Drugs at its seventieth session.",
        "This page reproduces the decisions adopted by the Commission on Narcotic Drugs at its seventieth session, as circulated.",
        "The present note contains the texts of the decisions adopted by the Commission on Narcotic Drugs\nat its seventieth session.",
        "A compilation of all the decisions adopted by the Commission on Narcotic Drugs during its seventieth session.",
        "The decisions adopted by the Commission on Narcotic Drugs at its seventieth session are set out below.",
    ],
)
def test_an_introduction_gives_the_texts_below_their_session(intro):
    assert facts(f"# cnd-decisions\n\n{intro}\n{_TEXTS}", "adoptedAt") == _CND_70


def test_another_body_and_layout():
    text = (
        "Commission on the Status of Women\nDecisions of the session\n\n"
        "The decisions adopted by the Commission on the Status of Women at its seventy-second session are listed below.\n\n"
        "Decision 72/101. Documents considered\n\nThe Commission on the Status of Women took note of the report of the Secretary-General.\n\n"
        "Decision 72/102. Provisional agenda\n\nThe Commission on the Status of Women approved the provisional agenda for its seventy-third session.\n"
    )
    assert facts(text, "adoptedAt") == {
        ("adoptedAt", "ecosoc/csw/dec/72/101", "ecosoc/csw#72"), ("adoptedAt", "ecosoc/csw/dec/72/102", "ecosoc/csw#72"),
    }


@pytest.mark.parametrize(
    ("bracket", "place", "days"),
    [
        ("(CND-70, Vienna, Austria, 9–13 March 2037)", "Vienna", "2037-03-09/2037-03-13"),
        ("(CND 70, Vienna, 9 to 13 March 2037)", "Vienna", "2037-03-09/2037-03-13"),
        ("(Vienna, 9–13 March 2037)", "Vienna", "2037-03-09/2037-03-13"),
    ],
)
def test_the_sessions_label_first_in_its_brackets(bracket, place, days):
    intro = f"Unofficial transcription of the decisions adopted by the Commission on Narcotic Drugs at its seventieth session {bracket}."
    assert facts(f"# cnd-decisions\n\n{intro}\n{_TEXTS}", "heldIn", "heldOn") >= {
        ("heldIn", "ecosoc/cnd#70", place), ("heldOn", "ecosoc/cnd#70", days),
    }


@pytest.mark.parametrize(
    "intro",
    [
        # the texts below are not the decisions the introduction speaks of
        "This note tracks follow-up to the decisions adopted by the Commission on Narcotic Drugs at its seventieth session.",
        "Delegations recalled the decisions adopted by the Commission on Narcotic Drugs at its seventieth session.",
        # another body's session
        "Unofficial transcription of the decisions adopted by the Commission on the Status of Women at its seventieth session.",
        # nothing is said to be set out below
        "The decisions adopted by the Commission on Narcotic Drugs at its seventieth session were welcomed.",
    ],
)
def test_near_misses_give_no_adoption(intro):
    assert facts(f"# cnd-decisions\n\n{intro}\n{_TEXTS}", "adoptedAt") == set()


def test_a_symbol_first_in_the_brackets_is_no_label():
    intro = "Unofficial transcription of the decisions adopted by the Commission on Narcotic Drugs at its seventieth session (E/CN.7/2037/1, 9–13 March 2037)."
    assert not facts(f"# cnd-decisions\n\n{intro}\n{_TEXTS}", "heldIn") & {("heldIn", "ecosoc/cnd#70", "Vienna")}
