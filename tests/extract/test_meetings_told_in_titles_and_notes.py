"""Meetings told where earlier rules did not read them (E284):

- "Report of the Special Political and Decolonization" / "Committee (Fourth Committee)": a Main
  Committee's report whose title a PDF's text export wraps over two lines still names the reporter,
  whose numbered meetings ("at its 8th and 9th meetings, on 14 and 15 October") are then its own
  (`meeting_reporters.meeting_reporter`);
- "The Fifth Committee will take up the reports at its 4th meeting, on 7 October 2037": a main
  committee (a body with a document series, "A/C.5", whose parent holds sessions) told with "its"
  and the day is that committee's meeting, planned or held (`resolve._dated_meeting_of_a_main_committee`);
  without the day (E189's near miss) or for a bureau (no document series) nothing;
- an e-mail's cover note telling a body's numbered gathering with its day or place ("at its 117th
  session, in New York from 9 to 11 September 2037") is read, the rest of the note stays furniture
  (`mail.cover_note_lines_read`)."""

from __future__ import annotations

from pathlib import Path

from .phrasing import extracted_with

DATA = Path(__file__).resolve().parents[1] / "data" / "letters_and_narratives_e189.ttl"
extracted = extracted_with(DATA)
FOURTH = "ga/fourth-committee"


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


_WRAPPED = (
    "United Nations A/88/402\nGeneral Assembly Distr.: General\n20 November 2033\nOriginal: English\n"
    "Eighty-eighth session\nAgenda item 51\nQuestions relating to information\n"
    "{title}\nRapporteur: Mr. A. Name (Chile)\nI. Introduction\n1. {s}\n"
)


def test_a_wrapped_title_names_the_reporter_of_its_meetings():
    for title in (
        "Report of the Special Political and Decolonization\nCommittee (Fourth Committee)",
        "Report of the Special Political and\nDecolonization Committee (Fourth Committee)",
    ):
        for sentence, expected in (
            (
                "The Fourth Committee held a general debate on the item at its 8th and 9th meetings, on 14 and 15 October 2033, "
                "and took action on it at its 14th meeting, on 24 October 2033.",
                {(f"{FOURTH}#8", "2033-10-14"), (f"{FOURTH}#9", "2033-10-15"), (f"{FOURTH}#14", "2033-10-24")},
            ),
            (
                "The Committee considered the item at its 3rd meeting, on 9 October 2033.",
                {(f"{FOURTH}#3", "2033-10-09")},
            ),
        ):
            text = _WRAPPED.format(title=title, s=sentence)
            assert facts(text, "heldOn") == expected, (title, sentence)


def test_a_wrapped_line_that_names_more_than_the_reporter_names_none():
    # near miss: the second line goes on past the body's name; the title is not "Report of the X"
    title = "Report of the Special Political and Decolonization\nCommittee (Fourth Committee) on its visiting mission"
    text = _WRAPPED.format(title=title, s="The Committee considered the item at its 3rd and 5th meetings.")
    assert not {s for s, _ in facts(text, "meetingOf") if s.startswith(FOURTH + "#")}


_NOTE = (
    "A/88/300\nGeneral Assembly\nDistr.: General\n3 August 2033\nEighty-eighth session\nItem 140\n\n"
    "Note by the Secretary-General\n\n1. {s}\n"
)


def test_a_main_committees_dated_meeting_told_by_its():
    for sentence, number, day in (
        ("The Fourth Committee will take up the reports at its 4th meeting, on 7 October 2033.", 4, "2033-10-07"),
        ("The Fourth Committee is expected to consider the item at its 12th meeting, on Monday, 21 October 2033.", 12, "2033-10-21"),
        ("The Fourth Committee considered the question at its 9th meeting, held on 15 October 2033.", 9, "2033-10-15"),
    ):
        text = _NOTE.format(s=sentence)
        assert (f"{FOURTH}#{number}", FOURTH) in facts(text, "meetingOf"), sentence
        assert (f"{FOURTH}#{number}", day) in facts(text, "heldOn"), sentence


def test_a_main_committees_meeting_without_its_day_stays_unread():
    for sentence in (
        # E189's convention: "its Nth meeting" with no day names no gathering of a body without a term
        "The Fourth Committee will take up the reports at its 4th meeting.",
        # the Assembly's plenary meeting is no committee's
        "The General Assembly considered the item at its 4th plenary meeting, on 7 October 2033.",
    ):
        text = _NOTE.format(s=sentence)
        assert not {s for s, _ in facts(text, "meetingOf") if s.startswith(FOURTH + "#")}, sentence


_MAIL = (
    "From:\tName, A.\nSent:\tMonday, 3 August 2033 09:14\nTo:\tExperts\nSubject:\tFW: A/88/300\n\n"
    "Dear colleagues,\n\nPlease see below the advance text.\n\n{note}\n\nBest regards,\nA.\n\n"
    "________________________________\nFrom: Documents <docs@example.org>\nSent: Friday, 31 July 2033 18:02\n"
    "Subject: A/88/300\n\nUnited Nations                                            A/88/300\n"
    "General Assembly                                Distr.: General\n                                                31 July 2033\n\n"
    "Eighty-eighth session\n\nNote by the Secretary-General\n\n1. The Secretary-General has the honour to transmit the report.\n"
)


def test_a_cover_notes_dated_gathering_is_read():
    note = "- The Fourth Committee will take up the reports at its 4th meeting, on 7 October 2033. The date may still move."
    found = facts(_MAIL.format(note=note), "heldOn")
    assert (f"{FOURTH}#4", "2033-10-07") in found
    # near miss: the rest of the cover note is furniture (a meeting with no day or place told)
    note = "- The Fourth Committee will take up the reports at its 4th meeting. I will circulate our position on 7 October 2033."
    assert not {s for s, _ in facts(_MAIL.format(note=note), "meetingOf") if s.startswith(FOURTH + "#")}


def test_a_cover_notes_gathering_with_a_partner_named_stays_unread():
    # near miss: "with the X at its Nth session": whose session it is, the note leaves open
    note = "- The Fourth Committee will discuss the reports with the Secretariat at its 4th meeting, on 7 October 2033."
    assert not {s for s, _ in facts(_MAIL.format(note=note), "meetingOf") if s.startswith(FOURTH + "#")}
