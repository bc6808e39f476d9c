"""A meeting of the Parties numbers its decisions with its meeting in Roman numerals ("Decision
IV/2", "its decisions II/3 and III/1", "decisions III/1 to III/3"): read by default, without a
numbering convention in the reference data, as the meeting's ordinal (key ".../dec/4/2"), as the
gold and a convention's template read them. A lower-case numeral or a malformed one is no session."""

from __future__ import annotations

import pytest

from tests.extract.test_phrasing_bodies_named_otherwise import facts

MASTHEAD = (
    "United Nations CW/MOP.4/10\n\nDistr.: General\n30 June 2031\n\nOriginal: English\n\n"
    "Meeting of the Parties to the Convention on Coastal Wetlands\nFourth meeting\nGeneva, 21–23 June 2031\n\n"
    "Report of the Meeting of the Parties on its fourth meeting\n\n"
)


def decision(*paragraphs: str) -> str:
    return MASTHEAD + "Decision IV/2\n\nCompliance\n\nThe Meeting of the Parties,\n\n" + "\n\n".join(paragraphs) + "\n"


def test_the_heading_opens_the_decision() -> None:
    text = decision("1. Requests the Implementation Committee to report to the Meeting of the Parties at its fifth meeting;")
    assert ("cw-mop/dec/4/2", "cw-mop/implementation-committee") in facts(text, "requests")
    assert ("cw-mop/dec/4/2", "CW/MOP.4/10") in facts(text, "containedIn")
    assert ("cw-mop/dec/4/2", "Compliance") in facts(text, "title")


@pytest.mark.parametrize("paragraph, cited", [
    ("Recalling its decisions II/3 and III/1,", {"cw-mop/dec/2/3", "cw-mop/dec/3/1"}),
    ("Recalling its decisions III/1 to III/3,", {"cw-mop/dec/3/1", "cw-mop/dec/3/2", "cw-mop/dec/3/3"}),
    ("Recalling its decision XIV/12,", {"cw-mop/dec/14/12"}),
])
def test_cited(paragraph: str, cited: set[str]) -> None:
    assert cited <= {o for s, o in facts(decision(paragraph, "1. Requests the secretariat to report;"), "cites") if s == "cw-mop/dec/4/2"}


@pytest.mark.parametrize("paragraph", [
    "Recalling its decision iv/2,",  # lower case: a label, not a numeral
    "Recalling its decision IIII/2,",  # not a well-formed numeral
])
def test_no_roman_session(paragraph: str) -> None:
    cited = {o for s, o in facts(decision(paragraph, "1. Requests the secretariat to report;"), "cites") if s == "cw-mop/dec/4/2"}
    assert not cited
