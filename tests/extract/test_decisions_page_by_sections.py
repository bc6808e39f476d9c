"""A treaty body's page of decisions saved as text by a browser: a banner (logo, site name,
"Search") between the skip link and the menu, blank lines between the page's sections only, and
one paragraph a line inside each ("Decision 91/I" / its title / its text / "Adopted at ...").
The banner names the site, not the document's body; each line is a block; a decision numbered
in Roman numerals within its session ("91/III") is decision 3 of session 91, in its heading and
cited in a sentence ("by its decision 89/III")."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.web_chrome import chrome_lines
from tests.extract.phrasing import facts

LONG = (
    "The Commission on Coastal Resilience held its {session} session in Bonn from 8 to 12 March 2032, "
    "and considered the reports before it on early warning, on coastal data and on the financing of "
    "regional observatories, with the participation of observers from several regional organizations."
)


def page(session: str = "thirteenth", roman: tuple[str, str] = ("I", "II"), number: str = "13", banner: str = "CCR logo\nCoastal Resilience Network\nSearch\n") -> str:
    return (
        "Skip to main content\n" + banner + "Menu\nAbout\nMeetings\nDocuments\nHome\n>\nSessions\n>\n"
        f"{number}th session\nDecisions adopted at the {session} session\nShare\nPrint\n\n"
        + LONG.format(session=session) + "\n\n"
        f"Decision {number}/{roman[0]}\nEarly warning for coastal communities\n"
        "The Commission requests the Bureau to prepare a proposal on early warning.\n"
        "Adopted at the 412th meeting, on 12 March 2032.\n\n"
        f"Decision {number}/{roman[1]}\nCoastal data\n"
        f"The Commission recalls that, by its decision 11/III, it had asked the secretariat to compile coastal data. The Commission requests the Executive Secretary to report on it at its next session.\n"
        "Adopted at the 413th meeting, on 12 March 2032.\n\n"
        "Footer\nAbout us\nContact us\nPrivacy policy\n© CCR 2032\n"
    )


@pytest.mark.parametrize(("roman", "numbers"), [(("I", "II"), ("1", "2")), (("IV", "IX"), ("4", "9")), (("XII", "XIV"), ("12", "14"))])
def test_roman_decision_numbers(roman: tuple[str, str], numbers: tuple[str, str]) -> None:
    text = page(roman=roman)
    assert (f"ccr/dec/13/{numbers[0]}", "Early warning for coastal communities") in facts(text, "title")
    assert (f"ccr/dec/13/{numbers[1]}", "Coastal data") in facts(text, "title")
    assert (f"ccr/dec/13/{numbers[0]}", "ccr/bureau") in facts(text, "requests")
    assert (f"ccr/dec/13/{numbers[0]}", "2032-03-12") in facts(text, "adoptedOn")
    assert (f"ccr/dec/13/{numbers[1]}", "ccr/dec/11/3") in facts(text, "cites")


@pytest.mark.parametrize(
    "sentence",
    [
        "Recalling its decision 12/CP on the matter, the Commission requests the Bureau to act.",  # no Roman number
        "The Commission takes note of decision 5/CMP.1 and requests the Bureau to act.",
        "Recalling its resolution 186/XXXVIII, the Commission requests the Bureau to act.",  # number, then session
    ],
)
def test_letters_after_the_slash_are_no_roman_number(sentence: str) -> None:
    text = page().replace("The Commission requests the Bureau to prepare a proposal on early warning.", sentence)
    assert not any(o.startswith(("ccr/dec/12/", "ccr/dec/5/", "ccr/res/186/", "ccr/dec/186/")) for _, o in facts(text, "cites"))


def test_the_banner_is_chrome() -> None:
    lines = page().split("\n")
    chrome = chrome_lines(lines)
    assert {1, 2, 3} <= chrome  # logo, site name, "Search"
    assert not any(lines[i].startswith("The Commission") or lines[i].startswith("Decision") for i in chrome)


def test_a_long_first_line_is_no_banner() -> None:
    text = "Skip to main content\n" + LONG.format(session="x") + "\nMenu\nAbout\nMeetings\nShare\n"
    lines = text.split("\n")
    assert 1 not in chrome_lines(lines)


def test_a_wrapped_page_keeps_its_paragraphs() -> None:
    # a page saved with its lines wrapped at 72 characters: lines of one paragraph are joined
    wrapped = (
        "Skip to main content\nMenu\nAbout\nMeetings\nShare\nPrint\n\n"
        "The Commission requests the Bureau of the Commission on Coastal\n"
        "Resilience to prepare a proposal on early warning for coastal\n"
        "communities and to present it at the fourteenth session.\n\n" * 4
    )
    assert ("ccr/bureau", "ccr#14") not in facts(wrapped, "meetingOf")


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The Commission, recalling its decision 11/2 on coastal data, invites the Bureau to prepare a proposal.", "ccr/bureau"),
        ("The Commission, noting the report of the secretariat, endorses the plan and requests the Executive Secretary to act.", "ccr/executive-secretary"),
        ("The Commission, having considered the note by the secretariat, requests the Bureau to act.", "ccr/bureau"),
        (
            "The Commission recalls that, by its decision 11/III, it had asked the secretariat to compile coastal data. "
            "The Commission requests the Executive Secretary to report on it.",
            "ccr/executive-secretary",
        ),
    ],
)
def test_a_decision_of_one_sentence_with_its_recital(sentence: str, addressee: str) -> None:
    text = page().replace("The Commission requests the Bureau to prepare a proposal on early warning.", sentence)
    assert ("ccr/dec/13/1", addressee) in facts(text, "requests") | facts(text, "invites")


def test_a_recital_alone_is_no_decision_text() -> None:
    # the opening formula of a preamble, with its recital and no verb: no clause of its own
    text = page().replace(
        "The Commission requests the Bureau to prepare a proposal on early warning.",
        "The Commission, recalling that the Bureau had been requested to act,",
    )
    assert not any(s == "ccr/dec/13/1" for s, _ in facts(text, "requests"))


@pytest.mark.parametrize(
    "told",
    [
        "In paragraph 2 of the same decision, the Commission called upon the Executive Secretary to report on it.",
        "In the same decision, the Commission also asked the Executive Secretary to report on it.",
        "By the latter decision, the Commission requested the Executive Secretary to report on it.",
    ],
)
def test_the_same_decision_told_in_the_past_inside_a_later_one(told: str) -> None:
    text = page().replace(
        "The Commission requests the Bureau to prepare a proposal on early warning.",
        "The Commission recalls that, by its decision 11/III, it had asked the secretariat to compile coastal data. "
        + told + " The Commission requests the Bureau to prepare a proposal.",
    )
    requests = facts(text, "requests")
    assert ("ccr/dec/11/3", "ccr/executive-secretary") in requests
    assert ("ccr/dec/13/1", "ccr/executive-secretary") not in requests
    assert ("ccr/dec/13/1", "ccr/bureau") in requests


def test_the_same_decision_in_the_present_is_the_later_ones_own_words() -> None:
    # "in the same decision" with no earlier decision told: the text's own present tense speaks
    text = page().replace(
        "The Commission requests the Bureau to prepare a proposal on early warning.",
        "The Commission requests the Bureau to prepare a proposal on early warning and, in the same decision, requests the Executive Secretary to support it.",
    )
    assert ("ccr/dec/13/1", "ccr/executive-secretary") in facts(text, "requests")
