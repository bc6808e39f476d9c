"""A Repertoire of the Practice of the Security Council extract, as pdftotext prints it (E163): an
account, per subsidiary organ, of the resolutions that set it up and changed its mandate. The families
it showed unread, each varied here (invented committees, panel, group and mission,
tests/data/repertoire_extracts.ttl):

- "the Committee" in the section on one of two committees the extract names in full: the one named
  in full last (`resolve.Scope.the_one_named_in_full_last`);
- "Resolution 2974 (2032) ... instructed the Committee to ...; it also invited X to ...": "it", after a
  semicolon, is the instrument the sentence opened on as the subject of a past verb
  (`Reader.past_subject_of_first_verb`);
- "adopted at the Council's 10891st meeting, held on 26 June 2032": the meeting's one day is the
  day the instrument was adopted (`Reader.adopted_at_gathering`); a meeting held over several days
  gives none;
- "MONUSCO, which came into being under resolution 1925 (2010)": the phrase of origin in a relative
  clause (`origins_told`);
- "The Panel of Experts on X, established under paragraph 59 of that resolution, assisted it": a
  participle of origin set off after the body, its instrument a back reference
  (`Reader.established_by_that_instrument`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "repertoire_extracts.ttl")

SAHEL, LAKE = "security-council/2860-committee", "security-council/2877-committee"
PANEL, GROUP, MISSION = f"{SAHEL}/panel-of-experts", f"{LAKE}/group-of-experts", "unmlr"
TOP = (
    "Repertoire of the Practice of the Security Council\n28th Supplement\n2031–2032\nPart IX\n"
    "Subsidiary organs of the Security Council: committees,\ntribunals and other bodies\nNote\n"
    "Part IX covers the subsidiary organs of the Security Council that were active during the\n"
    "period under review. Section I deals with the sanctions committees and the panels and groups\n"
    "of experts that assist them, in the order of their establishment; section II with peacekeeping\n"
    "operations.\nI. Committees\n"
)
SAHEL_SECTION = (
    "A. Committee established pursuant to resolution 2860 (2027)\nconcerning the Sahel Corridor\nEstablishment and mandate\n"
    "The Committee was created under paragraph 6 of resolution 2860 (2027), adopted on 3 May\n"
    "2027,1 to seek from all States information on the actions they have taken to implement the\n"
    "arms embargo and to examine reports of violations.\n"
)
LAKE_SECTION = (
    "B. Committee established pursuant to resolution 2877 (2028)\nconcerning the Lake Region\nEstablishment and mandate\n"
    "The Committee was established by resolution 2877 (2028) of 5 December 2028.2 The Group of\n"
    "Experts on the Lake Region has since assisted it in the examination of reports of violations.\n"
    "Changes in mandate during the period under review\n"
)


def repertoire(*lines: str, first: str = SAHEL_SECTION, second: str = LAKE_SECTION) -> str:
    return TOP + first + second + "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("verb, relation", [("instructed", "requests"), ("requested", "requests"), ("encouraged", "encourages"), ("asked", "requests")])
@pytest.mark.parametrize("order", ["sahel then lake", "lake then sahel"])
def test_the_committee_of_a_section_is_the_one_named_in_full_last(verb: str, relation: str, order: str) -> None:
    line = f"By resolution 2966 (2031) of 29 July 2031, the Council renewed the measures and {verb} the\nCommittee to update its list within 30 days."
    first, second, own = (SAHEL_SECTION, LAKE_SECTION, LAKE) if order == "sahel then lake" else (LAKE_SECTION, SAHEL_SECTION, SAHEL)
    found = facts(repertoire(line, first=first, second=second))
    assert (relation, "security-council/res/2031/2966", own) in found
    assert (relation, "security-council/res/2031/2966", SAHEL if own == LAKE else LAKE) not in found


@pytest.mark.parametrize("adverb", ["also ", "further ", ""])
@pytest.mark.parametrize(
    "second, relation, asked",
    [
        ("invited the United Nations Stabilization Mission in the Lake Region (UNMLR) to share information", "invites", MISSION),
        ("requested the Secretary-General to strengthen the Group", "requests", "secretary-general"),
        ("encouraged the Group of Experts on the Lake Region to cooperate with the Mission", "encourages", GROUP),
    ],
)
@pytest.mark.parametrize("first", ["modified the designation criteria3 and instructed the\nCommittee to update its sanctions list", "extended the measures until 1 July 2033"])
def test_it_after_a_semicolon_is_the_instrument_the_sentence_opened_on(first: str, second: str, relation: str, asked: str, adverb: str) -> None:
    line = f"Resolution 2974 (2032) of 28 March 2032 {first}; it {adverb}{second}."
    assert (relation, "security-council/res/2032/2974", asked) in facts(repertoire(line))


@pytest.mark.parametrize(
    "meeting",
    [
        "at the Council's 10891st meeting, held on 26 June 2032",
        "at its 10891st meeting, held on 26 June 2032",
        "at the 10891st meeting of the Council, which was held on 26 June 2032",
        "at its 10891st meeting, held in New York on 26 June 2032",
    ],
)
def test_a_meetings_day_is_the_day_it_adopted(meeting: str) -> None:
    line = f"Having considered it, the Council, by resolution 2981 (2032), adopted\n{meeting}, renewed the measures until 1 July 2033."
    found = facts(repertoire(line))
    assert ("adoptedAt", "security-council/res/2032/2981", "security-council#10891") in found
    assert ("adoptedOn", "security-council/res/2032/2981", "2032-06-26") in found


def test_a_session_held_over_days_gives_no_adoption_day() -> None:
    # the near miss: a meeting of several days (a conference's "meeting") says no one day
    line = "By resolution 2981 (2032), adopted at its 10891st meeting, held from 24 to 26 June 2032, the Council renewed the measures."
    assert not [f for f in facts(repertoire(line)) if f[0] == "adoptedOn" and f[1] == "security-council/res/2032/2981"]


@pytest.mark.parametrize("phrase", ["which came into being under", "which first came into being pursuant to", "which came into existence by"])
@pytest.mark.parametrize("named", ["UNMLR", "the United Nations Stabilization Mission in the Lake Region"])
def test_a_relative_clause_of_origin_on_a_mission(phrase: str, named: str) -> None:
    line = (
        "II. Peacekeeping operations\nUnited Nations Stabilization Mission in the Lake Region\n"
        f"{named[:1].upper()}{named[1:]}, {phrase} resolution 1925 (2010) of 28 May 2010,7 continued to operate\nthroughout the period."
    )
    assert ("establishes", "security-council/res/2010/1925", MISSION) in facts(repertoire(line))


@pytest.mark.parametrize("gap", [", established under paragraph 59 of that resolution,", ", established by the same resolution,", ", originally established under paragraph 4 of that resolution,"])
@pytest.mark.parametrize("verb", ["assisted it until 2031", "has assisted the Committee since"])
def test_a_participle_of_origin_set_off_after_the_body_with_a_back_reference(gap: str, verb: str) -> None:
    section = (
        "A. Committee established pursuant to resolution 2860 (2027)\nconcerning the Sahel Corridor\nEstablishment and mandate\n"
        "The Committee was established by resolution 2860 (2027) of 3 May 2027.5 The Panel\n"
        f"of Experts on the Sahel Corridor{gap}\n{verb}.\n"
    )
    assert ("establishes", "security-council/res/2027/2860", PANEL) in facts(repertoire(first=section))


def test_a_participle_that_is_no_origin_establishes_nothing() -> None:
    # the near miss: "acting under that resolution" tells of no body's origin
    section = (
        "A. Committee established pursuant to resolution 2860 (2027)\nconcerning the Sahel Corridor\nEstablishment and mandate\n"
        "The Committee was established by resolution 2860 (2027) of 3 May 2027. The Panel\n"
        "of Experts on the Sahel Corridor, acting under that resolution, reported to it.\n"
    )
    assert ("establishes", "security-council/res/2027/2860", PANEL) not in facts(repertoire(first=section))
