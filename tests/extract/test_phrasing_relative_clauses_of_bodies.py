"""A body's history told in relative clauses hung on its name: "The Commission is assisted by its
Working Group on Tidal Data, which the Council created by its resolution 2026/12 and which, by its
resolution 2028/19, entitled "...", the Council decided to maintain as a standing subsidiary body
of the Commission."

- "which the Council created / established / set up by its resolution N": N (the Council's: "its"
  is the relative clause's subject, `resolve._VERB_BY_ITS`) establishes the body named before the
  comma (`relate._WHICH_SUBJECT`; `mandate_verbs`: "created by its resolution" is active);
- "and which, by its resolution N, ..., the Council decided to maintain as a standing body": N (the
  Council's, `resolve._OPENING`) sets the body off (`relate._SET_OFF_BY_ITS`), and the body made
  permanent is the one the chained relative clauses hang on, never the subject issuing N
  (`relate._relative_antecedent_end`).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

WG = "ccr/wg-early-warning"


@pytest.mark.parametrize("verb", ["created", "established", "set up"])
@pytest.mark.parametrize("name", ["its Working Group on Tidal Data", "its Expert Panel on Sea Ice Observation"])
def test_which_the_council_created_by_its_resolution(verb: str, name: str) -> None:
    text = in_note(f"The Commission is assisted by {name}, which the Council {verb} by its resolution 2026/12.")
    established = facts(text, "establishes")
    assert len(established) == 1
    (instrument, body), = established
    assert instrument == "ecosoc/res/2026/12"
    assert body.endswith("/" + name.removeprefix("its ").lower().replace(" ", "-"))


def test_a_known_body_named_before_the_relative_clause() -> None:
    text = in_note("The Commission is assisted by the Working Group on Early Warning Systems, which the Council "
                   "established by its resolution 2026/12.")
    assert facts(text, "establishes") == {("ecosoc/res/2026/12", WG)}


@pytest.mark.parametrize("sentence", [
    "The Commission welcomed the Tidal Data Initiative, which the Council supported by its resolution 2026/12.",
    "The Council created by its resolution 2026/12 a trust fund for coastal data.",
    "The Commission is assisted by its Working Group on Tidal Data, which the Council requested by its "
    "resolution 2026/12 to report annually.",
])
def test_no_establishment(sentence: str) -> None:
    assert not facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("clause", [
    'and which, by its resolution 2028/19, entitled "Review of the methods of work", the Council decided to '
    "maintain as a standing subsidiary body of the Commission",
    "and which, by its resolution 2028/19, the Council converted into a permanent body",
    "and which, by its resolution 2028/19 of 24 July 2028, the Council decided to keep as a standing body",
])
def test_chained_relative_clauses_make_the_body_permanent(clause: str) -> None:
    text = in_note(
        "The Commission is assisted by the Working Group on Early Warning Systems, which the Council established by "
        f"its resolution 2026/12 {clause}."
    )
    assert facts(text, "makesConstantElement") == {("ecosoc/res/2028/19", WG)}
    assert ("ecosoc/res/2026/12", WG) in facts(text, "establishes")


@pytest.mark.parametrize("sentence", [
    # nothing made permanent
    "The Working Group on Early Warning Systems, which the Council established by its resolution 2026/12, "
    "reports to the Commission every year.",
    # the subject issuing the resolution is not what it makes permanent
    "The Council, which by its resolution 2028/19 decided to remain seized of the matter, met in July.",
])
def test_no_constant_element(sentence: str) -> None:
    assert not facts(in_note(sentence), "makesConstantElement")


@pytest.mark.parametrize("verb", ["created", "established", "set up"])
def test_the_sentence_opens_with_the_body_the_relative_clause_is_on(verb: str) -> None:
    # "The Independent Audit Advisory Committee, which the General Assembly set up by its
    # resolution 60/248, will hold ...": the body opens the sentence, capital "The" and all
    text = in_note(f"The Working Group on Early Warning Systems, which the Council {verb} by its resolution 2026/12, "
                   "will hold its fourth meeting in June 2032.")
    assert facts(text, "establishes") == {("ecosoc/res/2026/12", WG)}


def test_the_sentence_opens_with_the_body_no_establishment() -> None:
    text = in_note("The Working Group on Early Warning Systems, which the Council requested by its resolution 2026/12 "
                   "to report annually, will meet in June 2032.")
    assert not facts(text, "establishes")
