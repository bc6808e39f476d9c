"""Sessions told around a place (E208, the lead's family "sessions told around a place", no test document):
where a named body's gathering sat when the town is not joined to it by "held in".

- The town alone set off by commas right after the gathering: "The ninth session of the Committee on Coastal
  Data, in Bangkok, was opened on 2 May 2031 by the Chair", "At its twentieth session, at Bonn, the Executive
  Board …" (`relate._PLACE_SET_OFF`). The opening day alone is no span of the session's days: no `heldOn`
  (the unseen gold: u36 "opened in Kingston on 16 March 2027" is `held_in` alone, u62 "which opened on 1
  January 2032" no `held_on`).
- The session a body meets for, the town after it and no days: "The Committee … met for its ninth session in
  Bangkok", "convened for its thirteenth session at Bangkok." (`rules/documents._HELD_BEFORE`'s "met for",
  `relate._AT_TOWN_ALONE`); the town before it: "met at Bangkok for its ninth session", "gathered in Bangkok
  for its" (`relate._MET_IN_PLACE_FOR`, which read it only with days after).
- A participle of meeting opening the sentence: "Meeting in Bangkok for its ninth session, the Committee on
  Coastal Data adopted …", "Having met at Geneva for its …": "its" is the subject's, named after the comma
  (`resolve._MET_FOR_ITS_OPENING`, as "At its ninth session, the …"); it was the document's own body's.
- "Headquarters" names no town (the unseen README: "at United Nations Headquarters from 21 to 25 June 2032"
  gives `held_on` and no `held_in`).

Near misses (tested): an offer, a wish, "could", "may wish to" (E204's `_ONLY_OFFERED`, now also for the town
set off and the town before); a proposal's "that" clause ("It was proposed that the Committee hold its ninth
session in Bangkok", "recommended that the Board convene its"), where "decided that" settles it; another body
meeting "for the ninth session of" the Committee; an aside that is no town ("in hybrid format", "in
cooperation with the Government of Thailand", "in Bangkok or Manila").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, REFERENCE, SG_REPORT, extracted_with, key, shipped_registry

from mandate_graph.loaders.extract import extract

_DATA = Path(REFERENCE).parent
with_bodies = extracted_with(_DATA / "phrasing_treaty.ttl", _DATA / "cop_decisions_pages_e195.ttl")
GATHERING_FACTS = ("meetingOf", "heldIn", "heldOn")
OWN = {"ga#79", "ccr#12", "ccr#13"}


def facts(frame: str, sentence: str) -> set[tuple[str, str, str]]:
    """The gathering facts of the sentence but the frame's own session's: "sg" (a report of the
    Secretary-General, shipped data) or "rep" (the commission's session report, with the treaty bodies)."""
    if frame == "sg":
        found = {(f.relation, key(f.subject), key(f.object)) for f in extract(SG_REPORT.format(s=sentence), source_key="test", registry=shipped_registry()).facts}
    else:
        found = set(with_bodies(ACTION_TAKEN.format(s=sentence)))
    return {(r, s, o) for r, s, o in found if r in GATHERING_FACTS and s not in OWN}


DATA = "ccr/committee-on-data"
BOARD = "wetland-fund-board"
EXPERTS = "e195-minamata/tec"


def session(key_: str, body: str, town: str | None = None, days: str | None = None) -> set[tuple[str, str, str]]:
    out = {("meetingOf", key_, body)}
    if town:
        out.add(("heldIn", key_, town))
    if days:
        out.add(("heldOn", key_, days))
    return out


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        # the town set off by commas after the gathering
        ("rep", "The ninth session of the Committee on Coastal Data, in Bangkok, was opened on 2 May 2031 by the Chair.",
         session(f"{DATA}#9", DATA, "Bangkok")),
        ("rep", "The ninth session of the Committee on Coastal Data, at Bangkok, will be opened by the Executive Secretary.",
         session(f"{DATA}#9", DATA, "Bangkok")),
        ("rep", "At its twentieth session, in Bonn, the Executive Board of the Coastal Wetlands Fund approved its workplan.",
         session(f"{BOARD}#20", BOARD, "Bonn")),
        ("rep", "The technical expert committee of the Minamata Convention, at its third meeting, in Nairobi, agreed on a roadmap.",
         session(f"{EXPERTS}#3", EXPERTS, "Nairobi")),
        ("sg", "The sixtieth session of the Human Rights Council, in Geneva, was opened on 8 September 2025 by its President.",
         session("hrc#60", "hrc", "Geneva")),
        # the session met for, the town after it or before it
        ("rep", "The Committee on Coastal Data convened for its ninth session in Bangkok from 2 to 4 May 2031.",
         session(f"{DATA}#9", DATA, "Bangkok", "2031-05-02/2031-05-04")),
        ("rep", "The Committee on Coastal Data met for its ninth session in Bangkok.", session(f"{DATA}#9", DATA, "Bangkok")),
        ("rep", "The Executive Board of the Coastal Wetlands Fund reconvened for its twentieth session at Bonn.",
         session(f"{BOARD}#20", BOARD, "Bonn")),
        ("rep", "The Committee on Coastal Data met at Bangkok for its ninth session.", session(f"{DATA}#9", DATA, "Bangkok")),
        ("rep", "The Committee on Coastal Data gathered in Bangkok for its ninth session on 2 and 3 May 2031.",
         session(f"{DATA}#9", DATA, "Bangkok", "2031-05-02/2031-05-03")),
        ("sg", "The Human Rights Council will meet for its sixtieth session at Geneva.", session("hrc#60", "hrc", "Geneva")),
        # a participle of meeting opening the sentence
        ("rep", "Meeting in Bangkok for its ninth session, the Committee on Coastal Data adopted three recommendations.",
         session(f"{DATA}#9", DATA, "Bangkok")),
        ("rep", "Having met at Bonn for its twentieth session, the Executive Board of the Coastal Wetlands Fund approved its workplan.",
         session(f"{BOARD}#20", BOARD, "Bonn")),
        # Headquarters: no town
        ("rep", "The Committee on Coastal Data held its ninth session, held at Headquarters, from 2 to 4 May 2031.",
         session(f"{DATA}#9", DATA, None, "2031-05-02/2031-05-04")),
        ("rep", "The Committee on Coastal Data decided that its ninth session, at Headquarters, would be its last.", session(f"{DATA}#9", DATA)),
        # settled
        ("rep", "The Commission decided that the Committee on Coastal Data hold its ninth session in Bangkok.",
         session(f"{DATA}#9", DATA, "Bangkok")),
    ],
)
def test_where_a_session_sat_told_around_it(frame, sentence, expected):
    assert facts(frame, sentence) == expected


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        ("rep", "The Committee on Coastal Data may wish to convene for its ninth session, in Bangkok."),
        ("rep", "The Committee on Coastal Data could meet for its ninth session at Bangkok."),
        ("rep", "Thailand offered to host the ninth session of the Committee on Coastal Data, in Bangkok, in 2032."),
        ("rep", "The Executive Board of the Coastal Wetlands Fund is invited to meet at Bonn for its twentieth session."),
        ("rep", "It was proposed that the Committee on Coastal Data hold its ninth session in Bangkok."),
        ("rep", "The secretariat recommended that the Executive Board of the Coastal Wetlands Fund convene its twentieth session in Bonn."),
        ("rep", "It was suggested that the Committee on Coastal Data convene for its ninth session in Bangkok."),
        ("rep", "The Bureau met in Bangkok for the ninth session of the Committee on Coastal Data."),
        ("rep", "The ninth session of the Committee on Coastal Data, in hybrid format, was opened on 2 May 2031."),
        ("rep", "The ninth session of the Committee on Coastal Data, in cooperation with the Government of Thailand, was opened on 2 May 2031."),
        ("rep", "The ninth session of the Committee on Coastal Data, in Bangkok or Manila, will be decided later."),
        ("sg", "The Human Rights Council may wish to meet for its sixtieth session at Geneva."),
    ],
)
def test_no_town_where_it_is_only_offered_proposed_or_no_town(frame, sentence):
    assert {(r, s, o) for r, s, o in facts(frame, sentence) if r == "heldIn"} == set()


def test_days_told_after_a_town_only_offered_place_nothing():
    sentence = "The Executive Board of the Coastal Wetlands Fund is invited to meet at Bonn for its twentieth session from 2 to 4 May 2032."
    assert {(r, s, o) for r, s, o in facts("rep", sentence) if r == "heldIn"} == set()
