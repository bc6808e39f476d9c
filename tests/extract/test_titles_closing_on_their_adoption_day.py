"""An instrument's title line that closes on the day it was adopted, in brackets ("Tide gauges in
small islands (adopted on 14 March 2031)", wrapped or not), or that carries a footnote mark whose
note at the page's foot says the day ("...coastal communities2" / "2 Adopted at the 4th meeting, on
12 March 2031."): the title without the bracket or the mark, and the day as the adoption's. In a
text broken at a fixed width (pdftotext), the body's name that opens the instrument's text ("The
Commission on Coastal Resilience,") is a paragraph of its own, however full the title line above
it. Rules from the spent held-out set x65-x69 (E56)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

HEAD = (
    "United Nations                                                        E/2031/31-E/CN.21/2031/9\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n20 March 2031\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n"
    "Report on the twelfth session\n"
    "(10–14 March 2031)\n\n"
    "Chapter I\n"
    "Matters calling for action by the Economic and Social Council or brought to its attention\n"
    "1. The twelfth session of the Commission on Coastal Resilience was held in Nairobi from 10 to\n"
    "14 March 2031. At that session, the Commission adopted the decisions set out below, which are\n"
    "brought to the attention of the Council and which the Council may wish to take into account.\n"
)
OPENING = "The Commission on Coastal Resilience,\n"
TEXT = (
    "Recalling its resolution 10/2 of 4 March 2029 on early warning for coastal communities and on\n"
    "the data that national authorities collect on storm surges and coastal erosion in the region,\n"
    "1. Requests the Executive Secretary to report on the matter to the Commission at its next\n"
    "session, in consultation with the Bureau and with the members of the Working Group;\n"
)


def report(*decisions: str, foot: str = "") -> str:
    return HEAD + "".join(decisions) + foot


@pytest.mark.parametrize(("title_lines", "title", "day"), [
    ("Tide gauges in small islands (adopted on 14 March 2031)\n", "Tide gauges in small islands", "2031-03-14"),
    ("Sharing of storm surge records between neighbouring coastal States (adopted on\n13 March 2031)\n",
     "Sharing of storm surge records between neighbouring coastal States", "2031-03-13"),
    # a title long enough to fill its line: the line below it still opens the text
    ("Early warning for coastal communities and the role of regional centres (adopted on 12 March 2031)\n",
     "Early warning for coastal communities and the role of regional centres", "2031-03-12"),
])
def test_the_bracketed_day_is_the_adoptions_and_no_part_of_the_title(title_lines: str, title: str, day: str) -> None:
    text = report("Decision 12/1\n" + title_lines + OPENING + TEXT)
    assert ("ccr/dec/12/1", title) in facts(text, "title")
    assert ("ccr/dec/12/1", day) in facts(text, "adoptedOn")


def test_a_footnote_mark_on_the_title_points_to_the_adoption_note() -> None:
    text = report(
        "Decision 12/2\nStorm surge data for coastal communities2\n" + OPENING + TEXT,
        foot="\n2   Adopted at the 4th meeting, on 12 March 2031.\n",
    )
    assert ("ccr/dec/12/2", "Storm surge data for coastal communities") in facts(text, "title")
    assert ("ccr/dec/12/2", "2031-03-12") in facts(text, "adoptedOn")


def test_a_mark_with_no_adoption_note_gives_no_day() -> None:
    text = report(
        "Decision 12/2\nStorm surge data for coastal communities2\n" + OPENING + TEXT,
        foot="\n2   See the report of the Bureau on its work in 2030.\n",
    )
    assert not {d for i, d in facts(text, "adoptedOn") if i == "ccr/dec/12/2"}


def test_a_title_without_a_bracket_stays_whole() -> None:
    text = report("Decision 12/1\nTide gauges in small islands (phase two)\n" + OPENING + TEXT)
    assert ("ccr/dec/12/1", "Tide gauges in small islands (phase two)") in facts(text, "title")
