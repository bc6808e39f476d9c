"""A note on an instrument's adoption printed in brackets on the line under its title, with no
blank line between: "(Adopted at the 8th meeting, on 14 March 2031)". It is a note of its own,
not the title's last words, and dates the adoption. A bracket that continues a sentence cut short
("the reports on those meetings" / "(E/CN.21/2031/4) will be made available ...") still joins."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, SESSION_REPORT, facts

TITLE = "Strengthening early warning for coastal communities"
HEAD = SESSION_REPORT.split("Resolution 12/1")[0] + "Resolution 12/1\n\n"
BODY = "\n\nThe Commission on Coastal Resilience,\n\n1. Requests the Executive Secretary to report.\n"

NOTES = [
    ("(Adopted at the 8th meeting, on 14 March 2031)", "2031-03-14"),
    ("(Adopted at the 8th plenary meeting, on 13 March 2031)", "2031-03-13"),
    ("(Adopted on 12 March 2031)", "2031-03-12"),
    ("(Adopted without a vote at the 6th meeting, on 11 March 2031)", "2031-03-11"),
]


@pytest.mark.parametrize("note, day", NOTES)
def test_the_note_is_no_part_of_the_title(note: str, day: str) -> None:
    text = HEAD + TITLE + "\n" + note + BODY
    assert facts(text, "title") >= {(RESOLUTION, TITLE)}
    assert not any("Adopted" in o for _, o in facts(text, "title"))
    assert (RESOLUTION, day) in facts(text, "adoptedOn")


def test_a_bracket_continuing_a_sentence_still_joins() -> None:
    text = (
        "United Nations E/CN.21/2032/4\n\nEconomic and Social Council\n\nCommission on Coastal Resilience\n\n"
        "Thirteenth session\n\nNew York, 8–12 March 2032\n\n"
        "1. The Working Group on Early Warning Systems met twice in 2031. The reports on those meetings\n"
        "(E/CN.21/2031/4) will be made available to the Commission at its thirteenth session.\n"
    )
    assert ("E/CN.21/2031/4", "ccr#13") in facts(text, "submittedTo")
