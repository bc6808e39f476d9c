""""The Commission had before it at that session the report of the Working Group on its fourth
meeting (X)": "at that session" (or "at the same session", "during that meeting") is the session of
the subject's body said last before the sentence, not the one the document is for
(`relate._AT_THAT_SESSION`, `Reader.receiver`).

Negative cases: another body's session said last (not the subject's), and the usual "had before
it" with no "that session" (the document's own session, as before)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

_HEAD = SESSION_REPORT.split("Chapter I\n")[0] + "Introduction\n\n"


def report(*paragraphs: str) -> str:
    return _HEAD + "".join(f"{n}. {p}\n\n" for n, p in enumerate(paragraphs, 1))


@pytest.mark.parametrize("before", [
    "At its eleventh session, held in Geneva from 1 to 5 March 2030, the Commission asked the secretariat to prepare a study.",
    "The Commission held its eleventh session in Geneva from 1 to 5 March 2030.",
])
@pytest.mark.parametrize("phrase", ["at that session", "at the same session", "during that session"])
def test_the_session_said_last(before: str, phrase: str) -> None:
    text = report(before + f" The Commission had before it {phrase} the report of the Working Group on Early Warning Systems on its fourth meeting (E/CN.21/WG.1/2030/4).")
    found = facts(text, "submittedTo")
    assert ("E/CN.21/WG.1/2030/4", "ccr#11") in found
    assert ("E/CN.21/WG.1/2030/4", "ccr#12") not in found


def test_another_body_s_session_is_not_that_session() -> None:
    text = report(
        "The World Coastal Congress held its second session in Bonn from 1 to 5 March 2030.",
        "The Commission had before it at that session the report of the Working Group on Early Warning Systems on its fourth meeting (E/CN.21/WG.1/2030/4).",
    )
    assert ("E/CN.21/WG.1/2030/4", "wcc#2") not in facts(text, "submittedTo")


def test_had_before_it_in_the_report_of_the_session() -> None:
    text = report("The Commission held its eleventh session in Geneva from 1 to 5 March 2030.", "The Commission had before it the note by the Secretariat (E/CN.21/2031/5).")
    assert ("E/CN.21/2031/5", "ccr#12") in facts(text, "submittedTo")
