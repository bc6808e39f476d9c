"""A meeting's page copied from a browser: every paragraph, heading and list item on a line of its
own, no blank line between them (a browser never wraps what it copies). Each line is a block:
an agenda item's heading does not run into the paragraph below it, and the entries under
"Documentation" are a list of the documents before the session. The page's title names the body
and its session ("Commission on Coastal Resilience, thirteenth session") above the place and dates.
A page saved with blank lines between its paragraphs, whose lines wrap, keeps the ordinary
reading (wrapped lines joined)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

CHROME_TOP = "Skip to main content\nCCR\nHome / Meetings / Sessions\n"
CHROME_END = "Was this page helpful?\nYes\nNo\n© 2032 United Nations\nTerms of use | Privacy notice\n"


def page(title: str, place_dates: str, body: str) -> str:
    return CHROME_TOP + title + "\n" + place_dates + "\nDocument symbol: E/CN.21/2032/1\nShare:\n" + body + CHROME_END


AGENDA = (
    "Provisional agenda and annotations\n"
    "Item 3. Early warning for coastal communities\n"
    "By its resolution 2029/4 of 3 June 2029, the Economic and Social Council requested the Commission to review early warning systems.\n"
    "Documentation\n"
    "Report of the Secretary-General on early warning for coastal communities (E/CN.21/2032/2)\n"
    "Note by the Secretariat on coastal data (E/CN.21/2032/3)\n"
    "Item 4. Other matters\n"
    "The Commission may wish to consider other matters.\n"
    "Documentation\n"
    "None\n"
)

TITLES = [
    ("Commission on Coastal Resilience, thirteenth session", "Bonn, 8–12 March 2032", "Bonn", "2032-03-08/2032-03-12"),
    ("Commission on Coastal Resilience, 13th session", "Nairobi, 3–7 May 2032", "Nairobi", "2032-05-03/2032-05-07"),
    ("Commission on Coastal Resilience, thirteenth regular session", "Geneva, 12 – 16 April 2032", "Geneva", "2032-04-12/2032-04-16"),
]


@pytest.mark.parametrize("title, place_dates, town, dates", TITLES)
def test_the_page_title_names_the_session_and_where_and_when(title: str, place_dates: str, town: str, dates: str) -> None:
    text = page(title, place_dates, AGENDA)
    assert ("ccr#13", town) in facts(text, "heldIn")
    assert ("ccr#13", dates) in facts(text, "heldOn")


@pytest.mark.parametrize("title, place_dates, town, dates", TITLES)
def test_each_line_is_a_block(title: str, place_dates: str, town: str, dates: str) -> None:
    text = page(title, place_dates, AGENDA)
    # the item's heading does not run into the paragraph: "its" is the Council named after it
    assert ("ecosoc/res/2029/4", "ccr") in facts(text, "requests")
    assert not any(s.startswith("ccr/res/") for s, _ in facts(text, "mentions") | facts(text, "requests"))
    submitted = facts(text, "submittedTo")
    assert ("E/CN.21/2032/2", "ccr#13") in submitted
    assert ("E/CN.21/2032/3", "ccr#13") in submitted


def test_a_title_naming_no_known_body_is_no_session() -> None:
    text = page("Regional forum on coastal data, thirteenth session", "Bonn, 8–12 March 2032", AGENDA)
    assert not any(s.endswith("#13") for s, _ in facts(text, "heldIn"))


def test_a_page_with_blank_lines_between_paragraphs_joins_its_wrapped_lines() -> None:
    wrapped = (
        "Item 3. Early warning for coastal communities\n\n"
        "By its resolution 2029/4 of 3 June 2029, the Economic and\n"
        "Social Council requested the Commission to review early warning\nsystems.\n\n"
        "The Commission may wish to consider the matter.\n\n"
    )
    text = CHROME_TOP + "\nCommission on Coastal Resilience\n\n" + wrapped + CHROME_END
    assert ("ecosoc/res/2029/4", "ccr") in facts(text, "requests")


def test_a_text_that_is_no_page_joins_its_lines() -> None:
    # no page marks: lines without blank lines between them are one paragraph broken at a width
    text = (
        "Commission on Coastal Resilience\n\n"
        "1. By its resolution 2029/4 of 3 June 2029, the Economic and\n"
        "Social Council requested the Commission to review early warning\nsystems.\n"
    )
    assert ("ecosoc/res/2029/4", "ccr") in facts(text, "requests")
