"""A mandate told in a relative clause on the instrument that gave it: "prepared in accordance with
resolution 11/2, which requested the Executive Secretary to present a framework", "Recalling its
resolution 11/2, which also invited the Bureau to ..." (in another instrument's preamble): the
instrument named before ", which" tasked the body after the verb, not the instrument being read."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize(("verb", "relation", "body", "key"), [
    ("requested", "requests", "Executive Secretary", "ccr/executive-secretary"),
    ("also requested", "requests", "Bureau", "ccr/bureau"),
    ("invited", "invites", "Bureau", "ccr/bureau"),
])
def test_in_a_note(verb: str, relation: str, body: str, key: str) -> None:
    text = in_note(f"The present note was prepared in accordance with resolution 10/3, which {verb} the {body} to present a framework for the period after 2031.")
    assert ("ccr/res/10/3", key) in facts(text, relation)


def test_in_a_preamble_the_cited_instrument_asks() -> None:
    text = in_resolution(
        "Noting that document E/CN.21/2031/8 was prepared in accordance with resolution 10/3, which requested the "
        "Executive Secretary to present a framework,",
        "1. Decides to act on the framework;",
    )
    requests = facts(text, "requests")
    assert ("ccr/res/10/3", "ccr/executive-secretary") in requests
    assert ("ccr/res/12/1", "ccr/executive-secretary") not in requests
