"""A session report's own chapters: "Action taken by the Commission" ("At its 5th meeting, on 13
March, the Commission adopted draft resolution E/CN.x/L.3 ... (for the text, see chap. I, sect. B,
resolution 12/1)" — the year left out, being the session's), "Organization of the session"
("The Commission held its twelfth session at ... from ... to ...", "The Commission had before it
the following documents:" then symbol–title lines), "Adoption of the report"."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, SESSION_REPORT, facts

# The report on the twelfth session (10–14 March 2031), chapter I holding resolution 12/1.
REPORT = SESSION_REPORT + "1. Requests the Executive Secretary to report on the matter.\n\n"


def chapter(*paragraphs: str) -> str:
    return REPORT + "\n\n".join(paragraphs) + "\n"


ACTION = [
    "At its 5th meeting, on 13 March, the Commission adopted draft resolution E/CN.21/2031/L.3, entitled “Strengthening early warning for coastal communities” (for the text, see chap. I, sect. B, resolution 12/1).",
    "At its 5th meeting, on 13 March, the Commission adopted draft resolution E/CN.21/2031/L.3 (for the text, see chap. I, sect. B, resolution 12/1).",
    "At its 5th meeting, on 13 March 2031, the Commission adopted draft resolution E/CN.21/2031/L.3 (see chap. I, sect. B, resolution 12/1).",
]


@pytest.mark.parametrize("paragraph", ACTION)
def test_action_taken(paragraph: str) -> None:
    text = chapter("Chapter III\n\nEarly warning\n\nAction taken by the Commission", "6. " + paragraph)
    assert (RESOLUTION, "2031-03-13") in facts(text, "adoptedOn")


@pytest.mark.parametrize("day", [
    "20 March",  # after the session (10–14 March 2031): not one of its meetings' days
    "31 February",  # no such day
])
def test_a_day_outside_the_session_is_no_adoption_date(day: str) -> None:
    paragraph = f"6. At its 5th meeting, on {day}, the Commission adopted draft resolution E/CN.21/2031/L.3 (for the text, see chap. I, sect. B, resolution 12/1)."
    text = chapter("Chapter III\n\nEarly warning\n\nAction taken by the Commission", paragraph)
    assert not {d for i, d in facts(text, "adoptedOn") if i == RESOLUTION}


def test_a_day_without_year_in_a_report_whose_session_has_no_dates() -> None:
    undated = REPORT.replace("Report on the twelfth session (10–14 March 2031)", "Report on the twelfth session")
    text = undated + "Action taken by the Commission\n\n6. At its 5th meeting, on 13 March, the Commission adopted draft resolution E/CN.21/2031/L.3 (for the text, see chap. I, sect. B, resolution 12/1).\n"
    assert not {d for i, d in facts(text, "adoptedOn") if i == RESOLUTION}


ORGANIZATION = [
    ("The Commission held its twelfth session at the United Nations Office at Geneva from 10 to 14 March 2031.", "heldIn", "Geneva"),
    ("The Commission held its twelfth session at United Nations Headquarters in New York from 10 to 14 March 2031.", "heldIn", "New York"),
    ("The Commission held its twelfth session in Nairobi from 10 to 14 March 2031, and held 8 meetings.", "heldOn", "2031-03-10/2031-03-14"),
]


@pytest.mark.parametrize("sentence, relation, obj", ORGANIZATION)
def test_opening_and_duration(sentence: str, relation: str, obj: str) -> None:
    text = chapter("Chapter IV\n\nOrganization of the session\n\nA. Opening and duration of the session", "10. " + sentence)
    assert ("ccr#12", obj) in facts(text, relation)


DOCUMENTATION = [
    # lettered entries, one with the mandate it was submitted under after its symbol
    "(a) Report of the Executive Secretary on early warning (E/CN.21/2031/2), submitted pursuant to Commission resolution 11/2;\n\n(b) Report of the Executive Secretary on coastal data (E/CN.21/2031/3);",
    "(a) Report of the Executive Secretary on early warning (E/CN.21/2031/2);\n(b) Note by the Secretariat transmitting the report of the Committee on Coastal Data entitled \"Coastal data and statistics\" (E/CN.21/2031/3).",
    "E/CN.21/2031/2 Report of the Executive Secretary on early warning\n\nE/CN.21/2031/3 Coastal data and statistics",
    "E/CN.21/2031/2\tReport of the Executive Secretary on early warning\n\nE/CN.21/2031/3\tCoastal data and statistics",
    "E/CN.21/2031/2: Report of the Executive Secretary on early warning\n\nE/CN.21/2031/3: Coastal data and statistics",
]


@pytest.mark.parametrize("lines", DOCUMENTATION)
def test_the_documents_before_the_session(lines: str) -> None:
    text = chapter(
        "Chapter IV\n\nOrganization of the session\n\nE. Documentation",
        "14. The Commission had before it the following documents:", lines,
    )
    submitted = facts(text, "submittedTo")
    assert {("E/CN.21/2031/2", "ccr#12"), ("E/CN.21/2031/3", "ccr#12")} <= submitted


def test_the_documents_before_the_session_for_one_item() -> None:
    text = chapter(
        "Chapter IV\n\nOrganization of the session\n\nE. Documentation",
        "14. For its consideration of item 3, the Commission had before it the following documents:",
        DOCUMENTATION[0],
    )
    assert {("E/CN.21/2031/2", "ccr#12"), ("E/CN.21/2031/3", "ccr#12")} <= facts(text, "submittedTo")
    pursuant = facts(text, "pursuantTo")
    assert ("E/CN.21/2031/2", "ccr/res/11/2") in pursuant
    assert ("E/CN.21/2031/3", "ccr/res/11/2") not in pursuant


def test_adoption_of_the_report() -> None:
    text = chapter(
        "Chapter VI\n\nAdoption of the report of the Commission on its twelfth session",
        "20. At its 8th meeting, on 14 March, the Commission adopted the draft report on its twelfth session (E/CN.21/2031/L.1).",
    )
    assert ("E/CN.21/2031/L.1", "ccr#12") in facts(text, "reportOf")


def test_a_report_taken_note_of_at_a_meeting_is_no_report_on_the_session() -> None:
    text = chapter(
        "Chapter III\n\nEarly warning\n\nAction taken by the Commission",
        "6. At its 5th meeting, on 13 March, the Commission took note of the report of the Executive Secretary on early warning (E/CN.21/2031/2).",
    )
    assert ("E/CN.21/2031/2", "ccr#12") not in facts(text, "reportOf")
