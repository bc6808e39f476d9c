"""E189: sessions and meetings named again, in a body's report on several sessions and elsewhere.

- "All three sessions were held at …", "Both sessions were convened in accordance with …": a count
  and the gathering word in the plural name again the gatherings of that word the last sentence
  naming any named, when it named that many; what the sentence says of them is said of each.
- "The agendas of the 126th and 127th sessions … are contained in documents A and B, respectively":
  each document was before its session, paired in order.
- "The 126th session was held from …" in a report whose title page numbers the body's sessions in
  figures: a session in figures is no sitting; the one series the masthead numbers near it is its own.
- "the thirty-third meeting of States parties to the Convention", where another treaty's meeting of
  States parties is called "Meeting of States Parties" and holds sessions: the meeting of the group.
- "the Assembly encouraged the Committee to …, and requested the Secretary-General to report … at its
  ninetieth session": "its" is the Assembly's (the subject of both verbs), not the first addressee's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with, in_note_under_no_item, in_sg_report

extracted = extracted_with(Path(__file__).resolve().parents[1] / "data" / "sessions_named_again_e189.ttl")

# the report of the invented Commission on two sessions numbered in figures, its title page first
REPORT = (
    "E/2034/28\n\nCommission on Coastal Resilience\n\nReport on the 126th and 127th sessions\n\n"
    "126th session (17 November–5 December 2033)\n127th session (6–24 April 2034)\n\n"
)


def _report(*paragraphs: str) -> str:
    return REPORT + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


# ---------------------------------------------------------------- counted back-references


@pytest.mark.parametrize(
    ("paragraphs", "relation", "expected"),
    [
        (("The 126th session was held from 17 November to 5 December 2033 and the 127th session from 6 to 24 April 2034. "
          "Both sessions were held at the United Nations Office at Nairobi.",),
         "heldIn", {("ccr#126", "Nairobi"), ("ccr#127", "Nairobi")}),
        # the next paragraph names them again
        (("The 126th session was held from 17 November to 5 December 2033 and the 127th session from 6 to 24 April 2034.",
          "Both of the sessions were convened in accordance with General Assembly resolution 87/176 of 14 December 2032."),
         "pursuantTo", {("ccr#126", "ga/res/87/176"), ("ccr#127", "ga/res/87/176")}),
        (("The Commission held its 126th and 127th sessions in the period under review. The two sessions took place in Geneva.",),
         "heldIn", {("ccr#126", "Geneva"), ("ccr#127", "Geneva")}),
        # near miss: a count that is not the number named
        (("The 126th session was held from 17 November to 5 December 2033 and the 127th session from 6 to 24 April 2034. "
          "All three sessions were held at the United Nations Office at Nairobi.",),
         "heldIn", set()),
        # near miss: no count
        (("The 126th session was held from 17 November to 5 December 2033 and the 127th session from 6 to 24 April 2034. "
          "The sessions were held at the United Nations Office at Nairobi.",),
         "heldIn", set()),
        # near miss: the words name the body of their own
        (("The 126th session was held from 17 November to 5 December 2033 and the 127th session from 6 to 24 April 2034. "
          "The two sessions of the Committee on Coastal Data were held in Nairobi.",),
         "heldIn", set()),
    ],
)
def test_sessions_named_again_by_their_count(paragraphs, relation, expected):
    assert _of(_report(*paragraphs), relation) == expected


def test_meetings_named_again_in_a_secretary_generals_report():
    sentence = (
        "The Human Rights Council held its fifty-eighth session from 24 February to 4 April 2025 and its fifty-ninth session "
        "from 16 June to 9 July 2025. Both sessions were held at the United Nations Office at Geneva."
    )
    assert in_sg_report(sentence, "heldIn") == {("hrc#58", "Geneva"), ("hrc#59", "Geneva")}


# ---------------------------------------------------------------- agendas in documents


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The agendas of the 126th and 127th sessions, as adopted by the Commission, are contained in documents "
         "E/CN.21/2033/1 and E/CN.21/2034/1, respectively.",
         {("E/CN.21/2033/1", "ccr#126"), ("E/CN.21/2034/1", "ccr#127")}),
        ("The provisional agenda for the 127th session was issued as document E/CN.21/2034/1.", {("E/CN.21/2034/1", "ccr#127")}),
        # near miss: two documents for one session (which is which, the words do not say)
        ("The agenda of the 127th session is contained in documents E/CN.21/2034/1 and E/CN.21/2034/1/Add.1.", set()),
        # near miss: the documents of the sentence's other clause
        ("The agenda of the 127th session was adopted, and the Commission had regard to the note by the Secretariat "
         "(E/CN.21/2034/3).", set()),
    ],
)
def test_agendas_of_named_sessions_in_documents(paragraph, expected):
    submitted = {(s, o) for s, o in _of(_report(paragraph), "submittedTo") if not s.startswith("E/2034")}
    assert submitted == expected


# ---------------------------------------------------------------- sessions in figures


def test_a_session_in_figures_is_the_mastheads_body_s():
    text = _report("The 126th session was held from 17 November to 5 December 2033.",
                   "The Commission asked the Bureau to report at the 129th session.")
    assert ("ccr#126", "2033-11-17/2033-12-05") in _of(text, "heldOn")
    assert ("ccr#129", "ccr") in _of(text, "meetingOf")


def test_a_session_in_figures_with_no_such_masthead_stays_unread():
    text = in_note_under_no_item("The 126th session was held from 17 November to 5 December 2033.")
    assert not {s for s, _ in _of(text, "heldOn")} & {"ccr#126"}


def test_a_session_in_figures_beside_another_body_that_holds_sessions_is_not_the_mastheads():
    text = _report("The Commission noted that the Committee on Coastal Data would meet at the 128th session.")
    assert ("ccr#128", "ccr") not in _of(text, "meetingOf")


# ---------------------------------------------------------------- meetings of States parties


_TREATY_REPORT = (
    "CRCP/C/2034/2\n\nCommittee on the Rights of Coastal Peoples\n\nReport of the Committee\n\n"
    "1. There were 120 States parties to the International Convention on the Rights of Coastal Peoples. The Committee "
    "cooperates with the International Reef Organization.\n\n2. {s}\n"
)


def test_the_meeting_of_states_parties_is_the_groups_not_another_treatys_meeting_of_states_parties():
    text = _TREATY_REPORT.format(s="At the thirty-third meeting of States parties to the Convention, held at United Nations "
                                   "Headquarters on 21 June 2034, nine members of the Committee were elected.")
    assert _of(text, "meetingOf") >= {("crcp-states-parties-meeting#33", "crcp-states-parties-meeting")}
    assert ("crcp-states-parties-meeting#33", "2034-06-21") in _of(text, "heldOn")
    assert not any(s.startswith("reef-organization") for s, _ in _of(text, "meetingOf"))


def test_the_other_treatys_meeting_named_in_full_stays_its_own():
    text = _TREATY_REPORT.format(s="The fourth session of the Meeting of States Parties to the Convention on the Protection of "
                                   "Coral Reefs was held in Nairobi.")
    assert ("reef-organization/msp#4", "Nairobi") in _of(text, "heldIn")


# ---------------------------------------------------------------- "its" after a coordinated verb


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In its resolution 88/171 of 19 December 2033, the General Assembly encouraged the Human Rights Council to align its "
         "working methods and requested the Secretary-General to report on the resources at its ninetieth session.", "ga#90"),
        ("In its resolution 88/171, the General Assembly invited the Human Rights Council to continue its work, and also "
         "requested the Secretary-General to report thereon at its ninetieth session.", "ga#90"),
        # near miss: the addressee of the clause itself holds sessions
        ("In its resolution 88/171, the General Assembly invited the Human Rights Council to consider the matter at its "
         "sixtieth session.", "hrc#60"),
    ],
)
def test_its_after_a_coordinated_mandate_verb_is_the_subjects(sentence, expected):
    gatherings = {s for s, _ in in_sg_report(sentence, "meetingOf")} - {"ga#79"}
    assert gatherings == {expected}
