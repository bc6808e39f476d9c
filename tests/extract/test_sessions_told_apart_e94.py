"""Which session a sentence dates and places, told apart from the sessions it names around it (E94):
the town of a masthead's "Town, Country, dates" line (not its country); "the first regular session
since the resumed tenth session" (counted from another session, not the body's first); and a
session that "would take place immediately after" another one, the dates that follow being its own.

Invented sentences (another body, towns, numbers, wordings), not the unseen document's lines.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

MASTHEAD = (
    "                                                          E/CN.21/2031/9\n"
    "                                                          20 March 2031\n\n"
    "  Commission on Coastal Resilience\n"
    "  {ordinal} session\n"
    "  {town}, {country}, {days}\n\n"
    "  Report of the {lower} session of the Commission on Coastal Resilience\n\n"
    "  1.    The Commission met and adopted its agenda.\n"
)


@pytest.mark.parametrize(
    ("town", "country", "days", "held"),
    [
        ("Nairobi", "Kenya", "3–7 May 2031", "2031-05-03/2031-05-07"),
        ("Rio de Janeiro", "Brazil", "10–14 March 2031", "2031-03-10/2031-03-14"),
        ("Geneva", "Switzerland", "1–4 December 2031", "2031-12-01/2031-12-04"),
    ],
)
def test_a_town_country_dates_line_places_the_session_in_the_town(town: str, country: str, days: str, held: str) -> None:
    text = MASTHEAD.format(ordinal="Ninth", lower="ninth", town=town, country=country, days=days)
    assert facts(text, "heldIn") == {("ccr#9", town)}
    assert ("ccr#9", held) in facts(text, "heldOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first regular session since the resumed tenth session of the Commission.",
        "This was the first session since the special session held in 2029.",
        "The Commission noted that it was its second meeting since 2029.",
    ],
)
def test_a_session_counted_since_another_is_no_numbered_session(sentence: str) -> None:
    text = SESSION_REPORT + "2. " + sentence + "\n"
    assert not {s for s, _ in facts(text, "meetingOf")} & {"ccr#1", "ccr#2"}


@pytest.mark.parametrize(
    ("verb", "anchor"),
    [
        ("would take place immediately after", "its thirteenth session"),
        ("will be held directly before", "the thirteenth session of the Commission"),
        ("would be held following", "its thirteenth session"),
    ],
)
def test_dates_after_another_session_named_as_the_time_are_the_subjects(verb: str, anchor: str) -> None:
    text = (
        SESSION_REPORT
        + "2. The Commission decided that its thirteenth session would be held in Nairobi from 2 to 6 June 2032, "
        + f"and that the fourth session of the Committee on Coastal Data {verb} {anchor}, from 9 to 11 June 2032.\n"
    )
    held = facts(text, "heldOn")
    assert ("ccr/committee-on-data#4", "2032-06-09/2032-06-11") in held
    assert ("ccr#13", "2032-06-09/2032-06-11") not in held
    assert ("ccr#13", "2032-06-02/2032-06-06") in held
