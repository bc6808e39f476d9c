"""Where a session was (or will be) held, told by the verb "host" or by a participle that opens the
sentence (E197, cells of the lead's grid r17):

- the town as the subject of "host": "Vienna will host the thirteenth session of the Commission",
  "Geneva hosted the sixty-second session …", "decided that Bangkok would host its sixty-third session"
  (`rules/gathering_lines.town_that_hosts`, `relate._town_hosting`);
- the host named in the passive, then the town: "The thirteenth session … will be hosted by the
  Government of Austria in Vienna" (`relate._PLACE_ONLY`, as `_HELD` read it with days after);
- a participle that opens the sentence, the gathering its subject: "Held in Vienna from 3 to 7 May 2030,
  the eleventh session of the Commission adopted …", "Convened at Nairobi on …", "Hosted by the
  Government of Panama in Panama City from …" (`rules/gathering_lines.met_as_the_sentence_opens`, which
  read "Meeting in Nairobi, …" only); the days may be left out (the town alone).

Near misses: a town wishing or offering to host ("Austria offered to host", "Bangkok wishes to host",
"could host"); a proposal or a recommendation that a town host it (the subjunctive, settled only after a
verb of deciding); a Government, the Bureau or Member States as the host (no town); a participle whose
subject is another event ("Held in Vienna …, the workshop preceded the eleventh session")."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, REFERENCE, extracted_with, in_note, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")
_PLACES = ("heldIn", "heldOn")


def held(frame: str, sentence: str) -> set[tuple[str, str, str]]:
    """(relation, gathering, place or days) the sentence states in ``frame``: "sg" (a report of the
    Secretary-General, shipped data), "rep" (the invented commission's session report, its chapter on
    action taken, with the treaty bodies) or "note" (a note for the commission's thirteenth session)."""
    if frame == "sg":
        return {(relation, s, o) for relation in _PLACES for s, o in in_sg_report(sentence, relation)}
    text = ACTION_TAKEN.format(s=sentence) if frame == "rep" else in_note(sentence)
    return {f for f in with_treaty(text) if f[0] in _PLACES} - _FRAMES_OWN


# what the frames' mastheads give their own sessions, no answer of the sentence
_FRAMES_OWN = {
    ("heldOn", "ccr#12", "2031-03-10/2031-03-14"), ("heldIn", "ccr#13", "New York"), ("heldOn", "ccr#13", "2032-03-08/2032-03-12"),
}


STATCOM = "ecosoc/statistical-commission"


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("sg", "Nairobi will host the eightieth session of the General Assembly.", {("heldIn", "ga#80", "Nairobi")}),
        ("sg", "Geneva hosted the sixty-second session of the Statistical Commission from 3 to 6 March 2031.",
         {("heldIn", f"{STATCOM}#62", "Geneva"), ("heldOn", f"{STATCOM}#62", "2031-03-03/2031-03-06")}),
        ("sg", "The Statistical Commission decided that Bangkok would host its sixty-third session.", {("heldIn", f"{STATCOM}#63", "Bangkok")}),
        ("sg", "The Statistical Commission decided that Bangkok host its sixty-third session.", {("heldIn", f"{STATCOM}#63", "Bangkok")}),
        ("rep", "Vienna will host the thirteenth session of the Commission.", {("heldIn", "ccr#13", "Vienna")}),
        ("rep", "Vienna, Austria, will host the thirteenth session of the Commission from 3 to 7 May 2032.",
         {("heldIn", "ccr#13", "Vienna"), ("heldOn", "ccr#13", "2032-05-03/2032-05-07")}),
        ("rep", "Panama City will host the sixteenth meeting of the Conference of the Parties to the Convention on Reef Sanctuaries.",
         {("heldIn", "rs-cop#16", "Panama City")}),
        ("rep", "Bonn will host the twentieth session of the Executive Board of the Coastal Wetlands Fund.",
         {("heldIn", "wetland-fund-board#20", "Bonn")}),
        ("note", "Vienna will host the thirteenth session of the Commission.", {("heldIn", "ccr#13", "Vienna")}),
    ],
)
def test_the_town_that_hosts_the_session_holds_it(frame, sentence, expected):
    assert held(frame, sentence) == expected


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("rep", "The thirteenth session of the Commission will be hosted by the Government of Austria in Vienna.", {("heldIn", "ccr#13", "Vienna")}),
        ("rep", "The thirteenth session of the Commission was hosted by UNEP in Nairobi.", {("heldIn", "ccr#13", "Nairobi")}),
        ("sg", "The sixty-third session of the Statistical Commission will be hosted by the Government of Thailand in Bangkok from 2 to"
         " 5 March 2032.", {("heldIn", f"{STATCOM}#63", "Bangkok"), ("heldOn", f"{STATCOM}#63", "2032-03-02/2032-03-05")}),
        ("rep", "The sixteenth meeting of the Conference of the Parties to the Convention on Reef Sanctuaries was hosted by the"
         " Government of Panama in Panama City from 8 to 12 November 2031.",
         {("heldIn", "rs-cop#16", "Panama City"), ("heldOn", "rs-cop#16", "2031-11-08/2031-11-12")}),
    ],
)
def test_a_session_hosted_by_a_government_in_a_town_is_held_there(frame, sentence, expected):
    assert held(frame, sentence) == expected


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("rep", "Held in Vienna from 3 to 7 May 2030, the eleventh session of the Commission adopted five resolutions.",
         {("heldIn", "ccr#11", "Vienna"), ("heldOn", "ccr#11", "2030-05-03/2030-05-07")}),
        ("rep", "Held in Lima, the eleventh session of the Commission adopted five resolutions.", {("heldIn", "ccr#11", "Lima")}),
        ("sg", "Held in Geneva from 3 to 6 March 2031, the sixty-second session of the Statistical Commission adopted 12 decisions.",
         {("heldIn", f"{STATCOM}#62", "Geneva"), ("heldOn", f"{STATCOM}#62", "2031-03-03/2031-03-06")}),
        ("sg", "Convened at Nairobi on 4 and 5 May 2031, the sixty-second session of the Statistical Commission elected its Bureau.",
         {("heldIn", f"{STATCOM}#62", "Nairobi"), ("heldOn", f"{STATCOM}#62", "2031-05-04/2031-05-05")}),
        ("rep", "Hosted by the Government of Austria in Vienna from 3 to 7 May 2030, the eleventh session of the Commission adopted"
         " five resolutions.", {("heldIn", "ccr#11", "Vienna"), ("heldOn", "ccr#11", "2030-05-03/2030-05-07")}),
        ("rep", "Held in Bridgetown from 8 to 12 November 2031, the sixteenth meeting of the Conference of the Parties to the Convention"
         " on Reef Sanctuaries adopted 14 decisions.",
         {("heldIn", "rs-cop#16", "Bridgetown"), ("heldOn", "rs-cop#16", "2031-11-08/2031-11-12")}),
        # (the participle "Meeting in …" read before, now with or without its days)
        ("rep", "Meeting in Nairobi, Kenya, on 28 and 29 November 2031, the Commission at its eleventh session adopted five resolutions.",
         {("heldIn", "ccr#11", "Nairobi"), ("heldOn", "ccr#11", "2031-11-28/2031-11-29")}),
    ],
)
def test_an_opening_participle_tells_where_and_when_its_subject_sat(frame, sentence, expected):
    assert held(frame, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Austria offered to host the thirteenth session of the Commission.",
        "Bangkok wishes to host the thirteenth session of the Commission.",
        "Bangkok could host the thirteenth session of the Commission.",
        "A proposal that Bangkok host the thirteenth session of the Commission was not accepted.",
        "The Commission recommended that Bangkok host its thirteenth session.",
        "Member States will host the thirteenth session of the Commission.",
        "The Bureau will host the thirteenth session of the Commission.",
        "The Government of Austria will host the thirteenth session of the Commission.",
        "The thirteenth session of the Commission will be hosted by the Government of Austria.",
        "Held in Vienna from 3 to 7 May 2030, the workshop preceded the eleventh session of the Commission.",
    ],
)
def test_an_offer_a_wish_a_proposal_or_a_host_with_no_town_holds_nothing(sentence):
    assert held("rep", sentence) == set()
