"""The instruments a page, a list or a section says were adopted "during" a session, as others say
"at" it ("Decisions adopted by the General Assembly during its ninetieth session", "II. Decisions
adopted during the twelfth session"): each was adopted at that session. And a decision told in one
sentence that opens on its meeting and day ("At its 64th plenary meeting, on 24 December 2035, the
General Assembly, recalling ... and having considered the report of the Secretary-General (X),
invited ..."), the form of the Assembly's and the Council's decisions: the paper it considered was
before the session that adopted it.

(Unseen u239 showed both; the texts are invented, for the phrasing commission of
`tests/data/phrasing.ttl` and for the General Assembly of the shipped reference data.)"""

from __future__ import annotations

import pytest

from .phrasing import facts, in_sg_report

PAGE = (
    "Home › Documents › Twelfth session › Decisions\n"
    "{title}\n"
    "Last updated: 20 March 2031\n"
    "Decision\tTitle\tMeeting\tDate\n"
    "12/101\tTide gauges\t2nd meeting\t2 March 2031\n"
    "12/102\tStorm records\t5th meeting\t5 March 2031\n\n"
    "12/101. Tide gauges\n"
    "{first}\n\n"
    "12/102. Storm records\n"
    "At its 5th meeting, on 5 March 2031, the Commission invited the Bureau to review the storm records.\n"
)
DECISIONS = {"ccr/dec/12/101", "ccr/dec/12/102"}


@pytest.mark.parametrize(
    ("title", "session"),
    [
        ("Decisions adopted by the Commission on Coastal Resilience during its twelfth session", "ccr#12"),
        ("Decisions adopted by the Commission on Coastal Resilience at its twelfth session", "ccr#12"),
        ("Decisions adopted by the Commission on Coastal Resilience during its 12th session", "ccr#12"),
        ("Decisions taken by the Commission on Coastal Resilience during its twelfth session", "ccr#12"),
    ],
)
def test_a_page_of_the_decisions_adopted_during_a_session(title: str, session: str) -> None:
    text = PAGE.format(title=title, first="At its 2nd meeting, on 2 March 2031, the Commission requested the secretariat to compile tide records.")
    assert {(d, session) for d in DECISIONS} <= facts(text, "adoptedAt")


@pytest.mark.parametrize("word", ["during", "at"])
def test_a_page_during_another_session_gives_no_adoption_there(word: str) -> None:
    # a decision numbered by session is adopted at that session only (the page's title was taken
    # for every text below it before, whatever its number)
    text = PAGE.format(
        title=f"Decisions adopted by the Commission on Coastal Resilience {word} its eleventh session",
        first="At its 2nd meeting, on 2 March 2031, the Commission requested the secretariat to compile tide records.",
    )
    assert not {g for _, g in facts(text, "adoptedAt")} & {"ccr#11"}


def test_a_page_of_another_body_gives_nothing_to_the_commission() -> None:
    text = PAGE.format(
        title="Decisions adopted by the Economic and Social Council during its 2031 session",
        first="At its 2nd meeting, on 2 March 2031, the Commission requested the secretariat to compile tide records.",
    )
    assert not facts(text, "adoptedAt") & {(d, "ccr#12") for d in DECISIONS}


SECTION = (
    "**E/CN.21/2031/9**\n\n"
    "# Commission on Coastal Resilience\n\n"
    "## Report of the Commission on its twelfth session\n\n"
    "## {heading}\n\n"
    "7. The decisions of the session are listed in the table below.\n\n"
    "| Decision | Title | Adopted |\n"
    "|---|---|---|\n"
    "| 12/1 | Tide gauges | 2 March 2031 |\n"
    "| 12/2 | Storm records | 5 March 2031 |\n"
)


@pytest.mark.parametrize(
    "heading",
    ["II. Decisions adopted during the twelfth session", "B. Decisions adopted by the Commission during its twelfth session"],
)
def test_a_section_of_the_decisions_adopted_during_the_session(heading: str) -> None:
    text = SECTION.format(heading=heading)
    assert {("ccr/dec/12/1", "ccr#12"), ("ccr/dec/12/2", "ccr#12")} <= facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "first",
    [
        "At its 2nd meeting, on 2 March 2031, the Commission, having considered the note by the Secretariat on tide gauges (E/CN.21/2031/4), requested the secretariat to compile tide records.",
        "At its 2nd meeting, held on 2 March 2031, the Commission on Coastal Resilience, recalling its decision 11/104 and having examined the note by the Secretariat (E/CN.21/2031/4), requested the secretariat to compile tide records.",
        "At its 2nd meeting, on Monday, 2 March 2031, the Commission, having reviewed the note by the Secretariat (E/CN.21/2031/4), decided to defer the item.",
    ],
)
def test_the_paper_a_decision_told_in_one_sentence_considered_went_to_its_session(first: str) -> None:
    title = "Decisions adopted by the Commission on Coastal Resilience during its twelfth session"
    text = PAGE.format(title=title, first=first)
    assert ("E/CN.21/2031/4", "ccr#12") in facts(text, "submittedTo")


@pytest.mark.parametrize(
    "first",
    [
        # "took note of" sends no paper (the corpus's convention)
        "At its 2nd meeting, on 2 March 2031, the Commission took note of the note by the Secretariat on tide gauges (E/CN.21/2031/4).",
        # a draft before the Commission is no paper sent to it
        "At its 2nd meeting, on 2 March 2031, the Commission, having considered draft decision E/CN.21/2031/L.4, rejected it.",
    ],
)
def test_near_misses_send_nothing(first: str) -> None:
    title = "Decisions adopted by the Commission on Coastal Resilience during its twelfth session"
    text = PAGE.format(title=title, first=first)
    assert not {doc for doc, _ in facts(text, "submittedTo") if doc.startswith("E/CN.21/2031/")}


def test_a_report_narrating_another_bodys_decision_sends_nothing_to_its_own_session() -> None:
    # a sentence of a report (no decision's text): the Assembly's meeting is no session of the report's
    sentence = (
        "At its 64th plenary meeting, on 24 December 2030, the General Assembly, having considered the report of "
        "the Secretary-General on multilingualism (A/85/331), invited the Committee on Conferences to examine the matter."
    )
    assert in_sg_report(sentence, "submittedTo") <= {("A/79/400", "ga#79")}
