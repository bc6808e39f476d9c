"""An endorsement told in the passive (E197, cells of the lead's grid r17): the recommendations first,
then "were endorsed by <the body> in its resolution …" (or the participle set off, ", endorsed by …,",
", as endorsed by …,"): the instrument endorses the gatherings the object names, as "Endorses the
recommendations adopted by X at its Nth meeting" does (`relate._ENDORSED_IN_THE_PASSIVE`,
`Reader.endorsed_in_the_passive`).

The object is a gathering (the ontology's range of `endorses`, and the unseen gold's every row):
"The recommendations of the Working Group … were endorsed …", naming no session, gives nothing, as
the active "Endorses the recommendations of the Working Group …" gives nothing.

Near misses: "were not endorsed", "were submitted to the Commission for endorsement", "are to be
endorsed", "were considered by"; an endorsement by a body at a session with no instrument; the agent
not the instrument's issuer; a clause of its own inside the object ("…, and the report … was endorsed")."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, REFERENCE, extracted_with, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")


def endorsed(frame: str, sentence: str) -> set[tuple[str, str]]:
    """(instrument, gathering) of the endorsements the sentence states: "sg" (a report of the
    Secretary-General, shipped data) or "rep" (the invented commission's session report, with the
    treaty bodies)."""
    if frame == "sg":
        return in_sg_report(sentence, "endorses")
    return {(s, o) for r, s, o in with_treaty(ACTION_TAKEN.format(s=sentence)) if r == "endorses"}


STATCOM = "ecosoc/statistical-commission"
WG3 = "ccr/wg-early-warning#3"


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("rep", "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were endorsed by the"
         " Commission in its resolution 11/2.", {("ccr/res/11/2", WG3)}),
        ("rep", "The recommendations of the third meeting of the Working Group on Early Warning Systems, endorsed by the Commission in its"
         " resolution 11/2, were transmitted to the Council.", {("ccr/res/11/2", WG3)}),
        ("rep", "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were endorsed in"
         " resolution 11/2.", {("ccr/res/11/2", WG3)}),
        ("sg", "The recommendations adopted by the Statistical Commission at its sixty-second session were endorsed by the Economic and"
         " Social Council in its resolution 2031/12.", {("ecosoc/res/2031/12", f"{STATCOM}#62")}),
        ("sg", "The recommendations adopted by the Statistical Commission at its sixty-second session have since been endorsed by the"
         " Economic and Social Council in resolution 2031/12.", {("ecosoc/res/2031/12", f"{STATCOM}#62")}),
        ("sg", "The conclusions and recommendations of the Statistical Commission at its sixty-second session, as endorsed by the"
         " Economic and Social Council in resolution 2031/12, guide the programme.", {("ecosoc/res/2031/12", f"{STATCOM}#62")}),
        ("sg", "The recommendations of the Statistical Commission at its sixty-second session were subsequently endorsed by Economic and"
         " Social Council resolution 2031/12.", {("ecosoc/res/2031/12", f"{STATCOM}#62")}),
        ("rep", "The recommendations adopted by the Regional Forum on Coastal Wetlands at its fourth session were endorsed by the"
         " Conference of the Parties to the Convention on Reef Sanctuaries in its decision 16/3.", {("rs-cop/dec/16/3", "wetland-forum#4")}),
        ("rep", "The recommendations of the fourth session of the Regional Forum on Coastal Wetlands, endorsed by the Executive Board of the"
         " Coastal Wetlands Fund in its decision 2031/4, were transmitted to the Commission.",
         {("wetland-fund-board/dec/2031/4", "wetland-forum#4")}),
    ],
)
def test_the_instrument_after_the_passive_endorses_the_gatherings_of_the_object(frame, sentence, expected):
    assert endorsed(frame, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were not endorsed by the"
        " Commission in its resolution 11/2.",
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were submitted to the Commission"
        " for endorsement.",
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting are to be endorsed by the"
        " Commission in its resolution 13/1.",
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were considered by the"
        " Commission in its resolution 11/2.",
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were endorsed by the Commission"
        " at its eleventh session.",
        # (the Bureau issues no resolution 11/2 of the Commission's)
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were endorsed by the Bureau in"
        " its decision 11/2.",
        "The recommendations adopted by the Working Group on Early Warning Systems at its third meeting were welcomed, and the report"
        " of the Regional Forum on Coastal Wetlands on its fourth session was endorsed by the Commission in its resolution 11/2.",
        # (no gathering named: the range of `endorses` is a gathering, as for the active verb)
        "The recommendations of the Working Group on Early Warning Systems were endorsed by the Commission in its resolution 11/2.",
    ],
)
def test_no_endorsement_told(sentence):
    assert endorsed("rep", sentence) == set()


def test_the_active_verb_gives_no_body_either():
    sentence = "The Commission, in its resolution 11/2, endorsed the recommendations of the Working Group on Early Warning Systems."
    assert endorsed("rep", sentence) == set()
