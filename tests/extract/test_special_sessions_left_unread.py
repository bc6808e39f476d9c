"""Special and extraordinary sessions are another series than a body's regular sessions, and the
gold has no key for them (`BODY#N` is the Nth regular session; shared/eval/SCHEMA.md): "its first
special session", "twenty-seventh special session", "first extraordinary session" in a sentence,
a masthead or a report's title give no session, rather than the regular session of that number.
(What key they would take is a modelling question; the E32 report proposes one.) A regular
session named beside one is still read."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

MASTHEAD = (
    "United Nations E/CN.21/2031/S-1/2\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n20 May 2031\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n{line}\nGeneva, 3–5 May 2031\n\n"
    "{title}\n\n"
    "1. The Commission adopted the present report.\n"
)


@pytest.mark.parametrize("line, title", [
    ("First special session", "Report of the Commission on Coastal Resilience on its first special session"),
    ("Twenty-seventh special session", "Report of the Commission on Coastal Resilience on its twenty-seventh special session"),
    ("First extraordinary session", "Report of the Commission on Coastal Resilience at its first extraordinary session"),
])
def test_a_special_session_report_names_no_regular_session(line: str, title: str) -> None:
    text = MASTHEAD.format(line=line, title=title)
    assert not facts(text, "reportOf")
    assert not {g for g, _ in facts(text, "meetingOf") if g.startswith("ccr#")}
    assert not facts(text, "heldOn")


@pytest.mark.parametrize("sentence", [
    "The Commission held its first special session in Geneva on 3 May 2031.",
    "The Committee on Coastal Data will hold its first extraordinary session in Geneva from 3 to 5 May 2031.",
    "At its twenty-seventh special session, the Commission adopted resolution S-27/2.",
])
def test_a_special_session_in_a_sentence(sentence: str) -> None:
    found = facts(in_note(sentence), "meetingOf") | facts(in_note(sentence), "heldOn") | facts(in_note(sentence), "heldIn")
    assert not {g for g, _ in found if g.split("#")[-1] in ("1", "27")}


def test_a_regular_session_beside_a_special_one() -> None:
    text = in_note("The Commission held its eleventh session in Nairobi and its second special session in Geneva.")
    held = facts(text, "heldIn")
    assert ("ccr#11", "Nairobi") in held
    assert not {g for g, _ in held if g == "ccr#2"}
