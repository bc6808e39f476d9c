"""A bare instrument number ("in paragraph 9 of resolution 86/266") after the document named that
number with its issuer ("By its resolution 86/266 ..., the General Assembly requested"): the same
instrument, not one of the document's own issuer."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts


@pytest.mark.parametrize(
    "later",
    [
        "The report of the Secretary-General (E/CN.21/2032/6) responds to the request in paragraph 9 of resolution 80/266.",
        "The report of the Secretary-General (E/CN.21/2032/6) is submitted pursuant to resolution 80/266.",
    ],
)
def test_the_bare_number_is_the_instrument_named_before(later: str) -> None:
    text = NOTE + (
        "\nBy its resolution 80/266 of 24 December 2031 on programme planning, the General Assembly requested the "
        "Commission to review its programme.\n\n" + later + "\n"
    )
    pursuant = facts(text, "pursuantTo")
    assert ("E/CN.21/2032/6", "ga/res/80/266") in pursuant
    assert not any(o.startswith("ccr/res/") or o.startswith("ecosoc/res/") for _, o in pursuant)


def test_another_number_keeps_the_default_issuer() -> None:
    text = NOTE + (
        "\nBy its resolution 80/266 of 24 December 2031, the General Assembly requested the Commission to act.\n\n"
        "The report of the Secretary-General (E/CN.21/2032/6) is submitted pursuant to resolution 12/3.\n"
    )
    assert ("E/CN.21/2032/6", "ccr/res/12/3") in facts(text, "pursuantTo")
