"""A board's decisions as `pdftotext -layout` prints them (E262, the spent u320): each decision
closes with a side line set to the right, the session above the day it was adopted ("Annual
session" / "10 June 2034", "Second regular session 2033" / "6 September 2033"). The day is the
decision's adoption day, as a bare date line under the last clause is. Near misses: a deadline
broken at a line end ("... no later than" / "15 December 2034"), a session line with no day under
it, a side line under a heading.

The texts are invented; the boards are those of the spent sets' reference data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"
extracted = extracted_with(UNSEEN / "unicef.ttl", UNSEEN / "unfpa-annual-report.ttl")

_PAD = " " * 70


def _compendium(symbol: str, board: str, session: str, dates: str, decisions: list[tuple[str, str, list[str], str]]) -> str:
    parts = [
        f"{_PAD}{symbol}\n {board}\n{_PAD}Distr.: General\n{_PAD}20 September 2034\n{_PAD}Original: English\n"
        f" {session}\n {dates}\n\n\n\n              Decisions adopted by the Executive Board at its {session.lower()}\n\n\n"
    ]
    for number, title, clauses, side in decisions:
        body = "\n\n".join(f"               {i}.    {c}" for i, c in enumerate(clauses, 1))
        side_lines = "".join(f"{_PAD}{line}\n" for line in side.split("\n"))
        parts.append(f" {number}.       {title}\n\n               The Executive Board\n\n{body}\n\n{side_lines}\n\n")
    return "".join(parts)


UNICEF = _compendium(
    "E/ICEF/2034/21", "United Nations Children's Fund\n Executive Board", "Second regular session 2034", "9-11 September 2034",
    [
        ("2034/14", "Country programme documents", ["Takes note of the country programme documents;",
                                                    "Requests UNICEF to report on their implementation."], "Second regular session\n10 September 2034"),
        ("2034/15", "Private fundraising", ["Approves the budget of the private fundraising division;",
                                           "Requests the Executive Director to report no later than\n               15 December 2034."],
         "Second regular session 2034\n11 September 2034"),
    ],
)
BOARD_DP = _compendium(
    "DP/2033/30",
    "Executive Board of the United Nations Development Programme, the United Nations Population Fund and the United Nations Office for Project Services",
    "Annual session 2033", "5-9 June 2033",
    [
        ("2033/11", "Annual report of the Executive Director of UNFPA", ["Takes note of the annual report;",
                                                                        "Requests UNFPA to continue its reporting."], "Annual session\n8 June 2033"),
    ],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (UNICEF, {("unicef/executive-board/dec/2034/14", "2034-09-10"), ("unicef/executive-board/dec/2034/15", "2034-09-11")}),
        (BOARD_DP, {("undp-unfpa-unops-executive-board/dec/2033/11", "2033-06-08")}),
    ],
)
def test_the_side_line_under_a_decision_gives_its_adoption_day(text: str, expected: set[tuple[str, str]]) -> None:
    adopted = {(s, o) for r, s, o in extracted(text) if r == "adoptedOn"}
    assert expected <= adopted
    # the deadline broken at a line end is none of the days
    assert not any(o == "2034-12-15" for _, o in adopted)


def test_a_session_line_without_a_day_gives_none() -> None:
    text = UNICEF.replace(f"{_PAD}10 September 2034\n", "")
    adopted = {(s, o) for r, s, o in extracted(text) if r == "adoptedOn"}
    assert not any(s == "unicef/executive-board/dec/2034/14" for s, _ in adopted)
