"""An annex listing a meeting's decisions one a line, each number with its body's letters before it and
closed by a colon or a stop ("RC-12/1: Compliance mechanisms (5 May 2033)", "MC-6/2. Mercury waste"):
a word processor's text export (Google Docs, Word's "plain text") writes the rows with no blank line
between, and the rows ran together into one paragraph — the first decision took every title after it
and the last row's date, the others nothing (u374's "OEWG-19/1: …" / "OEWG-19/2: …"). A row closed by a
colon or a stop already began its own paragraph when its number was bare ("5/1: Institution-building",
E248); the body's letters are now allowed before it, as a gapped row has them (E244). Invented text,
with the conventions' number shapes of `cop_decisions_pages_e195.ttl`."""

from __future__ import annotations

from pathlib import Path

from .phrasing import extracted_with

extracted = extracted_with(Path(__file__).resolve().parents[1] / "data" / "cop_decisions_pages_e195.ttl")

_REPORT = """{symbol}

Conference of the Parties to the {convention}

{ordinal} meeting

{place}

Report of the Conference of the Parties to the {convention} on the work of its {ordinal_lower} meeting

I. Opening of the meeting

1. The {ordinal_lower} meeting of the Conference of the Parties was held in {city} from {days}.

2. The Conference of the Parties adopted the present report on the last day of the meeting.

Annex I

Decisions adopted by the Conference of the Parties at its {ordinal_lower} meeting

{rows}

Annex II

Documents before the Conference of the Parties at its {ordinal_lower} meeting
"""


def _report(symbol: str, convention: str, ordinal: str, city: str, days: str, rows: list[str]) -> str:
    return _REPORT.format(symbol=symbol, convention=convention, ordinal=ordinal, ordinal_lower=ordinal.lower(),
                          place=f"{city}, {days}", city=city, days=days, rows="\n".join(rows))


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


def test_rows_closed_by_a_colon_with_their_dates() -> None:
    text = _report("UNEP/FAO/RC/COP.12/20", "Rotterdam Convention", "Twelfth", "Rome", "3 to 6 May 2033", [
        "RC-12/1: Compliance mechanisms (5 May 2033)",
        "RC-12/2: Listing of chemicals in Annex III (6 May 2033)",
        "RC-12/3: Budget matters (6 May 2033)",
    ])
    assert _of(text, "title") >= {
        ("e195-rotterdam/dec/12/1", "Compliance mechanisms"),
        ("e195-rotterdam/dec/12/2", "Listing of chemicals in Annex III"),
        ("e195-rotterdam/dec/12/3", "Budget matters"),
    }
    assert not any("RC-12/2" in title for _, title in _of(text, "title"))
    assert _of(text, "adoptedOn") >= {
        ("e195-rotterdam/dec/12/1", "2033-05-05"),
        ("e195-rotterdam/dec/12/2", "2033-05-06"),
        ("e195-rotterdam/dec/12/3", "2033-05-06"),
    }


def test_rows_closed_by_a_stop_without_dates() -> None:
    text = _report("UNEP/MC/COP.6/18", "Minamata Convention on Mercury", "Sixth", "Geneva", "1 to 5 November 2032", [
        "MC-6/1. Mercury waste thresholds",
        "MC-6/2. Effectiveness evaluation",
    ])
    titles = _of(text, "title")
    assert ("e195-minamata/dec/6/1", "Mercury waste thresholds") in titles
    assert ("e195-minamata/dec/6/2", "Effectiveness evaluation") in titles


def test_a_wrapped_title_is_not_a_row() -> None:
    # near miss: the rest of a long title on the next line starts with no number and stays the title's
    text = _report("UNEP/FAO/RC/COP.12/20", "Rotterdam Convention", "Twelfth", "Rome", "3 to 6 May 2033", [
        "RC-12/1: Compliance mechanisms and procedures for",
        "determining non-compliance (5 May 2033)",
    ])
    titles = _of(text, "title")
    assert ("e195-rotterdam/dec/12/1", "Compliance mechanisms and procedures for determining non-compliance") in titles
    assert not any(title.startswith("determining") for _, title in titles)
