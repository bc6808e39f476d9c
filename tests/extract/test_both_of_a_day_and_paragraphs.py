"""Two instruments named together with the day they share and the paragraph of each cited (E277):
"pursuant to paragraph 15 (b) of General Assembly resolution 60/180 and paragraph 15 (b) of
Security Council resolution 1645 (2005), both of 20 December 2005, by which the Secretary-General
was requested to submit an annual report". The paragraph cited before the second instrument
does not break the pair: both were adopted that day, and the passive relative clause after
"both of <day>" is on both. Near misses: without "both", the relative clause is the last
instrument's only; a day said of one ("resolution 1645 (2005) of 20 December 2005") is its own."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report

PAIR = {("ga/res/60/180", "2005-12-20"), ("security-council/res/2005/1645", "2005-12-20")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report is submitted pursuant to paragraph 15 (b) of General Assembly resolution 60/180 and paragraph 15 (b) of Security Council resolution 1645 (2005), both of 20 December 2005.",
        "In accordance with General Assembly resolution 60/180 and paragraph 2 of Security Council resolution 1645 (2005), both dated 20 December 2005, the Secretary-General reports annually.",
        "Recalling paragraphs 4 and 5 of General Assembly resolution 60/180, as well as operative paragraph 3 of Security Council resolution 1645 (2005), both of 20 December 2005, the Secretary-General reports.",
    ],
)
def test_the_day_is_both_instruments(sentence: str) -> None:
    assert PAIR <= in_sg_report(sentence, "adoptedOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report is submitted pursuant to paragraph 15 (b) of General Assembly resolution 60/180 and paragraph 15 (b) of Security Council resolution 1645 (2005), both of 20 December 2005, by which the Secretary-General was requested to submit an annual report.",
        "The report responds to General Assembly resolution 60/180 and Security Council resolution 1645 (2005), both of 20 December 2005, in which the Secretary-General was also requested to report annually.",
    ],
)
def test_the_passive_clause_after_both_is_on_both(sentence: str) -> None:
    assert {("ga/res/60/180", "secretary-general"), ("security-council/res/2005/1645", "secretary-general")} <= in_sg_report(sentence, "requests")


def test_without_both_the_clause_is_the_last_ones() -> None:
    sentence = (
        "The present report is submitted pursuant to General Assembly resolution 60/180 and Security Council"
        " resolution 1645 (2005) of 20 December 2005, by which the Secretary-General was requested to submit an annual report."
    )
    assert in_sg_report(sentence, "requests") == {("security-council/res/2005/1645", "secretary-general")}
    assert ("ga/res/60/180", "2005-12-20") not in in_sg_report(sentence, "adoptedOn")
