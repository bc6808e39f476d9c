"""Whose instrument or gathering "its" means, and bodies named again by a back reference (E186).

1. The issuer of "in its decision N" after a verb and its object, told with an adverb of time
   ("the Economic and Social Council later approved the text in its decision ...") or in a clause
   after ", and" / ";"; the gathering of an opening phrase "In decision 65/2, agreed (approved,
   endorsed, taken) at its sixty-fifth session, the Commission ...": the subject named after it,
   as with "adopted at its".
2. A body the text has just created is what its kind alone means: "| *Decides* to establish an
   expert group on X | The expert group held its first meeting ... |" is that group's meeting,
   not that of a shipped body also called "the expert group".
3. A count of each kind: "adopted three resolutions (12/1 to 12/3) and two decisions (12/1 and
   12/2)" reads both counts; a session document naming itself by its genre ("the present
   conference room paper", "this background paper") is the document being read; a follow-up
   table's "Completed at its ninth meeting" is the meeting of the one body of that row that holds
   meetings.
4. "had requested the two working groups to ...": the bodies of that kind the paragraph named
   before, when exactly that many.

Invented text: the phrasing commission (tests/data/phrasing.ttl) and shipped bodies (ECOSOC, the
Commission on Narcotic Drugs, the UNTOC Conference and its working groups). Near misses: a body in
the verb's object, a phrase with no subject after it, a row that creates nothing, uncounted kinds,
a count that does not match, a genre with no "present", a row of two bodies that meet, three
working groups before "the two working groups".
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note, in_sg_report, key, shipped_registry

ECOSOC_DEC = "ecosoc/dec/2031/214"
CND = "ecosoc/cnd"


# ------------------------------------------------------------------ 1. wrong issuer


@pytest.mark.parametrize(
    "sentence",
    [
        "The Economic and Social Council later approved the recommendation in its decision 2031/214.",
        "The Commission adopted the text in 2030, and the Economic and Social Council later approved it in its decision 2031/214.",
        "The Commission adopted the text; the Economic and Social Council subsequently endorsed it in its decision 2031/214.",
        "The Economic and Social Council then took note of the report in its decision 2031/214.",
        "In 2031 the Economic and Social Council had also endorsed the plan of action in its decision 2031/214.",
    ],
)
def test_a_subject_that_acted_later_by_its_own_decision(sentence: str) -> None:
    mentioned = {o for _, o in in_sg_report(sentence, "mentions")}
    assert ECOSOC_DEC in mentioned
    assert "ga/dec/2031/214" not in mentioned


@pytest.mark.parametrize(
    "sentence",
    [
        "The World Coastal Congress has since taken note of the plan in its decision 4/2.",
        "The Commission recommended the plan, and the World Coastal Congress later endorsed it in its decision 4/2.",
    ],
)
def test_a_congress_that_acted_later_by_its_own_decision_in_a_commissions_note(sentence: str) -> None:
    mentioned = {o for _, o in facts(in_note(sentence), "mentions")}
    assert "wcc/dec/4/2" in mentioned
    assert "ccr/dec/4/2" not in mentioned


def test_a_body_in_the_verbs_object_is_not_the_issuer() -> None:
    sentence = "The Commission requested the Economic and Social Council to consider the matter in its decision 2031/214."
    assert ECOSOC_DEC not in {o for _, o in in_sg_report(sentence, "mentions")}


@pytest.mark.parametrize("verb", ["agreed", "approved", "endorsed", "taken", "adopted"])
def test_an_opening_phrase_taken_at_its_session_is_the_subjects(verb: str) -> None:
    sentence = f"In decision 65/2, {verb} at its sixty-fifth session, the Commission on Narcotic Drugs requested the Secretariat to report."
    meetings = in_sg_report(sentence, "meetingOf")
    assert (f"{CND}#65", CND) in meetings
    assert ("ga#65", "ga") not in meetings


def test_an_opening_phrase_agreed_at_its_session_in_a_commissions_note() -> None:
    text = in_note("By its decision 11/3, approved at its eleventh session, the Commission requested the secretariat to compile data.")
    assert ("ccr#11", "ccr") in facts(text, "meetingOf")


# ------------------------------------------------------------------ tables of the UNTOC Conference

_UNTOC_NOTE = (
    "United Nations CTOC/COP/2031/3\n\n"
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n2 August 2031\n\nOriginal: English\n\nFifteenth session\n\nVienna, 6–10 October 2031\n\n"
    "Note by the Secretariat\n\n"
    "1. The table below lists the mandates given at the fourteenth session.\n\n"
    "| Instrument | Para. | Mandate (text of the operative paragraph) | Status |\n|---|---|---|---|\n{rows}\n"
)
_BORN = "cop-untoc/expert-group-on-trafficking-in-cultural-property"
_SHIPPED_EG = "cop-untoc/expert-group-review-mechanism"
_FIREARMS, _SOM = "cop-untoc/wg-firearms", "cop-untoc/wg-smuggling-of-migrants"


def _untoc(rows: str) -> set[tuple[str, str, str]]:
    extraction = extract(_UNTOC_NOTE.format(rows=rows), source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


# ------------------------------------------------------------------ 2. the body just created


@pytest.mark.parametrize(
    "status",
    [
        "The expert group held its first meeting in Vienna on 4 and 5 May 2031",
        "The expert group met for the first time in Vienna on 4 and 5 May 2031",
    ],
)
def test_the_expert_group_a_row_creates_is_the_one_its_status_cell_means(status: str) -> None:
    found = _untoc(
        "| Resolution 14/2 (Trafficking in cultural property) | 3 | *Decides* to establish an open-ended intergovernmental "
        f"expert group on trafficking in cultural property | {status} |\n"
    )
    assert ("establishes", "cop-untoc/res/14/2", _BORN) in found
    assert ("meetingOf", f"{_BORN}#1", _BORN) in found
    assert ("heldOn", f"{_BORN}#1", "2031-05-04/2031-05-05") in found
    assert not [f for f in found if f[1].startswith(_SHIPPED_EG)]


def test_the_expert_group_the_sentence_before_creates() -> None:
    text = _UNTOC_NOTE.format(rows="").split("| Instrument")[0] + (
        "2. In its resolution 14/2, the Conference decided to establish an open-ended intergovernmental expert group on "
        "trafficking in cultural property. The expert group held its first meeting in Vienna on 4 and 5 May 2031.\n"
    )
    found = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="t", registry=shipped_registry()).facts}
    assert ("heldIn", f"{_BORN}#1", "Vienna") in found


def test_a_row_that_creates_nothing_gives_no_new_group() -> None:
    found = _untoc(
        "| Resolution 14/2 (Trafficking in cultural property) | 3 | *Requests* the secretariat to prepare a study | "
        "The expert group held its first meeting in Vienna on 4 and 5 May 2031 |\n"
    )
    assert not [f for f in found if "cultural-property" in f[1] or "cultural-property" in f[2]]


# ------------------------------------------------------------------ 3. counts, genres, a row's "its"

_COUNTED = (
    "In resolution 12/1, the Commission requested the secretariat to compile data. Resolutions 12/2 and 12/3 concern early warning.",
    "In decision 12/1, the Commission requested the Bureau to review its methods. By decision 12/2, the Commission decided on the dates of the thirteenth session.",
)


@pytest.mark.parametrize(
    "count",
    [
        "At its twelfth session, the Commission adopted three resolutions (12/1 to 12/3) and two decisions (12/1 and 12/2).",
        "The Commission, at its twelfth session, adopted 3 resolutions (12/1, 12/2 and 12/3), and two decisions (12/1 and 12/2).",
    ],
)
def test_two_counts_each_with_its_numbers(count: str) -> None:
    adopted = facts(in_note(count, *_COUNTED), "adoptedAt")
    assert {("ccr/dec/12/1", "ccr#12"), ("ccr/dec/12/2", "ccr#12"), ("ccr/res/12/3", "ccr#12")} <= adopted


@pytest.mark.parametrize(
    "count",
    [
        # no numbers: neither count is read alone (as before)
        "At its twelfth session, the Commission adopted three resolutions and two decisions.",
        # a count the decisions named do not match
        "At its twelfth session, the Commission adopted three resolutions (12/1 to 12/3) and three decisions (12/1 to 12/3).",
    ],
)
def test_no_second_count_without_its_numbers_or_its_texts(count: str) -> None:
    adopted = facts(in_note(count, *_COUNTED), "adoptedAt")
    assert not [s for s, _ in adopted if "/dec/" in s]


@pytest.mark.parametrize(
    "sentence",
    [
        "The present conference room paper has been prepared in accordance with Commission resolution 11/4.",
        "This background paper was prepared pursuant to Commission resolution 11/4.",
        "The present information note has been prepared in accordance with Commission resolution 11/4.",
    ],
)
def test_a_document_naming_itself_by_its_genre(sentence: str) -> None:
    assert (NOTE_SYMBOL, "ccr/res/11/4") in facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The background paper has been prepared in accordance with Commission resolution 11/4.",
        "The conference room paper submitted to the twelfth session was prepared in accordance with Commission resolution 11/4.",
    ],
)
def test_a_genre_without_present_is_another_document(sentence: str) -> None:
    assert not facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize("status", ["Completed at its ninth meeting", "Discussed at its ninth meeting; completed"])
def test_a_rows_its_meeting_is_the_one_body_of_the_row_that_meets(status: str) -> None:
    found = _untoc(f"| Resolution 14/3 (Firearms) | 2 | *Requests* the Working Group on Firearms to hold a thematic discussion on marking | {status} |\n")
    assert ("meetingOf", f"{_FIREARMS}#9", _FIREARMS) in found


@pytest.mark.parametrize(
    "mandate",
    [
        "*Requests* the Working Group on Firearms and the Working Group on the Smuggling of Migrants to hold a joint discussion",
        "*Requests* the secretariat to prepare a background paper",
    ],
)
def test_no_row_meeting_when_the_row_names_two_bodies_that_meet_or_none(mandate: str) -> None:
    found = _untoc(f"| Resolution 14/3 (Firearms) | 2 | {mandate} | Completed at its ninth meeting |\n")
    assert not [f for f in found if f[0] == "meetingOf" and f[1].endswith("#9")]


# ------------------------------------------------------------------ 4. "the two working groups"


def _requests(paragraph: str) -> set[tuple[str, str]]:
    text = _UNTOC_NOTE.format(rows="").split("| Instrument")[0] + f"2. {paragraph}\n"
    return {(key(f.subject), key(f.object)) for f in extract(text, source_key="t", registry=shipped_registry()).facts if f.relation == "requests"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Working Group on Firearms and the Working Group on the Smuggling of Migrants met jointly in May 2031. "
        "In its resolution 14/5, the Conference had requested the two working groups to consider the matter.",
        "The Working Group on Firearms and the Working Group on the Smuggling of Migrants met jointly in May 2031. "
        "In its resolution 14/5, the Conference requested both working groups to consider the matter.",
        "The report of the joint meeting of the Working Group on Firearms and the Working Group on the Smuggling of Migrants "
        "contains the outcome of the discussion that the Conference, in its resolution 14/5, had requested the two working groups to hold.",
    ],
)
def test_the_two_working_groups_named_before(paragraph: str) -> None:
    assert {("cop-untoc/res/14/5", _FIREARMS), ("cop-untoc/res/14/5", _SOM)} <= _requests(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # three named before "the two"
        "The Working Group on Firearms, the Working Group on Trafficking in Persons and the Working Group on the Smuggling "
        "of Migrants met jointly in May 2031. In its resolution 14/5, the Conference requested the two working groups to consider the matter.",
        # none named before
        "In its resolution 14/5, the Conference requested the two working groups to consider the matter.",
    ],
)
def test_no_counted_back_reference_unless_as_many_were_named(paragraph: str) -> None:
    assert not [o for s, o in _requests(paragraph) if o in (_FIREARMS, _SOM)]
