"""A session report saved from Word as plain text (docx2txt, antiword, pandoc -t plain): the
automatic numbering of chapters is lost, so sections are headed in capitals alone ("DECISIONS
ADOPTED BY THE COMMISSION", "OTHER MATTERS"); each decision reproduced is headed by its kind,
number and title on one line ("DECISION 12/1. COASTAL DATA", "Decision 12/2: Title"), the
opening formula ("The Commission:") follows, and its clauses are lettered without the opening
bracket ("a) Recalling ...", "c) Decides ..."). The heading opens the decision's text; a capitals
heading after its clauses closes it."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

REPORT = (
    "E/CN.21/2031/9\n\n\n\n"
    "COMMISSION ON COASTAL RESILIENCE\n\n"
    "Twelfth Session\n\n"
    "New York, 10–14 March 2031\n\n"
    "FINAL REPORT\n\n\n\n"
    "ORGANIZATIONAL MATTERS\n\n"
    "The Commission on Coastal Resilience held its twelfth session from 10 to 14 March 2031 in New York.\n\n"
    "DECISIONS ADOPTED BY THE COMMISSION\n\n"
    "{decisions}\n\n"
    "OTHER MATTERS\n\n"
    "{after}\n"
)


def report(decisions: str, after: str = "The Commission was informed of the dates of the next session.") -> str:
    return REPORT.format(decisions=decisions, after=after)


FIRST = (
    "{heading}\n\n"
    "The Commission:\n\n"
    "a) Recalling its resolution 10/4 on coastal data;\n\n"
    "b) Decides to establish an expert group on tide gauges;\n\n"
    "c) Requests the Bureau to support the expert group;\n\n"
    "d) Invites the Working Group on Early Warning Systems to contribute."
)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("DECISION 12/1. COASTAL DATA FOR DECISION-MAKING", "COASTAL DATA FOR DECISION-MAKING"),
        ("Decision 12/1: Coastal data for decision-making", "Coastal data for decision-making"),
        ("Decision 12/1 – Coastal data", "Coastal data"),
        ("RESOLUTION 12/1. COASTAL DATA", "COASTAL DATA"),
    ],
)
def test_heading_opens_the_text_and_gives_its_title(heading: str, title: str) -> None:
    text = report(FIRST.format(heading=heading))
    kind = "res" if heading.lower().startswith("resolution") else "dec"
    own = f"ccr/{kind}/12/1"
    assert (own, title) in facts(text, "title")
    assert (own, "ccr/res/10/4") in facts(text, "cites")
    assert (own, "ccr/bureau") in facts(text, "requests")
    assert (own, "ccr/wg-early-warning") in facts(text, "invites")
    assert {s for s, _ in facts(text, "establishes")} == {own}


def test_two_decisions_each_their_clauses() -> None:
    text = report(
        FIRST.format(heading="DECISION 12/1. COASTAL DATA")
        + "\n\nDECISION 12/2. PROGRAMME OF WORK\n\nThe Commission:\n\n"
        "a) Requests the Executive Secretary to prepare a report on sea-level rise for its fourteenth session."
    )
    assert facts(text, "requests") == {("ccr/dec/12/1", "ccr/bureau"), ("ccr/dec/12/2", "ccr/executive-secretary")}
    assert ("ccr/dec/12/2", "PROGRAMME OF WORK") in facts(text, "title")


def test_a_capitals_heading_closes_the_last_decision() -> None:
    # the report's own section after the decisions: its sentences are the report's, not 12/1's
    text = report(
        FIRST.format(heading="DECISION 12/1. COASTAL DATA"),
        after="The Commission requested the secretariat to circulate the dates of its next session.",
    )
    assert facts(text, "requests") == {("ccr/dec/12/1", "ccr/bureau")}


@pytest.mark.parametrize(
    "section",
    [
        # a section of the report named after a decision: narrative below, no text of it
        "Decision 10/4: progress in its implementation\n\nThe secretariat reported on progress made since the eleventh session.",
        "DECISION 10/4. FOLLOW-UP\n\nThe secretariat reported on progress made since the eleventh session.",
        # no separator: the number and a sentence run together
        "Decision 10/4 The Commission discussed the report.",
    ],
)
def test_no_text_without_a_formula_or_clause_below(section: str) -> None:
    text = report(section)
    assert not {s for s, _ in facts(text, "title") if s.startswith("ccr/dec/10/4")}
    assert not facts(text, "requests")


def test_a_born_group_holds_no_later_session_of_the_speaker() -> None:
    # "for endorsement at its fourteenth session": the Commission's, not the group born in the clause
    text = report(
        "DECISION 12/1. COASTAL DATA\n\nThe Commission:\n\n"
        "a) Decides to establish an open-ended working group on coastal data, to negotiate recommendations "
        "for endorsement at its fourteenth session;\n\n"
        "b) Decides to establish a task force on tides, which shall hold its first meeting in 2032."
    )
    assert ("ccr#14", "ccr") in facts(text, "meetingOf")
    assert not {s for s, _ in facts(text, "meetingOf") if s.startswith("ccr#1") and s != "ccr#14" and s != "ccr#12"}


@pytest.mark.parametrize("line", ["FINAL REPORT", "Final report", "REPORT"])
def test_a_report_line_under_the_session_line(line: str) -> None:
    # the cover page of a Word report: the session's report, with what it considered
    text = report("The Commission considered document E/CN.21/2031/4, \"Coastal data\".").replace("FINAL REPORT", line)
    assert ("E/CN.21/2031/9", "ccr#12") in facts(text, "reportOf")
    assert ("E/CN.21/2031/4", "ccr#12") in facts(text, "submittedTo")


def test_no_session_line_no_report_of_it() -> None:
    text = report("The Commission considered document E/CN.21/2031/4.").replace("Twelfth Session\n\n", "")
    assert not facts(text, "reportOf")
