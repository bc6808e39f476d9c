"""A session report's section of decisions told as entries (E277): "At its 9th meeting, on 14
March 2031, the Commission adopted the following decisions:" closing a paragraph, then lettered or
bulleted entries that each open on one of them ("(a) In decision 12/1, on ..., the Commission
decided ...", "(b) By its decision 12/2, ...", "- Under resolution 12/3, ..."). Each entry's
instrument was adopted at the session the report is of (or the one the sentence names) and on
the sitting's day. Near misses: drafts recommended, an entry that recalls another session's
decision, entries after a paragraph that closes the list, a sentence that names no adoption."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

# the report of the Commission on Coastal Resilience on its twelfth session (E/2031/31-E/CN.21/2031/9)
HEAD = SESSION_REPORT.split("Chapter I")[0] + "Chapter IV\n\nDecisions adopted at the session\n\n"


def report(opening: str, *entries: str, after: str = "") -> str:
    return HEAD + f"5. {opening}\n\n" + "\n\n".join(entries) + "\n\n" + (f"6. {after}\n" if after else "")


ENTRIES = (
    "(a) In decision 12/1, on the early warning registry, the Commission decided that the registry would be open to all coastal States;",
    "(b) By its decision 12/2, the Commission requested the Bureau to prepare the programme of work;",
    "(c) Under decision 12/3, the Commission endorsed the terms of reference of the Committee on Coastal Data.",
)
ADOPTED = {("ccr/dec/12/1", "ccr#12"), ("ccr/dec/12/2", "ccr#12"), ("ccr/dec/12/3", "ccr#12")}


@pytest.mark.parametrize(
    "opening, day",
    [
        ("At its 9th meeting, on 14 March 2031, the Commission adopted the following decisions:", "2031-03-14"),
        ("At the 9th meeting, on 14 March 2031, the Commission on Coastal Resilience adopted the following three decisions:", "2031-03-14"),
        # no sitting, no day: the session only
        ("The Commission adopted the following decisions:", None),
    ],
)
def test_each_entry_adopted_at_the_session_and_day(opening: str, day: str | None) -> None:
    text = report(opening, *ENTRIES)
    assert ADOPTED <= facts(text, "adoptedAt")
    days = {(s, o) for s, o in facts(text, "adoptedOn") if s.startswith("ccr/dec/12/")}
    assert days == ({(s, day) for s, _ in ADOPTED} if day else set())


def test_bulleted_entries_of_resolutions() -> None:
    text = report(
        "At its 10th meeting, on 14 March 2031, the Commission adopted the following resolutions:",
        "- In resolution 12/4, the Commission requested the Secretariat to compile national tide data;",
        "- Through its resolution 12/5, the Commission invited the Bureau to convene a panel.",
    )
    assert {("ccr/res/12/4", "ccr#12"), ("ccr/res/12/5", "ccr#12")} <= facts(text, "adoptedAt")
    assert {("ccr/res/12/4", "2031-03-14"), ("ccr/res/12/5", "2031-03-14")} <= facts(text, "adoptedOn")


def test_an_entry_recalling_another_sessions_decision_is_no_adoption() -> None:
    text = report(
        "At its 9th meeting, on 14 March 2031, the Commission adopted the following decisions:",
        ENTRIES[0],
        "(b) In decision 10/4, adopted at its tenth session, the Commission had requested the Bureau to report.",
    )
    assert ("ccr/dec/12/1", "2031-03-14") in facts(text, "adoptedOn")
    assert not {(s, o) for s, o in facts(text, "adoptedOn") if s == "ccr/dec/10/4" and o.startswith("2031")}
    assert ("ccr/dec/10/4", "ccr#12") not in facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "opening",
    [
        # drafts recommended for the Council's adoption: nothing adopted yet
        "At its 9th meeting, on 14 March 2031, the Commission recommended the following draft decisions:",
        # a question, no adoption told
        "At its 9th meeting, on 14 March 2031, the Commission considered the following proposals:",
    ],
)
def test_no_adoption_told_above_the_entries(opening: str) -> None:
    text = report(opening, *ENTRIES)
    assert not {(s, o) for s, o in facts(text, "adoptedOn") if s.startswith("ccr/dec/12/")}


def test_a_paragraph_between_closes_the_list() -> None:
    text = (
        HEAD + "5. At its 9th meeting, on 14 March 2031, the Commission adopted the following decisions:\n\n"
        + ENTRIES[0] + "\n\n6. The Commission also held a panel discussion on coastal erosion.\n\n" + ENTRIES[1] + "\n"
    )
    days = facts(text, "adoptedOn")
    assert ("ccr/dec/12/1", "2031-03-14") in days
    assert ("ccr/dec/12/2", "2031-03-14") not in days
