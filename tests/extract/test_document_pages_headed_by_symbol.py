"""A document's page on its body's site: the site's chrome, a session line with its place and days in
brackets ("12th session (Bangkok, 3–14 March 2031)") and the document's symbol, a dash and its title
("E/CN.21/2031/1 - Provisional agenda and annotations"). The symbol is the page's own (its series names
the author, so "the Commission" is that body), the session is the one the paper is for (what "the
Commission will have before it" goes to), and a list of such lines names no document its own."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

CHROME = (
    "Skip to main content\n"
    "Commission on Coastal Resilience\n"
    "Home | About | Sessions | Documents | Contact\n"
    "You are here: Home > Sessions > {ordinal} session > Agenda\n\n"
)


def page(session_line: str, symbol_line: str, *paragraphs: str, ordinal: str = "12th") -> str:
    body = "\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1))
    return (
        CHROME.format(ordinal=ordinal) + f"{session_line}\n\n{symbol_line}\nDownload: PDF | Word\n\n"
        "Item 1. Opening of the session\n" + body + "\n\nTerms of use | Privacy notice | Copyright 2031\n"
    )


@pytest.mark.parametrize(("session_line", "symbol_line", "symbol", "session"), [
    ("12th session (Bangkok, 3–14 March 2031)", "E/CN.21/2031/1 - Provisional agenda and annotations",
     "E/CN.21/2031/1", "ccr#12"),
    ("Twelfth session (Bangkok, 3-14 March 2031)", "E/CN.21/2031/1 – Annotated provisional agenda of the twelfth session",
     "E/CN.21/2031/1", "ccr#12"),
    # (a page of the thirteenth session: resolution 11/2 must be older than the page's session, E240)
    ("13th session (Nairobi, 28 February–4 March 2032)", "E/CN.21/2032/5 — Note by the Secretariat on tide gauges",
     "E/CN.21/2032/5", "ccr#13"),
])
def test_papers_the_commission_will_have_before_it_go_to_the_pages_session(
    session_line: str, symbol_line: str, symbol: str, session: str,
) -> None:
    text = page(session_line, symbol_line,
                "The Commission will have before it the report of the Executive Secretary (E/CN.21/2031/7).",
                "The present annotations have been prepared pursuant to Commission resolution 11/2.")
    assert ("E/CN.21/2031/7", session) in facts(text, "submittedTo")
    assert (symbol, "ccr/res/11/2") in facts(text, "pursuantTo")


def test_the_pages_session_is_held_where_and_when_its_line_says() -> None:
    text = page("12th session (Bangkok, 3–14 March 2031)", "E/CN.21/2031/1 - Provisional agenda",
                "The session will open at 10 a.m.")
    assert ("ccr#12", "Bangkok") in facts(text, "heldIn")
    assert ("ccr#12", "2031-03-03/2031-03-14") in facts(text, "heldOn")


def test_a_list_of_documents_names_none_of_them_the_pages_own() -> None:
    text = page("12th session (Bangkok, 3–14 March 2031)",
                "E/CN.21/2031/1 - Provisional agenda\nE/CN.21/2031/2 - Report of the Executive Secretary",
                "The Commission will have before it the report of the Bureau (E/CN.21/2031/7).")
    assert not any(s == "E/CN.21/2031/1" for s, _ in facts(text, "pursuantTo") | facts(text, "preparedFor"))


def test_a_working_copys_mark_after_the_symbol_is_no_title() -> None:
    text = ("E/CN.21/2031/9 – DRAFT (working copy, do not circulate)\n"
            "Report of the Commission on Coastal Resilience on its twelfth session\n"
            "Held at the Palais des Nations, Geneva, from 7 to 11 March 2031\n\n"
            "1. The Commission adopted its agenda.\n")
    assert ("E/CN.21/2031/9", "ccr#12") in facts(text, "reportOf")
