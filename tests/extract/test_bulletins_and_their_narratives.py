"""What a Secretary-General's bulletin (or an administrative instruction) tells, its layout raw
`pdftotext` (E205):

- "The Secretary-General, ... in accordance with paragraph 4 of General Assembly resolution 88/231,
  ..., hereby promulgates the following:": the bulletin's mandate (`pursuantTo`), as "hereby
  transmits" gives a note's (`rules.documents._WRITES_ITSELF`); a bulletin named as the authority
  ("pursuant to section 3.3 of Secretary-General's bulletin ST/SGB/2031/1") is no instrument;
- "approved by the General Assembly in section I of its resolution 88/255 A of 24 December 2033 on
  questions relating to ..., and from extrabudgetary resources": "section I of" between the agent and
  "its" (`patterns.INSTRUMENT_PART_OF`), the lettered part keyed as the resolution, the title ending at
  ", and from" (`rules.titles._CLAUSE_AFTER_COMMA`);
- "which the Assembly adopted at its eighty-eighth session1 on the recommendation of": a footnote's
  number glued to the word, as raw pdftotext keeps it (`references._GATHERING_WORD`).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, key, shipped_registry
from mandate_graph.loaders.extract import extract

BULLETIN = (
    "United Nations\n\nST/SGB/2034/9\n\nSecretariat\n\n2 March 2034\n\nSecretary-General’s bulletin\n"
    "Organization of the Office for Coastal Affairs\n{opening}\nSection 1\nGeneral provisions\n1.1 {s}\n"
    "1.2 The present bulletin shall enter into force on 1 April 2034.\n"
)
OPENING = (
    "The Secretary-General, pursuant to section 3.3 of Secretary-General’s bulletin ST/SGB/2031/1, entitled "
    "“Organization of the Secretariat of the United Nations”, and {mandate}, for the purpose of establishing the\n"
    "organizational structure of the Office, hereby promulgates the following:"
)


def in_bulletin(sentence: str, relation: str, opening: str = OPENING.format(mandate="in accordance with paragraph 4 of General Assembly resolution 88/231")) -> set[tuple[str, str]]:
    extraction = extract(BULLETIN.format(opening=opening, s=sentence), source_key="test", registry=shipped_registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(
    ("mandate", "instrument"),
    [
        ("in accordance with paragraph 4 of General Assembly resolution 88/231", "ga/res/88/231"),
        ("pursuant to Economic and Social Council resolution 2033/21", "ecosoc/res/2033/21"),
        ("in accordance with section II of General Assembly resolution 88/231", "ga/res/88/231"),
    ],
)
def test_the_bulletin_is_promulgated_under_the_resolution(mandate, instrument):
    assert in_bulletin("The Office is part of the Secretariat.", "pursuantTo", OPENING.format(mandate=mandate)) == {("ST/SGB/2034/9", instrument)}


@pytest.mark.parametrize(
    "opening",
    [
        # a bulletin as the authority: no instrument
        "The Secretary-General, pursuant to section 3.3 of Secretary-General’s bulletin ST/SGB/2031/1, hereby promulgates the following:",
        # a resolution recalled, nothing promulgated under it
        "The Secretary-General, recalling General Assembly resolution 88/231, has decided as follows:",
        # the formula of another act: a section abolished
        "Section 4 of Secretary-General’s bulletin ST/SGB/2029/6, issued in accordance with resolution 84/12, is hereby abolished.",
    ],
)
def test_near_misses_promulgate_under_nothing(opening):
    assert in_bulletin("The Office is part of the Secretariat.", "pursuantTo", opening) == set()


@pytest.mark.parametrize(
    ("sentence", "day", "title"),
    [
        ("The Office is funded from the regular budget resources approved by the General Assembly in section I of its resolution "
         "88/255 A of 24 December 2033 on questions relating to the proposed programme budget for 2034, and from extrabudgetary "
         "resources.", "2033-12-24", "questions relating to the proposed programme budget for 2034"),
        ("Its posts were approved by the General Assembly in part IV of its resolution 88/255 B of 24 December 2033 on special "
         "subjects relating to the budget, and under the support account.", "2033-12-24", "special subjects relating to the budget"),
        ("The Office was established by the Assembly in section II of its resolution 88/255 of 24 December 2033 on coastal "
         "affairs.", "2033-12-24", "coastal affairs"),
    ],
)
def test_a_section_of_its_resolution_is_the_resolution(sentence, day, title):
    assert in_bulletin(sentence, "adoptedOn") >= {("ga/res/88/255", day)}
    assert in_bulletin(sentence, "title") == {("ga/res/88/255", title)}


def test_a_title_keeps_an_and_from_inside_a_quotation():
    sentence = 'The Office was established by the Assembly in its resolution 88/255 of 24 December 2033, entitled "From relief to development, and from development to resilience".'
    assert in_bulletin(sentence, "title") == {("ga/res/88/255", "From relief to development, and from development to resilience")}


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("The Office was established by the General Assembly in its resolution 88/231 of 22 December 2033, which the Assembly "
         "adopted at its eighty-eighth session1 on the recommendation of the Second Committee.", "ga#88"),
        ("The Office was established by the General Assembly in its resolution 88/231, adopted at its eighty-eighth session2, "
         "with effect from 1 January 2034.", "ga#88"),
        ("The Commission on Coastal Resilience adopted resolution 12/1 at its twelfth session3.", "ccr#12"),
    ],
)
def test_a_footnote_number_glued_to_the_session(sentence, session):
    text = BULLETIN.format(opening=OPENING.format(mandate="in accordance with resolution 88/231"), s=sentence)
    adopted = facts(text, "adoptedAt")
    assert len(adopted) == 1 and next(iter(adopted))[1] == session


def test_a_session_numbered_in_figures_is_no_glued_footnote():
    # "session 1" and "session12" are no ordinal session glued to a note: nothing read
    sentence = "The Office was established by the Assembly in its resolution 88/231, adopted in session12 of the plan."
    assert in_bulletin(sentence, "adoptedAt") == set()
