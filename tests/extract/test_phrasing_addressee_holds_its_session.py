"""A request's addressee is the subject of the infinitive that follows it, so the "its" of that
clause is the addressee's: "Requests the Committee to review the progress of the Working Group
at its 14th session" is the Committee's fourteenth session, not the group's (a complement after
"of"); "calls upon the Working Group to report ... at its 9th meeting", "... before the end of
its 15th session" likewise. A body named as the recipient ("to report to the Committee at its
14th session") keeps the gathering, and "the report of the Working Group on its 9th meeting" is
the group's own meeting, reported on. The sentence's subject wins over such a complement too: "The Committee
will consider the report of the Working Group at its 14th session" (not after "adopted at its").
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution

ADDRESSEE_HOLDS_IT = [
    ("3. Requests the Committee on Coastal Data to review the progress of the Working Group on Early Warning Systems at its 14th session;",
     "ccr/committee-on-data#14", "ccr/wg-early-warning#14"),
    ("3. Calls upon the Working Group on Early Warning Systems to report on the pilot projects of the Bureau at its 9th meeting;",
     "ccr/wg-early-warning#9", "ccr/bureau#9"),
    ("3. Takes note of the guidance, and invites the Committee on Coastal Data to present the findings of the Working Group on Early Warning Systems before the end of its 15th session;",
     "ccr/committee-on-data#15", "ccr/wg-early-warning#15"),
    ("3. Requests the Committee on Coastal Data to consider the proposals of the Working Group on Early Warning Systems at its fourteenth session;",
     "ccr/committee-on-data#14", "ccr/wg-early-warning#14"),
    ("3. Requests the Committee on Coastal Data to review the progress of the Working Group on Early Warning Systems at its 14th and 15th sessions;",
     "ccr/committee-on-data#15", "ccr/wg-early-warning#15"),
]


@pytest.mark.parametrize("paragraph, held, not_held", ADDRESSEE_HOLDS_IT)
def test_the_addressee_holds_the_gathering_of_its_clause(paragraph: str, held: str, not_held: str) -> None:
    gatherings = {s for s, _ in facts(in_resolution(paragraph), "meetingOf")}
    assert held in gatherings
    assert not_held not in gatherings


OTHERS_HOLD_IT = [
    # the recipient named right before "at its"
    ("3. Requests the Executive Secretary to report to the Committee on Coastal Data at its 14th session;",
     "ccr/committee-on-data#14", "ccr/executive-secretary#14"),
    # the group's own meeting, reported on ("on its"): never the addressee's
    ("3. Requests the Committee on Coastal Data to take note of the report of the Working Group on Early Warning Systems on its 9th meeting;",
     None, "ccr/committee-on-data#9"),
    # the request's clause has ended before "its"
    ("3. Requests the Committee on Coastal Data to submit its findings; notes the progress made by the Working Group on Early Warning Systems at its 9th meeting;",
     "ccr/wg-early-warning#9", "ccr/committee-on-data#9"),
    # a sentence without a request: the body named before "at its"
    ("3. Notes the progress made by the Working Group on Early Warning Systems at its 9th meeting;",
     "ccr/wg-early-warning#9", "ccr/committee-on-data#9"),
]


@pytest.mark.parametrize("paragraph, held, not_held", OTHERS_HOLD_IT)
def test_a_recipient_or_a_report_keeps_its_own_gathering(paragraph: str, held: str | None, not_held: str) -> None:
    gatherings = {s for s, _ in facts(in_resolution(paragraph), "meetingOf")}
    if held is not None:
        assert held in gatherings
    assert not_held not in gatherings


# The sentence's subject over a complement after "of": "The Committee will consider the report of
# the Working Group at its 14th session" is the Committee's session (a report of the group's own
# session is said "on its"); a participle on a cited instrument ("adopted at its") stays its issuer's.
SUBJECT_HOLDS_IT = [
    ("The Committee on Coastal Data will consider the report of the Working Group on Early Warning Systems at its 14th session.",
     "ccr/committee-on-data#14", "ccr/wg-early-warning#14"),
    ("The Committee on Coastal Data will take up the proposals of the Working Group on Early Warning Systems during its fifteenth session.",
     "ccr/committee-on-data#15", "ccr/wg-early-warning#15"),
]


@pytest.mark.parametrize("sentence, held, not_held", SUBJECT_HOLDS_IT)
def test_the_subject_holds_the_gathering_over_a_complement(sentence: str, held: str, not_held: str) -> None:
    gatherings = {s for s, _ in facts(in_note(sentence), "meetingOf")}
    assert held in gatherings
    assert not_held not in gatherings


def test_a_report_on_the_groups_own_meeting_is_not_the_subjects() -> None:
    sentence = "The Committee on Coastal Data will consider the report of the Working Group on Early Warning Systems on its 9th meeting."
    assert "ccr/committee-on-data#9" not in {s for s, _ in facts(in_note(sentence), "meetingOf")}
