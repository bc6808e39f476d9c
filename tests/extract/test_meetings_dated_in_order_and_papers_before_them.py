"""Meetings paired with their days, and the papers a committee had before one of its meetings (E276):

- "at its 12th, 19th and 24th meetings, on 27 October, 10 November and 18 December 2031,
  respectively", and the same without "respectively" ("on 24 and 25 October and 1 November"): a
  list of days right after the gatherings, as many days as gatherings, the n-th day the n-th
  gathering's (`rules.held_respectively`); a count that differs dates none;
- "At its 19th meeting, the Committee had before it:" and the list below: the gathering the
  sentence opens on, the subject's, receives the papers (`Reader.receiver`);
- "the estimates resulting from Commission resolution 12/1 at its 12th meeting": the issuer named
  before an instrument's number is a complement, "its" the subject's (`resolve._subject_over_complement`)."""

from __future__ import annotations

from .phrasing import extracted_with

extracted = extracted_with()

REPORT = (
    "E/CN.21/2032/40\nEconomic and Social Council\nDistr.: General\n20 December 2032\n\n"
    "Commission on Coastal Resilience\n\nReport of the Tides Committee\n\n{s}\n"
)
TIDES = "ccr/tides-committee"


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(REPORT.format(s=text)) if r == relation}


def test_days_paired_with_meetings_in_order():
    for sentence, expected in (
        (
            "1. The Tides Committee considered the item at its 12th, 19th and 24th meetings, on 27 October, 10 November and 18 December 2032, respectively.",
            {("#12", "2032-10-27"), ("#19", "2032-11-10"), ("#24", "2032-12-18")},
        ),
        (
            "1. The Tides Committee considered the item at its 18th, 19th and 24th meetings, on 24 and 25 October and 1 November 2032, and took action on it at its 33rd meeting, on 17 November 2032.",
            {("#18", "2032-10-24"), ("#19", "2032-10-25"), ("#24", "2032-11-01"), ("#33", "2032-11-17")},
        ),
        (
            "1. The Tides Committee discussed the question at its 3rd and 4th meetings, held on 30 December 2031 and 2 January 2032.",
            {("#3", "2031-12-30"), ("#4", "2032-01-02")},
        ),
        (
            "1. The Tides Committee took up the matter at its 7th, 8th and 11th meetings, on 3, 4 and 9 May 2032, respectively; it adopted its report at the 11th meeting.",
            {("#7", "2032-05-03"), ("#8", "2032-05-04"), ("#11", "2032-05-09")},
        ),
    ):
        found = {(s.removeprefix(TIDES), o) for s, o in facts(sentence, "heldOn")}
        assert found == expected, sentence


def test_days_that_do_not_pair_date_no_meeting():
    for sentence in (
        # three meetings, two days: which meeting sat when is not said
        "1. The Tides Committee considered the item at its 18th, 19th and 24th meetings, on 24 and 25 October 2032.",
        # four meetings, three days
        "1. The Tides Committee considered the item at its 2nd, 3rd, 5th and 6th meetings, on 3, 4 and 9 May 2032.",
    ):
        assert not {(s, o) for s, o in facts(sentence, "heldOn") if s.startswith(TIDES)}, sentence


def test_papers_before_the_meeting_the_sentence_opens_on():
    listed = (
        "4. At its 19th meeting, the Tides Committee had before it:\n"
        "(a) Note by the Secretariat on revised estimates (E/CN.21/2032/41);\n"
        "(b) Report of the Executive Secretary on tide gauges (E/CN.21/2032/42).\n"
    )
    assert {("E/CN.21/2032/41", TIDES + "#19"), ("E/CN.21/2032/42", TIDES + "#19")} <= facts(listed, "submittedTo")
    named = "4. At its 7th meeting, the Tides Committee also had before it the note by the Secretariat (E/CN.21/2032/43)."
    assert ("E/CN.21/2032/43", TIDES + "#7") in facts(named, "submittedTo")
    # near miss: what a meeting took note of was not before it by that sentence
    noted = "4. At its 7th meeting, the Tides Committee took note of the note by the Secretariat (E/CN.21/2032/43)."
    assert not {(s, o) for s, o in facts(noted, "submittedTo") if s == "E/CN.21/2032/43"}


def test_an_issuer_before_a_number_is_no_holder_of_its():
    sentence = (
        "2. The Tides Committee considered the revised estimates resulting from Commission on Coastal Resilience "
        "resolution 12/1 at its 12th and 13th meetings, on 3 and 4 May 2032, respectively."
    )
    assert {(TIDES + "#12", "2032-05-03"), (TIDES + "#13", "2032-05-04")} <= facts(sentence, "heldOn")


def test_days_with_a_verb_and_respectively():
    told = "1. The Tides Committee held its 5th, 6th and 7th meetings on 24, 25 and 26 October 2032, respectively."
    assert {(TIDES + "#5", "2032-10-24"), (TIDES + "#6", "2032-10-25"), (TIDES + "#7", "2032-10-26")} <= facts(told, "heldOn")
    # near miss: two spans, one each; the two days of the first are one span, not one day each
    spans = "1. The Commission welcomed the 10th and 11th meetings of the Tides Committee, held in Vienna on 3 and 4 May 2031 and from 6 to 8 May 2032, respectively."
    found = {(s, o) for s, o in facts(spans, "heldOn") if s.startswith(TIDES)}
    assert found == {(TIDES + "#10", "2031-05-03/2031-05-04"), (TIDES + "#11", "2032-05-06/2032-05-08")}
