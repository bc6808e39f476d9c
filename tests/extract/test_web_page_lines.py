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


ITSELF = [
    ("Document symbol: E/CN.21/2032/1",
     "The present provisional agenda was approved by the Economic and Social Council in its decision 2030/237 of 24 July 2030 and has been prepared in accordance with that decision.",
     "E/CN.21/2032/1", "ecosoc/dec/2030/237"),
    ("Symbol: E/CN.21/2032/5",
     "The present annotated provisional agenda has been prepared in accordance with Economic and Social Council decision 2029/211.",
     "E/CN.21/2032/5", "ecosoc/dec/2029/211"),
]


@pytest.mark.parametrize("field, sentence, symbol, instrument", ITSELF)
def test_the_pages_symbol_field_names_the_document_and_its_mandate(field: str, sentence: str, symbol: str, instrument: str) -> None:
    text = CHROME_TOP + "Commission on Coastal Resilience, thirteenth session\nBonn, 8–12 March 2032\n" + field + "\nShare:\n" + sentence + "\n" + AGENDA + CHROME_END
    assert (symbol, instrument) in facts(text, "pursuantTo")


def test_an_agenda_that_is_not_the_present_one_has_no_mandate_of_the_document() -> None:
    text = page(
        "Commission on Coastal Resilience, thirteenth session", "Bonn, 8–12 March 2032",
        "The provisional agenda of the twelfth session was approved by the Council in its decision 2029/211.\n" + AGENDA,
    )
    assert not any(o == "ecosoc/dec/2029/211" for _, o in facts(text, "pursuantTo"))
