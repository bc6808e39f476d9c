"""A body learnt from its parent's possessive: "The Forum welcomes the work of its Working Group on X, which held
its ninth meeting in New York on 12 and 13 May 2034" (E208, the family of u246, which E202 left):

- a name in capitals of a kind and what it is on or for ("its Working Group on Coastal Erosion", "its Expert
  Group on Tide Gauges", "its Committee on Coastal Trade"), after "its" or "their" whose owner is the known
  body the clause named before, and which the reference data does not know, is that body's subsidiary, learnt
  as a body the text creates is (`relate.Reader.subsidiary_named_by_its_parent`, `mint` with the owner as its
  parent): its gatherings ("which held its ninth meeting"), its later mentions ("the Working Group"), what an
  instrument does to it ("decided to maintain the Working Group as a standing subsidiary body") are its own;
- the clause right after the name says what it holds ("which held its third session": sessions, where a
  working group's default is meetings).

Before, "its ninth meeting" of such a group went to nobody (or, said "session", to the parent: "hrc#3").

Near misses (tested): a known body after "its" (its own facts, nothing learnt); a kind alone ("its Working
Group"); a name in lower case; an owner nobody knows ("The Alliance … its Task Force on X"); no facts for the
learnt body where the sentence tells nothing of it.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, SG_REPORT, key, registry, shipped_registry

OWN = {"ga#79", "ccr#12", "ccr#13"}


def facts(frame: str, text: str) -> set[tuple[str, str, str]]:
    """Facts of paragraph 15 of the commission's report ("rep", phrasing data) or paragraph 1 of a report of the
    Secretary-General ("sg", shipped data), but the frame's own session's and the report's own."""
    if frame == "sg":
        extraction = extract(SG_REPORT.format(s=text), source_key="test", registry=shipped_registry())
    else:
        extraction = extract(ACTION_TAKEN.format(s=text), source_key="test", registry=registry())
    found = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    return {(r, s, o) for r, s, o in found if s not in OWN and o not in OWN and not s.startswith(("E/2031/31", "A/79/400", "ccr/res/12/1"))}


TIDE = "ccr/expert-group-on-tide-gauges"
EROSION = "ccr/working-group-on-coastal-erosion"


@pytest.mark.parametrize(
    ("frame", "text", "expected"),
    [
        (
            "rep",
            "The Commission welcomes the work of its Expert Group on Tide Gauges, which held its fourth meeting in Manila on 3 and 4"
            " May 2032, and recalls that, by its resolution 11/2, it decided to maintain the Expert Group as a standing subsidiary body.",
            {
                ("meetingOf", f"{TIDE}#4", TIDE),
                ("heldIn", f"{TIDE}#4", "Manila"),
                ("heldOn", f"{TIDE}#4", "2032-05-03/2032-05-04"),
                ("makesConstantElement", "ccr/res/11/2", TIDE),
            },
        ),
        (
            "rep",
            "The Commission took note of the report of its Working Group on Coastal Erosion on its second meeting.\n\n"
            "16. The Working Group on Coastal Erosion will hold its third meeting in Suva in 2033.",
            {
                ("meetingOf", f"{EROSION}#2", EROSION),
                ("meetingOf", f"{EROSION}#3", EROSION),
                ("heldIn", f"{EROSION}#3", "Suva"),
            },
        ),
        (
            "sg",
            "The Human Rights Council welcomed the work of its Working Group on Coastal Rights, which held its third session in"
            " Geneva from 2 to 4 May 2031.",
            {
                ("meetingOf", "hrc/working-group-on-coastal-rights#3", "hrc/working-group-on-coastal-rights"),
                ("heldIn", "hrc/working-group-on-coastal-rights#3", "Geneva"),
                ("heldOn", "hrc/working-group-on-coastal-rights#3", "2031-05-02/2031-05-04"),
            },
        ),
        (
            "sg",
            "The General Assembly took note of the work of its Committee on Coastal Trade, which met for its second session in Nairobi.",
            {
                ("meetingOf", "ga/committee-on-coastal-trade#2", "ga/committee-on-coastal-trade"),
                ("heldIn", "ga/committee-on-coastal-trade#2", "Nairobi"),
            },
        ),
    ],
)
def test_a_subsidiary_named_by_its_parent_holds_its_gatherings(frame, text, expected):
    assert facts(frame, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body: its own gathering, nothing learnt
        ("The Commission welcomes the work of its Committee on Coastal Data, which held its ninth session in Bangkok.",
         {("meetingOf", "ccr/committee-on-data#9", "ccr/committee-on-data"), ("heldIn", "ccr/committee-on-data#9", "Bangkok")}),
        # an owner nobody knows: no body learnt, no gathering
        ("The Alliance welcomed the work of its Task Force on Tide Gauges, which held its fourth meeting in Manila.", set()),
        # a name in lower case: no name to learn
        ("The Commission welcomes the work of its working group on tide gauges, which held its fourth meeting in Manila.", set()),
        # nothing told of it
        ("The Commission requested the Secretariat to support the work of its Expert Group on Tide Gauges.", set()),
    ],
)
def test_near_misses_learn_nothing(text, expected):
    assert facts("rep", text) == expected


# ---------------------------------------------------------------- the parent's name in the possessive (E215)
# "The Forum's Working Group on X, which held its ninth meeting …": the owner named in the possessive stands
# for "its" (`relate._NAME_POSSESSIVE_SUBSIDIARY`); the owner is the body the mark closes.


@pytest.mark.parametrize(
    ("frame", "text", "expected"),
    [
        (
            "rep",
            "The Commission welcomes the work of the Commission's Expert Group on Tide Gauges, which held its fourth meeting in Manila"
            " on 3 and 4 May 2032.",
            {
                ("meetingOf", f"{TIDE}#4", TIDE),
                ("heldIn", f"{TIDE}#4", "Manila"),
                ("heldOn", f"{TIDE}#4", "2032-05-03/2032-05-04"),
            },
        ),
        (
            "rep",
            "The Commission’s Working Group on Coastal Erosion held its second meeting in Suva in 2032.",
            {("meetingOf", f"{EROSION}#2", EROSION), ("heldIn", f"{EROSION}#2", "Suva")},
        ),
        (
            "sg",
            "The Human Rights Council's Working Group on Coastal Rights, which held its third session in Geneva from 2 to 4 May 2031,"
            " adopted its report by consensus.",
            {
                ("meetingOf", "hrc/working-group-on-coastal-rights#3", "hrc/working-group-on-coastal-rights"),
                ("heldIn", "hrc/working-group-on-coastal-rights#3", "Geneva"),
                ("heldOn", "hrc/working-group-on-coastal-rights#3", "2031-05-02/2031-05-04"),
            },
        ),
        (
            "sg",
            "Delegations commended the General Assembly’s Committee on Coastal Trade, which met for its second session in Nairobi.",
            {
                ("meetingOf", "ga/committee-on-coastal-trade#2", "ga/committee-on-coastal-trade"),
                ("heldIn", "ga/committee-on-coastal-trade#2", "Nairobi"),
            },
        ),
    ],
)
def test_a_subsidiary_named_by_its_parents_possessive_holds_its_gatherings(frame, text, expected):
    assert facts(frame, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body in the possessive's place: its own gathering
        ("The Commission's Committee on Coastal Data held its ninth session in Bangkok.",
         {("meetingOf", "ccr/committee-on-data#9", "ccr/committee-on-data"), ("heldIn", "ccr/committee-on-data#9", "Bangkok")}),
        # an owner nobody knows, after a known body: not the known body's
        ("The Commission welcomed the Alliance's Task Force on Tide Gauges, which held its fourth meeting in Manila.", set()),
        # a name in lower case
        ("The Commission's working group on tide gauges, which held its fourth meeting in Manila, reported to it.", set()),
        # nothing told of it
        ("The Commission requested the Secretariat to support the Commission's Expert Group on Tide Gauges.", set()),
    ],
)
def test_possessive_near_misses_learn_nothing(text, expected):
    assert facts("rep", text) == expected
