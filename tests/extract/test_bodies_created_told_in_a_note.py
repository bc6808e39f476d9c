"""A note tells how an instrument created a body: "By its resolution 62/11 ..., the Council
created an expert working group on X", "the Assembly decided to form an intersessional expert
group on Y"; then "The first meeting of the expert working group on X will take place on ... in
Geneva" (the modifier before the kind), while "convene the first meeting of the working group
during its forty-fifth session" is the session of the body it works in, not the group's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(("verb", "kind"), [
    ("created an expert working group", "working group"),
    ("created a technical working group", "working group"),
    ("decided to form an expert group", "expert group"),
])
def test_a_body_created_and_its_first_meeting(verb: str, kind: str) -> None:
    text = in_note(
        f"By its resolution 11/4 of 5 July 2030, the Commission on Coastal Resilience {verb} on mangrove "
        "restoration composed of five members, and requested that the first meeting of the group be convened "
        "during its thirteenth session.",
        f"The first meeting of the {verb.split(' ', 2)[-1].split(' ', 1)[-1] if verb.startswith('created') else 'expert group'} "
        "on mangrove restoration will take place on 10 March 2032 at the Palais des Nations in Geneva.",
    )
    created = {o for s, o in facts(text, "establishes") if s == "ccr/res/11/4"}
    assert len(created) == 1
    body = created.pop()
    assert (f"{body}#1", body) in facts(text, "meetingOf")
    assert (f"{body}#1", "2032-03-10") in facts(text, "heldOn")
    assert (f"{body}#1", "Geneva") in facts(text, "heldIn")
    assert not any(s == f"{body}#13" for s, _ in facts(text, "meetingOf"))
    assert kind in body.replace("-", " ") or "group" in body
