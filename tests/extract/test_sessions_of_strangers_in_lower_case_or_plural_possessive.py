"""Two limits E198 left on whose gathering "its" or a possessive names (E208):

- a name in capitals ending in "s" takes the possessive's apostrophe alone: "The Committee on Contributions'
  ninety-second session was held in New York" named by a stranger gave the Assembly's `ga#92`
  (`named_holders._NAME_POSSESSIVE`, `resolve`'s possessive branch); a known body so written ("the Committee on
  Coastal Data' ninth session", "the Conference of the Parties' seventeenth meeting") reads as before;
- a body named in lower case, a kind and what it is on or for, opening a clause with a verb of holding right
  before "its": "The advisory board on coastal finance held its third session" gave the commission's `ccr#3`
  (`named_holders.lower_case_name_holds` in `resolve._stranger_holds_its`): a stranger's gathering, no one's.

Near misses (tested): a known body in lower case ("the committee on coastal data held its ninth session", "the
working group on early warning systems"), a body the resolution created named again in lower case (its own
gathering), the document's own body's possessive.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, SG_REPORT, in_resolution, key, registry, shipped_registry

FACTS = ("meetingOf", "heldIn", "heldOn")
OWN = {"ga#79", "ccr#12", "ccr#13"}


def gatherings(frame: str, text: str) -> set[tuple[str, str, str]]:
    if frame == "sg":
        extraction = extract(SG_REPORT.format(s=text), source_key="test", registry=shipped_registry())
    elif frame == "rep":
        extraction = extract(ACTION_TAKEN.format(s=text), source_key="test", registry=registry())
    else:
        extraction = extract(text, source_key="test", registry=registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in FACTS and key(f.subject) not in OWN}


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        ("sg", "The Committee on Contributions' ninety-second session was held in New York from 2 to 20 June 2032."),
        ("rep", "The Advisory Board on Coastal Ports' third session will be held in Manila."),
        ("rep", "The advisory board on coastal finance held its third session in Manila from 3 to 5 May 2032."),
        ("sg", "The committee on contributions held its ninety-second session in New York from 2 to 20 June 2032."),
        ("rep", "Notes that the task force on coastal surveys will hold its second meeting in Apia."),
        ("sg", "In 2031, the expert group on ocean statistics met for its fourth meeting in Nairobi."),
    ],
)
def test_a_strangers_gathering_is_no_one_elses(frame, sentence):
    assert gatherings(frame, sentence) == set()


@pytest.mark.parametrize(
    ("frame", "text", "expected"),
    [
        ("rep", "The Committee on Coastal Data' ninth session was held in Bangkok.",
         {("meetingOf", "ccr/committee-on-data#9", "ccr/committee-on-data"), ("heldIn", "ccr/committee-on-data#9", "Bangkok")}),
        ("rep", "The Commission noted that the committee on coastal data held its ninth session in Bangkok.",
         {("meetingOf", "ccr/committee-on-data#9", "ccr/committee-on-data"), ("heldIn", "ccr/committee-on-data#9", "Bangkok")}),
        ("rep", "The working group on early warning systems held its fourth meeting in Manila.",
         {("meetingOf", "ccr/wg-early-warning#4", "ccr/wg-early-warning"), ("heldIn", "ccr/wg-early-warning#4", "Manila")}),
        ("rep", "The Commission's thirteenth session will be held in Bangkok.", set()),  # its own (left out here)
        ("res", in_resolution("Decides to establish an open-ended working group on tidal data;",
                              "Decides that the working group on tidal data shall hold its first meeting in Suva in 2032;"),
         {("meetingOf", "ccr/working-group-on-tidal-data#1", "ccr/working-group-on-tidal-data"),
          ("heldIn", "ccr/working-group-on-tidal-data#1", "Suva")}),
    ],
)
def test_known_and_created_bodies_keep_their_gatherings(frame, text, expected):
    assert gatherings(frame, text) == expected
