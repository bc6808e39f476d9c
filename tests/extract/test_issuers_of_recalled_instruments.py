"""Whose instrument a text cites when its issuer is named in the sentence, not before the
number: "which the General Assembly had adopted in its resolution 39/46" (a relative clause in
the past perfect: "its" is the clause's subject), and "its decision 10/4 on the Global Data
Framework and General Assembly resolution 84/211" (a title in capitals ends where a principal
organ's name opens the next citation; "Economic and Social Council" inside a title does not)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("The Commission was established under article 4 of the Convention, which the General Assembly had adopted in its resolution 39/46 of 10 December 1984.", "ga/res/39/46"),
        ("The Protocol, which the General Assembly has adopted by its resolution 57/199, entered into force in 2006.", "ga/res/57/199"),
        ("The Fund, which the Economic and Social Council had set up by its resolution 2028/19, reported on its work.", "ecosoc/res/2028/19"),
        # no auxiliary: as before
        ("The Programme, which the General Assembly established by its resolution 3436 (XXX), met twice.", "ga/res/30/3436"),
    ],
)
def test_its_is_the_relative_clauses_subject(sentence: str, cited: str) -> None:
    assert cited in {o for _, o in facts(in_note(sentence), "mentions")}


def test_the_author_keeps_its_own_when_it_speaks() -> None:
    # "the Commission had adopted in its resolution 10/4": the author's own, as before
    text = in_note("The guidelines, which the Commission had adopted in its resolution 10/4, were applied.")
    assert "ccr/res/10/4" in {o for _, o in facts(text, "mentions")}


@pytest.mark.parametrize(
    ("recital", "own_title", "organ_cited"),
    [
        (
            "Recalling its resolution 10/4 on the Global Data Framework and General Assembly resolution 84/211 on agriculture development,",
            "the Global Data Framework",
            "ga/res/84/211",
        ),
        (
            "Recalling its resolution 10/4 on the Coastal Observing System, and Human Rights Council resolution 52/3 on the right to water,",
            "the Coastal Observing System",
            "hrc/res/52/3",
        ),
        (
            "Recalling its resolution 10/4 on the Early Warning Network and the Security Council resolution 2720 (2031),",
            "the Early Warning Network",
            None,
        ),
    ],
)
def test_a_capitalised_title_ends_before_an_organs_citation(recital: str, own_title: str, organ_cited: str | None) -> None:
    text = in_resolution(recital, "1. Requests the secretariat to report.")
    assert ("ccr/res/10/4", own_title) in facts(text, "title")
    if organ_cited is not None:
        assert ("ccr/res/12/1", organ_cited) in facts(text, "cites")
        assert (organ_cited, "ccr") not in {(o, o.split("/")[0]) for _, o in facts(text, "cites")}


def test_an_and_inside_a_name_goes_on() -> None:
    # "Economic and Social Council" inside the title: the title goes on through its "and"
    text = in_resolution(
        "Recalling its resolution 10/4 on the implementation of Economic and Social Council resolution 2030/7,",
        "1. Requests the secretariat to report.",
    )
    assert ("ccr/res/10/4", "the implementation of Economic and Social Council resolution 2030/7") in facts(text, "title")
