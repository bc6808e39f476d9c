"""A meetings-coverage press release on the close of a session, in the form the United Nations
prints them for any body: a dateline ("NAIROBI, 14 March 2031 —"), a lead that says the body
"concluded its twelfth session today, adopting three resolutions", then what each text did.

- the texts the release names by kind and number, numbered by that session, were adopted at it,
  on the dateline's day when the lead says "today" (a dateline without its year takes the
  release's own date); only when they are as many as the lead says;
- that session is the one the release reports on: "The session, held in Nairobi from ..." is where
  and when it sat ("opened in Nairobi on ..." says where only), and "the Commission had before it
  the report ... (X)" sends X there.

The body is the phrasing harness's invented commission (tests/data/phrasing.ttl)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

HEADER = "Meetings Coverage\n{date}\nENV/DEV/2299\n\nCoastal Commission Ends Session, Adopts Texts on Early Warning\n\n"
TEXTS = (
    "By resolution 12/1, the Commission requested the Bureau to review the work of the Committee on Coastal Data.\n\n"
    "Next, the Commission adopted resolution 12/2 on storm surges, recalling resolution 11/4.\n\n"
    "Finally, by resolution 12/3, it invited the secretariat to prepare a study.\n"
)


def _release(lead: str, *more: str, date: str = "14 March 2031") -> str:
    return HEADER.format(date=date) + lead + "\n\n" + "".join(f"{m}\n\n" for m in more) + TEXTS


@pytest.mark.parametrize("lead, day", [
    ("NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session today, adopting three resolutions.", "2031-03-14"),
    ("NAIROBI, 14 March — The Commission on Coastal Resilience today concluded its twelfth session, adopting three resolutions and one decision.", "2031-03-14"),
    ("PORT LOUIS, 13 March 2031 – The Commission on Coastal Resilience today concluded the first part of its twelfth session, adopting 3 resolutions on early warning.", "2031-03-13"),
])
def test_the_texts_of_the_concluded_session(lead: str, day: str) -> None:
    text = _release(lead)
    adopted_at, adopted_on = facts(text, "adoptedAt"), facts(text, "adoptedOn")
    for number in ("1", "2", "3"):
        assert (f"ccr/res/12/{number}", "ccr#12") in adopted_at
        assert (f"ccr/res/12/{number}", day) in adopted_on
    # a text of another session, recalled, was not adopted there
    assert not {o for s, o in adopted_at if s == "ccr/res/11/4"}


def test_no_day_without_today() -> None:
    text = _release("NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session, adopting three resolutions.")
    assert ("ccr/res/12/1", "ccr#12") in facts(text, "adoptedAt")
    assert not {o for s, o in facts(text, "adoptedOn") if s == "ccr/res/12/1"}


@pytest.mark.parametrize("lead", [
    # as many texts as the lead says, or none of them: "four" names a text the release does not
    "NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session today, adopting four resolutions.",
    # a session concluded with no texts adopted
    "NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session today, after hearing statements.",
    # decisions, not resolutions
    "NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session today, adopting three decisions.",
])
def test_no_adoption_read_where_the_lead_does_not_say_so(lead: str) -> None:
    assert not {o for s, o in facts(_release(lead), "adoptedAt") if s.startswith("ccr/res/12/")}


LEAD = "NAIROBI, 14 March 2031 — The Commission on Coastal Resilience concluded its twelfth session today, adopting three resolutions."


@pytest.mark.parametrize("sentence, town, dates", [
    ("The session, held in Nairobi from 10 to 14 March 2031, was attended by 40 States.", "Nairobi", "2031-03-10/2031-03-14"),
    ("The session was held in Mombasa from 10 to 14 March 2031 at the invitation of Kenya.", "Mombasa", "2031-03-10/2031-03-14"),
    ("The first part of the session opened in Nairobi on 10 March 2031 under the chairmanship of Ms. Otieno.", "Nairobi", None),
])
def test_the_session_held(sentence: str, town: str, dates: str | None) -> None:
    text = _release(LEAD, sentence)
    assert ("ccr#12", town) in facts(text, "heldIn")
    held_on = {o for s, o in facts(text, "heldOn") if s == "ccr#12"}
    assert held_on == ({dates} if dates else set())


@pytest.mark.parametrize("sentence", [
    "The session of the Bureau, held in Paris on 3 March 2031, prepared the meeting.",
    "The session was productive, held in a spirit of cooperation.",
])
def test_no_place_of_the_session(sentence: str) -> None:
    assert not {o for s, o in facts(_release(LEAD, sentence), "heldIn") if s == "ccr#12"}


def test_the_session_alone_needs_the_session_reported() -> None:
    # no lead naming a session: "the session" is nobody's
    text = HEADER.format(date="14 March 2031") + "The session, held in Nairobi from 10 to 14 March 2031, was attended by 40 States.\n"
    assert not facts(text, "heldIn")


def test_documents_before_the_session_reported() -> None:
    text = _release(LEAD, "The Commission had before it the report of the Bureau (E/CN.21/2031/3), as well as a note by the secretariat (E/CN.21/2031/4).")
    submitted = facts(text, "submittedTo")
    assert {("E/CN.21/2031/3", "ccr#12"), ("E/CN.21/2031/4", "ccr#12")} <= submitted


@pytest.mark.parametrize("sentence, town", [
    ("Finally, the Commission welcomed the offer of Fiji to host the thirteenth session, and decided to hold its next session in Suva from 6 to 8 October 2032.", "Suva"),
    ("The Commission decided to hold its next session from 6 to 8 October 2032.", None),
])
def test_the_next_session_of_the_session_reported(sentence: str, town: str | None) -> None:
    text = _release(LEAD, sentence)
    assert ("ccr#13", "2032-10-06/2032-10-08") in facts(text, "heldOn")
    assert {p for g, p in facts(text, "heldIn") if g == "ccr#13"} == ({town} if town else set())


@pytest.mark.parametrize("text", [
    # another body's next session
    _release(LEAD, "The Bureau of the Commission on Coastal Resilience decided to hold its next session in Suva from 6 to 8 October 2032."),
    # no session reported: which one is next is not said
    HEADER.format(date="14 March 2031") + "The Commission on Coastal Resilience decided to hold its next session in Suva from 6 to 8 October 2032.\n",
])
def test_no_next_session(text: str) -> None:
    assert not {g for g, _ in facts(text, "heldOn") if g == "ccr#13"}


@pytest.mark.parametrize("sentence", [
    "By the same text, the Commission entrusted its secretariat with organizing a workshop in 2033.",
    "By that text, it asked the secretariat to organize a workshop in 2033.",
])
def test_the_same_text_is_the_text_told_of_last(sentence: str) -> None:
    text = _release(LEAD, "By resolution 12/1, the Commission requested the Bureau to report.", sentence)
    assert ("ccr/res/12/1", "ccr/secretariat") in facts(text, "requests")


def test_the_same_token_is_no_text() -> None:
    text = _release(LEAD, "By resolution 12/1, the Commission requested the Bureau to report.",
                    "By the same token, the Commission entrusted its secretariat with organizing a workshop in 2033.")
    assert ("ccr/res/12/1", "ccr/secretariat") not in facts(text, "requests")


@pytest.mark.parametrize("sentence", [
    "By that decision, the Commission decided to establish a Task Force on Mangrove Restoration, co-led by Fiji, and requested the Task Force to hold its first meeting in Suva on 3 and 4 March 2032.",
    "In the same resolution, the Commission decided to establish a Task Force on Mangrove Restoration, which shall hold its first meeting in Suva on 3 and 4 March 2032.",
])
def test_the_first_meeting_of_a_body_born_by_the_text_told_of_last(sentence: str) -> None:
    text = _release(LEAD, "Next, the Commission adopted resolution 12/4 on mangroves.", sentence)
    held_in = {(g, p) for g, p in facts(text, "heldIn") if g.endswith("#1")}
    assert len(held_in) == 1 and next(iter(held_in))[1] == "Suva"
    task_force = next(iter(held_in))[0].split("#")[0]
    assert ("ccr/res/12/4", task_force) in facts(text, "establishes")
    assert (f"{task_force}#1", "2032-03-03/2032-03-04") in facts(text, "heldOn")
