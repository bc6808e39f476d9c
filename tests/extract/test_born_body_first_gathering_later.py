"""A body an instrument creates, whose first session or meeting a later paragraph of the same
instrument sets: "2. Decides to establish an intergovernmental committee on ocean data, ...;"
then "3. Also decides that the committee on ocean data shall hold its first session in Suva on 4
and 5 May 2031". The session is the new body's (a committee need not meet, so the text says
what it holds), not the Commission's.

Invented texts on the phrasing body; negatives: a first session of the Commission itself, and a
committee said to hold nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

NEW = "ccr/committee-on-ocean-data"
ESTABLISH = "1. Decides to establish an intergovernmental committee on ocean data, composed of representatives of all member States, as a subsidiary body of the Commission;"

LATER = [
    ("2. Also decides that the committee on ocean data shall hold its first session in Suva on 4 and 5 May 2031;", "session", "2031-05-04/2031-05-05"),
    ("2. Further decides that the committee shall hold its first session in Suva from 4 to 6 May 2031;", "session", "2031-05-04/2031-05-06"),
    ("2. Decides that the Committee on Ocean Data will hold its first meeting in Suva on 4 May 2031;", "meeting", "2031-05-04"),
    ("2. Requests the Executive Secretary to report;\n\n3. Also decides that the committee on ocean data shall hold its first session in Suva on 4 and 5 May 2031, and shall meet every two years thereafter;", "session", "2031-05-04/2031-05-05"),
]


@pytest.mark.parametrize("later, word, when", LATER)
def test_the_first_gathering_set_in_a_later_paragraph(later: str, word: str, when: str) -> None:
    text = in_resolution(ESTABLISH, later)
    assert (RESOLUTION, NEW) in facts(text, "establishes")
    assert (f"{NEW}#1", NEW) in facts(text, "meetingOf")
    assert (f"{NEW}#1", when) in facts(text, "heldOn")
    assert (f"{NEW}#1", "Suva") in facts(text, "heldIn")
    assert ("ccr#1", "Suva") not in facts(text, "heldIn")


def test_a_committee_said_to_hold_nothing() -> None:
    text = in_resolution(ESTABLISH, "2. Requests the committee on ocean data to report to the Commission;")
    assert not any(g.startswith(f"{NEW}#") for g, _ in facts(text, "meetingOf"))
