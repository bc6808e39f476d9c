"""Requests told in the impersonal passive after a back reference (E102): "In the same resolution,
it was decided that the Bureau should ...", "By that decision, it was also decided that ...": the
instrument of that kind the text named last asks the body the clause names; a passive request
joined to it (", and the secretariat was requested to ...") is the same instrument's.

Invented sentences (the phrasing commission, other bodies, kinds, leads and verbs)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

ADDRESSEES = [
    ("the Bureau", "ccr/bureau"),
    ("the Executive Secretary of the Commission on Coastal Resilience", "ccr/executive-secretary"),
    ("the Working Group on Early Warning Systems", "ccr/wg-early-warning"),
]
FIRST = "In its {kind} 11/4 of 2 March 2030, the Commission, recalling its resolution 5/2, requested the secretariat to report."


@pytest.mark.parametrize(("addressee", "key"), ADDRESSEES)
@pytest.mark.parametrize("kind", ["resolution", "decision"])
@pytest.mark.parametrize("lead", ["In the same {kind}, it was", "By that {kind}, it was also", "Under that {kind}, it had been further"])
@pytest.mark.parametrize("modal", ["should", "would"])
def test_the_instrument_named_again_asks(addressee: str, key: str, kind: str, lead: str, modal: str) -> None:
    short = "res" if kind == "resolution" else "dec"
    text = in_note(FIRST.format(kind=kind), f"{lead.format(kind=kind)} decided that {addressee} {modal} report every second year.")
    requests = facts(text, "requests")
    assert (f"ccr/{short}/11/4", key) in requests
    assert ("ccr/res/5/2", key) not in requests


@pytest.mark.parametrize(("addressee", "key"), ADDRESSEES[1:])
@pytest.mark.parametrize(("verb", "relation"), [("requested", "requests"), ("asked", "requests"), ("invited", "invites")])
def test_a_passive_request_joined_to_the_clause_is_the_same_instruments(addressee: str, key: str, verb: str, relation: str) -> None:
    text = in_note(
        FIRST.format(kind="decision"),
        f"In the same decision, it was decided that the Bureau should meet twice a year, and {addressee} was {verb} to support its work.",
    )
    assert ("ccr/dec/11/4", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/11/4", key) in facts(text, relation)


def test_no_instrument_named_before_asks_no_one() -> None:
    text = in_note("The Commission met twice.", "In the same resolution, it was decided that the Bureau should report.")
    assert not facts(text, "requests")
