"""A tracker's title line naming a session (E282): "Peacebuilding – GA 90th session – tracker" over a
table of the instruments adopted. The instruments the table lists are adopted at that session of
their issuer, the body named by its name, short name or initials ("GA", "CCR", "the Commission")
right before "<ordinal> session" (in figures or words), when the instrument's number names no
other session.

Layouts varied: a CSV sheet with commas or semicolons, a tab-separated sheet, a Markdown page.
Near misses: an instrument numbered for another session (11/4 under a twelfth-session title); a
title naming another body's session; a sentence ("The Commission held its 12th session …"); a
title naming no session.

Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl and the General
Assembly."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with()


def _sheet(title: str, rows: list[str], sep: str = ",") -> str:
    lines = [f'"{title}"' + sep * 4, '"Sheet 1: texts adopted, item 4"' + sep * 4, sep * 4, sep.join(["Symbol", "Title", "Meeting", "Date", "Vote"]), *rows]
    return "\n".join(lines) + "\n"


_CCR_ROWS = [
    "E/CN.21/RES/12/1,Early warning for coastal communities,3rd meeting,14/03/2031,without a vote",
    "E/CN.21/RES/12/2,Dates of the thirteenth session,4th meeting,15/03/2031,without a vote",
    "E/CN.21/RES/12/3,Coastal data,4th meeting,15/03/2031,without a vote",
]


@pytest.mark.parametrize(
    "title",
    [
        "Coastal Resilience – CCR 12th session – delegation tracker",
        "Commission on Coastal Resilience, twelfth session: texts adopted (working file)",
        "Tracker – Commission 12th session",
    ],
)
def test_a_commission_tracker_title_gives_the_session_its_texts_were_adopted_at(title: str) -> None:
    found = set(facts(_sheet(title, _CCR_ROWS)))
    assert ("adoptedAt", "ccr/res/12/1", "ccr#12") in found
    assert ("adoptedAt", "ccr/res/12/2", "ccr#12") in found
    assert ("adoptedOn", "ccr/res/12/1", "2031-03-14") in found


def test_semicolons_give_the_same_session() -> None:
    rows = [r.replace(",", ";") for r in _CCR_ROWS]
    found = set(facts(_sheet("Coastal Resilience – CCR 12th session – tracker", rows, ";")))
    assert ("adoptedAt", "ccr/res/12/1", "ccr#12") in found


def test_an_assembly_tracker_by_its_initials() -> None:
    rows = [
        "A/RES/85/301,Coastal early warning,71st plenary,03/06/2031,Without a vote",
        "A/DEC/85/540,Report of the Commission on Coastal Resilience,72nd plenary,04/06/2031,Without a vote",
        "A/RES/85/302,Ocean data,72nd plenary,04/06/2031,Without a vote",
    ]
    found = set(facts(_sheet("Oceans – GA 85th session – tracker", rows)))
    assert ("adoptedAt", "ga/res/85/301", "ga#85") in found
    assert ("adoptedAt", "ga/dec/85/540", "ga#85") in found


def test_a_markdown_page_titled_by_the_session() -> None:
    text = (
        "Oceans: General Assembly, eighty-fifth session – resolutions tracked\n\n"
        "| Symbol | Title | Meeting | Date |\n|---|---|---|---|\n"
        "| A/RES/85/301 | Coastal early warning | 71st plenary | 3 June 2031 |\n"
        "| A/RES/85/302 | Ocean data | 71st plenary | 3 June 2031 |\n"
        "| A/RES/85/303 | Coastal maps | 72nd plenary | 4 June 2031 |\n"
    )
    found = set(facts(text))
    assert ("adoptedAt", "ga/res/85/301", "ga#85") in found
    assert ("adoptedAt", "ga/res/85/302", "ga#85") in found


def test_near_misses_give_no_session() -> None:
    # an instrument numbered for another session: not adopted at the twelfth
    found = set(facts(_sheet("Coastal Resilience – CCR 12th session – tracker", [*_CCR_ROWS, "E/CN.21/RES/11/4,Coastal data,2nd meeting,13/03/2031,without a vote"])))
    assert not any(f[0] == "adoptedAt" and f[1] == "ccr/res/11/4" for f in found)
    # another body's session named: not the Commission's texts' session
    found = set(facts(_sheet("Coastal items – GA 85th session – tracker", _CCR_ROWS)))
    assert not any(f[0] == "adoptedAt" and f[1].startswith("ccr/res/") for f in found)
    # a sentence, not a title
    found = set(facts(_sheet("The Commission held its 12th session in Geneva.", _CCR_ROWS)))
    assert not any(f[0] == "adoptedAt" and f[2] == "ccr#12" for f in found)
    # a title naming no session
    found = set(facts(_sheet("Coastal Resilience – delegation tracker 2031", _CCR_ROWS)))
    assert not any(f[0] == "adoptedAt" for f in found)
