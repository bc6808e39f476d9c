"""Phrasings of session reports and agendas that other bodies' documents share (E72, from the spent
u96–u99), each on invented sentences of the Commission on Coastal Resilience (tests/data/phrasing.ttl)
varied in wording, numbers and order: a session held at the body's seat or at a venue named without
its town; an "on ..." title that ends before the subject's next verb; a back-reference set off after
the subject ("The Assembly, in the same resolution, ...") or followed by the adoption day; a bare
session in a section that cites another body's resolution."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

REPORT = (
    "United Nations                                              E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "{paragraphs}\n"
)


def report(*paragraphs: str) -> str:
    return REPORT.format(paragraphs="\n\n".join(f"{n}.  {p}" for n, p in enumerate(paragraphs, 1)))


# ---------------------------------------------------------------- where a session was held

@pytest.mark.parametrize(("sentence", "place", "days"), [
    ("The Commission held its twelfth session at its seat at the United Nations Office at Geneva from 3 to 7 March 2031.",
     "Geneva", "2031-03-03/2031-03-07"),
    ("The Commission held its twelfth session at its seat at the United Nations Office at Nairobi from 3 to 7 March 2031,"
     " in accordance with its rules.", "Nairobi", "2031-03-03/2031-03-07"),
    ("The Commission held its twelfth session at its seat in Bangkok from 10 to 14 March 2031.", "Bangkok", "2031-03-10/2031-03-14"),
    ("The twelfth session of the Commission was held at the Palais des Nations from 7 to 25 July 2031.", None, "2031-07-07/2031-07-25"),
    ("The twelfth session of the Commission was held at the Vienna Conference Centre on 2 June 2031.", None, "2031-06-02"),
    ("The twelfth session of the Commission took place at the Palais Wilson from 1 to 3 April 2031, with 40 participants.",
     None, "2031-04-01/2031-04-03"),
])
def test_a_session_held_at_a_seat_or_a_venue_without_its_town(sentence: str, place: str | None, days: str) -> None:
    text = report(sentence)
    assert ("ccr#12", days) in facts(text, "heldOn")
    held_in = {town for session, town in facts(text, "heldIn") if session == "ccr#12"}
    assert held_in == ({place} if place else set())


# ---------------------------------------------------------------- where an "on ..." title ends

@pytest.mark.parametrize(("verb", "relation", "addressee"), [
    ("mandated the Working Group on Early Warning Systems to finalize its proposals", "requests", "ccr/wg-early-warning"),
    ("requested the secretariat to report", "requests", "ccr/secretariat"),
    ("invited the Committee on Coastal Data to share its data", "invites", "ccr/committee-on-data"),
    ("decided to review it in 2033", None, None),
])
@pytest.mark.parametrize(("cited", "title"), [
    ("its decision 10/4 of 14 December 2029 on the sponsorship programme", "the sponsorship programme"),
    ("its resolution 11/2 on tide gauges and sea-level monitoring", "tide gauges and sea-level monitoring"),
])
def test_a_title_ends_before_the_subjects_next_verb(verb: str, relation: str | None, addressee: str | None, cited: str, title: str) -> None:
    text = report(f"In decision 12/2, the Commission recalled {cited} and {verb}.")
    number = cited.split()[2]
    kind = "dec" if "decision" in cited else "res"
    assert (f"ccr/{kind}/{number}", title) in facts(text, "title")
    if relation and addressee:
        assert ("ccr/dec/12/2", addressee) in facts(text, relation)


# ---------------------------------------------------------------- back-references

@pytest.mark.parametrize("subject", ["The Assembly", "The General Assembly"])
@pytest.mark.parametrize("reference", ["in the same resolution", "in that resolution", "by the same resolution"])
@pytest.mark.parametrize(("second", "relation"), [
    ("called upon the Secretary-General", "requests"), ("invited the Secretary-General", "invites"),
    ("encouraged the Secretary-General", "encourages"),
])
def test_a_back_reference_set_off_after_the_subject_speaks_for_every_verb(subject: str, reference: str, second: str, relation: str) -> None:
    text = report(
        "In paragraph 4 of General Assembly resolution 85/112, the Assembly requested the Commission to continue its work.",
        f"{subject}, {reference}, requested the Committee on Coastal Data to support the Commission and {second}"
        " to find ways to finance the participation of experts.",
    )
    assert ("ga/res/85/112", "ccr/committee-on-data") in facts(text, "requests")
    assert ("ga/res/85/112", "secretary-general") in facts(text, relation)


@pytest.mark.parametrize("opening", ["In that resolution", "In the same resolution", "By that resolution"])
@pytest.mark.parametrize(("written", "day"), [("3 April 2031", "2031-04-03"), ("28 June 2030", "2030-06-28")])
def test_the_adoption_day_after_a_back_reference(opening: str, written: str, day: str) -> None:
    text = report(
        "The Commission will have before it a note by the secretariat (E/CN.21/2031/4), prepared pursuant to Human Rights"
        " Council resolution 58/9 on coastal communities.",
        f"{opening}, adopted on {written}, the Council requested the Commission to share its findings.",
    )
    assert ("hrc/res/58/9", day) in facts(text, "adoptedOn")
    assert ("hrc/res/58/9", "ccr") in facts(text, "requests")


# ---------------------------------------------------------------- whose session a bare one is

@pytest.mark.parametrize("cited", [
    "Human Rights Council resolution 55/20 on coastal migrants",
    "Human Rights Council resolutions 55/20 and 56/3",
    "the Human Rights Council's decision 55/104",
])
@pytest.mark.parametrize("ordinal", ["thirteenth", "fourteenth"])
def test_a_body_named_as_the_issuer_of_a_cited_instrument_is_not_what_the_section_is_about(cited: str, ordinal: str) -> None:
    text = report(
        f"Decision 12/2 recalls {cited}.",
        f"By decision 12/3, the Commission decided to hold its {ordinal} session in Bangkok from 8 to 12 September 2031.",
        f"A proposal to hold part of the {ordinal} session in a coastal city was withdrawn.",
    )
    sessions = {session for session, _ in facts(text, "meetingOf")}
    assert not any(session.startswith("hrc#") for session in sessions)


# ---------------------------------------------------------------- the next sentence goes on with the decision

@pytest.mark.parametrize("verb", ["resolved", "agreed", "determined", "decided"])
@pytest.mark.parametrize("standing", [
    "would remain in place as a standing mechanism of the Commission", "should function as a standing body",
])
def test_the_body_resolving_in_the_next_sentence_speaks_for_the_same_decision(verb: str, standing: str) -> None:
    text = report(
        "In decision 12/1, the Commission agreed to form a task force on tide gauges composed of four of its members."
        f" The Commission {verb} that the task force {standing}. It requested the task force to report.",
    )
    assert ("ccr/dec/12/1", "ccr/task-force-on-tide-gauges") in facts(text, "makesConstantElement")


# ---------------------------------------------------------------- considered at a session

@pytest.mark.parametrize("considered", [
    "was considered by the Second Committee at the eighty-fifth session of the General Assembly",
    "was considered at the eighty-fifth session of the General Assembly",
    "was examined during the eighty-fifth session of the General Assembly",
])
@pytest.mark.parametrize("between", ["", ", held in Bangkok from 3 to 7 March 2030,"])
def test_a_report_considered_at_a_session(considered: str, between: str) -> None:
    text = report(f"The report of the Commission on its eleventh session (E/CN.21/2030/9){between} {considered}.")
    assert ("E/CN.21/2030/9", "ga#85") in facts(text, "submittedTo")
