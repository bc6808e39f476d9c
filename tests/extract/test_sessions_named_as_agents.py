"""Families of E266 (u335–u339, specialized agencies' committees and regional bodies).

1. A session named "the Nth <Body>" as the author of an instrument told right before it: "resolution
   CD49.R2 of the 49th Directing Council", "resolution 29/3, adopted by the 29th World Coastal
   Congress on 14 May 2031". The session adopted it (where the number carries its ordinal,
   `rules.sessions_with_instruments`), and a day right after the agent is the adoption's, not the
   session's span (`relate._ADOPTING_AGENT_BEFORE`).
2. A masthead's place-and-date line with the month first, as a US-drafted masthead prints it
   ("Geneva, November 17 to 21, 2035": `document._PLACE_DATE`, `layout._PLACE_DATES_LINE`), and a
   gathering's "(document X), held in …" (the word "document" before the symbol between the session
   and its participle: `relate._HELD`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import SESSION_REPORT, extracted_with

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"
extracted = extracted_with(UNSEEN / "paho-spba-report.ttl")


def told(sentence: str, *relations: str) -> set[tuple[str, str, str]]:
    text = SESSION_REPORT.split("Chapter I")[0] + "Chapter III\n\nOther matters\n\n5. " + sentence + "\n"
    # (the frame's own session, ccr#12, and its days are the report's, not the sentence's)
    return {f for f in extracted(text) if f[0] in relations and f[1] != "ccr#12"}


ADOPTION = ("adoptedAt", "adoptedOn", "heldOn")


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        # a PAHO Directing Council, the instrument's session in its number
        ("The Audit Committee had been established by resolution CD49.R2 of the 49th Directing Council.",
         {("adoptedAt", "paho-dc/res/49/2", "paho-dc#49")}),
        ("The note was prepared pursuant to resolution CD65.R4, adopted by the 65th Directing Council on 29 September 2033.",
         {("adoptedAt", "paho-dc/res/65/4", "paho-dc#65"), ("adoptedOn", "paho-dc/res/65/4", "2033-09-29")}),
        ("The note responds to resolution CD65.R4 adopted by the Sixty-fifth Directing Council on 29 September 2033, which requested a report.",
         {("adoptedAt", "paho-dc/res/65/4", "paho-dc#65"), ("adoptedOn", "paho-dc/res/65/4", "2033-09-29")}),
        # a world assembly named by its ordinal, in words
        ("The Commission recalled resolution WHA86.11 of the Eighty-sixth World Health Assembly.",
         {("adoptedAt", "wha/res/86/11", "wha#86")}),
        ("The Commission recalled resolution WHA86.11, adopted by the Eighty-sixth World Health Assembly on 30 May 2033.",
         {("adoptedAt", "wha/res/86/11", "wha#86"), ("adoptedOn", "wha/res/86/11", "2033-05-30")}),
    ],
)
def test_a_session_named_as_the_instruments_author(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert told(sentence, *ADOPTION) == facts


@pytest.mark.parametrize(
    "sentence",
    [
        # another ordinal than the number carries: not the adopting session
        "The Audit Committee had been established by resolution CD49.R2 of the 50th Directing Council.",
        "The Commission recalled resolution WHA86.11, adopted by the Eighty-seventh World Health Assembly on 30 May 2033.",
    ],
)
def test_another_session_adopted_nothing(sentence: str) -> None:
    assert not {f for f in told(sentence, "adoptedAt")}


def test_a_session_held_on_a_day_stays_held() -> None:
    # the verb of holding: the day is the session's
    facts = told("The 65th Directing Council was held on 29 September 2033.", *ADOPTION)
    assert ("heldOn", "paho-dc#65", "2033-09-29") in facts


MASTHEAD = "{body}\n\n{session}\n\n{line}\n\nSUMMARY BY THE CHAIR\n\n1. The session was opened by the Chair.\n"


@pytest.mark.parametrize(
    ("line", "place", "days"),
    [
        ("Geneva, November 17 to 21, 2035", "Geneva", "2035-11-17/2035-11-21"),
        ("**Geneva, November 17 to 21, 2035**", "Geneva", "2035-11-17/2035-11-21"),
        ("Nairobi, April 28 to May 2, 2031", "Nairobi", "2031-04-28/2031-05-02"),
        ("Bangkok, March 3-7, 2032", "Bangkok", "2032-03-03/2032-03-07"),
        ("Bangkok, 3-7 March 2032", "Bangkok", "2032-03-03/2032-03-07"),
    ],
)
def test_a_masthead_line_with_the_month_first(line: str, place: str, days: str) -> None:
    text = MASTHEAD.format(body="Commission on Coastal Resilience", session="Fourteenth session", line=line)
    facts = set(extracted_with()(text))
    assert ("heldIn", "ccr#14", place) in facts
    assert ("heldOn", "ccr#14", days) in facts


def test_a_date_line_that_is_no_place_gives_no_venue() -> None:
    text = MASTHEAD.format(body="Commission on Coastal Resilience", session="Fourteenth session", line="Date: November 17, 2035")
    assert not {f for f in extracted_with()(text) if f[0] == "heldIn"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission adopted the report of its eleventh session (document E/CN.21/2030/9), held in Geneva from April 21 to 25, 2030.",
        "The Commission adopted the report of its eleventh session (Document E/CN.21/2030/9), held in Geneva from 21 to 25 April 2030.",
        "The Commission adopted the report of its eleventh session (E/CN.21/2030/9), held in Geneva from 21 to 25 April 2030.",
    ],
)
def test_a_session_held_after_its_reports_symbol(sentence: str) -> None:
    facts = told(sentence, "heldIn", "heldOn", "reportOf")
    assert ("heldIn", "ccr#11", "Geneva") in facts
    assert ("heldOn", "ccr#11", "2030-04-21/2030-04-25") in facts


def test_a_document_bracket_before_other_words_gives_no_days() -> None:
    # the bracket is not right before the participle of holding: a later clause's days
    facts = told(
        "The Commission adopted the report of its eleventh session (document E/CN.21/2030/9) and decided that a workshop would be held in Geneva from 21 to 25 April 2030.",
        "heldOn",
    )
    assert ("heldOn", "ccr#11", "2030-04-21/2030-04-25") not in facts
