"""A1's families 1 and 9 (E237): the sessions of a named body told in prose, and a session's line with
its place and days told apart.

- "held its third and fourth meetings in Manila and in Apia, respectively": as many places as gatherings,
  no days, the n-th place the n-th gathering's (`rules.held_respectively._places_after_held`; before, the
  first place went to both); "the ninth and tenth sessions of the Committee on X were held in A and B,
  respectively" / "will be held": the body named after the gatherings, the verb in the passive;
- "held its third and fourth meetings in 2031; both were held in Geneva", "…, both of which were held in",
  "…. Both were held in": "both" alone, the subject of a verb, names the gatherings just named, in the same
  sentence or the last (`rules.counted_gatherings._BOTH_ALONE`, `relate.counted_named_again`);
- "Both the ninth and the tenth sessions of X": the determiner repeated before the last ordinal of a list
  (`references._GATHERING_ORDINALS`);
- "Thirteenth session – New York, 8–12 March 2032": a masthead's session line with a dash for its first
  comma (`document._FIELD_GATHERING_PLACE_DAYS_LINE`).

Near misses (tested): a stranger's meetings (E208: a lower-case body described, not named, holds no
gathering), a count of places that fits no gathering list, "both the Bureau and the secretariat", a place
told with days for one gathering only, a proposal, a deadline, "Ninth session – Second Committee, 4 March".
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, NOTE, in_resolution, key, registry

FACTS = ("meetingOf", "heldIn", "heldOn")
OWN = {"ccr#12", "ccr#13"}  # the frames' own sessions (the report's, the note's)
WG, CD, TIDES = "ccr/wg-early-warning", "ccr/committee-on-data", "ccr/tides-committee"


def gatherings(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in FACTS and key(f.subject) not in OWN}


def held(text: str) -> set[tuple[str, str, str]]:
    return {fact for fact in gatherings(text) if fact[0] != "meetingOf"}


def in_report(sentence: str) -> str:
    return ACTION_TAKEN.format(s=sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Working Group on Early Warning Systems held its third and fourth meetings in Manila and in Apia, respectively.",
         {("heldIn", f"{WG}#3", "Manila"), ("heldIn", f"{WG}#4", "Apia")}),
        ("The Committee on Coastal Data held its ninth and tenth sessions in Vienna and Nairobi, respectively.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Nairobi")}),
        ("The Committee on Coastal Data has held its eighth, ninth and tenth sessions in Vienna, Suva and Nairobi, respectively.",
         {("heldIn", f"{CD}#8", "Vienna"), ("heldIn", f"{CD}#9", "Suva"), ("heldIn", f"{CD}#10", "Nairobi")}),
        ("The ninth and the tenth sessions of the Committee on Coastal Data were held in Vienna and Nairobi, respectively.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Nairobi")}),
        ("The ninth and tenth sessions of the Committee on Coastal Data will be held in Vienna and Nairobi from 2 to 4 June"
         " and from 3 to 5 November 2032, respectively.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Nairobi"),
          ("heldOn", f"{CD}#9", "2032-06-02/2032-06-04"), ("heldOn", f"{CD}#10", "2032-11-03/2032-11-05")}),
        # (E230's pairs, each place with its days, read as before)
        ("The Tides Committee held its second and third meetings in Suva on 4 and 5 May 2031 and in Apia on 3 and 4 November"
         " 2031, respectively.",
         {("heldIn", f"{TIDES}#2", "Suva"), ("heldIn", f"{TIDES}#3", "Apia"),
          ("heldOn", f"{TIDES}#2", "2031-05-04/2031-05-05"), ("heldOn", f"{TIDES}#3", "2031-11-03/2031-11-04")}),
    ],
)
def test_places_told_respectively(sentence, expected):
    assert held(in_report(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Working Group on Early Warning Systems held its third and fourth meetings on 4 May and 3 November 2031;"
         " both were held in Geneva.",
         {("heldIn", f"{WG}#3", "Geneva"), ("heldIn", f"{WG}#4", "Geneva"),
          ("heldOn", f"{WG}#3", "2031-05-04"), ("heldOn", f"{WG}#4", "2031-11-03")}),
        ("The Working Group on Early Warning Systems held its third and fourth meetings in 2031. Both were held in Geneva.",
         {("heldIn", f"{WG}#3", "Geneva"), ("heldIn", f"{WG}#4", "Geneva")}),
        ("The Committee on Coastal Data held its ninth and tenth sessions in 2031, both of which were held in Vienna.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Vienna")}),
        ("The Committee on Coastal Data held its ninth and tenth sessions in 2031; both sessions were held in Vienna.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Vienna")}),
        ("Both the ninth and the tenth sessions of the Committee on Coastal Data were held in Vienna.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Vienna")}),
    ],
)
def test_both_names_the_gatherings_just_named(sentence, expected):
    assert held(in_report(sentence)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # future, resolution: the body named, a body the resolution creates named again in lower case
        (in_resolution("Decides that the Working Group on Early Warning Systems shall hold its fourth meeting in Bangkok from 3"
                       " to 5 May 2032;"),
         {("meetingOf", f"{WG}#4", WG), ("heldIn", f"{WG}#4", "Bangkok"), ("heldOn", f"{WG}#4", "2032-05-03/2032-05-05")}),
        (in_resolution("Decides to establish an expert group on tidal gauges;",
                       "Decides that the expert group shall hold its first meeting in Bangkok from 3 to 5 May 2032;"),
         {("meetingOf", "ccr/expert-group-on-tidal-gauges#1", "ccr/expert-group-on-tidal-gauges"),
          ("heldIn", "ccr/expert-group-on-tidal-gauges#1", "Bangkok"),
          ("heldOn", "ccr/expert-group-on-tidal-gauges#1", "2032-05-03/2032-05-05")}),
        # past perfect in a relative clause, passive with the dates first
        (in_report("The Commission noted the report of the Committee on Coastal Data, whose ninth session had been held in"
                   " Vienna from 12 to 14 January 2031."),
         {("meetingOf", f"{CD}#9", CD), ("heldIn", f"{CD}#9", "Vienna"), ("heldOn", f"{CD}#9", "2031-01-12/2031-01-14")}),
        (in_report("The ninth session of the Committee on Coastal Data was held from 12 to 14 January 2031 in Vienna."),
         {("meetingOf", f"{CD}#9", CD), ("heldIn", f"{CD}#9", "Vienna"), ("heldOn", f"{CD}#9", "2031-01-12/2031-01-14")}),
        (in_report("At its ninth session, held on 12 January 2031, the Committee on Coastal Data adopted its report."),
         {("meetingOf", f"{CD}#9", CD), ("heldOn", f"{CD}#9", "2031-01-12")}),
    ],
)
def test_sessions_of_named_bodies_in_prose(text, expected):
    assert gatherings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a stranger, described in lower case and never named (E208): no one's gathering
        in_report("The expert group on tidal gauges held its second and third meetings in Manila and in Apia, respectively."),
        in_report("The expert group on tidal gauges held its second meeting in Manila on 4 and 5 May 2031."),
        # proposals and conditions
        in_report("The Working Group on Early Warning Systems proposed that its fourth meeting be held in Bangkok."),
        in_report("The Government of Fiji offered to host a future meeting of the Working Group on Early Warning Systems in Suva."),
    ],
)
def test_no_gathering_held(text):
    assert held(text) == set()


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # three places for two sessions: no place is either's
        ("The Committee on Coastal Data held its ninth and tenth sessions in 2031, in Vienna, Suva and Nairobi, respectively.",
         {("heldIn", f"{CD}#9", "Vienna"), ("heldIn", f"{CD}#10", "Vienna")}),
        # "both" of other things
        ("The Working Group on Early Warning Systems held its third meeting in 2031; both the Bureau and the secretariat"
         " were represented in Geneva.",
         {("heldIn", f"{WG}#3", "Geneva")}),
        # a deadline is no day of a gathering
        ("The Committee on Coastal Data will consider the comments received by 30 September 2031 at its tenth session.",
         {("heldOn", f"{CD}#10", "2031-09-30")}),
    ],
)
def test_no_wrong_place_or_day(sentence, absent):
    assert not held(in_report(sentence)) & absent


MASTHEAD_LINE = "Thirteenth session\n\nNew York, 8–12 March 2032"


@pytest.mark.parametrize(
    "line",
    [
        "Thirteenth session – New York, 8–12 March 2032",
        "Thirteenth session — New York, 8–12 March 2032",
        "13th session, New York, 8–12 March 2032",
        "**Thirteenth session** New York, 8–12 March 2032",
        "New York, 8–12 March 2032\n\nThirteenth session",
    ],
)
def test_a_session_line_split_or_joined_gives_its_place_and_days(line):
    expected = {("meetingOf", "ccr#13", "ccr"), ("heldIn", "ccr#13", "New York"), ("heldOn", "ccr#13", "2032-03-08/2032-03-12")}
    extraction = extract(NOTE.replace(MASTHEAD_LINE, line), source_key="test", registry=registry())
    assert expected <= {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


def test_a_dash_before_no_place_is_no_session_line():
    extraction = extract(NOTE.replace(MASTHEAD_LINE, "Thirteenth session – Second Committee, 8 March 2032"), source_key="test", registry=registry())
    assert not {f for f in extraction.facts if f.relation == "heldIn"}
