"""The session a masthead names is the one a document is submitted to when the document is an
officer's report ("Report of the Secretary-General", "Report of the United Nations High
Commissioner for Human Rights", "Report of the Executive Director") or an annotated provisional
agenda ("Provisional annotated agenda" too), or when the masthead files it under an item of that
session's agenda ("Item 3 of the provisional agenda": a note, an addendum; E65). A resolution or
a body's report on its own session is only prepared for it, and so is a note the masthead files
under no item; a document known by no symbol is not said to be submitted."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

MASTHEAD = (
    "United Nations {symbol}\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\n"
    "Item 3 of the provisional agenda\n\nEarly warning for coastal communities\n\n{title}\n\n"
    "1. The present document covers early warning for coastal communities.\n"
)


@pytest.mark.parametrize("title", [
    "Report of the Secretary-General",
    "Report of the United Nations High Commissioner for Human Rights",
    "Report of the Executive Secretary",
    "Annotated provisional agenda",
    "PROVISIONAL ANNOTATED AGENDA",
])
def test_submitted_to_the_masthead_session(title: str) -> None:
    text = MASTHEAD.format(symbol="E/CN.21/2032/4", title=title)
    assert ("E/CN.21/2032/4", "ccr#13") in facts(text, "submittedTo")


@pytest.mark.parametrize("title", [
    "Note by the Secretariat",
    "Report of the Secretary-General on early warning: addendum prepared by the Bureau for the Commission",
])
def test_filed_under_an_item_of_the_session(title: str) -> None:
    text = MASTHEAD.format(symbol="E/CN.21/2032/4", title=title)
    assert ("E/CN.21/2032/4", "ccr#13") in facts(text, "submittedTo")


@pytest.mark.parametrize("title, item", [
    ("Report of the Commission on Coastal Resilience on its twelfth session", "Item 3 of the provisional agenda\n\n"),
    ("Note by the Secretariat", ""),
    ("Report of the Secretary-General on early warning: addendum prepared by the Bureau for the Commission", ""),
])
def test_only_prepared_for_it(title: str, item: str) -> None:
    text = MASTHEAD.format(symbol="E/CN.21/2032/4", title=title).replace("Item 3 of the provisional agenda\n\n", item)
    assert ("E/CN.21/2032/4", "ccr#13") not in facts(text, "submittedTo")


def test_no_symbol_no_submission() -> None:
    text = MASTHEAD.format(symbol="", title="Annotated provisional agenda")
    assert not {o for s, o in facts(text, "submittedTo") if o == "ccr#13" and s.startswith("<")}


# "REPORT OF THE COUNCIL OF FAO" / "Hundred and Eighty-second Session": the title names the body,
# the session is a line of its own beside it; the document is that session's report.
REPORTED = (
    "E/CN.21/2032/31\n\n{title}\n\n{session}\n\nLisbon, 8–12 March 2032\n\n"
    "I. Introduction\n\n1. The Commission held its session in Lisbon.\n\n"
    "II. Resolutions adopted by the Commission at this session\n\nResolution 13/1\n\nCoastal data\n\n"
    "The Commission on Coastal Resilience,\n\n1. Requests the Executive Secretary to report.\n"
)


@pytest.mark.parametrize("title", ["REPORT OF THE COMMISSION ON COASTAL RESILIENCE", "Report of the Commission on Coastal Resilience"])
@pytest.mark.parametrize("session", ["Thirteenth Session", "Thirteenth session"])
def test_report_of_the_session_beside_the_title(title: str, session: str) -> None:
    text = REPORTED.format(title=title, session=session)
    assert ("E/CN.21/2032/31", "ccr#13") in facts(text, "reportOf")
    assert ("ccr/res/13/1", "ccr#13") in facts(text, "adoptedAt")


def test_a_report_title_far_from_the_session_is_no_report_of_it() -> None:
    text = REPORTED.format(title="Commission on Coastal Resilience", session="Thirteenth session").replace(
        "1. The Commission held its session in Lisbon.", "Report of the Commission on Coastal Resilience\n\n" + "\n\n".join(
            f"{n}. The Commission discussed item {n} at length and agreed to come back to it later." for n in range(1, 8)
        )
    )
    assert ("E/CN.21/2032/31", "ccr#13") not in facts(text, "reportOf")
