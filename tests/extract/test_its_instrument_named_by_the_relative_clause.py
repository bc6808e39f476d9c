"""An instrument cited as "its decision 66/104" whose relative clause names the body that acted by
it ("Welcoming the report of the Statistical Commission on its sixty-sixth session (…), and in
particular its decision 66/104, by which the Statistical Commission requested …"): the body the
clause names is the issuer, not the subject of the text that cites it, which "its" seemed to be
(E241). Near misses: "its resolution 10/2, by which it established" (the text's own body, "it"), a
passive clause ("by which the Committee was established": the body set up, not the issuer)."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_resolution


@pytest.mark.parametrize(
    "paragraph, issued, asked",
    [
        (
            "Welcoming the report of the Statistical Commission on its sixty-second session (E/2031/24), and in "
            "particular its decision 62/104, by which the Statistical Commission requested the Secretary-General to "
            "harmonize urban statistics,",
            "ecosoc/statistical-commission/dec/62/104",
            "secretary-general",
        ),
        (
            "Taking note of the work of the Commission on Narcotic Drugs, and of its resolution 74/3, in which the "
            "Commission on Narcotic Drugs requested the Secretary-General to report on coastal trafficking,",
            "ecosoc/cnd/res/74/3",
            "secretary-general",
        ),
    ],
)
def test_the_body_acting_in_the_clause_issued_it(paragraph: str, issued: str, asked: str) -> None:
    text = in_resolution(paragraph, "1. Requests the Executive Secretary to report on coastal data.")
    assert ("ccr/res/12/1", issued) in facts(text, "cites")
    assert (issued, asked) in facts(text, "requests")
    assert not any(s.startswith("ccr/dec/") or s.startswith("ccr/res/62") for s, _ in facts(text, "requests"))


def test_its_own_instrument_told_with_it() -> None:
    text = in_resolution(
        "Recalling its resolution 10/2 of 12 March 2029, by which it established the Committee on Coastal Data,",
        "1. Requests the Executive Secretary to report on coastal data.",
    )
    assert ("ccr/res/12/1", "ccr/res/10/2") in facts(text, "cites")


def test_a_passive_clause_names_the_body_set_up() -> None:
    text = in_resolution(
        "Recalling its resolution 10/2, by which the Committee on Coastal Data was established,",
        "1. Requests the Executive Secretary to report on coastal data.",
    )
    assert ("ccr/res/12/1", "ccr/res/10/2") in facts(text, "cites")
    assert not any(o.endswith("/res/10/2") and o != "ccr/res/10/2" for _, o in facts(text, "cites"))
