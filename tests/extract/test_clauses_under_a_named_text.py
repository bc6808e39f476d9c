"""E304: a note lists a text's clauses below a lead-in that names it ("Decision 12/5, "Title",
adopted on … It:", "By its decision 12/5, the Commission:"), each clause a line, marked "- ", "> "
(a Markdown or mail quote) or "(a)": the clauses are that text's own, not the text the first
clause names ("recalls resolution 10/2 …"). Near misses: a lead-in that names no text, a clause
list with no lead-in, a quoted paragraph wrapped over lines (no clause ends on ";")."""

from __future__ import annotations

import pytest

from .phrasing import extract, registry, stated

NOTE = (
    "Notes on the follow-up to the twelfth session\n\n"
    "The Commission on Coastal Resilience held its twelfth session in Geneva from 10 to 14 March 2031.\n\n"
    "{lead}\n"
    "{m}recalls resolution 10/2, by which the Commission established the Committee on Coastal Data;\n"
    "{m}requests the secretariat to prepare a background paper for each workshop;\n"
    "{m}invites the Working Group on Early Warning Systems to brief the first workshop.\n\n"
    "The next session will be held in 2032.\n"
)
LEADS = (
    'Decision 12/5, "Regional workshops of the Commission", adopted at the 6th meeting on 13 March 2031. It:',
    "Decision 12/5 (Regional workshops), adopted without a vote; It:",
    "By its decision 12/5, the Commission:",
    "By decision 12/5, the Commission on Coastal Resilience:",
)
CLAUSES = {
    ("cites", "ccr/dec/12/5", "ccr/res/10/2"),
    ("requests", "ccr/dec/12/5", "ccr/secretariat"),
    ("invites", "ccr/dec/12/5", "ccr/wg-early-warning"),
}
OPERATIVE = ("cites", "requests", "invites")


def _operative(text: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="test", registry=registry())) if f[0] in OPERATIVE}


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("mark", ["- ", "> ", "(a) ", "• "])
def test_clauses_are_the_named_texts(lead: str, mark: str) -> None:
    found = _operative(NOTE.format(lead=lead, m=mark))
    assert CLAUSES <= found
    # none goes to the resolution the first clause recalls
    assert not {f for f in found if f[1] == "ccr/res/10/2"}


@pytest.mark.parametrize("mark", ["- ", "> "])
def test_a_lead_in_naming_no_text_gives_the_clauses_to_none(mark: str) -> None:
    found = _operative(NOTE.format(lead="The delegation noted that the Commission:", m=mark))
    assert not {f for f in found if f[0] in ("requests", "invites")}


def test_a_quoted_paragraph_wrapped_over_lines_stays_one() -> None:
    text = (
        "Notes on the follow-up to the twelfth session\n\n"
        "Message from the secretariat, quoted:\n"
        "> The Commission on Coastal Resilience, in its resolution 10/2, requests the\n"
        "> secretariat to prepare a background paper for each workshop and to\n"
        "> report to the Commission at its thirteenth session.\n"
    )
    found = _operative(text)
    assert ("requests", "ccr/res/10/2", "ccr/secretariat") in found
