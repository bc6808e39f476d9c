"""A bulletin's summary of a session (as the Earth Negotiations Bulletin writes them): its title
"SUMMARY OF THE TWELFTH SESSION OF THE ...: 10-14 MARCH 2031" names the session it reports on,
and its acts are dated by the day that opens a sentence ("On Wednesday, 12 March, the Commission
adopted decision 12/3"), the year being the session's, as a report dates them by its meetings."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

OPENING = "The twelfth session of the Commission on Coastal Resilience convened from 10 to 14 March 2031 in Apia, Samoa."


def summary(title: str, *paragraphs: str) -> str:
    return "EARTH REPORTING BULLETIN\nVol. 4 No. 12        Monday, 17 March 2031\n\n" + title + "\n\n" + OPENING + "\n\n" + "\n\n".join(paragraphs) + "\n"


TITLES = [
    "SUMMARY OF THE TWELFTH SESSION OF THE COMMISSION ON COASTAL RESILIENCE:\n10-14 MARCH 2031",
    "Summary report of the twelfth session of the Commission on Coastal Resilience, 10-14 March 2031",
    "Summary of the Twelfth Session of the Commission on Coastal Resilience",
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence, instrument, day", [
    ("Final Outcome: On Wednesday, 12 March, the Commission adopted decision 12/3 on early warning.", "ccr/dec/12/3", "2031-03-12"),
    ("On 13 March, the Commission adopted resolution 12/2 on coastal data, by which it requests the Bureau to report.", "ccr/res/12/2", "2031-03-13"),
    ("EARLY WARNING: On Friday 14 March, the Commission adopted decision 12/5 without a vote.", "ccr/dec/12/5", "2031-03-14"),
])
def test_a_decision_adopted_on_a_day_of_the_session_summarised(title: str, sentence: str, instrument: str, day: str) -> None:
    text = summary(title, sentence)
    assert (instrument, "ccr#12") in facts(text, "adoptedAt")
    assert (instrument, day) in facts(text, "adoptedOn")


@pytest.mark.parametrize("sentence", [
    # not adopted on that day: discussed, or the day is no day of the session
    "On Wednesday, 12 March, delegates discussed decision 12/3 at length.",
    "On 20 April, the Commission's Bureau noted decision 12/3, adopted earlier.",
])
def test_no_adoption_date_from_another_act_or_day(sentence: str) -> None:
    assert not facts(summary(TITLES[0], sentence), "adoptedOn")


def test_a_day_inside_the_sentence_is_no_adoption_day() -> None:
    # the day of another act, after the adoption
    text = summary(TITLES[0], "The Commission adopted decision 12/3, which the Bureau had discussed. On 12 March delegates met.")
    assert not facts(text, "adoptedOn")


def test_a_summary_of_another_body_s_session_is_not_the_commission_s() -> None:
    text = summary("SUMMARY OF THE FIFTH MEETING OF THE OPEN-ENDED FRIENDS OF THE COAST:\n10-14 MARCH 2031",
                   "On Wednesday, 12 March, the Friends adopted decision 5/1.")
    assert not [o for _, o in facts(text, "adoptedAt") if o == "ccr#12"]


# ---------------------------------------------------------------- an instrument's contents listed

@pytest.mark.parametrize("intro", [
    "On Wednesday, 12 March, the Commission adopted decision 12/3 on early warning. In the decision, the Commission:",
    "On 12 March, the Commission adopted decision 12/3 on early warning, which, among other things:",
    "The Commission adopted decision 12/3 on early warning, by which the Commission, inter alia:",
    "The Commission adopted decision 12/3. In this decision, the Commission on Coastal Resilience:",
])
@pytest.mark.parametrize("bullet", ["- ", "-   "])
def test_items_listed_under_an_instrument_are_its_words(intro: str, bullet: str) -> None:
    text = summary(TITLES[0], intro + "\n" + f"{bullet}requests the Bureau to prepare a workplan;\n"
                   f"{bullet}invites the secretariat to report\n  to the Commission at its thirteenth session.")
    assert ("ccr/dec/12/3", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/12/3", "ccr/secretariat") in facts(text, "invites")


@pytest.mark.parametrize("intro", [
    # no instrument named, or a colon that introduces something else
    "Delegates discussed early warning. Several delegations:",
    "The Commission adopted decision 12/3 on early warning. Speakers made the following points:",
])
def test_items_under_another_colon_are_no_instrument_s_words(intro: str) -> None:
    text = summary(TITLES[0], intro + "\n- requests the Bureau to prepare a workplan;\n- invites the secretariat to report.")
    assert not facts(text, "requests") and not facts(text, "invites")


def test_items_stop_at_the_next_paragraph() -> None:
    text = summary(TITLES[0], "The Commission adopted decision 12/3. In the decision, the Commission:\n"
                   "- approves the budget;\n\nBUDGET: Delegates noted that the Chair invites the Bureau to meet.")
    assert not facts(text, "invites")


# ---------------------------------------------------------------- papers read at the session

@pytest.mark.parametrize("sentence", [
    "EARLY WARNING: Delegates considered document E/CN.21/2031/4. Views differed.",
    "The Secretariat introduced document E/CN.21/2031/4, which sets out options.",
    "Participants also reviewed the report of the expert meeting (E/CN.21/2031/4).",
    "The Bureau presented the note on options (E/CN.21/2031/4).",
])
def test_a_paper_read_at_the_session_summarised_was_before_it(sentence: str) -> None:
    assert ("E/CN.21/2031/4", "ccr#12") in facts(summary(TITLES[0], sentence), "submittedTo")


@pytest.mark.parametrize("sentence", [
    # a delegate's own act, or a paper not read there
    "One delegate recalled document E/CN.21/2031/4.",
    "Delegates considered the question of funding; document E/CN.21/2031/4 will follow.",
])
def test_no_submission_from_other_readings(sentence: str) -> None:
    assert not facts(summary(TITLES[0], sentence), "submittedTo")


# ---------------------------------------------------------------- upcoming meetings

@pytest.mark.parametrize("entry, dates, city", [
    ("Thirteenth session of the Commission: The thirteenth session of the Commission on Coastal Resilience\n"
     "will consider the workplan. dates: 2-6 March 2032\nlocation: Suva, Fiji", "2032-03-02/2032-03-06", "Suva"),
    ("CCR-13: dates: 2-6 March 2032 location: Suva, Fiji", "2032-03-02/2032-03-06", "Suva"),
    ("The thirteenth session of the Commission on Coastal Resilience. Dates: 2 to 6 March 2032. Venue: Suva (Fiji)",
     "2032-03-02/2032-03-06", "Suva"),
])
def test_an_upcoming_meeting_s_dates_and_location(entry: str, dates: str, city: str) -> None:
    text = summary(TITLES[0], "UPCOMING MEETINGS", entry)
    assert ("ccr#13", dates) in facts(text, "heldOn")
    assert ("ccr#13", city) in facts(text, "heldIn")


@pytest.mark.parametrize("entry", [
    # a month is no dates; an entry naming two sessions says not whose the dates are
    "CCR-13: The session will take place in March 2032. location: Suva, Fiji\n\ndates: March 2032",
    "The thirteenth and fourteenth sessions of the Commission on Coastal Resilience. dates: 2-6 March 2032",
])
def test_no_dates_from_a_month_or_an_entry_of_two_sessions(entry: str) -> None:
    assert not [s for s, _ in facts(summary(TITLES[0], "UPCOMING MEETINGS", entry), "heldOn") if s != "ccr#12"]


# ---------------------------------------------------------------- a history's run-in labels

@pytest.mark.parametrize("label", ["CCR-10: ", "Background: ", ""])
def test_at_its_session_after_a_run_in_label(label: str) -> None:
    text = summary(TITLES[0], f"{label}At its tenth session, held in Suva from 2 to 6 May 2029, the Commission "
                   "adopted decision 10/4 on tide gauges, by which it requested the Bureau to report.")
    assert ("ccr/dec/10/4", "ccr#10") in facts(text, "adoptedAt")
    assert ("ccr/dec/10/4", "ccr#12") not in facts(text, "adoptedAt")


def test_a_label_then_another_opening_is_no_session_s_adoption() -> None:
    text = summary(TITLES[0], "CCR-10: Delegates recalled that at its tenth session the Commission adopted decision 10/4.")
    assert ("ccr/dec/10/4", "ccr#12") not in facts(text, "adoptedAt")
