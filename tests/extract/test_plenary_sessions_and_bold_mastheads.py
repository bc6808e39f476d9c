"""Which session a document is for, when its body calls its sessions "plenary sessions" and when
a Markdown masthead sets each of its lines in bold of its own (E76, from the spent u104), on
invented text:

- "Thirteenth plenary session" under the body's name, "the Commission will hold its thirteenth
  plenary session", "the fourteenth plenary session of the Commission is scheduled to be held in
  ...": the body's Nth session, as "Thirteenth session" is. A "plenary meeting" stays a sitting
  inside a session (no gathering of the body).
- "**Commission on Coastal Resilience**" over "**Thirteenth session**": two lines, the name and
  the session, not one paragraph "Commission on Coastal Resilience Thirteenth session" that names
  no session. A bold phrase broken over two lines without its own marks stays one paragraph.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

BODIES = [
    # (name in the masthead, short name in the text, key, the agenda's symbol)
    ("Commission on Coastal Resilience", "the Commission", "ccr", "E/CN.21/2032/1"),
    ("Committee on Coastal Data", "the Committee", "ccr/committee-on-data", "E/CN.21/CD/2032/1"),
]
ORDINALS = [("Thirteenth", "thirteenth", 13, "fourteenth", 14), ("Thirty-first", "thirty-first", 31, "thirty-second", 32)]
PLACES = [("Geneva", "8–12 March 2032", "2032-03-08/2032-03-12"), ("Nairobi", "2–6 February 2032", "2032-02-02/2032-02-06")]


def agenda(masthead_lines: list[str], *paragraphs: str, bold: bool = True, symbol: str = "E/CN.21/2032/1") -> str:
    """An annotated agenda saved as Markdown, its masthead lines each in bold when ``bold`` (one
    under the other), else set apart by blank lines as a text export prints them."""
    lines = [f"**{line}**" if bold and i < 2 else line for i, line in enumerate(masthead_lines)]
    return (
        f"| United Nations | {symbol} |\n|---|---|\n"
        "| **Economic and Social Council** | Distr.: General<br>12 January 2032<br><br>Original: English |\n\n"
        + ("\n" if bold else "\n\n").join(lines)
        + "\nItem 1 of the provisional agenda\n\n# Provisional agenda and annotations\n\n## Annotations\n\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )


@pytest.mark.parametrize(("name", "short", "body", "symbol"), BODIES)
@pytest.mark.parametrize(("Ordinal", "ordinal", "n", "next_ordinal", "next_n"), ORDINALS)
@pytest.mark.parametrize(("place", "days", "dates"), PLACES)
@pytest.mark.parametrize("qualifier", ["plenary ", ""])
def test_a_stacked_bold_masthead_names_the_session_the_agenda_is_for(
    name: str, short: str, body: str, symbol: str, Ordinal: str, ordinal: str, n: int, next_ordinal: str, next_n: int,
    place: str, days: str, dates: str, qualifier: str,
) -> None:
    text = agenda(
        [name, f"{Ordinal} {qualifier}session", f"{place}, {days}"],
        f"{short[0].upper()}{short[1:]} will have before it a note by the secretariat on tide gauges (E/CN.21/2032/2).",
        f"The {next_ordinal} {qualifier}session of {short[4:].join(['the ', ''])} is scheduled to be held in Bangkok"
        " from 3 to 7 March 2033.",
        symbol=symbol,
    )
    session = f"{body}#{n}"
    assert (session, body) in facts(text, "meetingOf")
    assert (session, dates) in facts(text, "heldOn")
    assert (session, place) in facts(text, "heldIn")
    assert (symbol, session) in facts(text, "preparedFor")
    assert ("E/CN.21/2032/2", session) in facts(text, "submittedTo")
    assert (f"{body}#{next_n}", "Bangkok") in facts(text, "heldIn")


@pytest.mark.parametrize(("name", "short", "body", "symbol"), BODIES)
@pytest.mark.parametrize(("Ordinal", "ordinal", "n", "next_ordinal", "next_n"), ORDINALS)
@pytest.mark.parametrize("separator", [", ", "\n\n"])
def test_a_plenary_session_line_in_plain_text(
    name: str, short: str, body: str, symbol: str, Ordinal: str, ordinal: str, n: int, next_ordinal: str, next_n: int, separator: str
) -> None:
    # the body's name and its session on one line after a comma, or on lines of their own, no bold
    second = ordinal if separator == ", " else Ordinal
    text = agenda(
        [f"{name}{separator}{second} plenary session", "Geneva, 8–12 March 2032"],
        f"{short[0].upper()}{short[1:]} will hold its {ordinal} plenary session at the Palais des Nations in Geneva"
        " from 8 to 12 March 2032.",
        bold=False,
        symbol=symbol,
    )
    assert (f"{body}#{n}", body) in facts(text, "meetingOf")
    assert (f"{body}#{n}", "2032-03-08/2032-03-12") in facts(text, "heldOn")
    assert (symbol, f"{body}#{n}") in facts(text, "preparedFor")


@pytest.mark.parametrize("sentence", [
    "The Commission adopted the agenda at its 3rd plenary meeting, on 9 March 2032.",
    "At its second plenary meeting, the Commission elected its Bureau.",
    "The Commission held its 12th plenary meeting in Geneva on 10 March 2032.",
])
def test_a_plenary_meeting_is_no_session(sentence: str) -> None:
    text = agenda(["Commission on Coastal Resilience", "Thirteenth session", "Geneva, 8–12 March 2032"], sentence)
    sessions = {s for s, _ in facts(text, "meetingOf")}
    assert sessions == {"ccr#13"}


def test_a_bold_phrase_broken_over_two_lines_stays_one_paragraph() -> None:
    text = agenda(
        ["Commission on Coastal Resilience", "Thirteenth session", "Geneva, 8–12 March 2032"],
        "**The Commission will have before it the note by the secretariat on tide gauges\n(E/CN.21/2032/2).**",
    )
    assert ("E/CN.21/2032/2", "ccr#13") in facts(text, "submittedTo")
