"""Sessions written by their bodies' abbreviations in a subsidiary body's report, and what the report
narrates of its parent bodies' decisions (E211, u256):

- "the Conference of the Parties (COP)": the abbreviation the text gives a body in brackets after its
  name, which "COP 21" writes its sessions with later (`resolve.resolve_bodies`, `Scope.abbreviations`);
  an abbreviation the reference data gives one body alone ("CMO 12") is that body's session though the
  text never names it in full (`resolve._abbreviation_of_one`); a generic one never defined ("COP 21"
  alone) stays unread;
- "COP 21, CMO 12 and CMG 10, to be held in Nairobi from …": a list whose items a comma parts up to
  the last "and" is held where and when the last is (`relate._listed_before_and`); an offer welcomed or
  accepted places them (the set's convention), an offer merely made does not (E204,
  `rules/documents.only_offered_before`);
- "by decision 3/CMG.9, the Conference of the Parties serving as the meeting of the Parties to the
  Grasslands Agreement (CMG), at its ninth session, requested": the issuer's long name with its
  abbreviation in brackets, then the session set off (`relate._ISSUER_SET_OFF_AT_ITS`);
- "its twenty-seventh session would be held in conjunction with COP 21, in Nairobi, from …": the place
  and days set off after the gathering it is held with are the subject's only;
- the report's own symbol after a converter's empty anchor ('<span id="page-0-0"></span>').

Bodies, numbers, places and days are invented (tests/data/session_lists_e211.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "session_lists_e211.ttl"
extracted = extracted_with(REFERENCE)

HEAD = (
    "DRC/SBR/2033/7\nDistr.: General\n4 August 2033\nOriginal: English\n\nSubsidiary Body for Review\n\n"
    "Report of the Subsidiary Body for Review on its twenty-second session, held in Bonn from 2 to 11 June 2033\n\n"
)
DEFINED = "1. The SBR recalled decision 5/CP.20, adopted by the Conference of the Parties (COP) at its twentieth session.\n\n"


def facts(text: str, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in extracted(text) if f[0] in relations}


def held(text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(text, "heldIn", "heldOn") if not f[1].startswith("e211-cop/sbr")}


THREE_HELD = {
    ("heldIn", "e211-cop#21", "Nairobi"), ("heldOn", "e211-cop#21", "2033-11-03/2033-11-14"),
    ("heldIn", "e211-cmo#12", "Nairobi"), ("heldOn", "e211-cmo#12", "2033-11-03/2033-11-14"),
    ("heldIn", "e211-cmg#10", "Nairobi"), ("heldOn", "e211-cmg#10", "2033-11-03/2033-11-14"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "2. The SBR welcomed the offer of Kenya to host COP 21, CMO 12 and CMG 10, to be held in Nairobi from 3 to 14 November 2033.",
        "2. The SBR noted with appreciation the offer of the Government of Kenya to host COP 21, CMO 12 and CMG 10, to be held in Nairobi from 3 to 14 November 2033, and recommended a draft decision.",
        "2. The SBR accepted the offer of Kenya to host COP 21, CMO 12 and CMG 10, which are to be held in Nairobi from 3 to 14 November 2033.",
        "2. COP 21, CMO 12 and CMG 10 will be held in Nairobi from 3 to 14 November 2033.",
    ],
)
def test_a_list_of_abbreviated_sessions_is_held_where_its_last_is(sentence):
    text = HEAD + DEFINED + sentence + "\n"
    assert {("meetingOf", "e211-cop#21", "e211-cop"), ("meetingOf", "e211-cmo#12", "e211-cmo"), ("meetingOf", "e211-cmg#10", "e211-cmg")} <= facts(text, "meetingOf")
    assert held(text) == THREE_HELD


def test_an_abbreviation_never_defined_and_generic_names_no_session():
    text = HEAD + "2. The SBR welcomed the offer of Kenya to host COP 21 and CMG 10, to be held in Nairobi from 3 to 14 November 2033.\n"
    assert not any(f[1] == "e211-cop#21" for f in extracted(text))
    assert ("heldIn", "e211-cmg#10", "Nairobi") in held(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # an offer merely made (E204): no session held
        "2. Kenya offered to host COP 21, CMO 12 and CMG 10, to be held in Nairobi from 3 to 14 November 2033.",
        "2. The Government of Kenya has offered to host CMO 12 and CMG 10, to be held in Nairobi from 3 to 14 November 2033.",
        "2. Kenya is willing to host COP 21, CMO 12 and CMG 10, to be held in Nairobi from 3 to 14 November 2033.",
        # a proposal not retained
        "2. A proposal that COP 21, CMO 12 and CMG 10 be convened in Nairobi was not retained.",
    ],
)
def test_near_misses_hold_no_session(sentence):
    assert held(HEAD + DEFINED + sentence + "\n") == set()


def test_a_later_clause_is_no_item_of_an_offered_list():
    text = HEAD + DEFINED + (
        "2. The SBR agreed that COP 21 would be held in Bonn from 3 to 14 November 2033, unless a Party offers to host it, "
        "and that CMG 10 would take place immediately after COP 21, from 16 to 18 November 2033.\n"
    )
    assert ("heldOn", "e211-cmg#10", "2033-11-16/2033-11-18") in held(text)


@pytest.mark.parametrize(
    ("sentence", "decision", "session"),
    [
        ("2. The SBR noted that, by decision 3/CMG.9, the Conference of the Parties serving as the meeting of the Parties to the Grasslands Agreement (CMG), at its ninth session, requested the secretariat to compile views.",
         "e211-cmg/dec/9/3", "e211-cmg#9"),
        ("2. The SBR noted that, by decision 4/CMO.11, the CMO, at its eleventh session, requested the secretariat to compile views.",
         "e211-cmo/dec/11/4", "e211-cmo#11"),
        ("2. By decision 6/CP.20, the Conference of the Parties (COP), at its twentieth session, invited the SBR to review the matter.",
         "e211-cop/dec/20/6", "e211-cop#20"),
    ],
)
def test_the_issuer_with_its_abbreviation_then_the_session_set_off(sentence, decision, session):
    assert ("adoptedAt", decision, session) in facts(HEAD + sentence + "\n", "adoptedAt")


def test_days_set_off_after_the_session_held_with_are_the_subjects():
    text = HEAD + DEFINED + (
        "2. The SBR agreed that its twenty-fourth session would be held in conjunction with COP 21, in Nairobi, Kenya, "
        "from 3 to 8 November 2033.\n"
    )
    assert held(text) == set()  # COP 21's own place and days are not told
    assert {("heldIn", "e211-cop/sbr#24", "Nairobi"), ("heldOn", "e211-cop/sbr#24", "2033-11-03/2033-11-08")} <= facts(text, "heldIn", "heldOn")


@pytest.mark.parametrize("anchor", ['<span id="page-0-0"></span>', '<a id="p1"></a>', '<a name="top"></a>'])
def test_the_reports_symbol_after_a_converters_empty_anchor(anchor):
    text = anchor + "United Nations DRC/SBR/2033/7\n\n" + HEAD.split("\n", 1)[1]
    assert ("reportOf", "DRC/SBR/2033/7", "e211-cop/sbr#22") in facts(text, "reportOf")
