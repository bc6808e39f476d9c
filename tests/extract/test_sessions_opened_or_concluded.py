"""A body that opens, concludes or closes "its" numbered session holds it: the session's place and
days in brackets after it are that session's (E303). Near misses: a body named inside another's
clause, and a verb that closes no gathering ("concluded its consideration")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission on Narcotic Drugs concluded its sixty-fifth session (Vienna, 14 to 18 March 2022) with the adoption of its report.",
        "The Commission on Narcotic Drugs closed its sixty-fifth session (Vienna, 14-18 March 2022) on Friday.",
        "The Commission on Narcotic Drugs opened its sixty-fifth session (Vienna, 14 to 18 March 2022)\nyesterday morning.",
        "The Commission on Narcotic Drugs has concluded its sixty-fifth session (Vienna, 14 to 18 March\n2022).",
    ],
)
def test_the_body_that_opens_or_concludes_its_session_holds_it(sentence: str) -> None:
    assert in_sg_report(sentence, "heldIn") == {("ecosoc/cnd#65", "Vienna")}
    assert in_sg_report(sentence, "heldOn") == {("ecosoc/cnd#65", "2022-03-14/2022-03-18")}


def test_a_consideration_concluded_is_no_session() -> None:
    sentence = "The Commission on Narcotic Drugs concluded its consideration of the item on 18 March 2022 in Vienna."
    assert in_sg_report(sentence, "heldIn", "heldOn") == set()
