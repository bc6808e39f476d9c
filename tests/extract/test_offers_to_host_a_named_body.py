"""An offer, a wish or a suggestion to host or to hold a named body's session is no session held (E204,
cells of the lead's grid r17/e204):

- "The Government of Thailand offered to host the ninth session of the Committee on Coastal Data in
  Bangkok", "Thailand has offered to host … in 2033", "The Committee … may wish to hold its ninth session
  in Bangkok", "is invited to hold", "could host", "proposed to hold", "would like to host", "is willing
  to host" give no `heldIn`: the verb before the gathering ("host", "hold", `rules/documents.held_here`)
  is only offered or wished (`_ONLY_OFFERED`), as E197 made "Austria offered to host" give nothing for a
  town as the host (`test_sessions_hosted_and_fronted_participles.py`).
- What settles it still gives the town: "decided to hold", "agreed to convene", "accepted the offer of
  the Government of Thailand to host" (the noun "offer", accepted), "will be held", "held".

Bodies varied: the commission's own Committee on Coastal Data, the Human Rights Council (a subsidiary
organ of the General Assembly, shipped data), the technical expert committee of a convention's COP
(tests/data/cop_decisions_pages_e195.ttl), the Executive Board of a fund (phrasing_treaty.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, REFERENCE, extracted_with, in_sg_report

_DATA = Path(REFERENCE).parent
with_bodies = extracted_with(_DATA / "phrasing_treaty.ttl", _DATA / "cop_decisions_pages_e195.ttl")


def held_in(frame: str, sentence: str) -> set[tuple[str, str]]:
    """(gathering, town) of the sentence's `heldIn` facts: "sg" (a report of the Secretary-General, shipped
    data) or "rep" (the commission's session report, its chapter on action taken, with the treaty bodies);
    the frame's own sessions left out."""
    if frame == "sg":
        return in_sg_report(sentence, "heldIn")
    return {(s, o) for r, s, o in with_bodies(ACTION_TAKEN.format(s=sentence)) if r == "heldIn"} - {("ccr#13", "New York")}


DATA_COMMITTEE = "ccr/committee-on-data"
EXPERTS = "e195-minamata/tec"


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        ("rep", "The Government of Thailand offered to host the ninth session of the Committee on Coastal Data in Bangkok."),
        ("rep", "Thailand has offered to host the ninth session of the Committee on Coastal Data in Bangkok in 2033."),
        ("rep", "The Committee on Coastal Data may wish to hold its ninth session in Bangkok."),
        ("rep", "The Government of Kenya offers to host the third meeting of the technical expert committee of the Minamata Convention"
         " in Nairobi."),
        ("rep", "The technical expert committee of the Minamata Convention is invited to hold its third meeting in Nairobi."),
        ("rep", "The Government of Germany had offered to host the twentieth session of the Executive Board of the Coastal Wetlands"
         " Fund in Bonn."),
        ("rep", "The Executive Board of the Coastal Wetlands Fund could hold its twentieth session in Bonn."),
        ("rep", "The Executive Board of the Coastal Wetlands Fund proposed to hold its twentieth session in Bonn."),
        ("sg", "The Government of Thailand has offered to host the fiftieth session of the Human Rights Council in Bangkok."),
        ("sg", "The Human Rights Council may wish to hold its fiftieth session in Bangkok."),
        ("sg", "Thailand would like to host the fiftieth session of the Human Rights Council in Bangkok."),
        ("sg", "The Government of Thailand is willing to host the fiftieth session of the Human Rights Council in Bangkok in 2033."),
        ("sg", "The Human Rights Council wishes to hold its fiftieth session in Bangkok."),
    ],
)
def test_an_offer_or_a_wish_to_host_a_named_body_s_session_holds_nothing(frame, sentence):
    assert held_in(frame, sentence) == set()


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("rep", "The Committee on Coastal Data decided to hold its ninth session in Bangkok.", {(f"{DATA_COMMITTEE}#9", "Bangkok")}),
        ("rep", "The Committee on Coastal Data accepted the offer of the Government of Thailand to host its ninth session in Bangkok.",
         {(f"{DATA_COMMITTEE}#9", "Bangkok")}),
        ("rep", "The Commission accepted the offer of the Government of Thailand to host its thirteenth session in Bangkok.",
         {("ccr#13", "Bangkok")}),
        ("rep", "The Committee on Coastal Data held its ninth session in Bangkok from 3 to 5 May 2032.", {(f"{DATA_COMMITTEE}#9", "Bangkok")}),
        ("rep", "The ninth session of the Committee on Coastal Data will be held in Bangkok.", {(f"{DATA_COMMITTEE}#9", "Bangkok")}),
        ("rep", "The technical expert committee of the Minamata Convention held its third meeting in Nairobi.", {(f"{EXPERTS}#3", "Nairobi")}),
        ("rep", "The Executive Board of the Coastal Wetlands Fund decided to hold its twentieth session in Bonn.",
         {("wetland-fund-board#20", "Bonn")}),
        ("sg", "The Human Rights Council decided to hold its fiftieth session in Bangkok.", {("hrc#50", "Bangkok")}),
        ("sg", "The Human Rights Council will hold its fiftieth session in Bangkok.", {("hrc#50", "Bangkok")}),
    ],
)
def test_a_session_decided_or_held_is_still_placed(frame, sentence, expected):
    assert held_in(frame, sentence) == expected
