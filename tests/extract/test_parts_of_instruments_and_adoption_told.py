"""How a note recounts instruments, with the parts it cites and the adoption it tells:

- "submitted pursuant to section B, paragraph 4, of General Assembly resolution 85/12": the
  part of the instrument set off by commas still names the mandate;
- "In section C, paragraph 3, of the same resolution, the Commission further decided that ...":
  the earlier instrument speaks, as with "In paragraph 3 of the same resolution";
- "the note (X), submitted pursuant to decision 9/2, and the report of ... (Y)": the participle
  after X's symbol gives X alone its mandate;
- "Resolution 11/4, adopted by the Commission at its eleventh session on 14 March 2030": the day
  is the resolution's adoption, not the session's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note

NOTE_PURPOSE = "The present note is submitted pursuant to {part} of Commission resolution 11/4, in which the Commission requested the secretariat to report."


@pytest.mark.parametrize("part", ["section B, paragraph 4,", "part II, paragraph 12,", "section A, paragraph 3 (b),", "paragraph 4"])
def test_mandate_in_a_part_of_an_instrument(part: str) -> None:
    assert (NOTE_SYMBOL, "ccr/res/11/4") in facts(in_note(NOTE_PURPOSE.format(part=part)), "pursuantTo")


RECOUNTED = (
    "By its resolution 11/3, adopted on 12 March 2030, the Commission had decided to establish a tripartite "
    "working group on tide gauges. {part} of the same resolution, the Commission further decided that the "
    "tripartite working group would remain a standing mechanism of the Commission, and in paragraph 7 it asked "
    "the Bureau to keep the Committee on Coastal Data informed."
)


@pytest.mark.parametrize("part", ["In section C, paragraph 3,", "In part II, paragraph 5,", "In paragraph 3"])
def test_a_part_of_the_same_resolution_speaks(part: str) -> None:
    text = in_note(RECOUNTED.format(part=part))
    assert ("ccr/res/11/3", "ccr/working-group-on-tide-gauges") in facts(text, "makesConstantElement")
    assert ("ccr/res/11/3", "ccr/bureau") in facts(text, "requests")


@pytest.mark.parametrize("participle", ["submitted pursuant to", "prepared in accordance with", "issued pursuant to"])
def test_participle_after_a_symbol_is_that_documents_mandate(participle: str) -> None:
    text = in_note(
        "The Commission had before it the note by the Secretariat on tide gauges (E/CN.21/2032/2), "
        f"{participle} resolution 11/2, and the report of the Committee on Coastal Data on its fifth session "
        "(E/CN.21/2032/5)."
    )
    mandates = facts(text, "pursuantTo")
    assert ("E/CN.21/2032/2", "ccr/res/11/2") in mandates
    assert ("E/CN.21/2032/5", "ccr/res/11/2") not in mandates


@pytest.mark.parametrize(("sentence", "day"), [
    ("Resolution 11/4, adopted by the Commission at its eleventh session on 14 March 2030, recalls resolution 9/4.", "2030-03-14"),
    ("Resolution 10/2, adopted by the Commission on Coastal Resilience at its tenth session on 2 April 2029, recalls resolution 9/4.", "2029-04-02"),
    ("Resolution 11/4, adopted by the Commission during its eleventh session on 15 March 2030, recalls resolution 9/4.", "2030-03-15"),
])
def test_adopted_by_a_body_at_its_session_on_a_day(sentence: str, day: str) -> None:
    text = in_note(sentence)
    instrument = "ccr/res/" + sentence.split()[1].rstrip(",")
    session = "ccr#" + instrument.split("/")[2]
    assert (instrument, day) in facts(text, "adoptedOn")
    assert (instrument, session) in facts(text, "adoptedAt")
    assert not any(s == session for s, _ in facts(text, "heldOn"))


def test_adopted_by_a_body_on_a_day() -> None:
    text = in_note("Resolution 11/4, adopted by the Commission on 14 March 2030, recalls resolution 9/4.")
    assert ("ccr/res/11/4", "2030-03-14") in facts(text, "adoptedOn")
