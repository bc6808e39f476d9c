"""A relative clause on an instrument goes on past ", and" with a verb in the past when the
sentence's own subject speaks in the present (E202): "The Board welcomes resolution 88/40, in which
the Assembly requested X ..., and invited Y ...": a subject that "welcomes" cannot go on with "and
invited"; the verb is the relative clause's, and Y is the instrument's addressee. Where the main
verb is in the past ("The Board recalled ..., and invited ..."), the subject may be the one inviting
and nothing is read, as before."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report

ASKS = ("requests", "invites", "encourages")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Committee welcomes General Assembly resolution 88/40 of 12 December 2033, in which the "
            "Assembly requested the Secretary-General, in consultation with the Committee, to prepare a study, "
            "and invited the Human Rights Council to contribute to that study.",
            {("ga/res/88/40", "secretary-general"), ("ga/res/88/40", "hrc")},
        ),
        (
            "4. The Commission notes Economic and Social Council resolution 2031/7, in which the Council "
            "requested the Secretary-General to report on the matter, and also encouraged the Human Rights "
            "Council to support national surveys.",
            {("ecosoc/res/2031/7", "secretary-general"), ("ecosoc/res/2031/7", "hrc")},
        ),
        (
            "The Board further recalls Human Rights Council resolution 52/3, by which the Council asked the "
            "Secretary-General to convene a workshop, and invited the Economic and Social Council to take part.",
            {("hrc/res/52/3", "secretary-general"), ("hrc/res/52/3", "ecosoc")},
        ),
    ],
)
def test_past_verb_after_and_goes_on_with_the_relative_clause(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= in_sg_report(sentence, *ASKS)


@pytest.mark.parametrize(
    "sentence, addressee",
    [
        # the main verb in the past: the subject may be the one inviting (no instrument's fact)
        (
            "The Committee recalled General Assembly resolution 88/40, in which the Assembly requested the "
            "Secretary-General to prepare a study, and invited the Human Rights Council to contribute.",
            "hrc",
        ),
        # the main verb goes on in the present: the Committee's own invitation
        (
            "The Committee welcomes General Assembly resolution 88/40, in which the Assembly requested the "
            "Secretary-General to prepare a study, and invites the Human Rights Council to contribute.",
            "hrc",
        ),
    ],
)
def test_no_instruments_fact_where_the_clause_is_closed(sentence: str, addressee: str) -> None:
    facts = in_sg_report(sentence, *ASKS)
    assert ("ga/res/88/40", "secretary-general") in facts
    assert not any(o == addressee for _, o in facts)
