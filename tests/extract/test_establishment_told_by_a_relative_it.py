"""E264: an establishment told as history in a third body's document, its subject told back by a
relative "it": "The Human Rights Council reviewed the Expert Mechanism …, which it had established by its
resolution 6/36 at its sixth session" in a commission's report. "its" is the clause's subject's (not the
document's body's, nor the body named in the verb's object): the instrument is that subject's, adopted at
the session named after it, and it established the antecedent of "which"
(`resolve._OBJECT_WHICH_IT_BY_ITS`, `relate._WHICH_SUBJECT`). G2 left it.

Near misses: the relative clause tells no establishment ("which it had considered at"), a proposal
("which it had proposed to establish"), another body named as the clause's subject, a subject that is the
document's own body."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import _in_frame

_CSW = (
    "E/CN.6/2037/3\nEconomic and Social Council\nDistr.: General\n3 December 2036\n\nCommission on the Status of Women\n"
    "Eighty-first session\nItem 3 of the provisional agenda\n\nReport of the Secretary-General\n\n1. {s}\n"
)
_RELATIONS = ("establishes", "adoptedAt", "cites", "mentions")


def found(sentence: str) -> set[tuple[str, str]]:
    return _in_frame(_CSW, sentence, _RELATIONS)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Human Rights Council reviewed the Expert Mechanism on the Right to Development, which it had established by its resolution 6/36 at its sixth session.",
            {("hrc/res/6/36", "hrc#6"), ("hrc/res/6/36", "hrc/expert-mechanism-on-the-right-to-development")},
        ),
        (
            "In 2036, the General Assembly took note of the Peacebuilding Commission, which it had established by its resolution 60/180 at its sixtieth session.",
            {("ga/res/60/180", "ga#60"), ("ga/res/60/180", "ga/peacebuilding-commission")},
        ),
        (
            "The General Assembly took note of the work of the Peacebuilding Commission, which it had set up through its resolution 60/180.",
            {("ga/res/60/180", "ga/peacebuilding-commission")},
        ),
        (
            "The Human Rights Council also assessed the Expert Mechanism on the Right to Development, which it first created in its resolution 6/36.",
            {("hrc/res/6/36", "hrc/expert-mechanism-on-the-right-to-development")},
        ),
    ],
)
def test_the_relative_it_is_the_clauses_subject(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # no establishment told: the session only
        (
            "The Human Rights Council reviewed the Expert Mechanism on the Right to Development, which it had considered at its sixth session.",
            {"establishes"},
        ),
        # a proposal, not an act
        (
            "The Human Rights Council reviewed the Expert Mechanism on the Right to Development, which it had proposed to establish by its resolution 6/36.",
            {"establishes"},
        ),
    ],
)
def test_no_establishment_told(sentence: str, absent: set[str]) -> None:
    assert not {o for s, o in found(sentence) if o.startswith("hrc/expert")}


def test_a_named_subject_of_the_relative_clause_is_the_issuer() -> None:
    facts = found(
        "The Human Rights Council reviewed the Expert Mechanism on the Right to Development, which the General Assembly had established by its resolution 61/177."
    )
    assert not {s for s, _ in facts if s.startswith("hrc/res/")}
    assert any(s == "ga/res/61/177" for s, _ in facts)


def test_the_commissions_own_subject_keeps_its_instrument() -> None:
    facts = found("The Statistical Commission reviewed the work of the Human Rights Council, which it had requested by its decision 58/101.")
    assert not {s for s, _ in facts if s.startswith("hrc/")}
    assert ("E/CN.6/2037/3", "ecosoc/statistical-commission/dec/58/101") in facts
