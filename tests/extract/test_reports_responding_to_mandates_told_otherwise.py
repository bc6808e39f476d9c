"""What a report responding to a mandate, and a list of resolutions, tell in other words: the title
"RESOLUTIONS ADOPTED BY THE COMMISSION AT ITS 12TH SESSION" over "(Nairobi, 10 to 14 March 2031)"
says where and when that session was held; "Resolution 11/3, adopted by the Commission in May
2029, recalls resolution 9/2" is a citation by 11/3, which "the same resolution" of the next
sentence then means; "an earlier version (document X) was noted by the Commission at its twelfth
session" puts X before that session; "The present note ... will be considered by the Commission at
its fourteenth session" puts the note being read before it; "Follow-up to resolution 9/2 on X", a
paper's title, gives 9/2 no title. Invented text of the phrasing harness's
commission. Rules from the spent held-out set x65-x69 (E56)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note

LIST_OF_RESOLUTIONS = (
    "COMMISSION ON COASTAL RESILIENCE                                   E/CN.21/2031/RES\n"
    "Twelfth session                                                    20 March 2031\n\n"
    "    {title}\n"
    "    {where}\n\n"
    "RESOLUTION 12/1\n"
    "TIDE GAUGES IN SMALL ISLANDS\n"
    "(Adopted by the Commission at its 3rd meeting on 11 March 2031)\n\n"
    "The Commission,\n\n"
    "1. Requests the Executive Secretary to report to it at its next session.\n"
)


@pytest.mark.parametrize(("title", "where", "place", "days"), [
    ("RESOLUTIONS ADOPTED BY THE COMMISSION AT ITS 12TH SESSION", "(Nairobi, 10 to 14 March 2031)", "Nairobi", "2031-03-10/2031-03-14"),
    ("Resolutions adopted by the Commission at its twelfth session", "(Apia, 10–14 March 2031)", "Apia", "2031-03-10/2031-03-14"),
])
def test_place_and_days_in_brackets_under_the_list_title(title: str, where: str, place: str, days: str) -> None:
    text = LIST_OF_RESOLUTIONS.format(title=title, where=where)
    assert ("ccr#12", place) in facts(text, "heldIn")
    assert ("ccr#12", days) in facts(text, "heldOn")


def test_no_place_without_the_bracket_under_the_title() -> None:
    text = LIST_OF_RESOLUTIONS.format(title="RESOLUTIONS ADOPTED BY THE COMMISSION AT ITS 12TH SESSION", where="Distribution: general")
    assert not {p for s, p in facts(text, "heldIn") if s == "ccr#12"}


@pytest.mark.parametrize("sentence", [
    'Resolution 11/3, adopted by the Commission in May 2029, recalls resolution 9/2 of 26 May 2027, entitled "Coastal data".',
    "Decision 11/103 of the Commission reaffirms resolution 9/2.",
    "Its resolution 11/3 also refers to resolution 9/2 and to the work of the Bureau.",
])
def test_an_instrument_named_as_subject_cites_the_one_after_its_verb(sentence: str) -> None:
    cited = facts(in_note(sentence), "cites")
    assert {c for _, c in cited} == {"ccr/res/9/2"}
    assert len(cited) == 1 and next(iter(cited))[0] in ("ccr/res/11/3", "ccr/dec/11/103")


def test_the_same_resolution_is_the_subject_not_the_one_it_cited() -> None:
    text = in_note(
        "Resolution 11/3, adopted by the Commission in May 2029, recalls resolution 9/2 of 26 May 2027. In paragraph 4 "
        "of the same resolution, the Commission invited the Bureau to present its recommendations."
    )
    assert ("ccr/res/11/3", "ccr/bureau") in facts(text, "invites")
    assert ("ccr/res/9/2", "ccr/bureau") not in facts(text, "invites")


@pytest.mark.parametrize(("sentence", "session"), [
    ("An earlier version of this note (document E/CN.21/2031/7) was noted by the Commission at its twelfth session.", "ccr#12"),
    ("Document E/CN.21/2031/7, which was considered by the Commission at its 11th session, is annexed.", "ccr#11"),
    ("The study (E/CN.21/2031/7)[2] was examined by the Commission during its twelfth session.", "ccr#12"),
])
def test_a_paper_noted_or_considered_at_a_session(sentence: str, session: str) -> None:
    assert ("E/CN.21/2031/7", session) in facts(in_note(sentence), "submittedTo")


def test_a_paper_prepared_by_a_body_at_its_session_is_not_before_it() -> None:
    sentence = "The study (E/CN.21/2031/7) was prepared by the Bureau at its request."
    assert not {s for d, s in facts(in_note(sentence), "submittedTo") if d == "E/CN.21/2031/7"}


@pytest.mark.parametrize("sentences", [
    ("The present note will be considered by the Commission at its fourteenth session.",),
    ("The present note responds to resolution 11/3. It also responds to decision 11/101, and will be considered by the Commission at its fourteenth session.",),
    ("This note is to be examined by the Commission at its 14th session (Nairobi, 3–7 March 2033).",),
])
def test_the_present_document_considered_at_a_later_session(sentences: tuple[str, ...]) -> None:
    assert (NOTE_SYMBOL, "ccr#14") in facts(in_note(*sentences), "submittedTo")


def test_it_of_another_subject_is_not_the_present_document() -> None:
    text = in_note("The Bureau met in May 2031. It will be considered by the Commission at its fourteenth session.")
    assert (NOTE_SYMBOL, "ccr#14") not in facts(text, "submittedTo")


@pytest.mark.parametrize("sentence", [
    "The secretariat introduced its report E/CN.21/2031/8, Follow-up to resolution 9/2 on tide gauges in small islands.",
    "Document E/CN.21/2031/8 (Follow-up to Commission resolution 9/2 on tide gauges in small islands) was issued.",
])
def test_a_paper_titled_follow_up_to_an_instrument_gives_it_no_title(sentence: str) -> None:
    assert not {t for i, t in facts(in_note(sentence), "title") if i == "ccr/res/9/2"}


def test_an_instrument_recalled_with_its_subject_keeps_its_title() -> None:
    text = in_note("The Commission recalled its resolution 9/2 on tide gauges in small islands.")
    assert ("ccr/res/9/2", "tide gauges in small islands") in facts(text, "title")


def test_a_clause_of_another_subject_is_not_the_present_document() -> None:
    text = in_note("The present note describes how the proposals will be considered by the Commission at its fourteenth session.")
    assert (NOTE_SYMBOL, "ccr#14") not in facts(text, "submittedTo")
